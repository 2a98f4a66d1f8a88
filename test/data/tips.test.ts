import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AGE_BANDS, bandForMonths, parseAge } from '../../src/data/age-bands.js';
import { filterTips, mergeTips, parseTopics, tipOfTheDayIndex, type Tip } from '../../src/data/tips.js';
import { validateHostTips } from '../../src/data/tip-validation.js';
import { HeldInMindError } from '../../src/core/errors.js';

const tip = (id: string, extra: Partial<Tip> = {}): Tip => ({
  id,
  title: id,
  steps: ['do it'],
  why: '',
  topics: ['repair'],
  ages: [],
  sources: [],
  origin: 'built-in',
  ...extra,
});

describe('data/age-bands', () => {
  it('reads band ids and ages in months', () => {
    expect(parseAge('6-12m')).to.equal('6-12m');
    expect(parseAge(' Pregnancy ')).to.equal('pregnancy');
    expect(parseAge('0')).to.equal('0-3m');
    expect(parseAge('8')).to.equal('6-12m');
    expect(parseAge('23')).to.equal('12-24m');
    expect(parseAge('59')).to.equal('2-5y');
    expect(parseAge('72')).to.equal(null);
    expect(parseAge('-3')).to.equal(null);
    expect(parseAge('eight')).to.equal(null);
    expect(parseAge(null)).to.equal(null);
  });

  it('every month from 0 to 71 falls in exactly one band after birth', () => {
    for (let m = 0; m < 72; m++) expect(AGE_BANDS.slice(1)).to.include(bandForMonths(m));
  });
});

describe('data/tips', () => {
  it('chooses the same tip for everyone on a date, and a different one the next day', () => {
    const tips = ['d', 'a', 'c', 'b'].map((id) => tip(id));
    const day = new Date(2026, 10, 22, 9);
    const sameDayLater = new Date(2026, 10, 22, 23, 59);
    expect(tipOfTheDayIndex(tips, day)).to.equal(tipOfTheDayIndex(tips, sameDayLater));
    // The order tips arrive in does not matter, only their ids.
    const reversed = [...tips].reverse();
    expect(reversed[tipOfTheDayIndex(reversed, day)]!.id).to.equal(tips[tipOfTheDayIndex(tips, day)]!.id);
    // Four consecutive days show four different tips.
    const seen = new Set<string>();
    for (let d = 0; d < 4; d++) seen.add(tips[tipOfTheDayIndex(tips, new Date(2026, 10, 22 + d, 12))]!.id);
    expect(seen.size).to.equal(4);
    expect(tipOfTheDayIndex([], day)).to.equal(-1);
  });

  it('filters by topic and age; tips without ages suit every age', () => {
    const tips = [
      tip('a', { topics: ['repair'], ages: ['0-3m'] }),
      tip('b', { topics: ['breaks'], ages: [] }),
      tip('c', { topics: ['repair', 'bonding'], ages: ['2-5y'] }),
    ];
    expect(filterTips(tips, { topics: ['repair'] }).map((t) => t.id)).to.deep.equal(['a', 'c']);
    expect(filterTips(tips, { age: '0-3m' }).map((t) => t.id)).to.deep.equal(['a', 'b']);
    expect(filterTips(tips, { topics: ['bonding'], age: '0-3m' })).to.deep.equal([]);
    expect(filterTips(tips, {})).to.have.length(3);
  });

  it('host tips extend the built-ins, override one with the same id, or replace them all', () => {
    const builtIn = [tip('a'), tip('b')];
    const host = [tip('b', { title: 'host b', origin: 'host' }), tip('c', { origin: 'host' })];
    expect(mergeTips(builtIn, host, false).map((t) => t.title)).to.deep.equal(['a', 'host b', 'c']);
    expect(mergeTips(builtIn, host, true).map((t) => t.id)).to.deep.equal(['b', 'c']);
    expect(mergeTips(builtIn, [], true).map((t) => t.id)).to.deep.equal(['a', 'b']);
  });

  it('reads a topic attribute, ignoring unknown words', () => {
    expect(parseTopics('repair, breaks  nonsense')).to.deep.equal(['repair', 'breaks']);
    expect(parseTopics(null)).to.deep.equal([]);
  });
});

