import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT } from './localize.js';

// One MutationObserver and one event listener for the whole document, shared by every element.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;
const updateAll = () => {
  for (const host of hosts) host.requestUpdate();
};
const onLocaleStatus = (event: Event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') updateAll();
};

/**
 * Re-renders its host when the language may have changed: when lit-localize has loaded a new
 * locale (the messages), and when any `lang` attribute in the document changes (which locale
 * the element resolves to for numbers and dates). It replaces @lit/localize's own controller.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    if (hosts.size === 0) {
      observer = new MutationObserver(updateAll);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
      window.addEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
    }
    hosts.add(this.host);
  }
  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = null;
      window.removeEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
    }
  }
}
