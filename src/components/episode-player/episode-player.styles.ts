import { css } from 'lit';

export const episodePlayerStyles = css`
  .player {
    gap: 0.75em;
  }
  p {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .head {
    display: flex;
    gap: 0.75em;
    align-items: center;
  }
  .artwork {
    inline-size: 4em;
    block-size: 4em;
    border-radius: calc(var(--_hm-radius) / 2);
    object-fit: cover;
    flex: none;
  }
  .show,
  .meta,
  .times,
  .count {
    color: var(--_hm-muted);
    font-size: 0.9em;
  }
  .screen ::slotted(video),
  .screen video {
    display: block;
    inline-size: 100%;
    block-size: auto;
    /* A square poster or a portrait video stays within the screen on a wide page. */
    max-block-size: min(80vh, 40em);
    object-fit: contain;
    background: #000;
    border-radius: calc(var(--_hm-radius) / 2);
  }
  [hidden] {
    display: none !important;
  }
  .controls {
    display: grid;
    gap: 0.5em;
  }
  .timeline {
    position: relative;
    display: flex;
    align-items: center;
    min-block-size: 2.75em;
  }
  .timeline input {
    inline-size: 100%;
    margin: 0;
    min-block-size: 2.75em;
    accent-color: var(--_accent);
  }
  .markers {
    position: absolute;
    inset-inline: 0.5em;
    inset-block-start: calc(50% + 0.45em);
    inline-size: calc(100% - 1em);
    block-size: 0.5em;
    fill: var(--_hm-text);
    pointer-events: none;
    overflow: visible;
  }
  .times {
    display: flex;
    gap: 0.35em;
    font-variant-numeric: tabular-nums;
  }
  .buffering {
    margin-inline-start: auto;
  }
  .buttons,
  .actions,
  .versions,
  .resume,
  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .transport,
  .settings {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .settings,
  .transport {
    flex-wrap: wrap;
  }
  .transport {
    gap: 0.35em;
  }
  .buttons .button {
    flex: none;
    white-space: nowrap;
  }
  input[type='search'] {
    flex: 1 1 8em;
    min-inline-size: 0;
  }
  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: currentColor;
    flex: none;
  }
  .icon-button {
    padding: 0.25em 0.4em;
  }
  .skip {
    gap: 0.15em;
    font-variant-numeric: tabular-nums;
  }
  .play {
    min-inline-size: 5.5em;
    padding-inline: 0.75em;
  }
  .button:disabled,
  select:disabled,
  input:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .speed {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  select,
  input[type='search'],
  input[type='text'] {
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_hm-border);
    border-radius: calc(var(--_hm-radius) / 2);
    background: var(--_hm-surface);
  }
  .volume {
    inline-size: 6em;
    min-block-size: 2.75em; /* a target as tall as the buttons beside it */
    margin-block: 0;
    accent-color: var(--_accent);
  }
  .versions button[aria-pressed='true'],
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_hm-accent-text);
  }
  .panels {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  /* details' own (browser) shadow root sits between the panel and its content: restate box-sizing. */
  .panel > * {
    box-sizing: border-box;
  }
  .panel {
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_hm-radius) / 2);
    padding: 0.5em 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2em;
    padding-block: 0.25em;
  }
  ol {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .chapters li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .chapter,
  .cue {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.35em 0.5em;
    border: 0;
    border-inline-start: 4px solid transparent;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .chapter {
    align-items: center;
  }
  .cue {
    flex-wrap: wrap;
    column-gap: 0.5em;
    row-gap: 0;
  }
  .cue-text {
    flex: 1 1 12em;
  }
  .chapter img {
    inline-size: 2.5em;
    block-size: 2.5em;
    object-fit: cover;
  }
  .chapter:hover,
  .cue:hover {
    background: var(--_hm-surface-alt);
  }
  .chapter[aria-current='true'],
  .cue[aria-current='true'] {
    border-inline-start-color: var(--_accent);
    background: var(--_hm-surface-alt);
    font-weight: 600;
  }
  .time {
    color: var(--_hm-muted);
    font-variant-numeric: tabular-nums;
    flex: none;
  }
  .speaker {
    font-weight: 600;
    flex: none;
  }
  .speaker::after {
    content: ':';
  }
  .cues {
    position: relative;
    max-block-size: 18em;
    overflow-y: auto;
  }
  .more {
    margin-block: 0.25em;
  }
  .cue.match {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
  }
  mark {
    background: var(--_hm-focus);
    color: var(--_hm-focus-text);
  }
  .tools {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  .follow {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
  }
  .follow input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .message-error p + p {
    margin-block-start: 0.35em;
  }
  .notes-body :first-child {
    margin-block-start: 0.5em;
  }
  a {
    color: var(--_accent);
  }
  a.button {
    text-decoration: none;
  }
  .copy-fallback {
    display: grid;
    gap: 0.25em;
  }
  dialog {
    max-inline-size: min(32em, calc(100vw - 2em));
    border: 2px solid var(--_border);
    border-radius: var(--_hm-radius);
    background: var(--_bg);
    color: var(--_hm-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-title {
    font-weight: 700;
    font-size: 1.15em;
  }
  dl {
    display: grid;
    gap: 0.25em;
    margin: 0.75em 0;
  }
  dl div {
    display: flex;
    gap: 0.75em;
  }
  dt {
    min-inline-size: 6em;
  }
  dd {
    margin: 0;
  }
  kbd {
    font-family: inherit;
    font-weight: 700;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    padding: 0 0.35em;
  }
  @container (max-width: 20em) {
    .player {
      padding: 0.75em;
    }
  }
  /* Compact: the play button keeps its word for screen readers but shows only its icon, so the
     three transport buttons stay on one line in every language. */
  @container (max-width: 24em) {
    .play {
      min-inline-size: 4em;
    }
    .play span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* Full layout: the panels side by side once there is room. */
  @container (min-width: 44em) {
    .panels {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.75em;
      align-items: start;
    }
    .panels > [part='notes'] {
      grid-column: 1 / -1;
    }
    .artwork {
      inline-size: 6em;
      block-size: 6em;
    }
    .controls {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .buttons {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .chapter[aria-current='true'],
    .cue[aria-current='true'] {
      border-inline-start-color: Highlight;
    }
    .markers {
      fill: CanvasText;
    }
    .icon {
      fill: ButtonText;
    }
    .button.primary .icon,
    .button[aria-pressed='true'] .icon {
      fill: ButtonFace;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
