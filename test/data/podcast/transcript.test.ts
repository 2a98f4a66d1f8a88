import { expect } from '@open-wc/testing';
import type { Cue } from '../../../src/data/podcast/cues.js';
import { activeCueIndex, parseTranscript, searchTranscript } from '../../../src/data/podcast/transcript.js';
import { thrown } from '../../helpers.js';
import { fixtureText } from './fixtures.js';

const rows = (cues: Cue[]) => cues.map((c) => [c.start, c.end, c.speaker ?? null, c.text]);

describe('parseTranscript: WebVTT (W3C parsing rules)', () => {
  it('reads cues past the BOM, CRLF, header, NOTE, STYLE and REGION blocks, ids and settings', async () => {
    const { cues, warnings } = parseTranscript(await fixtureText('sample.vtt'), 'text/vtt');
    expect(rows(cues)).to.deep.equal([
      [0, 4.5, 'Ruth', 'Welcome to Small Moments.'],
      [4.5, 9, 'Amir Haddad', 'Babies notice everything & that’s OK <3'],
      [9, 12.25, null, 'Text with no voice and an inline timestamp. And a second line.'],
      [12.25, 15, 'Ruth', 'This cue text'],
      [15, 18, 'Amir Haddad', 'starts the next cue without a blank line.'],
      [20, 22, null, 'Diolch & goodbye.'],
      [3600, 3602, 'Ruth', 'An hour in: hours may be one digit.'],
    ]);
    expect(warnings).to.deep.equal([
      'Cue skipped: "0:0:18 --> 0:0:20.000" is not a WebVTT timing line',
      'Cue "Ends before it starts." dropped: its times (30 to 25) are impossible',
    ]);
  });

  it('needs the WEBVTT signature and follows the timestamp rules', () => {
    expect(thrown(() => parseTranscript('WEBVTTX\n\n00:01.000 --> 00:02.000\nx', 'text/vtt')).code).to.equal(
      'parse',
    );
    expect(thrown(() => parseTranscript('00:01.000 --> 00:02.000\nx', 'vtt')).code).to.equal('parse');
    const cues = (text: string) => parseTranscript(`WEBVTT\n\n${text}\nx\n`, 'vtt').cues.length;
    expect(cues('00:01.000 --> 00:02.000')).to.equal(1);
    expect(cues('00:01.000-->00:02.000')).to.equal(1);
    expect(cues('100:00:01.000 --> 100:00:02.000')).to.equal(1);
    expect(cues('00:01,000 --> 00:02,000')).to.equal(0); // a comma is SRT, not WebVTT
    expect(cues('00:01.00 --> 00:02.000')).to.equal(0); // three fraction digits
    expect(cues('60:01.000 --> 60:02.000')).to.equal(0); // minutes over 59 need hours
    expect(cues('00:61.000 --> 00:62.000')).to.equal(0);
    expect(parseTranscript('WEBVTT', 'text/vtt').cues).to.deep.equal([]);
  });
});

describe('parseTranscript: SRT', () => {
  it('reads comma and full-stop decimals, bad numbering, BOM, tags, and Name: speakers that carry on', async () => {
    const { cues, warnings } = parseTranscript(await fixtureText('sample.srt'), 'application/x-subrip');
    expect(rows(cues)).to.deep.equal([
      [0.179, 2.399, 'Ruth', 'When you first bring your baby home,'],
      [2.4, 4.799, 'Ruth', 'nothing feels normal.'],
      [4.801, 7.98, 'Amir Haddad', 'and that is fine.'],
      [8, 9.5, 'Amir Haddad', 'A block with no number, still Amir.'],
      [10, 12.5, 'Ruth', 'No hours here.'],
      [13, 14, 'Ruth', "So here's the thing: not a speaker."],
    ]);
    expect(warnings).to.deep.equal([
      'Block skipped: no timing line in "6 not a timing line This block is skipped."',
    ]);
  });
});

describe('parseTranscript: Podcasting 2.0 JSON', () => {
  it('merges word-level segments into readable cues, by speaker, sentence and pause', async () => {
    const { cues, warnings } = parseTranscript(await fixtureText('words.json'), 'application/json');
    expect(rows(cues)).to.deep.equal([
      [0.5, 1.7, 'Ruth', 'Sorry is a bridge.'],
      [1.9, 2.2, 'Ruth', 'Really'],
      [6, 6.4, 'Ruth', 'later'],
      [6.5, 7.2, 'Amir', 'Yes, agreed!'],
      [7.5, 7.5, 'Amir', 'End'],
    ]);
    expect(warnings).to.deep.equal(['Segment 10 skipped: startTime is not a time']);
  });

  it('keeps sentence-level segments as they are', async () => {
    const { cues, warnings } = parseTranscript(await fixtureText('segments.json'), 'json');
    expect(rows(cues)).to.deep.equal([
      [0, 4.5, 'Ruth', 'Welcome to Small Moments.'],
      [4.5, 9, 'Ruth', 'Today we talk about repair.'],
      [9, 12, null, 'Nobody is named here.'],
    ]);
    expect(warnings).to.deep.equal(['Segment 4 skipped: startTime is not a time']);
  });

  it('refuses JSON that is broken or has no segments', () => {
    expect(thrown(() => parseTranscript('{"segments": [', 'application/json')).code).to.equal('parse');
    expect(thrown(() => parseTranscript('{"cues": []}', 'application/json')).code).to.equal('invalid');
    expect(thrown(() => parseTranscript('null', 'application/json')).code).to.equal('invalid');
  });
});

