// A group's details, opened in place: loaded on the first "Show details" with the calendar file
// code, since most people read the list and open only a few groups.
import { html, nothing } from 'lit';
import { msg, str } from '../../core/localize.js';
import { safeUrl } from '../../core/safe-url.js';
import { formatList } from '../../core/format.js';
import { toICS } from '../../data/directory/ics.js';
import { nextSessions } from '../../data/directory/schedule.js';
import type { DirectoryGroup } from '../../data/directory/model.js';
import { languageName, sessionWhen } from './labels.js';
import type { GroupFinderSelectAction } from './group-finder.events.js';

export interface DetailsContext {
  now: Date;
  locale: string;
  level: number;
  idPrefix: string;
  reportUrl: string;
  reportEmail: string;
  /** A link the clipboard refused, to copy by hand. */
  copied: string;
  onCopy: () => void;
  onAction: (action: GroupFinderSelectAction) => void;
}

const SESSIONS = 6;

/** A directions link that opens a maps site only when followed. */
function directionsUrl(group: DirectoryGroup): string | null {
  const v = group.venue;
  if (v?.lat !== undefined && v.lon !== undefined)
    return `https://www.openstreetmap.org/directions?route=%3B${v.lat}%2C${v.lon}`;
  const q = [v?.name, v?.address, v?.postcode].filter(Boolean).join(', ');
  return q ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}` : null;
}

function reportHref(group: DirectoryGroup, ctx: DetailsContext): string | null {
  if (ctx.reportUrl) {
    const base = safeUrl(ctx.reportUrl, document.baseURI);
    if (!base) return null;
    const url = new URL(base);
    if (/^https?:/.test(url.protocol)) {
      url.searchParams.set('group', group.id);
      url.searchParams.set('name', group.name);
    }
    return url.href;
  }
  if (ctx.reportEmail && /^[^\s@<>]+@[^\s@<>]+$/.test(ctx.reportEmail)) {
    const subject = encodeURIComponent(`${group.name} (${group.id})`);
    return safeUrl(`mailto:${ctx.reportEmail}?subject=${subject}`);
  }
  return null;
}

const fileName = (group: DirectoryGroup) =>
  `${
    group.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'group'
  }.ics`;

const sub = (level: number, text: string) => {
  switch (Math.min(6, level)) {
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    default:
      return html`<h6>${text}</h6>`;
  }
};

export function renderDetails(group: DirectoryGroup, ctx: DetailsContext) {
  const { now, locale } = ctx;
  const sessions = nextSessions(group, now, SESSIONS);
  const notes = group.schedules.filter((s) => s.description).map((s) => s.description!);
  const venue = group.venue;
  const website = safeUrl(group.url);
  const phone = group.phone ? safeUrl(`tel:${group.phone.replace(/[^\d+]/g, '')}`) : null;
  const email =
    group.email && /^[^\s@<>]+@[^\s@<>]+$/.test(group.email) ? safeUrl(`mailto:${group.email}`) : null;
  const directions = directionsUrl(group);
  const report = reportHref(group, ctx);
  const ics = sessions[0] ? toICS(group, sessions[0], now) : '';
  const address = [venue?.name, venue?.address, venue?.postcode].filter(Boolean);
  const languages = formatList(
    group.languages.map((l) => languageName(l, locale)),
    locale,
  );
  return html`
    ${group.description ? html`<p class="description" dir="auto">${group.description}</p>` : nothing}
    ${sub(ctx.level, msg('When', { id: 'hm.group-finder.details.when', desc: 'Heading in a group’s details: its sessions.' }))}
    ${
      sessions.length
        ? html`<ul class="sessions">
            ${sessions.map((s) => html`<li>${sessionWhen(s, now, locale)}</li>`)}
          </ul>`
        : nothing
    }
    ${notes.map((n) => html`<p dir="auto">${n}</p>`)}
    ${
      address.length || directions
        ? html`${sub(ctx.level, msg('Where', { id: 'hm.group-finder.details.where', desc: 'Heading in a group’s details: its venue.' }))}
          ${address.length ? html`<p class="address" dir="auto">${address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>` : nothing}
          ${
            directions
              ? html`<p>
                  <a
                    href=${directions}
                    target="_blank"
                    rel="noopener noreferrer"
                    @click=${() => ctx.onAction('directions')}
                    >${msg('Directions (opens a maps website)', { id: 'hm.group-finder.details.directions', desc: 'Link to directions on OpenStreetMap; opens another website.' })}</a
                  >
                </p>`
              : nothing
          }`
        : nothing
    }
    ${
      languages
        ? html`<p>
            ${msg(str`Languages: ${languages}`, {
              id: 'hm.group-finder.details.languages',
              desc: 'The languages the group is run in.',
            })}
          </p>`
        : nothing
    }
    ${
      phone || email || website || group.organisation
        ? html`${sub(ctx.level, msg('Contact', { id: 'hm.group-finder.details.contact', desc: 'Heading in a group’s details.' }))}
            <ul class="contact">
              ${group.organisation ? html`<li><bdi>${group.organisation}</bdi></li>` : nothing}
              ${phone ? html`<li><a href=${phone} dir="ltr">${group.phone}</a></li>` : nothing}
              ${email ? html`<li><a href=${email} dir="ltr">${group.email}</a></li>` : nothing}
              ${
                website
                  ? html`<li>
                      <a href=${website} target="_blank" rel="noopener noreferrer"
                        >${msg('Website', { id: 'hm.group-finder.details.website', desc: 'Link to the group’s own website.' })}</a
                      >
                    </li>`
                  : nothing
              }
            </ul>`
        : nothing
    }
    <div class="row actions">
      ${
        ics
          ? html`<a
              class="button"
              href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`}
              download=${fileName(group)}
              @click=${() => ctx.onAction('calendar')}
              >${msg('Add the next session to your calendar', { id: 'hm.group-finder.details.calendar', desc: 'Link that downloads a calendar file (.ics).' })}</a
            >`
          : nothing
      }
      <button type="button" class="button" @click=${ctx.onCopy}>
        ${msg('Copy a link to this group', { id: 'hm.group-finder.details.copy', desc: 'Button that copies a web address that opens this group.' })}
      </button>
      ${
        report
          ? html`<a class="button" href=${report} target="_blank" rel="noopener"
              >${msg('Report something wrong', { id: 'hm.group-finder.details.report', desc: 'Link to tell the directory’s owner about a mistake.' })}</a
            >`
          : nothing
      }
    </div>
    ${
      ctx.copied
        ? html`<div class="copy-fallback">
            <label for="${ctx.idPrefix}-link"
              >${msg('Link to this group:', { id: 'hm.group-finder.details.link', desc: 'Label of the box that shows the copied link (copy it by hand if the browser refused).' })}</label
            >
            <input id="${ctx.idPrefix}-link" type="text" readonly .value=${ctx.copied} />
          </div>`
        : nothing
    }
  `;
}
