import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One MutationObserver for the whole document, shared by every element: a `lang` change anywhere
// can change which locale an element resolves to.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

function ensureObserver(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/** Re-renders its host when any `lang` attribute in the document changes. */
export class LangObserverController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    hosts.add(this.host);
    ensureObserver();
  }
  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  }
}
