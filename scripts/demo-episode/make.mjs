// Makes the demo episode from script.json with tools from Debian's packages (espeak-ng, sox,
// ffmpeg): English speech, MP3 and Opus audio, a slide video (MP4 and WebM), a WebVTT transcript
// whose cue times come from the generated speech, Podcasting 2.0 JSON chapters, artwork and a feed.
//   apt-get install espeak-ng sox ffmpeg fonts-noto-core && node scripts/demo-episode/make.mjs
// The outputs in demo/media/ are committed, so nothing else needs these tools.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(here, '../../demo/media');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hm-episode-'));
const script = JSON.parse(fs.readFileSync(path.join(here, 'script.json'), 'utf8'));
const font = '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const LINE_GAP = 0.5;
const CHAPTER_GAP = 1.0;
const RATE = 22050;

fs.mkdirSync(out, { recursive: true });
const silence = (seconds) => {
  const file = path.join(work, `silence-${seconds}.wav`);
  if (!fs.existsSync(file))
    run('sox', ['-n', '-r', String(RATE), '-c', '1', '-b', '16', file, 'trim', '0', String(seconds)]);
  return file;
};

// Speech, one file per line; the cue times come from the measured lengths.
const parts = [];
const cues = [];
const chapters = [];
let t = 0.5;
parts.push(silence(0.5));
script.chapters.forEach((chapter, c) => {
  if (c > 0) {
    parts.push(silence(CHAPTER_GAP));
    t += CHAPTER_GAP;
  }
  chapters.push({ startTime: Math.round(t * 1000) / 1000, title: chapter.title });
  chapter.lines.forEach((line, l) => {
    if (l > 0) {
      parts.push(silence(LINE_GAP));
      t += LINE_GAP;
    }
    const wav = path.join(work, `line-${c}-${l}.wav`);
    run('espeak-ng', ['-v', 'en-gb', '-s', '130', '-w', path.join(work, 'raw.wav'), line]);
    run('sox', [path.join(work, 'raw.wav'), '-r', String(RATE), '-c', '1', '-b', '16', wav]);
    const duration = Number(run('soxi', ['-D', wav]).trim());
    cues.push({ start: t, end: t + duration, text: line });
    parts.push(wav);
    t += duration;
  });
});
parts.push(silence(1));
t += 1;
const wav = path.join(work, 'episode.wav');
run('sox', [...parts, wav]);
const duration = Number(run('soxi', ['-D', wav]).trim());

// Audio: MP3 for every browser, Opus as a smaller alternative.
const meta = [
  '-metadata',
  `title=${script.title}`,
  '-metadata',
  `album=${script.show}`,
  '-map_metadata',
  '-1',
  '-fflags',
  '+bitexact',
];
run('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-i',
  wav,
  '-ac',
  '1',
  '-c:a',
  'libmp3lame',
  '-b:a',
  '40k',
  ...meta,
  path.join(out, 'episode.mp3'),
]);
run('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-i',
  wav,
  '-ac',
  '1',
  '-c:a',
  'libopus',
  '-b:a',
  '24k',
  ...meta,
  path.join(out, 'episode.opus'),
]);

// Artwork and a slide per chapter (title on a calm background), then the video.
const esc = (s) => s.replace(/\\/g, '\\\\').replace(/:/g, '\\:').replace(/'/g, '\u2019');
run('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-f',
  'lavfi',
  '-i',
  'color=c=0x5b3f8c:s=600x600',
  '-vf',
  `drawtext=fontfile=${font}:text='Held in Mind':fontcolor=white:fontsize=56:x=(w-text_w)/2:y=(h-text_h)/2-40,drawtext=fontfile=${font}:text='${esc(script.title)}':fontcolor=0xffbf47:fontsize=34:x=(w-text_w)/2:y=(h-text_h)/2+40`,
  '-frames:v',
  '1',
  path.join(out, 'artwork.png'),
]);
const slides = chapters
  .map((ch, i) => {
    const end = chapters[i + 1]?.startTime ?? duration + 1;
    return `drawtext=fontfile=${font}:text='${esc(ch.title)}':fontcolor=white:fontsize=40:x=(w-text_w)/2:y=(h-text_h)/2:enable='between(t,${ch.startTime},${end})'`;
  })
  .join(',');
const video = (file, codecs) =>
  run('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `color=c=0x2d1f47:s=640x360:r=2:d=${duration.toFixed(2)}`,
    '-i',
    wav,
    '-vf',
    `drawtext=fontfile=${font}:text='Held in Mind':fontcolor=0xffbf47:fontsize=24:x=24:y=24,${slides}`,
    ...codecs,
    '-shortest',
    ...meta,
    file,
  ]);
