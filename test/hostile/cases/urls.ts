// Hostile URLs, each with what must become of it. `refused`: no link at all. `http`: kept, but
// only as an http(s) address (a relative one resolved against the data's own address).
export interface UrlCase {
  name: string;
  url: string;
  expect: 'refused' | 'http';
  /** When an HTML attribute carries it: the HTML parser turns NUL into U+FFFD first. */
  inHtml?: 'refused' | 'http';
}

const JS = 'alert(1)';

export const URL_CASES: readonly UrlCase[] = [
  { name: 'javascript: plain', url: `javascript:${JS}`, expect: 'refused' },
  { name: 'javascript: mixed case', url: `JaVaScRiPt:${JS}`, expect: 'refused' },
  { name: 'javascript: upper case', url: `JAVASCRIPT:${JS}`, expect: 'refused' },
  { name: 'javascript: leading spaces', url: `   javascript:${JS}`, expect: 'refused' },
  { name: 'javascript: leading control character', url: `\x01javascript:${JS}`, expect: 'refused' },
  { name: 'javascript: leading NUL', url: `\0javascript:${JS}`, expect: 'refused', inHtml: 'http' },
  { name: 'javascript: tab inside', url: `java\tscript:${JS}`, expect: 'refused' },
  { name: 'javascript: newline inside', url: `java\nscript:${JS}`, expect: 'refused' },
  { name: 'javascript: carriage return inside', url: `java\rscript:${JS}`, expect: 'refused' },
  { name: 'NUL inside the scheme makes it a path', url: `java\0script:${JS}`, expect: 'http' },
  {
    name: 'javascript: with // comment trick',
    url: 'javascript://example.org/%0Aalert(1)',
    expect: 'refused',
  },
  { name: 'javascript: form feed before', url: `\fjavascript:${JS}`, expect: 'refused' },
  { name: 'javascript: trailing spaces and newline', url: `javascript:${JS}  \n`, expect: 'refused' },
  { name: 'vbscript:', url: 'vbscript:msgbox(1)', expect: 'refused' },
  { name: 'VBScript: mixed case', url: 'VbScRiPt:msgbox(1)', expect: 'refused' },
  { name: 'livescript:', url: `livescript:${JS}`, expect: 'refused' },
  { name: 'data:text/html', url: 'data:text/html,<script>alert(1)</script>', expect: 'refused' },
  {
    name: 'data:text/html base64',
    url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    expect: 'refused',
  },
  { name: 'data:image/svg+xml', url: 'data:image/svg+xml,<svg onload="alert(1)"/>', expect: 'refused' },
  { name: 'data:image/png', url: 'data:image/png;base64,iVBORw0KGgo=', expect: 'refused' },
  { name: 'data: mixed case', url: 'DaTa:text/html,<b>x</b>', expect: 'refused' },
  { name: 'blob:', url: 'blob:https://example.org/0b2b1c7a-0000-4000-8000-000000000000', expect: 'refused' },
  { name: 'file:', url: 'file:///etc/passwd', expect: 'refused' },
  { name: 'filesystem:', url: 'filesystem:https://example.org/temporary/x', expect: 'refused' },
  { name: 'ftp:', url: 'ftp://example.org/file', expect: 'refused' },
  { name: 'about:blank', url: 'about:blank', expect: 'refused' },
  { name: 'chrome: internal', url: 'chrome://settings', expect: 'refused' },
  { name: 'intent: scheme', url: 'intent://scan/#Intent;scheme=zxing;end', expect: 'refused' },
  { name: 'credentials: user and password', url: 'https://user:secret@example.org/', expect: 'refused' },
  { name: 'credentials: bank look-alike', url: 'https://bank.example@evil.example/', expect: 'refused' },
  { name: 'credentials: protocol-relative', url: '//user@evil.example/', expect: 'refused' },
  { name: 'protocol-relative', url: '//evil.example/path', expect: 'http' },
  { name: 'backslash protocol-relative', url: '\\\\evil.example\\path', expect: 'http' },
  { name: 'entity-looking scheme stays a path', url: '&#106;avascript:alert(1)', expect: 'http' },
  { name: 'percent-encoded scheme stays a path', url: '%6Aavascript:alert(1)', expect: 'http' },
  { name: 'full-width letters stay a path', url: 'ｊａｖａｓｃｒｉｐｔ:alert(1)', expect: 'http' },
  { name: 'very long URL', url: `https://example.org/${'a'.repeat(10_000)}`, expect: 'refused' },
  { name: 'empty', url: '', expect: 'refused' },
  { name: 'only spaces', url: '   ', expect: 'refused' },
  { name: 'ordinary https stays', url: 'https://example.org/help?x=1#y', expect: 'http' },
];
