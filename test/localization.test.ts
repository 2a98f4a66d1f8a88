import { expect } from '@open-wc/testing';
import { configureHeldInMindLocalization, supportedLocales } from '../src/i18n/localization.js';
import { activeMessageLocale } from '../src/core/locale.js';

describe('opt-in localisation (npm entry)', () => {
  it('is not configured on import; configuring twice returns the same controller', () => {
    expect(activeMessageLocale()).to.equal('en-GB');
    const a = configureHeldInMindLocalization();
    const b = configureHeldInMindLocalization();
    expect(a).to.equal(b);
    expect(a.getLocale()).to.equal('en-GB');
  });

  it('ships the 24 locales of the languages families in the UK read', () => {
    expect([...supportedLocales].sort()).to.deep.equal([
      'ar',
      'bg',
      'bn',
      'cy',
      'en-GB',
      'es',
      'fa',
      'fr',
      'gu',
      'hu',
      'it',
      'lt',
      'pa',
      'pl',
      'ps',
      'pt',
      'ro',
      'ru',
      'so',
      'ta',
      'tr',
      'uk',
      'ur',
      'zh-Hans',
    ]);
  });

  it('maps any tag to the best supported locale, and unknown ones to en-GB', async () => {
    const l10n = configureHeldInMindLocalization();
    await l10n.setLocale('cy-GB');
    expect(l10n.getLocale()).to.equal('cy');
    expect(activeMessageLocale()).to.equal('cy');
    await l10n.setLocale('ar-SA');
    expect(l10n.getLocale()).to.equal('ar');
    await l10n.setLocale('de-DE');
    expect(l10n.getLocale()).to.equal('en-GB');
    await l10n.setLocale('');
    expect(l10n.getLocale()).to.equal('en-GB');
  });
});