describe('parseTranscript: HTML', () => {
  it('reads <cite>, <time> and <p> without running anything', async () => {
    const { cues, warnings } = parseTranscript(await fixtureText('transcript.html'), 'text/html');
    expect(rows(cues)).to.deep.equal([
      [0, 53, 'Ruth', 'Welcome to Small Moments. Today: repair.'],
      [53, 3723, 'Amir Haddad', 'Babies forgive quickly.'],
      [53, 3723, 'Amir Haddad', 'A second paragraph from Amir, with no time of its own.'],
      [3723, 3723 + 6 / 2.5, 'Ruth', 'Speaker and time inside the paragraph.'],
      [
        3723,
        3723 + 17 / 2.5,
        'Ruth',
        'A paragraph after a broken time, the last one, so its end is estimated from its words.',
      ],
    ]);
    expect(warnings).to.deep.equal(['<time>soon</time> is not a time']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const page = window as { hmTranscriptScriptRan?: boolean; hmTranscriptImageRan?: boolean };
    expect([page.hmTranscriptScriptRan, page.hmTranscriptImageRan]).to.deep.equal([undefined, undefined]);
  });
});

describe('parseTranscript: types', () => {
  it('decides a vague type by the content, and refuses unknown ones', () => {
    expect(parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nHi', 'text/plain').cues[0]!.text).to.equal(
      'Hi',
    );
    expect(parseTranscript('1\n00:00:01,000 --> 00:00:02,000\nHi', '').cues[0]!.text).to.equal('Hi');
    expect(parseTranscript('{"segments": []}', 'application/octet-stream').cues).to.deep.equal([]);
    expect(
      parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nHi', 'TEXT/VTT; charset=utf-8').cues,
    ).to.have.length(1);
    expect(thrown(() => parseTranscript('Just some words', 'text/plain')).code).to.equal(
      'unsupported-format',
    );
    expect(thrown(() => parseTranscript('x', 'application/pdf')).code).to.equal('unsupported-format');
    expect(thrown(() => parseTranscript(null as unknown as string, 'vtt')).code).to.equal('invalid');
  });
});

describe('activeCueIndex and searchTranscript', () => {
  const cues: Cue[] = [
    { start: 0, end: 2, text: 'Welcome to the Crèche', speaker: 'Ruth' },
    { start: 2, end: 4, text: 'Naïve questions are welcome', speaker: undefined },
    { start: 5, end: 10, text: 'A long cue', speaker: undefined },
    { start: 6, end: 7, text: 'An overlapping short one', speaker: undefined },
    { start: 10, end: 10, text: 'Zero length', speaker: undefined },
  ];

  it('finds the cue being spoken, or -1 between cues', () => {
    expect([-1, 0, 1.99, 2, 4, 4.5, 5].map((t) => activeCueIndex(cues, t))).to.deep.equal([
      -1, 0, 0, 1, -1, -1, 2,
    ]);
    expect(activeCueIndex(cues, 6.5)).to.equal(3);
    expect(activeCueIndex(cues, 8)).to.equal(2); // the long cue is still running after the short one ends
    expect(activeCueIndex(cues, 10)).to.equal(-1);
    expect(activeCueIndex(cues, NaN)).to.equal(-1);
    expect(activeCueIndex([], 1)).to.equal(-1);
  });

  it('is a binary search: 10,000 cues, each found at its own time', () => {
    const many = Array.from({ length: 10000 }, (_, i) => ({
      start: i,
      end: i + 1,
      text: `cue ${i}`,
      speaker: undefined,
    }));
    for (const i of [0, 1, 4999, 9998, 9999]) expect(activeCueIndex(many, i + 0.5)).to.equal(i);
    expect(activeCueIndex(many, 10000)).to.equal(-1);
  });

  it('searches ignoring case and accents, with offsets into the original text', () => {
    const found = searchTranscript(cues, 'CRECHE');
    expect(found).to.deep.equal([{ index: 0, start: 15, end: 21 }]);
    expect(cues[0]!.text.slice(found[0]!.start, found[0]!.end)).to.equal('Crèche');
    expect(searchTranscript(cues, 'naive  questions').map((m) => m.index)).to.deep.equal([1]);
    expect(searchTranscript(cues, 'welcome').map((m) => m.index)).to.deep.equal([0, 1]);
    expect(searchTranscript(cues, '   ')).to.deep.equal([]);
    expect(searchTranscript(cues, 'nowhere')).to.deep.equal([]);
    // Decomposed accents in the text ("e" + U+0301) still map back to the right characters.
    const decomposed = [{ start: 0, end: 1, text: 'Cafe\u0301 time', speaker: undefined }];
    const [match] = searchTranscript(decomposed, 'café');
    expect(decomposed[0]!.text.slice(match!.start, match!.end)).to.equal('Cafe\u0301');
  });
});
