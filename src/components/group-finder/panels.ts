// The parts of the finder that are not on screen at first: the filters (closed until opened or
// used in a shared link), the "nothing found" help and the location explanation. Loaded on first
// use so the first paint stays small.
import { html, nothing } from 'lit';
import { msg, str } from '../../core/localize.js';
import { formatDate, formatDistance } from '../../core/format.js';
import type { GroupType } from '../../data/directory/group-types.js';
import { milesToKm } from '../../data/directory/geo.js';
import type { GroupResult, TimeOfDay } from '../../data/directory/search.js';
import type { FinderState } from './finder-state.js';
import { ageOption, attendanceLabel, languageName, typeLabel } from './labels.js';

export interface PanelContext {
  state: FinderState;
  locale: string;
  units: string;
  update(patch: Partial<FinderState>): void;
  clear(): void;
}

export interface FilterContext extends PanelContext {
  offered: readonly GroupType[];
  languages: readonly string[];
  radii: readonly number[];
  filterCount: number;
}

export interface EmptyContext extends PanelContext {
  /** The nearest groups beyond the distance (when a distance applies). */
  beyond: readonly GroupResult[];
  /** The next distance up, if any. */
  wider: number | undefined;
  filterCount: number;
  nation: string;
}

const AGES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18, 21, 24, 36, 48];
const TIMES: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];

const toggle = <T>(list: readonly T[], value: T, on: boolean): T[] => {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
};

const distance = (value: number, ctx: PanelContext) =>
  formatDistance(
    ctx.units === 'km' ? value : milesToKm(value),
    ctx.locale,
    ctx.units === 'km' ? 'kilometer' : 'mile',
  );

export const clearFilters = () =>
  msg('Clear filters', { id: 'hm.group-finder.filters.clear', desc: 'Button that removes every filter.' });

function timeLabel(time: TimeOfDay): string {
  if (time === 'morning')
    return msg('Morning', { id: 'hm.group-finder.time.morning', desc: 'Time of day filter: before noon.' });
  if (time === 'afternoon')
    return msg('Afternoon', {
      id: 'hm.group-finder.time.afternoon',
      desc: 'Time of day filter: noon to 5pm.',
    });
  return msg('Evening', { id: 'hm.group-finder.time.evening', desc: 'Time of day filter: after 5pm.' });
}

function signposting(nation: string): string {
  if (nation === 'wales')
    return msg(
      'Your health visitor, or your local Flying Start or Families First team, can tell you about other groups near you.',
      {
        id: 'hm.group-finder.signpost.wales',
        desc: 'Shown when nothing is found, for pages in Wales. Flying Start and Families First are Welsh Government programmes.',
      },
    );
  if (nation === 'scotland' || nation === 'northern-ireland')
    return msg('Your health visitor can tell you about other groups near you.', {
      id: 'hm.group-finder.signpost.general',
      desc: 'Shown when nothing is found (Scotland, Northern Ireland).',
    });
  return msg('Your health visitor or local family hub can tell you about other groups near you.', {
    id: 'hm.group-finder.signpost.england',
    desc: 'Shown when nothing is found.',
  });
}

