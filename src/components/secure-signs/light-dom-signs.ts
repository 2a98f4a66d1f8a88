/**
 * Reads checklist items a host wrote as plain HTML inside the element (readable before upgrade
 * and without JavaScript) into the shape `validateHostSigns` takes. Only text is taken.
 *
 *   <ul data-band="0-3m"><li data-item="smiles">Smiles back at you</li>…</ul>
 */
export function readLightDomSigns(host: Element): Record<string, unknown[]> {
  const bands: Record<string, unknown[]> = {};
  for (const list of host.querySelectorAll('[data-band]')) {
    const band = list.getAttribute('data-band') ?? '';
    bands[band] = Array.from(list.querySelectorAll('li'), (li) => ({
      id: li.getAttribute('data-item') || undefined,
      sign: li.textContent ?? '',
      lang: li.closest('[lang]')?.getAttribute('lang') ?? undefined,
    }));
  }
  return bands;
}
