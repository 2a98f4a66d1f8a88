import { css } from 'lit';

export const embedBuilderStyles = css`
  .frame {
    gap: 1.25em;
  }
  form {
    display: grid;
    gap: 1.25em;
    justify-items: start;
  }
  fieldset {
    display: grid;
    gap: 1em;
    min-inline-size: 0;
    inline-size: 100%;
    margin: 0;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
  }
  fieldset.field {
    border-style: dashed;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  details {
    inline-size: 100%;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_hm-accent);
    text-decoration: underline;
    min-block-size: 1.5em;
  }
  .more {
    display: grid;
    gap: 1em;
    padding-block-start: 1em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  .field > label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_hm-muted);
    font-size: 0.9em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    column-gap: 0.5em;
  }
  .choice > .hint {
    grid-column: 2;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_hm-accent);
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 2.75em;
    padding: 0.35em 0.5em;
    border: 2px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
    background: var(--_hm-surface);
    color: var(--_hm-text);
  }
  select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
    resize: vertical;
  }
  .invalid {
    border-inline-start: 5px solid var(--_hm-error);
    padding-inline-start: 0.75em;
  }
  .invalid input {
    border-color: var(--_hm-error);
  }
  .error-message {
    margin: 0;
    color: var(--_hm-error);
    font-weight: 700;
  }
  .error-summary {
    border: 5px solid var(--_hm-error);
    padding: 1em;
  }
  .error-summary h2 {
    margin-block: 0 0.5em;
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_hm-error);
    font-weight: 700;
  }
  section {
    display: grid;
    gap: 0.75em;
  }
  h1 {
    margin: 0;
    font-size: 1.75em;
    line-height: 1.2;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .intro {
    margin: 0;
    max-inline-size: 40em;
  }
  .preview {
    inline-size: 100%;
    block-size: 30em;
    border: 1px dashed var(--_hm-border);
    background: var(--_hm-surface);
  }
  .code {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .code label {
    font-weight: 600;
  }
  .status {
    margin: 0;
    min-block-size: 1.5em;
  }
  @media (forced-colors: active) {
    .invalid,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