video(path.join(out, 'episode.mp4'), [
  '-c:v',
  'libx264',
  '-preset',
  'veryslow',
  '-tune',
  'stillimage',
  '-crf',
  '30',
  '-pix_fmt',
  'yuv420p',
  '-c:a',
  'aac',
  '-b:a',
  '32k',
  '-ac',
  '1',
  '-movflags',
  '+faststart',
]);
video(path.join(out, 'episode.webm'), [
  '-c:v',
  'libvpx-vp9',
  '-crf',
  '45',
  '-b:v',
  '0',
  '-c:a',
  'libopus',
  '-b:a',
  '24k',
  '-ac',
  '1',
]);

// Transcript and chapters.
const stamp = (s) => {
  const ms = Math.round(s * 1000);
  const h = String(Math.floor(ms / 3600000)).padStart(2, '0');
  const m = String(Math.floor((ms % 3600000) / 60000)).padStart(2, '0');
  const sec = String(Math.floor((ms % 60000) / 1000)).padStart(2, '0');
  return `${h}:${m}:${sec}.${String(ms % 1000).padStart(3, '0')}`;
};
fs.writeFileSync(
  path.join(out, 'transcript.vtt'),
  `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n<v Narrator>${c.text}\n`).join('\n')}`,
);
fs.writeFileSync(
  path.join(out, 'chapters.json'),
  `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n`,
);

// The feed (relative URLs: fetchFeed resolves them against the feed's own address).
const size = (f) => fs.statSync(path.join(out, f)).size;
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const seconds = Math.round(duration);
fs.writeFileSync(
  path.join(out, 'feed.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>${xml(script.show)}</title>
    <link>https://held-in-mind.example/</link>
    <description>${xml('Short guidance episodes for parents and carers (a demonstration feed).')}</description>
    <language>en-GB</language>
    <itunes:image href="artwork.png"/>
    <itunes:author>Held in Mind</itunes:author>
    <itunes:explicit>false</itunes:explicit>
    <podcast:funding url="https://held-in-mind.example/support">Support Held in Mind</podcast:funding>
    <item>
      <title>${xml(script.title)}</title>
      <guid isPermaLink="false">${script.guid}</guid>
      <pubDate>Sun, 22 Nov 2026 09:00:00 GMT</pubDate>
      <description>${xml(script.description)}</description>
      <itunes:duration>${seconds}</itunes:duration>
      <itunes:episode>1</itunes:episode>
      <itunes:episodeType>full</itunes:episodeType>
      <podcast:episode>1</podcast:episode>
      <enclosure url="episode.mp3" length="${size('episode.mp3')}" type="audio/mpeg"/>
      <podcast:alternateEnclosure type="audio/ogg; codecs=opus" length="${size('episode.opus')}" lang="en-GB" title="Opus">
        <podcast:source uri="episode.opus"/>
      </podcast:alternateEnclosure>
      <podcast:transcript url="transcript.vtt" type="text/vtt" language="en-GB" rel="captions"/>
      <podcast:chapters url="chapters.json" type="application/json+chapters"/>
    </item>
    <item>
      <title>${xml(`${script.title} (video)`)}</title>
      <guid isPermaLink="false">${script.guid}-video</guid>
      <pubDate>Sun, 22 Nov 2026 09:05:00 GMT</pubDate>
      <description>${xml('The same episode as a short film with a slide for each chapter.')}</description>
      <itunes:duration>${seconds}</itunes:duration>
      <enclosure url="episode.mp4" length="${size('episode.mp4')}" type="video/mp4"/>
      <podcast:alternateEnclosure type="video/webm" length="${size('episode.webm')}" lang="en-GB" title="WebM">
        <podcast:source uri="episode.webm"/>
      </podcast:alternateEnclosure>
      <podcast:transcript url="transcript.vtt" type="text/vtt" language="en-GB" rel="captions"/>
      <podcast:chapters url="chapters.json" type="application/json+chapters"/>
    </item>
  </channel>
</rss>
`,
);
fs.rmSync(work, { recursive: true, force: true });
console.log(`episode: ${duration.toFixed(1)} s, ${cues.length} cues, ${chapters.length} chapters`);
for (const f of fs.readdirSync(out).sort())
  console.log(`  demo/media/${f}  ${fs.statSync(path.join(out, f)).size} B`);