export function renderFilters(ctx: FilterContext) {
  const { state: s, locale } = ctx;
  const weekday = (d: number) =>
    formatDate(new Date(Date.UTC(2024, 0, 1 + d, 12)), locale, { weekday: 'long', timeZone: 'UTC' });
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`
    <div class="filter-grid">
      <fieldset class="types">
        <legend>
          ${msg('Type of group', { id: 'hm.group-finder.filter.type', desc: 'Filter legend.' })}
        </legend>
        ${ctx.offered.map(
          (t) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="type"
                value=${t}
                .checked=${s.types.includes(t)}
                @change=${(e: Event) => ctx.update({ types: toggle(s.types, t, checked(e)) })}
              />
              ${typeLabel(t)}</label
            >`,
        )}
      </fieldset>
      <div class="field">
        <label for="age"
          >${msg('Your baby’s age', { id: 'hm.group-finder.filter.age', desc: 'Filter label.' })}</label
        >
        <select
          id="age"
          @change=${(e: Event) => {
            const v = value(e);
            ctx.update({ age: v === 'pregnancy' ? v : v === '' ? '' : Number(v) });
          }}
        >
          <option value="" ?selected=${s.age === ''}>
            ${msg('Any age', { id: 'hm.group-finder.filter.age.any', desc: 'Age filter option.' })}
          </option>
          <option value="pregnancy" ?selected=${s.age === 'pregnancy'}>
            ${msg('Expecting a baby', { id: 'hm.group-finder.filter.age.pregnancy', desc: 'Age filter option for pregnancy.' })}
          </option>
          ${AGES.map((a) => html`<option value=${a} ?selected=${s.age === a}>${ageOption(a, locale)}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend>
          ${msg('Day', { id: 'hm.group-finder.filter.day', desc: 'Filter legend: days of the week.' })}
        </legend>
        ${[0, 1, 2, 3, 4, 5, 6].map(
          (d) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="day"
                value=${d}
                .checked=${s.days.includes(d)}
                @change=${(e: Event) => ctx.update({ days: toggle(s.days, d, checked(e)).sort() })}
              />
              ${weekday(d)}</label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>${msg('Time of day', { id: 'hm.group-finder.filter.time', desc: 'Filter legend.' })}</legend>
        ${TIMES.map(
          (t) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="time"
                value=${t}
                .checked=${s.times.includes(t)}
                @change=${(e: Event) => ctx.update({ times: toggle(s.times, t, checked(e)) })}
              />
              ${timeLabel(t)}</label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>
          ${msg('Access and cost', { id: 'hm.group-finder.filter.access', desc: 'Filter legend.' })}
        </legend>
        <label class="check"
          ><input
            type="checkbox"
            name="free"
            .checked=${s.free}
            @change=${(e: Event) => ctx.update({ free: checked(e) })}
          />
          ${msg('Free only', { id: 'hm.group-finder.filter.free', desc: 'Filter checkbox.' })}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            name="step-free"
            .checked=${s.stepFree}
            @change=${(e: Event) => ctx.update({ stepFree: checked(e) })}
          />
          ${msg('Step-free access', {
            id: 'hm.group-finder.filter.step-free',
            desc: 'Filter checkbox: no steps for buggies and wheelchairs.',
          })}</label
        >
      </fieldset>
      <fieldset>
        <legend>
          ${msg('Online or in person', { id: 'hm.group-finder.filter.attendance', desc: 'Filter legend.' })}
        </legend>
        ${(['', 'in-person', 'online'] as const).map(
          (a) =>
            html`<label class="check"
              ><input
                type="radio"
                name="attendance"
                value=${a}
                .checked=${s.attendance === a}
                @change=${() => ctx.update({ attendance: a })}
              />
              ${
                a
                  ? attendanceLabel(a)
                  : msg('Either', {
                      id: 'hm.group-finder.filter.attendance.any',
                      desc: 'Option: online or in person, either is fine.',
                    })
              }</label
            >`,
        )}
      </fieldset>
      ${
        ctx.languages.length > 1
          ? html`<div class="field">
              <label for="language"
                >${msg('Language', {
                  id: 'hm.group-finder.filter.language',
                  desc: 'Filter label: the language a group is run in.',
                })}</label
              >
              <select id="language" @change=${(e: Event) => ctx.update({ language: value(e) })}>
                <option value="" ?selected=${!s.language}>
                  ${msg('Any language', { id: 'hm.group-finder.filter.language.any', desc: 'Language filter option.' })}
                </option>
                ${ctx.languages.map(
                  (l) =>
                    html`<option value=${l} ?selected=${s.language.toLowerCase() === l.toLowerCase()}>
                      ${languageName(l, locale)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="radius"
          >${msg('Distance', { id: 'hm.group-finder.filter.distance', desc: 'Filter label: how far away groups may be.' })}</label
        >
        <select id="radius" @change=${(e: Event) => ctx.update({ radius: Number(value(e)) })}>
          ${ctx.radii.map(
            (r) =>
              html`<option value=${r} ?selected=${s.radius === r}>
                ${msg(str`Within ${distance(r, ctx)}`, {
                  id: 'hm.group-finder.filter.within',
                  desc: 'Distance option, e.g. “Within 5 miles”.',
                })}
              </option>`,
          )}
          <option value="0" ?selected=${s.radius === 0}>
            ${msg('Any distance', { id: 'hm.group-finder.filter.distance.any', desc: 'Distance option.' })}
          </option>
        </select>
      </div>
    </div>
    ${
      ctx.filterCount
        ? html`<button type="button" class="button" @click=${ctx.clear}>${clearFilters()}</button>`
        : nothing
    }
  `;
}

export function renderEmpty(ctx: EmptyContext) {
  const { beyond, wider, locale } = ctx;
  const unit = ctx.units === 'km' ? 'kilometer' : 'mile';
  return html`<div class="empty" part="notice">
    ${
      beyond.length
        ? html`<p>
              ${msg(
                'There are no groups like this within that distance. These are the nearest further away:',
                {
                  id: 'hm.group-finder.empty.beyond',
                  desc: 'Shown when nothing is within the distance; followed by the nearest groups beyond it.',
                },
              )}
            </p>
            <ul class="beyond">
              ${beyond.map((r) => html`<li><bdi>${r.group.name}</bdi> — ${formatDistance(r.distanceKm ?? 0, locale, unit)}</li>`)}
            </ul>
            ${
              wider
                ? html`<button type="button" class="button" @click=${() => ctx.update({ radius: wider })}>
                    ${msg(str`Search within ${distance(wider, ctx)}`, {
                      id: 'hm.group-finder.empty.widen',
                      desc: 'Button that widens the search distance, e.g. “Search within 10 miles”.',
                    })}
                  </button>`
                : nothing
            }`
        : nothing
    }
    ${
      ctx.filterCount
        ? html`<p>
              ${msg('Fewer filters may find more groups.', {
                id: 'hm.group-finder.empty.filters',
                desc: 'Shown when nothing matched and filters are in use.',
              })}
            </p>
            <button type="button" class="button" @click=${ctx.clear}>${clearFilters()}</button>`
        : nothing
    }
    <slot name="signposting"><p>${signposting(ctx.nation)}</p></slot>
  </div>`;
}

// Said when a directory loaded but lists nothing (here, not in the first load: it is rare).
export const emptyDirectory = () =>
  msg('This directory has no groups in it yet.', {
    id: 'hm.group-finder.empty-directory',
    desc: 'Shown when the directory loaded but lists no groups at all.',
  });

export const locationExplanation = () =>
  msg(
    'Your browser will ask whether to share your location. It is used only on this page, to put the nearest groups first. It is not sent anywhere or saved.',
    {
      id: 'hm.group-finder.location.explain',
      desc: 'Explains what happens before the browser asks for the location.',
    },
  );
