import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { HeldInMindError } from '../src/core/errors.js';

declare global {
  interface Window {
    /** Origin of test/servers/fixture-server.mjs, set by web-test-runner.config.mjs. */
    HM_FIXTURES: string;
    /** A URL on 127.0.0.1 where nothing listens (connection refused). */
    HM_CLOSED_URL: string;
  }
}

export const fixtureUrl = (path: string): string => `${window.HM_FIXTURES}${path}`;

/** Visible text of the first match in an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element, selector: string): string {
  const node = el.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const node = el.shadowRoot?.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector} in the shadow root of <${el.localName}>`);
  return node;
}

export function shadowAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return Array.from(el.shadowRoot?.querySelectorAll<T>(selector) ?? []);
}

export async function waitForText(el: Element, selector: string, pattern: RegExp | string, timeout = 15000) {
  await waitUntil(
    () => {
      const text = shadowText(el, selector);
      return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
    },
    `waiting for ${selector} to show ${pattern}; it shows "${shadowText(el, selector)}"`,
    { timeout },
  );
}

export const closedUrl = (): string => window.HM_CLOSED_URL;

/** The HeldInMindError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function failure(promise: Promise<unknown>): Promise<HeldInMindError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(HeldInMindError);
    return error as HeldInMindError;
  }
  throw new Error('expected a HeldInMindError, but it succeeded');
}

/** The HeldInMindError a function throws; fails the test if it returns or throws otherwise. */
export function thrown(fn: () => unknown): HeldInMindError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(HeldInMindError);
    return error as HeldInMindError;
  }
  throw new Error('expected a HeldInMindError, but it returned');
}

/**
 * The four content elements as a page shows them, with data that fills them: the finder with the
 * fixture outward codes (a search for BS7 finds groups), the player with the demo feed.
 */
export const everyContentElement = (now: Date, age: string): TemplateResult => html`
  <hm-repair-tips></hm-repair-tips>
  <hm-secure-signs age=${age}></hm-secure-signs>
  <hm-group-finder .now=${now} outcodes=${fixtureUrl('/fixtures/directory/outcodes.json')}></hm-group-finder>
  <hm-episode-player
    feed=${fixtureUrl('/media/feed.xml')}
    guid="held-in-mind-demo-episode-1"
  ></hm-episode-player>
`;
