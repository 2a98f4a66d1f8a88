// A page-level tripwire: every hostile payload calls alert(), confirm(), prompt(), print() or
// window.__hmPwned(). If any of them ever runs, `tripped()` says which. Each hostile test file
// installs it before the first case and checks it after the last, so a payload that fires late
// (an image error, a timer, a navigation) is still caught.
declare global {
  interface Window {
    __hmPwned?: (by?: unknown) => void;
  }
}

const calls: string[] = [];

export function installTripwire(): void {
  const record =
    (name: string) =>
    (...args: unknown[]): undefined => {
      calls.push(`${name}(${args.map(String).join(', ')})`);
      return undefined;
    };
  window.__hmPwned = record('__hmPwned');
  window.alert = record('alert');
  window.confirm = record('confirm') as unknown as typeof window.confirm;
  window.prompt = record('prompt') as unknown as typeof window.prompt;
  window.print = record('print');
}

export const tripped = (): readonly string[] => [...calls];

/** Gives late payloads (image errors, timers, animations) time to fire. */
export const settle = (ms = 60): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
