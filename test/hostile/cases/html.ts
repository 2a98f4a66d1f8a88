// Hostile markup for show notes and descriptions: filter-evasion vectors, mutation XSS,
// DOM clobbering, declarative shadow DOM, overlays, tracking and bidi tricks. Every payload that
// runs calls alert() or __hmPwned() (see tripwire.ts). `keeps` is text a reader must still see.
export interface HtmlCase {
  name: string;
  html: string;
  keeps?: string;
}

const A = 'alert(1)';
const P = '__hmPwned(1)';

export const HTML_CASES: readonly HtmlCase[] = [
  // Scripts and event handlers
  { name: 'script element', html: `<p>Hello</p><script>${A}</script>`, keeps: 'Hello' },
  { name: 'script with src', html: `<script src="data:,${A}"></script><p>Hi</p>`, keeps: 'Hi' },
  { name: 'script in upper case', html: `<SCRIPT>${A}</SCRIPT><p>Upper</p>`, keeps: 'Upper' },
  { name: 'script split by NUL', html: `<scr\0ipt>${A}</scr\0ipt><p>Split</p>`, keeps: 'Split' },
  { name: 'nested script trick', html: `<scr<script>ipt>${A}</scr</script>ipt><p>Nest</p>`, keeps: 'Nest' },
  { name: 'img onerror', html: `<img src=x onerror="${A}"><p>Img</p>`, keeps: 'Img' },
  { name: 'img onerror without quotes', html: `<img src=x onerror=${P}><p>Bare</p>`, keeps: 'Bare' },
  { name: 'img with backtick attribute', html: '<img src=`x`onerror=alert(1)><p>Tick</p>', keeps: 'Tick' },
  { name: 'img with slash separators', html: `<img/src="x"/onerror=${A}><p>Slash</p>`, keeps: 'Slash' },
  { name: 'svg onload', html: `<svg onload=${A}></svg><p>Svg</p>`, keeps: 'Svg' },
  { name: 'svg script', html: `<svg><script>${A}</script></svg><p>SvgScript</p>`, keeps: 'SvgScript' },
  {
    name: 'svg animate href',
    html: `<svg><a><animate attributeName=href values=javascript:${A} /><text x=20 y=20>Go</text></a></svg>`,
  },
  {
    name: 'svg use external',
    html: '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg><p>Use</p>',
    keeps: 'Use',
  },
  {
    name: 'math with link',
    html: `<math><maction actiontype="statusline" xlink:href="javascript:${A}">X</maction></math>`,
  },
  { name: 'body onload', html: `<body onload=${A}><p>Body</p>`, keeps: 'Body' },
  { name: 'details ontoggle', html: `<details open ontoggle=${A}><summary>More</summary></details>` },
  { name: 'input autofocus onfocus', html: `<input autofocus onfocus=${A}><p>Input</p>`, keeps: 'Input' },
  {
    name: 'video source onerror',
    html: `<video><source onerror="${A}"></video><p>Video</p>`,
    keeps: 'Video',
  },
  { name: 'audio src onerror', html: `<audio src=x onerror=${A}></audio><p>Audio</p>`, keeps: 'Audio' },
  { name: 'marquee onstart', html: `<marquee onstart=${A}>Scroll</marquee>` },
  {
    name: 'iframe srcdoc',
    html: `<iframe srcdoc="<script>parent.${A}</script>"></iframe><p>Frame</p>`,
    keeps: 'Frame',
  },
  {
    name: 'iframe javascript src',
    html: `<iframe src="javascript:parent.${A}"></iframe><p>Frame2</p>`,
    keeps: 'Frame2',
  },
  { name: 'object data', html: `<object data="javascript:${A}"></object><p>Obj</p>`, keeps: 'Obj' },
  {
    name: 'embed src',
    html: `<embed src="data:text/html,<script>${A}</script>"><p>Embed</p>`,
    keeps: 'Embed',
  },
  { name: 'form action', html: `<form action="javascript:${A}"><button>Send</button></form>` },
  { name: 'button formaction', html: `<button formaction="javascript:${A}">Press</button>` },
  {
    name: 'meta refresh',
    html: `<meta http-equiv="refresh" content="0;url=javascript:${A}"><p>Meta</p>`,
    keeps: 'Meta',
  },
  { name: 'base href hijack', html: '<base href="https://evil.example/"><a href="/x">Rel</a>', keeps: 'Rel' },
  {
    name: 'link stylesheet',
    html: '<link rel=stylesheet href="https://evil.example/x.css"><p>Link</p>',
    keeps: 'Link',
  },
  {
    name: 'link import',
    html: '<link rel=import href="https://evil.example/x.html"><p>Import</p>',
    keeps: 'Import',
  },
  {
    name: 'style element expression',
    html: `<style>p{background:url("javascript:${A}")}</style><p>Styled</p>`,
    keeps: 'Styled',
  },
  {
    name: 'style attribute with url',
    html: `<p style="background-image:url(javascript:${A})">Bg</p>`,
    keeps: 'Bg',
  },
  { name: 'anchor onclick', html: `<a href="https://example.org/" onclick="${A}">Click</a>`, keeps: 'Click' },
  { name: 'anchor onmouseover', html: `<a onmouseover=${A}>Hover</a>`, keeps: 'Hover' },
  {
    name: 'anchor javascript href with entities',
    html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${A}">Ent</a>`,
    keeps: 'Ent',
  },
  {
    name: 'anchor hex entities without semicolons',
    html: `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${A}">Hex</a>`,
    keeps: 'Hex',
  },
  { name: 'anchor entity tab in scheme', html: `<a href="jav&#x09;ascript:${A}">Tab</a>`, keeps: 'Tab' },
  { name: 'anchor entity newline in scheme', html: `<a href="jav&#x0A;ascript:${A}">Nl</a>`, keeps: 'Nl' },
  { name: 'anchor named entity colon', html: `<a href="javascript&colon;${A}">Colon</a>`, keeps: 'Colon' },
  {
    name: 'anchor data html',
    html: `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Data</a>`,
    keeps: 'Data',
  },
  { name: 'anchor xlink href', html: `<a xlink:href="javascript:${A}">Xl</a>`, keeps: 'Xl' },
  {
    name: 'area href',
    html: `<map><area href="javascript:${A}" shape=rect coords=0,0,9,9></map><p>Map</p>`,
    keeps: 'Map',
  },
  // Mutation XSS: markup that changes meaning when it is serialised and parsed again
  { name: 'mXSS noscript title', html: `<noscript><p title="</noscript><img src=x onerror=${A}>">` },
  { name: 'mXSS svg style', html: `<svg></p><style><a id="</style><img src=1 onerror=${A}>">` },
  {
    name: 'mXSS math mglyph',
    html: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${A}&gt;">`,
  },
  {
    name: 'mXSS form nesting',
    html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${A}>`,
  },
  {
    name: 'mXSS comment in attribute',
    html: `<a title="--><img src=x onerror=${A}>">Title</a>`,
    keeps: 'Title',
  },
  { name: 'mXSS xmp', html: `<xmp><p title="</xmp><img src=x onerror=${A}>">` },
  { name: 'mXSS template', html: `<template><img src=x onerror=${A}></template><p>Tpl</p>`, keeps: 'Tpl' },
  { name: 'mXSS CDATA in svg', html: `<svg><![CDATA[><img src=x onerror=${A}>]]></svg>` },
  {
    name: 'mXSS select and textarea',
    html: `<select><textarea></select><img src=x onerror=${A}></textarea>`,
  },
  {
    name: 'mXSS backslash in attribute',
    html: `<a href="\\u006A\\u0061vascript:${A}">Esc</a>`,
    keeps: 'Esc',
  },
  // Declarative shadow DOM hides markup from a sanitiser that does not look inside templates
  {
    name: 'declarative shadow root',
    html: `<div><template shadowrootmode="open"><img src=x onerror=${A}></template>Shadow</div>`,
    keeps: 'Shadow',
  },
  {
    name: 'declarative shadow root, old attribute',
    html: `<div><template shadowroot="open"><script>${A}</script></template>Old</div>`,
    keeps: 'Old',
  },
  // DOM clobbering: names and ids that shadow globals and document properties
  {
    name: 'clobber document.cookie',
    html: '<img name="cookie"><form name="body"><p>Clob</p></form>',
    keeps: 'Clob',
  },
  {
    name: 'clobber window.location',
    html: '<a id="location" href="https://evil.example/">Loc</a>',
    keeps: 'Loc',
  },
  {
    name: 'clobber with form and input',
    html: '<form id="x"><input name="attributes"></form><p>Form</p>',
    keeps: 'Form',
  },
  { name: 'clobber the tripwire name', html: '<a id="__hmPwned" name="__hmPwned">Self</a>', keeps: 'Self' },
  // Layout and privacy attacks
  {
    name: 'fixed overlay',
    html: '<div style="position:fixed;inset:0;z-index:99999;background:red">Overlay</div>',
    keeps: 'Overlay',
  },
  {
    name: 'absolute phishing box',
    html: '<p style="position:absolute;top:0;left:0">Login here</p>',
    keeps: 'Login here',
  },
  {
    name: 'huge image',
    html: '<img src="https://evil.example/huge.png" width="99999" height="99999"><p>Huge</p>',
    keeps: 'Huge',
  },
  {
    name: 'tracking pixel',
    html: '<p>Pix</p><img src="https://tracker.example/p.gif" width="1" height="1">',
    keeps: 'Pix',
  },
  {
    name: 'background tracking',
    html: '<table background="https://tracker.example/bg.gif"><tr><td>Cell</td></tr></table>',
    keeps: 'Cell',
  },
  {
    name: 'srcset tracking',
    html: '<img srcset="https://tracker.example/a.gif 1x"><p>Set</p>',
    keeps: 'Set',
  },
  { name: 'target _top', html: '<a href="https://example.org/" target="_top">Top</a>', keeps: 'Top' },
  {
    name: 'target _blank without rel',
    html: '<a href="https://example.org/" target="_blank">Blank</a>',
    keeps: 'Blank',
  },
  {
    name: 'ping attribute',
    html: '<a href="https://example.org/" ping="https://tracker.example/ping">Ping</a>',
    keeps: 'Ping',
  },
  { name: 'font-size attack', html: '<h1 style="font-size:900px">Big</h1>', keeps: 'Big' },
  { name: 'million-character word', html: `<p>${'w'.repeat(1_000_000)}</p>` },
  { name: 'deeply nested markup', html: `${'<div>'.repeat(5000)}Deep${'</div>'.repeat(5000)}` },
  // Text tricks
  { name: 'right-to-left override', html: '<p>Listen to file\u202Egpj.exe</p>', keeps: 'Listen to file' },
  { name: 'left-to-right override in Arabic', html: '<p>\u202Dمرحبا بكم</p>', keeps: 'مرحبا بكم' },
  {
    name: 'entities that decode to markup',
    html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    keeps: '<script>alert(1)</script>',
  },
  { name: 'plain text with angle brackets', html: `Use a <3 and a > b, never <script>${A}</script>` },
  { name: 'comment with payload', html: `<!--<img src=x onerror=${A}>--><p>Comment</p>`, keeps: 'Comment' },
  { name: 'processing instruction', html: `<?xml-stylesheet href="javascript:${A}"?><p>PI</p>`, keeps: 'PI' },
  { name: 'custom element with handler', html: `<x-evil onclick=${A}>Custom</x-evil>`, keeps: 'Custom' },
  { name: 'is attribute', html: `<p is="x-evil" onclick=${A}>Is</p>`, keeps: 'Is' },
  { name: 'slot and part', html: '<p slot="help" part="x">Slot</p>', keeps: 'Slot' },
];
