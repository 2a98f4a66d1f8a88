import { expect } from '@open-wc/testing';
import { parseTranscript } from '../../src/data/podcast/transcript.js';
import { parseChapters } from '../../src/data/podcast/chapters.js';
import { CHAPTER_CASES, TRANSCRIPT_CASES, type TimedOutcome } from './cases/timed-text.js';
import { installTripwire, settle, tripped } from './tripwire.js';

function outcome(
  run: () => { items: { start: number; end?: number }[]; warnings: string[]; text: string },
  expected: TimedOutcome,
) {
  let result: ReturnType<typeof run> | undefined;
  let error: { name?: string; code?: string } | undefined;
  try {
    result = run();
  } catch (e) {
    error = e as typeof error;
  }
  if ('refused' in expected) {
    expect(result, 'nothing read from a refused input').to.equal(undefined);
    expect([error?.name, error?.code]).to.deep.equal(['HeldInMindError', expected.refused]);
    return;
  }
  expect(error, String(error)).to.equal(undefined);
  const { items, warnings, text } = result!;
  let previous = -Infinity;
  for (const item of items) {
    expect(Number.isFinite(item.start) && item.start >= 0, `start ${item.start}`).to.equal(true);
    if (item.end !== undefined) expect(item.end >= item.start && Number.isFinite(item.end)).to.equal(true);
    expect(item.start >= previous, 'sorted').to.equal(true);
    previous = item.start;
  }
  if (expected.count !== undefined) expect(items.length).to.equal(expected.count);
  if (expected.warns) expect(warnings.join(' | ')).to.match(expected.warns);
  if (expected.text) expect(text).to.match(expected.text);
  expect(text, 'no bidi override').not.to.match(/[\u202D\u202E]/);
  expect(Object.prototype).not.to.have.property('polluted');
}

describe('hostile transcripts and chapters', function () {
  // big inputs (200,000 cues, 26 MB, 50,000 groups) on a shared 2-core CI machine
  this.timeout(120_000);
  before(installTripwire);
  after(async () => {
    await settle(100);
    expect(tripped()).to.deep.equal([]);
  });

  for (const c of TRANSCRIPT_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'read safely';
    it(`transcript, ${c.name}: ${label}`, () => {
      outcome(() => {
        const { cues, warnings } = parseTranscript(c.text(), c.type);
        const text = cues.map((q) => `${q.speaker ?? ''} ${q.text}`).join('\n');
        for (const q of cues) expect(q.speaker ?? '', 'speaker has no markup').not.to.match(/<[a-z]/i);
        return { items: cues, warnings, text };
      }, c.expect);
    });
  }

  for (const c of CHAPTER_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'read safely';
    it(`chapters, ${c.name}: ${label}`, () => {
      outcome(() => {
        const { chapters, warnings } = parseChapters(c.text(), c.type, { duration: 3600 });
        for (const ch of chapters) {
          if (ch.url) expect(ch.url).to.match(/^(https?|mailto|tel):/);
          if (ch.img) expect(ch.img).to.match(/^https?:/);
          expect(ch.title.length).to.be.at.most(500);
        }
        return { items: chapters, warnings, text: chapters.map((ch) => ch.title).join('\n') };
      }, c.expect);
    });
  }
});
