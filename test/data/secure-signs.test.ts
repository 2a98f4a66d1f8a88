import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  correctedAgeMonths,
  parseSavedChildren,
  serialiseChildren,
  summarise,
  type SignItem,
} from '../../src/data/secure-signs.js';
import { validateHostSigns } from '../../src/data/secure-signs-validation.js';
import { validateHostHelp } from '../../src/data/help-validation.js';
import { HeldInMindError } from '../../src/core/errors.js';

const item = (id: string): SignItem => ({ id, sign: id, why: '', ideas: `try ${id}`, origin: 'built-in' });
const items = ['a', 'b', 'c', 'd'].map(item);

describe('data/secure-signs', () => {
  it('summarises without a score: going well, ideas to try, progress', () => {
    const s = summarise(items, { a: 'often', b: 'sometimes', c: 'not-yet' }, false);
    expect(s.goingWell.map((i) => i.id)).to.deep.equal(['a']);
    expect(s.toTry.map((i) => i.id)).to.deep.equal(['b', 'c']);
    expect([s.answered, s.total, s.complete, s.raiseHelp]).to.deep.equal([3, 4, false, false]);
    expect(Object.keys(s)).to.not.include('score');
  });

  it('raises where to get help for two "not yet" answers or a worried parent', () => {
    expect(summarise(items, { a: 'not-yet', b: 'not-yet' }, false).raiseHelp).to.equal(true);
    expect(summarise(items, { a: 'not-yet' }, false).raiseHelp).to.equal(false);
    expect(summarise(items, {}, true).raiseHelp).to.equal(true);
  });

  it('is complete only when every item has an answer; unknown answers do not count', () => {
    const answers = { a: 'often', b: 'often', c: 'often', d: 'maybe' } as never;
    expect(summarise(items, answers, false).complete).to.equal(false);
    expect(summarise(items, { a: 'often', b: 'often', c: 'often', d: 'often' }, false).complete).to.equal(
      true,
    );
    expect(summarise([], {}, false).complete).to.equal(false);
  });

  it('corrects the age of a baby born early, until two years', () => {
    expect(correctedAgeMonths(5, 12)).to.equal(2);
    expect(correctedAgeMonths(5, 0)).to.equal(5);
    expect(correctedAgeMonths(1, 12)).to.equal(0);
    expect(correctedAgeMonths(30, 12)).to.equal(30);
    expect(correctedAgeMonths(-1)).to.equal(null);
    expect(correctedAgeMonths(Number.NaN)).to.equal(null);
    expect(correctedAgeMonths(100)).to.equal(null);
  });

  it('saves a versioned record with no names, and reads back only what is valid', () => {
    const text = serialiseChildren([{ band: '0-3m', answers: { x: 'often' }, worried: true }]);
    expect(JSON.parse(text)).to.deep.equal({
      v: 1,
      children: [{ band: '0-3m', answers: { x: 'often' }, worried: true }],
    });
    expect(parseSavedChildren(text)).to.deep.equal([
      { band: '0-3m', answers: { x: 'often' }, worried: true },
    ]);
    const messy = JSON.stringify({
      v: 1,
      children: [
        { band: 'nope' },
        { band: '2-5y', answers: { a: 'often', b: 'maybe', c: 3 }, worried: 'yes', name: 'Sam' },
      ],
    });
    expect(parseSavedChildren(messy)).to.deep.equal([
      { band: '2-5y', answers: { a: 'often' }, worried: false },
    ]);
    expect(parseSavedChildren(JSON.stringify({ v: 2, children: [] }))).to.deep.equal([]);
    expect(parseSavedChildren('{not json')).to.deep.equal([]);
    expect(parseSavedChildren(null)).to.deep.equal([]);
  });

  it('never throws while reading whatever is in storage (property-based)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const children = parseSavedChildren(text);
          expect(children).to.be.an('array');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('data/secure-signs-validation', () => {
  it('accepts bands of items, with or without the "bands" wrapper', () => {
    const a = validateHostSigns({ bands: { '0-3m': [{ id: 'X', sign: ' Smiles ', why: 'w' }] } });
    expect(a.bands['0-3m']).to.deep.equal([{ id: 'x', sign: 'Smiles', why: 'w', ideas: '', origin: 'host' }]);
    const b = validateHostSigns({ '2-5y': [{ sign: 'Plays' }], martian: [] });
    expect(b.bands['2-5y']![0]!.id).to.equal('host-1');
    expect(b.problems.join()).to.match(/unknown age band "martian"/);
  });

  it('refuses content with no usable item, with a typed `invalid` error', () => {
    for (const input of [null, [], 'x', { bands: {} }, { '0-3m': [{ why: 'no sign' }] }]) {
      expect(() => validateHostSigns(input), JSON.stringify(input))
        .to.throw(HeldInMindError)
        .with.property('code', 'invalid');
    }
  });

  it('never throws anything but a HeldInMindError (property-based)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          validateHostSigns(value);
        } catch (error) {
          if (!(error instanceof HeldInMindError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('data/help-validation', () => {
  it('keeps phone numbers as tel: links and only http(s) web links', () => {
    const { cards, problems } = validateHostHelp([
      {
        level: 'urgent',
        text: 'Call us',
        contacts: [
          { label: 'Phone', phone: '+44 (0)1234 567-890' },
          { label: 'Web', url: 'https://example.org/help' },
          { label: 'Evil', url: 'javascript:alert(1)' },
          { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
        ],
      },
    ]);
    expect(cards[0]!.contacts).to.deep.equal([
      { label: 'Phone', href: 'tel:+44(0)1234567890'.replace(/[()]/g, '') },
      { label: 'Web', href: 'https://example.org/help' },
      { label: 'Evil' },
      { label: 'Data' },
    ]);
    expect(problems).to.have.length(2);
  });

  it('refuses cards without a known level or text', () => {
    expect(() => validateHostHelp([{ level: 'whenever', text: 'x' }])).to.throw(HeldInMindError);
    expect(() => validateHostHelp({ level: 'talk' })).to.throw(HeldInMindError);
  });

  it('never produces a link that is not tel:, http: or https: (property-based)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ label: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), phone: fc.string() }),
        ),
        (contacts) => {
          try {
            const { cards } = validateHostHelp([{ level: 'talk', text: 'x', contacts }]);
            for (const c of cards[0]!.contacts) if (c.href) expect(c.href).to.match(/^(tel:|https?:)/);
          } catch (error) {
            if (!(error instanceof HeldInMindError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
