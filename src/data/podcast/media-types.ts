// What a transcript or chapters file is, from the type a feed gives it (or, when the type says
// nothing, from its first bytes), and what an enclosure without a type probably holds.

export type TextFormat = 'json' | 'xml' | 'vtt' | 'srt' | 'html';

const BY_TYPE: Readonly<Record<string, TextFormat>> = {
  json: 'json',
  'application/json': 'json',
  'application/json+chapters': 'json',
  'application/chapters+json': 'json',
  vtt: 'vtt',
  webvtt: 'vtt',
  'text/vtt': 'vtt',
  srt: 'srt',
  subrip: 'srt',
  'application/srt': 'srt',
  'application/x-subrip': 'srt',
  'text/srt': 'srt',
  'text/x-srt': 'srt',
  html: 'html',
  'text/html': 'html',
  xml: 'xml',
  psc: 'xml',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/psc+xml': 'xml',
};

const VAGUE = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);

function sniff(text: string): TextFormat | undefined {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 300);
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/-->/.test(head) && /^\d/.test(head)) return 'srt';
  if (head.startsWith('<')) return /^<(?:\?xml|[\w-]+:chapters\b)/i.test(head) ? 'xml' : 'html';
  return undefined;
}

/** The format of a transcript or chapters file given its declared type ("text/vtt", "srt", …). */
export function mediaKind(type: string, text: string): TextFormat | undefined {
  const bare = (type.split(';')[0] ?? '').trim().toLowerCase();
  return BY_TYPE[bare] ?? (VAGUE.has(bare) ? sniff(text) : undefined);
}

const BY_EXTENSION: Readonly<Record<string, string>> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

// Types feeds write that browsers do not know by that name (canPlayType('x-audio/mp3') is '').
const ALIASES: Readonly<Record<string, string>> = {
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/x-mpeg-3': 'audio/mpeg',
  'x-audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/x-wav': 'audio/wav',
  'video/x-m4v': 'video/mp4',
};

/**
 * An enclosure's media type, lower case and under the name browsers know; from the file
 * extension when the feed gives none ('' if that says nothing either).
 */
export function enclosureType(declared: string | undefined, url: string): string {
  const type = (declared?.split(';')[0] ?? '').trim().toLowerCase();
  if (type) return ALIASES[type] ?? type;
  const extension = /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) ?? '';
}
