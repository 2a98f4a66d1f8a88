import { css, unsafeCSS } from 'lit';

/**
 * Shared tokens and blocks. Global `--hm-*` tokens are only fallbacks, so a host can theme every
 * element at once or one element through its own `--hm-<name>-*` properties.
 */
export const baseStyles = css`
  :host {
    --_hm-font: var(--hm-font-family, inherit);
    --_hm-text: var(--hm-color-text, #1d1d1f);
    --_hm-muted: var(--hm-color-muted, #4a4a55);
    --_hm-surface: var(--hm-color-surface, #ffffff);
    --_hm-surface-alt: var(--hm-color-surface-alt, #f4f1ec);
    --_hm-border: var(--hm-color-border, #8a8594);
    --_hm-accent: var(--hm-color-accent, #5b3f8c);
    --_hm-accent-text: var(--hm-color-accent-text, #ffffff);
    --_hm-focus: var(--hm-color-focus, #ffbf47);
    --_hm-focus-text: var(--hm-color-focus-text, #0b0c0c);
    --_hm-error: var(--hm-color-error, #a4262c);
    --_hm-radius: var(--hm-radius, 0.5em);
    --_hm-space: var(--hm-space, 1em);
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--_hm-font);
    color: var(--_hm-text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set here, not inherited from the host: a page's \`* { all: unset }\` or 62.5% root font
     reaches the host element but not these, so text stays readable and boxes keep their sizes. */
  :host > * {
    font-size: max(1em, 14px);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_hm-focus-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_hm-focus);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  /* Read by screen readers, not shown (live regions, extra labels). */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_hm-accent);
    border-radius: var(--_hm-radius);
    background: var(--_hm-surface);
    color: var(--_hm-accent);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  .button:hover {
    background: var(--_hm-surface-alt);
  }
  .button.primary {
    background: var(--_hm-accent);
    color: var(--_hm-accent-text);
  }
  .button.primary:hover {
    text-decoration: underline;
  }
  .message-error {
    border-inline-start: 5px solid var(--_hm-error);
    padding: 0.5em 0.75em;
    background: var(--_hm-surface);
    color: var(--_hm-text);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .button.primary {
      background: ButtonText;
      color: ButtonFace;
    }
    .message-error {
      border-color: CanvasText;
    }
  }
`;

/**
 * The frame every element draws round itself (surface, border, an accent stripe along the top),
 * themed per element by --hm-<element>-background, -border-color and -accent, which fall back to
 * the global tokens. The element's outermost box carries class="frame".
 */
export function frameStyles(element: string) {
  const name = unsafeCSS(element);
  return css`
    :host {
      --_bg: var(--hm-${name}-background, var(--_hm-surface));
      --_border: var(--hm-${name}-border-color, var(--_hm-border));
      --_accent: var(--hm-${name}-accent, var(--_hm-accent));
      container-type: inline-size;
    }
    .frame {
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-block-start: 6px solid var(--_accent);
      border-radius: var(--_hm-radius);
      padding: var(--_hm-space);
      display: grid;
      /* minmax(0, …): a long word or option must not widen the frame past 320 px */
      grid-template-columns: minmax(0, 1fr);
    }
  `;
}
