import { css } from 'lit';

export const groupFinderStyles = css`
  .finder {
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
  #finder-title {
    font-size: 1.4em;
  }
  p {
    margin: 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    background: var(--_hm-surface-alt);
    border-inline-start: 5px solid var(--_accent);
  }
  .message-error {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .search {
    display: grid;
    gap: 0.75em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
    min-inline-size: 0;
  }
  label,
  legend,
  summary {
    font-weight: 600;
  }
  .hint {
    color: var(--_hm-muted);
    font-size: 0.95em;
  }
  .field-error {
    color: var(--_hm-error);
    font-weight: 600;
  }
  input[type='text'],
  input[type='search'],
  select {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: min(100%, 28em);
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
    background: var(--_hm-surface);
  }
  input[aria-invalid='true'] {
    border-color: var(--_hm-error);
    border-width: 3px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .location {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    background: var(--_hm-surface-alt);
    border-radius: calc(var(--_hm-radius) / 2);
  }
  .location[hidden] {
    display: none;
  }
  .filters {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_hm-radius) / 2);
    padding: 0.5em 0.75em;
  }
  .filters > summary {
    cursor: pointer;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .filters[open] > summary {
    margin-block-end: 0.5em;
  }
  .filter-grid {
    display: grid;
    align-items: start;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.75em 1em;
    margin-block-end: 0.75em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    align-content: start;
    gap: 0.1em;
    min-inline-size: 0;
  }
  fieldset.types {
    grid-column: 1 / -1;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
  }
  fieldset.types legend {
    margin-block-end: 0.25em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    font-weight: normal;
  }
  .check input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .results-bar {
    display: grid;
    /* The column never grows past the frame: a long option (Bengali "nearest first") would
       otherwise widen the whole bar beyond a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .tools select {
    inline-size: auto;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .result article {
    display: grid;
    gap: 0.4em;
    justify-items: start;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_hm-radius) / 2);
  }
  .result h3,
  .result h4,
  .result h5,
  .result h6 {
    font-size: 1.15em;
  }
  .num {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.6em;
    block-size: 1.6em;
    margin-inline-end: 0.25em;
    padding-inline: 0.2em;
    border-radius: 0.8em;
    background: var(--_accent);
    color: var(--_hm-accent-text);
    font-size: 0.85em;
  }
  .types {
    color: var(--_hm-muted);
  }
  .facts,
  .sessions,
  .contact,
  .beyond {
    list-style-type: disc;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .details {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    inline-size: 100%;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .details[hidden] {
    display: none;
  }
  .details h4,
  .details h5,
  .details h6 {
    font-size: 1em;
  }
  .details a:not(.button) {
    color: var(--_accent);
  }
  a.button {
    text-decoration: none;
  }
  .copy-fallback,
  .copy-fallback input {
    inline-size: 100%;
  }
  .empty {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em;
    background: var(--_hm-surface-alt);
    border-radius: calc(var(--_hm-radius) / 2);
  }
  .more {
    justify-self: start;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_hm-focus-text);
  }
  @container (max-width: 24em) {
    .row .button {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    .finder,
    .result article,
    .filters {
      border-color: CanvasText;
    }
    .num {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    input,
    select {
      border-color: ButtonText;
    }
  }
  @media print {
    .finder {
      border: 0;
      padding: 0;
    }
    .search,
    .location,
    .filters,
    .tools,
    .more,
    .button,
    .result button {
      display: none;
    }
    .result {
      break-inside: avoid;
    }
  }
`;
