import { css } from 'lit';

export const repairTipsStyles = css`
  .card {
    gap: 0.75em;
  }
  .label {
    margin: 0;
    color: var(--_hm-muted);
    font-size: 0.95em;
    font-weight: 600;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.35em;
  }
  .why {
    margin: 0;
    padding: 0.5em 0.75em;
    background: var(--_hm-surface-alt);
    border-radius: calc(var(--_hm-radius) / 2);
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  select {
    flex: 1 1 12em;
    min-inline-size: 0;
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
    background: var(--_hm-surface);
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .nav .button {
    flex: 1 1 auto;
  }
  .copy-fallback input {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
  }
  details {
    color: var(--_hm-muted);
    font-size: 0.95em;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5em;
  }
  details ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .reviewed {
    margin: 0.25em 0 0;
  }
  .arrow {
    display: inline-block;
  }
  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }
  @container (max-width: 22em) {
    .nav .button {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .why {
      border: 1px solid CanvasText;
    }
    select {
      border-color: ButtonText;
    }
  }
  @media print {
    .card {
      border: 1px solid #000;
      break-inside: avoid;
    }
    .nav,
    .actions,
    .picker {
      display: none;
    }
  }
`;
