/** What the switcher asks of every Held in Mind script on the page. */
export interface LocaleRequestDetail {
  /** A supported locale, e.g. "cy". */
  readonly locale: string;
}

/**
 * Dispatched on `window` when the person picks a language. Every drop-in bundle on the page
 * listens (two bundles each run their own localisation), so one switcher changes them all.
 */
export class LocaleRequestEvent extends Event {
  static readonly eventName = 'hm-locale-request' as const;
  readonly detail: LocaleRequestDetail;
  constructor(detail: LocaleRequestDetail) {
    super(LocaleRequestEvent.eventName);
    this.detail = detail;
  }
}

/** Fired on the switcher when the person picks a language; the host may follow it. */
export class LanguageChangeEvent extends Event {
  static readonly eventName = 'hm-language-change' as const;
  readonly detail: LocaleRequestDetail;
  constructor(detail: LocaleRequestDetail) {
    super(LanguageChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface WindowEventMap {
    'hm-locale-request': LocaleRequestEvent;
  }
  interface GlobalEventHandlersEventMap {
    'hm-language-change': LanguageChangeEvent;
  }
}
