/**
 * Media-fragment times for "share at this time" (W3C Media Fragments URI: `#t=start,end` in
 * seconds or normal play time) and the `?t=` query parameter many podcast sites use.
 */
export interface TimeFragment {
  start: number;
  end?: number;
}

// npt: "75", "75.5", "1:15", "0:01:15.5", optionally prefixed "npt:"; also "1h2m3s" / "90s".
function parseTime(value: string): number | null {
  const text = value.trim().replace(/^npt:/, '');
  if (text === '') return null;
  const units = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text);
  if (units && /[hms]$/.test(text))
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  if (!/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(text)) return null;
  const seconds = text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return Number.isFinite(seconds) ? seconds : null;
}

/** Reads `t` from a URL's fragment (`#t=75`, `#t=1:15,1:30`) or query (`?t=75`, `?t=1m15s`). */
export function readTimeFragment(url: string | URL): TimeFragment | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://x.invalid/');
  } catch {
    return null;
  }
  const fromHash = new URLSearchParams(parsed.hash.replace(/^#/, '')).get('t');
  const raw = fromHash ?? parsed.searchParams.get('t');
  if (!raw) return null;
  const [startText, endText] = raw.split(',');
  const start = startText === '' ? 0 : parseTime(startText ?? '');
  if (start === null) return null;
  const end = endText === undefined ? undefined : parseTime(endText);
  if (end === null || (end !== undefined && end <= start)) return { start };
  return end === undefined ? { start } : { start, end };
}

/**
 * A link to this page at a time (and optionally up to an end time), keeping the rest of the URL
 * and any other fragment parameters: `https://example.org/episode#t=75` or `#t=75,90`.
 */
export function withTimeFragment(url: string | URL, start: number, end?: number): string {
  const target = new URL(url);
  const params = new URLSearchParams(target.hash.replace(/^#/, ''));
  const round = (n: number) => String(Math.max(0, Math.round(n * 10) / 10));
  params.set('t', end !== undefined && end > start ? `${round(start)},${round(end)}` : round(start));
  // URLSearchParams would encode the comma; a media fragment keeps it literal.
  target.hash = params.toString().replace(/%2C/gi, ',');
  return target.href;
}
