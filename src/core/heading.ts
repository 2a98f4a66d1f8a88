import { html, type TemplateResult } from 'lit';

/** Clamp a `heading-level` attribute to 2–6 (a widget never owns the page's h1). */
export function clampHeadingLevel(value: unknown, fallback = 2): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(6, Math.max(2, n)) : fallback;
}

/**
 * A real heading element at the level the host chose (screen-reader users navigate by them);
 * a switch keeps it small instead of pulling in lit/static-html.
 */
export function heading(level: number, content: unknown, id: string): TemplateResult {
  switch (clampHeadingLevel(level)) {
    case 3:
      return html`<h3 id=${id} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part="heading">${content}</h6>`;
    default:
      return html`<h2 id=${id} part="heading">${content}</h2>`;
  }
}