describe('data/tip-validation', () => {
  it('accepts an array or { tips }, keeping only known topics and ages', () => {
    const { tips, problems } = validateHostTips({
      tips: [
        {
          id: 'Walk',
          title: ' Walk ',
          steps: ['Go out', '', 3],
          topics: ['breaks', 'x'],
          ages: ['0-3m', '9y'],
          lang: 'cy',
        },
      ],
    });
    expect(tips).to.deep.equal([
      {
        id: 'walk',
        title: 'Walk',
        steps: ['Go out'],
        why: '',
        topics: ['breaks'],
        ages: ['0-3m'],
        sources: [],
        lang: 'cy',
        origin: 'host',
      },
    ]);
    expect(problems.join(' '))
      .to.match(/unknown topics/)
      .and.match(/unknown ages/);
  });

  it('drops broken items with a reason each, and makes up missing ids', () => {
    const { tips, problems } = validateHostTips([
      { title: 'No id', steps: ['a'] },
      { id: 'bad id!', title: 'Bad id', steps: ['a'] },
      { id: 'x', title: 'No steps', steps: [] },
      { id: 'y', steps: ['no title'] },
      null,
      { id: 'dup', title: 'One', steps: ['a'] },
      { id: 'dup', title: 'Two', steps: ['a'] },
    ]);
    expect(tips.map((t) => t.id)).to.deep.equal(['host-1', 'host-2', 'dup']);
    expect(problems).to.have.length(5);
  });

  it('keeps only sources with an organisation', () => {
    const { tips } = validateHostTips([
      {
        title: 'T',
        steps: ['s'],
        sources: [{ organisation: 'Family hub', url: 'https://example.org' }, { title: 'anonymous' }, 'x'],
      },
    ]);
    expect(tips[0]!.sources).to.deep.equal([
      { organisation: 'Family hub', title: '', url: 'https://example.org' },
    ]);
  });

  it('refuses input with no usable tip, with a typed `invalid` error', () => {
    for (const input of [null, 42, 'tips', {}, { tips: 'no' }, [], [{ title: '' }]]) {
      try {
        validateHostTips(input);
        expect.fail(`accepted ${JSON.stringify(input)}`);
      } catch (error) {
        expect(error).to.be.instanceOf(HeldInMindError);
        expect((error as HeldInMindError).code).to.equal('invalid');
      }
    }
  });

  it('caps very long text and very many tips', () => {
    const { tips, problems } = validateHostTips(
      Array.from({ length: 600 }, (_, i) => ({ id: `t${i}`, title: 'x'.repeat(5000), steps: ['s'] })),
    );
    expect(tips).to.have.length(500);
    expect(tips[0]!.title).to.have.length(2000);
    expect(problems.at(-1)).to.match(/first 500/);
  });

  it('never throws anything but a HeldInMindError, whatever JSON it is given (property-based)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          const { tips } = validateHostTips(value);
          for (const t of tips) {
            expect(t.title).to.be.a('string').and.not.equal('');
            expect(t.steps.length).to.be.within(1, 6);
          }
        } catch (error) {
          if (!(error instanceof HeldInMindError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for tip-shaped objects with hostile field types (property-based)', () => {
    const anything = fc.anything({ maxDepth: 2 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              id: anything,
              title: anything,
              steps: anything,
              topics: anything,
              ages: anything,
              sources: anything,
              lang: anything,
            },
            { requiredKeys: [] },
          ),
        ),
        (items) => {
          try {
            validateHostTips(items);
          } catch (error) {
            if (!(error instanceof HeldInMindError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
