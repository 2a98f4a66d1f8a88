// Waiting in play functions: the elements load data and messages asynchronously.

/** Resolves with the first truthy value of `check`, polled until `timeout` ms. */
export async function until<T>(
  check: () => T | null | undefined | false,
  what: string,
  timeout = 10000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Story: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** An element's shadow root node, once it is there. */
export const inShadow = <T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout?: number,
) => until(() => host.shadowRoot?.querySelector<T>(selector), `${selector} in <${host.localName}>`, timeout);
