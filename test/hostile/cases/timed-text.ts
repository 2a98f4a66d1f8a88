// Hostile transcripts and chapters. `refused`: an error code. `read`: cues or chapters come back
// sorted, with finite, non-negative times, and `count` / `warns` say what survived.
export type TimedOutcome =
  { refused: string } | { read: true; count?: number; warns?: RegExp; text?: RegExp };

export interface TranscriptCase {
  name: string;
  type: string;
  text: () => string;
  expect: TimedOutcome;
}

export interface ChapterCase {
  name: string;
  type: string;
  text: () => string;
  expect: TimedOutcome;
}

const A = 'alert(1)';
const ts = (s: number): string => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = (s % 60).toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${sec}`;
};
const vtt = (cues: string): string => `WEBVTT\n\n${cues}`;
const cue = (start: string, end: string, text: string): string => `${start} --> ${end}\n${text}\n\n`;
const json = (segments: unknown): string => JSON.stringify({ version: '1.0.0', segments });
const chaptersJson = (chapters: unknown): string => JSON.stringify({ version: '1.2.0', chapters });

export const TRANSCRIPT_CASES: readonly TranscriptCase[] = [
  {
    name: 'unsorted cues',
    type: 'text/vtt',
    text: () =>
      vtt(cue('00:00:10.000', '00:00:12.000', 'Second') + cue('00:00:01.000', '00:00:02.000', 'First')),
    expect: { read: true, count: 2 },
  },
  {
    name: 'overlapping cues',
    type: 'text/vtt',
    text: () =>
      vtt(cue('00:00:01.000', '00:00:09.000', 'Long') + cue('00:00:02.000', '00:00:03.000', 'Inside')),
    expect: { read: true, count: 2 },
  },
  {
    name: 'negative times',
    type: 'text/vtt',
    text: () =>
      vtt(cue('-00:00:01.000', '00:00:02.000', 'Before time') + cue('00:00:03.000', '00:00:04.000', 'Fine')),
    expect: { read: true, count: 1 },
  },
  {
    name: 'end before start',
    type: 'text/vtt',
    text: () =>
      vtt(cue('00:00:05.000', '00:00:01.000', 'Backwards') + cue('00:00:06.000', '00:00:07.000', 'Fine')),
    expect: { read: true, count: 1, warns: /impossible|dropped/ },
  },
  {
    name: 'NaN and garbage timestamps',
    type: 'text/vtt',
    text: () =>
      vtt(
        cue('NaN', '00:00:02.000', 'Bad') +
          cue('00:xx:01.000', '00:00:02.000', 'Bad too') +
          cue('00:00:03.000', '00:00:04.000', 'Fine'),
      ),
    expect: { read: true, count: 1 },
  },
  {
    name: 'a timestamp of a thousand hours',
    type: 'text/vtt',
    text: () => vtt(cue('1000:00:00.000', '1000:00:01.000', 'Late')),
    expect: { read: true, count: 1 },
  },
  {
    name: '200,000 cues',
    type: 'text/vtt',
    text: () => vtt(Array.from({ length: 200_000 }, (_, i) => cue(ts(i), ts(i + 0.5), `w${i}`)).join('')),
    expect: { read: true, count: 100_000, warns: /100,?000|more/ },
  },
  {
    name: 'a 1 MB cue',
    type: 'text/vtt',
    text: () => vtt(cue('00:00:01.000', '00:00:02.000', 'word '.repeat(200_000))),
    expect: { read: true, count: 1 },
  },
  {
    name: 'markup in the speaker name',
    type: 'text/vtt',
    text: () => vtt(cue('00:00:01.000', '00:00:02.000', `<v <img src=x onerror=${A}>>Hello`)),
    expect: { read: true, count: 1, text: /Hello/ },
  },
  {
    name: 'script and bold tags in a cue',
    type: 'text/vtt',
    text: () =>
      vtt(cue('00:00:01.000', '00:00:02.000', `<b>Bold</b> <script>${A}</script> <c.evil>class</c>`)),
    expect: { read: true, count: 1, text: /Bold/ },
  },
  {
    name: 'bidi override in a cue',
    type: 'text/vtt',
    text: () => vtt(cue('00:00:01.000', '00:00:02.000', 'file \u202Egpj.exe')),
    expect: { read: true, count: 1 },
  },
  {
    name: 'no WEBVTT header',
    type: 'text/vtt',
    text: () => cue('00:00:01.000', '00:00:02.000', 'x'),
    expect: { refused: 'parse' },
  },
  { name: 'empty VTT', type: 'text/vtt', text: () => '', expect: { refused: 'parse' } },
  {
    name: 'an HTML page as VTT',
    type: 'text/vtt',
    text: () => `<html><script>${A}</script></html>`,
    expect: { refused: 'parse' },
  },
  {
    name: 'unknown type',
    type: 'application/x-evil',
    text: () => 'x',
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'SRT with negative and swapped times',
    type: 'application/x-subrip',
    text: () =>
      '1\n-00:00:01,000 --> 00:00:02,000\nNeg\n\n2\n00:00:05,000 --> 00:00:03,000\nSwapped\n\n3\n00:00:06,000 --> 00:00:07,000\nFine\n',
    expect: { read: true, count: 1 },
  },
  {
    name: 'SRT with markup',
    type: 'application/x-subrip',
    text: () => `1\n00:00:01,000 --> 00:00:02,000\n<font color="red" onmouseover="${A}">Red</font>\n`,
    expect: { read: true, count: 1, text: /Red/ },
  },
  {
    name: 'JSON with string, NaN-like and huge times',
    type: 'application/json',
    text: () =>
      // raw JSON: 1e309 parses to Infinity
      '{"version":"1.0.0","segments":[{"startTime":"soon","endTime":2,"body":"Bad"},' +
      '{"startTime":1e308,"endTime":1e309,"body":"Huge"},{"startTime":1,"endTime":2,"body":"Fine"}]}',
    expect: { read: true, count: 1, text: /Fine/ },
  },
  {
    name: 'JSON with markup in speaker and body',
    type: 'application/json',
    text: () =>
      json([
        { startTime: 1, endTime: 2, speaker: `<img src=x onerror=${A}>`, body: `<script>${A}</script>Hi` },
      ]),
    expect: { read: true, count: 1 },
  },
  {
    name: 'JSON with segments not a list',
    type: 'application/json',
    text: () => JSON.stringify({ segments: 'x' }),
    expect: { refused: 'invalid' },
  },
  {
    name: 'JSON that does not parse',
    type: 'application/json',
    text: () => '{"segments": [',
    expect: { refused: 'parse' },
  },
  {
    name: 'JSON with a polluting __proto__ key',
    type: 'application/json',
    text: () =>
      '{"__proto__": {"polluted": true}, "segments": [{"startTime": 1, "endTime": 2, "body": "Hi"}]}',
    expect: { read: true, count: 1 },
  },
  {
    name: 'HTML transcript with scripts and handlers',
    type: 'text/html',
    text: () => `<p><cite>Ann:</cite><time>0:01</time>Hello<script>${A}</script><img src=x onerror=${A}></p>`,
    expect: { read: true },
  },
];

export const CHAPTER_CASES: readonly ChapterCase[] = [
  {
    name: 'unsorted chapters',
    type: 'application/json+chapters',
    text: () =>
      chaptersJson([
        { startTime: 60, title: 'B' },
        { startTime: 0, title: 'A' },
      ]),
    expect: { read: true, count: 2 },
  },
  {
    name: 'negative, NaN-like and string start times',
    type: 'application/json+chapters',
    text: () =>
      chaptersJson([
        { startTime: -5, title: 'Neg' },
        { startTime: 'soon', title: 'Str' },
        { startTime: 0, title: 'Ok' },
      ]),
    expect: { read: true, count: 1 },
  },
  {
    name: 'duplicate start times',
    type: 'application/json+chapters',
    text: () =>
      chaptersJson([
        { startTime: 0, title: 'One' },
        { startTime: 0, title: 'Two' },
      ]),
    expect: { read: true },
  },
  {
    name: 'markup in titles',
    type: 'application/json+chapters',
    text: () => chaptersJson([{ startTime: 0, title: `<img src=x onerror=${A}>Intro` }]),
    expect: { read: true, count: 1 },
  },
  {
    name: '10 KB title',
    type: 'application/json+chapters',
    text: () => chaptersJson([{ startTime: 0, title: 'T'.repeat(10_240) }]),
    expect: { read: true, count: 1 },
  },
  {
    name: '20,000 chapters in an hour-long episode',
    type: 'application/json+chapters',
    text: () => chaptersJson(Array.from({ length: 20_000 }, (_, i) => ({ startTime: i, title: `C${i}` }))),
    expect: { read: true, count: 3600, warns: /./ },
  },
  {
    name: 'chapters past the end of the episode',
    type: 'application/json+chapters',
    text: () =>
      chaptersJson([
        { startTime: 0, title: 'In' },
        { startTime: 99_999, title: 'Past' },
      ]),
    expect: { read: true, count: 1 },
  },
  {
    name: 'chapters not a list',
    type: 'application/json+chapters',
    text: () => '{"chapters": {"0": 1}}',
    expect: { refused: 'invalid' },
  },
  {
    name: 'chapters that do not parse',
    type: 'application/json+chapters',
    text: () => '{"chapters": [',
    expect: { refused: 'parse' },
  },
  {
    name: 'PSC with a DTD',
    type: 'application/psc+xml',
    text: () =>
      '<!DOCTYPE x [<!ENTITY a "b">]><psc:chapters xmlns:psc="http://podlove.org/simple-chapters"><psc:chapter start="0" title="&a;"/></psc:chapters>',
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'PSC with javascript: href',
    type: 'application/psc+xml',
    text: () =>
      `<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters"><psc:chapter start="00:00:00" title="Intro" href="javascript:${A}" image="javascript:${A}"/></psc:chapters>`,
    expect: { read: true, count: 1 },
  },
  {
    name: 'WebVTT chapters with markup',
    type: 'text/vtt',
    text: () => vtt(cue('00:00:00.000', '00:00:10.000', `<b>Intro</b><script>${A}</script>`)),
    expect: { read: true, count: 1 },
  },
];
