import { css } from 'lit';

export const secureSignsStyles = css`
  :host {
    --_urgent: var(--hm-color-urgent, #b35900);
    --_emergency: var(--hm-color-emergency, var(--_hm-error));
  }
  .card {
    gap: 1em;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
  #title {
    font-size: 1.35em;
  }
  p {
    margin: 0;
  }
  .not-a-test {
    font-weight: 600;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_hm-border);
    border-radius: 999px;
    background: var(--_hm-surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_hm-surface-alt);
    font-weight: 600;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .age-calc {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .age-calc label {
    display: grid;
    gap: 0.25em;
  }
  .age-calc input {
    inline-size: 6em;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  .item {
    border: 1px solid var(--_hm-border);
    border-radius: var(--_hm-radius);
    padding: 0.75em;
    display: grid;
    gap: 0.5em;
  }
  details > summary {
    cursor: pointer;
    min-block-size: 1.5em;
    color: var(--_accent);
    font-weight: 600;
  }
  details > p,
  details > ul {
    margin-block-start: 0.5em;
  }
  .progress {
    color: var(--_hm-muted);
    font-weight: 600;
  }
  .worried {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .worried input {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .help {
    display: grid;
    gap: 0.75em;
  }
  .help-card {
    border-inline-start: 8px solid var(--_hm-accent);
    background: var(--_hm-surface-alt);
    padding: 0.75em;
    display: grid;
    gap: 0.35em;
  }
  .help-card.urgent {
    border-color: var(--_urgent);
  }
  .help-card.emergency {
    border-color: var(--_emergency);
  }
  .help-card strong {
    font-size: 1.05em;
  }
  .help-card a {
    color: inherit;
    font-weight: 700;
  }
  .summary {
    display: grid;
    gap: 1em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35em;
  }
  .status-note {
    background: var(--_hm-surface-alt);
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_hm-radius) / 2);
  }
  .children {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .children .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_hm-accent-text);
  }
  .copy-fallback textarea {
    inline-size: 100%;
    min-block-size: 8em;
  }
  .meta {
    color: var(--_hm-muted);
    font-size: 0.95em;
  }
  @media (forced-colors: active) {
    .card,
    .item,
    .choice {
      border-color: CanvasText;
    }
    .choice:has(input:checked) {
      outline: 3px solid Highlight;
    }
    .help-card {
      border: 1px solid CanvasText;
      border-inline-start-width: 8px;
    }
  }
  @media print {
    .card {
      border: 1px solid #000;
    }
    .actions,
    .bands,
    .children,
    .age-calc {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
