// Serves a directory in the library's own JSON format (src/data/directory/sample-directory.json)
// as Open Referral UK 1.0, ORUK 3.0 and CSV. Plain JavaScript for Node: the test fixture server
// uses it, and the demo server can too.

const scheduleOut = (s, extra = {}) => ({
  id: extra.id,
  freq: s.freq,
  interval: s.interval === undefined ? undefined : String(s.interval),
  byday: s.byday,
  bymonthday: s.bymonthday,
  dtstart: s.dtstart,
  valid_from: s.valid_from,
  valid_to: s.valid_to,
  opens_at: s.opens_at,
  closes_at: s.closes_at,
  description: s.description,
  ...extra,
});
const years = (months) => (months === undefined ? undefined : Math.floor(months / 12));
const cost = (g) =>
  g.cost === 'free'
    ? [{ id: `${g.id}-cost`, option: 'Session', amount: 0, amount_description: g.costText ?? 'Free' }]
    : g.cost === 'paid'
      ? [{ id: `${g.id}-cost`, option: 'Session', amount: 4, amount_description: g.costText }]
      : [];

/** One group as an ORUK 1.0 service (the nested shape). */
export function toOruk1Service(g) {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    url: g.url,
    status: 'active',
    attending_type: g.attendance === 'online' ? 'Online' : 'Venue',
    organization: { id: `${g.id}-org`, name: g.organisation },
    eligibilitys: g.ages
      ? [{ id: `${g.id}-el`, minimum_age: years(g.ages.minMonths), maximum_age: years(g.ages.maxMonths) }]
      : [],
    regular_schedules: g.schedules.map((s, i) => scheduleOut(s, { id: `${g.id}-rs${i}` })),
    service_at_locations: g.venue
      ? [
          {
            id: `${g.id}-sal`,
            regular_schedule: [],
            location: {
              id: `${g.id}-loc`,
              name: g.venue.name,
              latitude: g.venue.lat,
              longitude: g.venue.lon,
              physical_addresses: [
                {
                  id: `${g.id}-pa`,
                  address_1: g.venue.address,
                  postal_code: g.venue.postcode,
                  country: 'GB',
                },
              ],
              accessibility_for_disabilities: (g.venue.accessibility ?? []).map((a, i) => ({
                id: `${g.id}-acc${i}`,
                accessibility: a,
              })),
            },
          },
        ]
      : [],
    cost_options: cost(g),
    contacts: g.phone ? [{ id: `${g.id}-c`, phones: [{ id: `${g.id}-p`, number: g.phone }] }] : [],
    languages: (g.languages ?? []).map((l, i) => ({ id: `${g.id}-l${i}`, language: l })),
    service_taxonomys: (g.types ?? []).map((t, i) => ({
      id: `${g.id}-st${i}`,
      taxonomy: { id: `hm:${t}`, name: t.replace(/-/g, ' '), vocabulary: 'Held in Mind group types' },
    })),
  };
}

/** One group as a full ORUK 3.0 service (`/services/{id}`). */
export function toOruk3Service(g) {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    url: g.url,
    status: 'active',
    minimum_age: years(g.ages?.minMonths),
    maximum_age: years(g.ages?.maxMonths),
    organization: { id: `${g.id}-org`, name: g.organisation },
    schedules: g.schedules.map((s, i) =>
      scheduleOut(s, {
        id: `${g.id}-s${i}`,
        interval: s.interval,
        attending_type: g.attendance === 'online' ? 'online' : 'in person',
      }),
    ),
    service_at_locations: g.venue
      ? [
          {
            id: `${g.id}-sal`,
            location: {
              id: `${g.id}-loc`,
              location_type: 'physical',
              name: g.venue.name,
              latitude: g.venue.lat,
              longitude: g.venue.lon,
              addresses: [
                {
                  id: `${g.id}-a`,
                  address_1: g.venue.address,
                  postal_code: g.venue.postcode,
                  address_type: 'physical',
                },
              ],
              accessibility: (g.venue.accessibility ?? []).map((a, i) => ({
                id: `${g.id}-acc${i}`,
                description: a,
              })),
            },
          },
        ]
      : [],
    cost_options: cost(g),
    phones: g.phone ? [{ id: `${g.id}-p`, number: g.phone }] : [],
    languages: (g.languages ?? []).map((l, i) => ({ id: `${g.id}-l${i}`, name: l })),
    attributes: (g.types ?? []).map((t, i) => ({
      id: `${g.id}-at${i}`,
      taxonomy_term: { id: `hm:${t}`, name: t.replace(/-/g, ' '), taxonomy: 'Held in Mind group types' },
    })),
  };
}

/** The summary `/services` gives in ORUK 3.0 (no schedules or locations). */
export const toOruk3Summary = (g) => {
  const summary = toOruk3Service(g);
  for (const key of ['schedules', 'service_at_locations', 'cost_options', 'attributes']) delete summary[key];
  return summary;
};

/** A page of ORUK 1.0 services (`content`, `totalElements`, `last`…), pages counted from 1. */
export function oruk1Page(items, page, size) {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return {
    totalElements: items.length,
    totalPages,
    number: page,
    size,
    first: page === 1,
    last: page >= totalPages,
    content: items.slice((page - 1) * size, page * size),
  };
}

/** A page of ORUK 3.0 results (`contents`, `total_items`, `last_page`…). */
export function oruk3Page(items, page, size) {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents: items.slice((page - 1) * size, page * size),
  };
}

const cell = (value) => {
  let text = value === undefined || value === null ? '' : String(value);
  // A leading = + - @ would be a formula in a spreadsheet: quote it the way OWASP suggests.
  if (/^[=+@\t\r]/.test(text) || /^-[^\d]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A directory as CSV: one row per schedule, columns as in schemas/directory-csv.md. */
export function toCsv(groups) {
  const rows = [];
  for (const g of groups) {
    for (const s of g.schedules.length ? g.schedules : [{}]) {
      rows.push({
        id: g.id,
        name: g.name,
        description: g.description,
        types: (g.types ?? []).join(';'),
        organisation: g.organisation,
        url: g.url,
        email: g.email,
        phone: g.phone,
        venue: g.venue?.name,
        address: g.venue?.address,
        postcode: g.venue?.postcode,
        latitude: g.venue?.lat,
        longitude: g.venue?.lon,
        accessibility: (g.venue?.accessibility ?? []).join(';'),
        freq: s.freq,
        interval: s.interval,
        byday: s.byday,
        bymonthday: s.bymonthday,
        dtstart: s.dtstart,
        valid_from: s.valid_from,
        valid_to: s.valid_to,
        opens_at: s.opens_at,
        closes_at: s.closes_at,
        schedule_description: s.description,
        min_age_months: g.ages?.minMonths,
        max_age_months: g.ages?.maxMonths,
        pregnancy: g.ages?.pregnancy ? 'yes' : 'no',
        cost: g.cost,
        cost_description: g.costText,
        languages: (g.languages ?? []).join(';'),
        attendance: g.attendance,
      });
    }
  }
  const columns = Object.keys(rows[0] ?? { name: '' });
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
