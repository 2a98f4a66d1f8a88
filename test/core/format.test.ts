import { expect } from '@open-wc/testing';
import {
  formatClock,
  formatDate,
  formatDistance,
  formatDuration,
  formatNumber,
  plural,
  pluralCategory,
} from '../../src/core/format.js';

describe('core/format', () => {
  it('chooses every CLDR plural category for Welsh', () => {
    const cy = [0, 1, 2, 3, 6, 4].map((n) => pluralCategory(n, 'cy'));
    expect(cy).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('chooses every CLDR plural category for Arabic', () => {
    const ar = [0, 1, 2, 5, 11, 100].map((n) => pluralCategory(n, 'ar'));
    expect(ar).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('English has only one and other', () => {
    expect([0, 1, 2, 3].map((n) => pluralCategory(n, 'en-GB'))).to.deep.equal([
      'other',
      'one',
      'other',
      'other',
    ]);
  });

  it('runs only the chosen plural form, falling back to other', () => {
    const calls: string[] = [];
    const form = (name: string) => () => {
      calls.push(name);
      return name;
    };
    expect(plural(2, 'cy', { one: form('one'), two: form('two'), other: form('other') })).to.equal('two');
    expect(plural(2, 'en-GB', { one: form('one'), two: form('two'), other: form('other') })).to.equal(
      'other',
    );
    expect(calls).to.deep.equal(['two', 'other']);
  });

  it('formats numbers with the locale digits and separators', () => {
    expect(formatNumber(12345.5, 'en-GB')).to.equal('12,345.5');
    expect(formatNumber(3, 'ar-EG')).to.equal('٣');
  });

  it('formats clock times and spoken durations', () => {
    expect(formatClock(75, 'en-GB')).to.equal('1:15');
    expect(formatClock(3725, 'en-GB')).to.equal('1:02:05');
    expect(formatClock(Number.NaN, 'en-GB')).to.equal('--:--');
    expect(formatClock(Infinity, 'en-GB')).to.equal('--:--');
    expect(formatDuration(3725, 'en-GB')).to.match(/1 hour.*2 minutes.*5 seconds/);
    expect(formatDuration(0, 'en-GB')).to.equal('0 seconds');
    expect(formatDuration(-1, 'en-GB')).to.equal('');
  });

  it('formats distances in miles or kilometres', () => {
    expect(formatDistance(1.609344, 'en-GB', 'mile')).to.equal('1 mile');
    expect(formatDistance(4.8, 'en-GB', 'mile')).to.equal('3 miles');
    expect(formatDistance(0.4, 'en-GB', 'kilometer')).to.equal('400 m');
    expect(formatDistance(12.3, 'en-GB', 'kilometer')).to.equal('12 km');
    expect(formatDistance(Number.NaN, 'en-GB')).to.equal('');
  });

  it('formats dates, and returns nothing for invalid ones', () => {
    const date = new Date(2026, 10, 22, 12);
    expect(formatDate(date, 'en-GB')).to.equal('22 November 2026');
    // Welsh where the engine has Welsh data; otherwise British, never US, order.
    const welshData = Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0;
    expect(formatDate(date, 'cy')).to.equal(welshData ? '22 Tachwedd 2026' : '22 November 2026');
    expect(formatDate(new Date('nonsense'), 'en-GB')).to.equal('');
  });

  it('writes Gregorian dates in Persian and Pashto (UK sessions), not Solar Hijri ones', () => {
    const date = new Date(2026, 10, 22, 12);
    for (const locale of ['fa', 'ps']) {
      // 2026 in Latin or Extended Arabic-Indic digits; the Solar Hijri year would be 1405.
      const text = formatDate(date, locale);
      expect(text, locale).to.match(/2026|۲۰۲۶/);
      expect(text, locale).not.to.match(/1405|۱۴۰۵/);
    }
  });

  it('falls back to en-GB for a tag Intl refuses', () => {
    expect(formatNumber(1000, 'x-not-a-locale-!!')).to.equal('1,000');
  });
});
