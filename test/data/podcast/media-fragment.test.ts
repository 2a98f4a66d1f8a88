import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readTimeFragment, withTimeFragment } from '../../../src/data/podcast/media-fragment.js';

describe('podcast media fragments (share at a time)', () => {
  it('reads #t= in seconds and normal play time, with an optional end', () => {
    expect(readTimeFragment('https://a.example/e#t=75')).to.deep.equal({ start: 75 });
    expect(readTimeFragment('https://a.example/e#t=1:15')).to.deep.equal({ start: 75 });
    expect(readTimeFragment('https://a.example/e#t=npt:0:01:15.5')).to.deep.equal({ start: 75.5 });
    expect(readTimeFragment('https://a.example/e#t=60,90')).to.deep.equal({ start: 60, end: 90 });
    expect(readTimeFragment('https://a.example/e#t=,30')).to.deep.equal({ start: 0, end: 30 });
    expect(readTimeFragment('https://a.example/e#hm-tip=x&t=10')).to.deep.equal({ start: 10 });
  });

  it('reads ?t= as podcast sites write it', () => {
    expect(readTimeFragment('https://a.example/e?t=90')).to.deep.equal({ start: 90 });
    expect(readTimeFragment('https://a.example/e?t=1m30s')).to.deep.equal({ start: 90 });
    expect(readTimeFragment('https://a.example/e?t=1h2m3s')).to.deep.equal({ start: 3723 });
  });

  it('ignores what it cannot read, and an end before the start', () => {
    expect(readTimeFragment('https://a.example/e')).to.equal(null);
    expect(readTimeFragment('https://a.example/e#t=soon')).to.equal(null);
    expect(readTimeFragment('https://a.example/e#t=-5')).to.equal(null);
    expect(readTimeFragment('https://a.example/e#t=90,30')).to.deep.equal({ start: 90 });
    expect(readTimeFragment('::not a url::')).to.deep.equal(null);
  });

  it('writes a link at a time, keeping the page and its other fragment parameters', () => {
    expect(withTimeFragment('https://a.example/e?x=1', 75.04)).to.equal('https://a.example/e?x=1#t=75');
    expect(withTimeFragment('https://a.example/e#t=5', 60, 90)).to.equal('https://a.example/e#t=60,90');
    expect(withTimeFragment('https://a.example/e#hm-tip=x', 12.34)).to.equal(
      'https://a.example/e#hm-tip=x&t=12.3',
    );
  });

  it('round-trips any time to a tenth of a second (property-based)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 36000, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 36000, noNaN: true })),
        (start, end) => {
          const link = withTimeFragment('https://a.example/episode', start, end ?? undefined);
          const read = readTimeFragment(link)!;
          expect(read.start).to.be.closeTo(start, 0.051);
          if (end !== null && Math.round(end * 10) > Math.round(start * 10))
            expect(read.end).to.be.closeTo(end, 0.051);
        },
      ),
      { numRuns: 300 },
    );
  });
});
