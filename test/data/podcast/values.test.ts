import { expect } from '@open-wc/testing';
import { parseFeedDate } from '../../../src/data/podcast/dates.js';
import { parseClock, parseDuration } from '../../../src/data/podcast/durations.js';

describe('podcast values: durations', () => {
  it('reads every form itunes:duration comes in', () => {
    const cases: [string, number][] = [
      ['3723', 3723],
      ['3723.5', 3723.5],
      ['62:03', 3723],
      ['1:02:03', 3723],
      ['01:02:03.500', 3723.5],
      ['0:0:5', 5],
      ['PT1H2M3S', 3723],
      ['pt45m', 2700],
      ['P1DT1S', 86401],
      ['1h 2m 3s', 3723],
      ['1 hour 2 minutes', 3720],
      ['45 mins', 2700],
      ['90 seconds', 90],
      [' 00:45:00 ', 2700],
      ['00:60:05', 3605],
      ['1:75:00', 8100],
    ];
    for (const [text, seconds] of cases) expect(parseDuration(text), text).to.equal(seconds);
  });

  it('gives undefined, never NaN or a negative, for anything else', () => {
    for (const text of ['', ' ', 'soon', '-5', '1:-2', 'P', 'PT', '1h 2', 'NaN', 'Infinity', '1e400', '::']) {
      expect(parseDuration(text), text).to.equal(undefined);
    }
    expect(parseDuration(undefined)).to.equal(undefined);
  });

  it('reads normal play time for chapters', () => {
    expect(parseClock('00:02:30.500')).to.equal(150.5);
    expect(parseClock('2:30')).to.equal(150);
    expect(parseClock('150.5')).to.equal(150.5);
    expect(parseClock('150.')).to.equal(150);
    expect(parseClock('2:60')).to.equal(180);
    expect(parseClock('2:x')).to.equal(undefined);
  });
});

describe('podcast values: dates', () => {
  const iso = (text: string) => parseFeedDate(text)?.toISOString();

  it('reads RFC 822 as feeds write it', () => {
    expect(iso('Wed, 03 Jan 2018 13:47:00 GMT')).to.equal('2018-01-03T13:47:00.000Z');
    expect(iso('Wed, 3 Jan 2018 13:47:00 +0000')).to.equal('2018-01-03T13:47:00.000Z');
    expect(iso('03 Jan 2018 13:47 PDT')).to.equal('2018-01-03T20:47:00.000Z');
    expect(iso('Sat, 3 Sept 2016 10:00:00 BST')).to.equal('2016-09-03T09:00:00.000Z');
    expect(iso('Mon, 01 Jan 99 00:00:00 GMT')).to.equal('1999-01-01T00:00:00.000Z');
    expect(iso('Mon, 01 Jan 05 00:00:00 GMT')).to.equal('2005-01-01T00:00:00.000Z');
    expect(iso('3-Jan-2018 13:47:00 -05:30')).to.equal('2018-01-03T19:17:00.000Z');
    expect(iso('Fri, 08 Jul 2016 13:40:00 UTC')).to.equal('2016-07-08T13:40:00.000Z');
    expect(iso('Jan 3 2018 11:05 am')).to.equal('2018-01-03T11:05:00.000Z');
    expect(iso('Jan 3 2018 12:05 AM')).to.equal('2018-01-03T00:05:00.000Z');
  });

  it('reads ISO 8601 with or without a colon in the offset', () => {
    expect(iso('2021-09-26T07:30:00.000-0600')).to.equal('2021-09-26T13:30:00.000Z');
    expect(iso('2021-09-26T07:30:00+01:00')).to.equal('2021-09-26T06:30:00.000Z');
    expect(iso('2021-09-26 07:30Z')).to.equal('2021-09-26T07:30:00.000Z');
    expect(iso('2021-09-26')).to.equal('2021-09-26T00:00:00.000Z');
  });

  it('refuses impossible or unknown dates instead of guessing', () => {
    for (const text of [
      '',
      'yesterday',
      '31 Jun 2018',
      '2018-02-30',
      '2018-13-01',
      'Wed, 03 Jan 2018 25:00:00 GMT',
      '03 Jan 2018 10:00 XYZ',
      '03 Foo 2018',
      'Jan 3 2018 13:05 PM',
    ]) {
      expect(parseFeedDate(text), text).to.equal(undefined);
    }
  });
});
