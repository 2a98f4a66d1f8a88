import { fixtureUrl } from './helpers.js';

// Host pages from the fixture server (another origin), framed and asked what they show.

/** Sends a message to a framed page (another origin) and waits for its report. */
export function askFrame<T>(frame: HTMLIFrameElement, message: Record<string, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the framed page did not answer')), 15000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      resolve(event.data as T);
    };
    addEventListener('message', onMessage);
    frame.contentWindow!.postMessage(message, '*');
  });
}

/** Frames a page from the fixture server and waits until it has loaded. */
export async function framePage(path: string, title: string, width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = fixtureUrl(path);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
