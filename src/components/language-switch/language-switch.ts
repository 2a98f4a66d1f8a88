import { LitElement, html } from 'lit';
import { msg } from '../../core/localize.js';
import { LocaleController } from '../../core/locale-controller.js';
import { activeMessageLocale, directionOf, primaryLanguage } from '../../core/locale.js';
import { baseStyles } from '../../core/styles.js';
import { allLocales } from '../../i18n/locale-codes.js';
import { ENDONYMS } from './endonyms.js';
import { languageSwitchStyles } from './language-switch.styles.js';
import { LanguageChangeEvent, LocaleRequestEvent } from './language-switch.events.js';

/**
 * A language list for the page: picking a language changes every Held in Mind element on it at
 * once, and each keeps its state (ticked signs, search, playback position), because the
 * elements re-render in place rather than being replaced. The host page's own text and its
 * `<html lang>` are left alone.
 *
 * @summary Changes the language of every Held in Mind element on the page.
 * @fires hm-language-change - The person picked a language; `detail.locale` is its code.
 * @cssprop --hm-font-family - Font of the label and list.
 * @csspart select - The language list.
 */
export class HmLanguageSwitch extends LitElement {
  static override styles = [baseStyles, languageSwitchStyles];

  static override properties = {
    locales: { type: String },
  };

  /**
   * The languages to offer, as space-separated codes (e.g. "en-GB cy"); every shipped language
   * when empty. Codes the elements do not ship are left out.
   */
  locales = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  #offered(): string[] {
    const wanted = this.locales.split(/\s+/).filter(Boolean);
    const shipped = [...allLocales] as string[];
    // English and Welsh first (the UK's own), then the rest by code.
    if (wanted.length === 0) return ['en-GB', 'cy', ...shipped.filter((l) => l !== 'en-GB' && l !== 'cy')];
    return wanted.filter((l) => shipped.includes(l));
  }

  #onChange(event: Event) {
    const locale = (event.target as HTMLSelectElement).value;
    window.dispatchEvent(new LocaleRequestEvent({ locale }));
    this.dispatchEvent(new LanguageChangeEvent({ locale }));
  }

  override render() {
    const current = activeMessageLocale();
    return html`<div class="switch" lang=${current} dir=${directionOf(current)}>
      <label for="language"
        >${msg('Language', {
          id: 'hm.core.language-switch.label',
          desc: 'Label of the list that changes the language of the guidance on this page (not of the whole website).',
        })}</label
      >
      <select id="language" part="select" @change=${this.#onChange}>
        ${this.#offered().map(
          (code) =>
            html`<option
              value=${code}
              lang=${code}
              dir=${directionOf(code)}
              ?selected=${primaryLanguage(code) === primaryLanguage(current)}
            >
              ${ENDONYMS[code] ?? code}
            </option>`,
        )}
      </select>
    </div>`;
  }
}
