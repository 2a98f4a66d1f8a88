import { fixtureUrl } from '../helpers.js';

let next = 0;
const run = Math.random().toString(36).slice(2, 10);

/**
 * Puts a body on the fixture server (POST /stash/<key>) and returns the URL that serves it with
 * the given content type, so an element reads hostile input over real HTTP, as from a host's feed.
 */
export async function stash(body: string | Uint8Array, type: string): Promise<string> {
  const key = `${run}-${next++}`;
  const url = fixtureUrl(`/stash/${key}?type=${encodeURIComponent(type)}`);
  const answer = await fetch(url, { method: 'POST', body: body as BodyInit });
  if (!answer.ok) throw new Error(`stash failed: ${answer.status}`);
  return fixtureUrl(`/stash/${key}`);
}

/** What a shadow root must never hold, whatever the input: scripts, handlers, unsafe links. */
export function unsafeIn(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const name = node.localName;
    if (
      /^(script|iframe|object|embed|frame|base|meta|form|template)$/.test(name) &&
      !node.closest('form.search')
    )
      found.push(`<${name}>`);
    for (const attr of node.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${name} ${attr}>`);
    for (const attr of ['href', 'src', 'action', 'formaction', 'poster', 'srcset']) {
      const value = node.getAttribute(attr);
      if (value && !/^(https?:|mailto:|tel:|#|blob:http|\/|data:text\/calendar;)/i.test(value.trim()))
        found.push(`<${name} ${attr}="${value.slice(0, 60)}">`);
    }
  }
  return found;
}
