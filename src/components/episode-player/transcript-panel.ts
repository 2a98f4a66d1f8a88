// The transcript's tools and lines, loaded with the transcript (in the extras chunk).
import { html, nothing } from 'lit';
import { msg, str } from '../../core/localize.js';
import { activeMessageLocale, directionOf } from '../../core/locale.js';
import { formatClock, formatNumber, plural } from '../../core/format.js';
import type { Cue, TranscriptMatch } from '../../data/podcast/transcript.js';

/** At most this many lines are in the DOM at once; a long transcript shows a window of them. */
export const CUE_WINDOW = 50;

export interface TranscriptView {
  cues: Cue[];
  active: number;
  matches: TranscriptMatch[];
  match: number;
  query: string;
  follow: boolean;
  lang: string;
  download: string | null;
  locale: string;
  onSearch(event: Event): void;
  onSearchKey(event: KeyboardEvent): void;
  onMove(step: number): void;
  onFollow(event: Event): void;
  onCue(cue: Cue): void;
  /** The first line shown (when there are more than CUE_WINDOW). */
  start: number;
  onShift(step: -1 | 1): void;
}

export function renderTranscriptBody(v: TranscriptView) {
  const matches = new Map(v.matches.map((m, i) => [m.index, { m, i }]));
  const start = Math.max(0, Math.min(v.start, v.cues.length - CUE_WINDOW));
  const end = Math.min(v.cues.length, start + CUE_WINDOW);
  return html`<div class="tools">
      <label for="search"
        >${msg('Search the transcript', { id: 'hm.episode-player.search', desc: 'Label of the transcript search box.' })}</label
      >
      <div class="search-row">
        <input id="search" type="search" .value=${v.query} @input=${v.onSearch} @keydown=${v.onSearchKey} />
        <button type="button" class="button" ?disabled=${v.matches.length < 2} @click=${() => v.onMove(-1)}>
          ${msg('Previous match', { id: 'hm.episode-player.search.previous', desc: 'Button.' })}
        </button>
        <button type="button" class="button" ?disabled=${v.matches.length < 2} @click=${() => v.onMove(1)}>
          ${msg('Next match', { id: 'hm.episode-player.search.next', desc: 'Button.' })}
        </button>
      </div>
      <p class="count">
        ${v.query.trim() ? html`${matchCountText(v.matches.length, v.locale)} ${v.matches.length ? matchPositionText(v.match, v.matches.length, v.locale) : ''}` : nothing}
      </p>
      <label class="follow"
        ><input type="checkbox" .checked=${v.follow} @change=${v.onFollow} />
        ${msg('Follow along', { id: 'hm.episode-player.follow', desc: 'Checkbox: keep the line being spoken in view.' })}</label
      >
      ${
        v.download
          ? html`<a href=${v.download} download
              >${msg('Download the transcript', { id: 'hm.episode-player.transcript.download', desc: 'Link to the transcript file.' })}</a
            >`
          : nothing
      }
    </div>
    ${
      start > 0
        ? html`<button type="button" class="button more" @click=${() => v.onShift(-1)}>
            ${msg('Show earlier lines', { id: 'hm.episode-player.transcript.earlier', desc: 'Button above a long transcript that shows the lines before those listed.' })}
          </button>`
        : nothing
    }
    <ol class="cues" lang=${v.lang} dir=${directionOf(v.lang)}>
      ${v.cues.slice(start, end).map((cue, offset) => {
        const i = start + offset;
        const hit = matches.get(i);
        return html`<li>
          <button
            type="button"
            class="cue ${hit && hit.i === v.match ? 'match' : ''}"
            data-index=${i}
            aria-current=${i === v.active ? 'true' : 'false'}
            @click=${() => v.onCue(cue)}
          >
            <span class="time" dir="ltr">${formatClock(cue.start, v.locale)}</span>
            ${cue.speaker ? html`<span class="speaker">${cue.speaker}</span>` : nothing}
            <span class="cue-text"
              >${
                hit
                  ? html`${cue.text.slice(0, hit.m.start)}<mark>${cue.text.slice(hit.m.start, hit.m.end)}</mark>${cue.text.slice(hit.m.end)}`
                  : cue.text
              }</span
            >
          </button>
        </li>`;
      })}
    </ol>
    ${
      end < v.cues.length
        ? html`<button type="button" class="button more" @click=${() => v.onShift(1)}>
            ${msg('Show later lines', { id: 'hm.episode-player.transcript.later', desc: 'Button below a long transcript that shows the lines after those listed.' })}
          </button>`
        : nothing
    }`;
}

export function matchCountText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  const none = () =>
    msg('No matches.', {
      id: 'hm.episode-player.search.count.zero',
      desc: 'Transcript search found nothing.',
    });
  // English has no "zero" category, but "0 matches." reads worse than saying so.
  if (count === 0) return none();
  return plural(count, activeMessageLocale(), {
    zero: none,
    one: () =>
      msg(str`${n} match.`, {
        id: 'hm.episode-player.search.count.one',
        desc: 'Transcript search result count. Plural category “one”.',
      }),
    two: () =>
      msg(str`${n} matches.`, {
        id: 'hm.episode-player.search.count.two',
        desc: 'Transcript search result count. Plural category “two” (Welsh, Arabic…).',
      }),
    few: () =>
      msg(str`${n} matches.`, {
        id: 'hm.episode-player.search.count.few',
        desc: 'Transcript search result count. Plural category “few”.',
      }),
    many: () =>
      msg(str`${n} matches.`, {
        id: 'hm.episode-player.search.count.many',
        desc: 'Transcript search result count. Plural category “many”.',
      }),
    other: () =>
      msg(str`${n} matches.`, {
        id: 'hm.episode-player.search.count.other',
        desc: 'Transcript search result count. Plural category “other”.',
      }),
  });
}

export function matchPositionText(match: number, count: number, locale: string): string {
  const n = formatNumber(match + 1, locale);
  const total = formatNumber(count, locale);
  return msg(str`Match ${n} of ${total}.`, {
    id: 'hm.episode-player.search.position',
    desc: 'Which transcript search match is shown, e.g. “Match 2 of 5.”',
  });
}
