/**
 * Reads tips a host wrote as plain HTML inside the element (readable before upgrade and without
 * JavaScript) into raw objects for `validateHostTips`. Only text is taken, never markup.
 *
 *   <article data-tip="walk" data-topics="breaks" data-ages="0-3m 3-6m">
 *     <h3>Title</h3> <ul><li>Step</li>…</ul> <p>Why it helps</p>
 *   </article>
 */
export function readLightDomTips(host: Element): unknown[] {
  const words = (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean);
  return Array.from(host.querySelectorAll('[data-tip]'), (node) => ({
    id: node.getAttribute('data-tip') || undefined,
    title: node.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '',
    steps: Array.from(node.querySelectorAll('li'), (li) => li.textContent ?? ''),
    why: node.querySelector('p')?.textContent ?? '',
    topics: words(node.getAttribute('data-topics')),
    ages: words(node.getAttribute('data-ages')),
    lang: node.closest('[lang]')?.getAttribute('lang') ?? undefined,
  }));
}
