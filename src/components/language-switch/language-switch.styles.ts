import { css } from 'lit';

export const languageSwitchStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  label {
    font-weight: 600;
  }
  select {
    min-inline-size: 0;
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
    background: var(--_hm-surface);
    color: var(--_hm-text);
  }
`;
