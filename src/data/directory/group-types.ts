/**
 * The group types a local finder knows (CONTENT.md, "Group types a local finder should know").
 * Feeds use their own taxonomies, so names and descriptions are matched to these by keywords.
 */
export const GROUP_TYPES = [
  'baby-massage',
  'baby-yoga',
  'music-rhyme',
  'stay-play',
  'parent-baby',
  'dads',
  'peer-support',
  'infant-feeding',
  'sleep',
  'perinatal-mental-health',
  'single-parents',
  'family-hub',
  'health-visitor',
  'early-language',
] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

export const isGroupType = (value: unknown): value is GroupType =>
  typeof value === 'string' && (GROUP_TYPES as readonly string[]).includes(value);

/** Keyword patterns, tried on taxonomy names first and on the group's name second. */
const KEYWORDS: ReadonlyArray<readonly [GroupType, RegExp]> = [
  ['baby-massage', /\bmassage\b|tylino/],
  ['baby-yoga', /\byoga\b|ioga/],
  ['music-rhyme', /\b(music|rhyme|rhymes|sing|singing|song)\b|\bcân|\bcanu\b/],
  ['stay-play', /stay[\s-]*(and|&|n)?[\s-]*play|\bplay ?group\b|aros a chwarae/],
  ['dads', /\b(dads?|fathers?)\b|\btadau?\b/],
  ['peer-support', /\bpeer\b|attachment|\bbonding\b/],
  ['infant-feeding', /feeding|breast|bottle|\bbwydo\b/],
  ['sleep', /\bsleep|\bcwsg\b/],
  ['perinatal-mental-health', /perinatal|postnatal depression|mental health|wellbeing|anxiety/],
  ['single-parents', /single[\s-]parent|lone[\s-]parent|\bsolo\b/],
  ['family-hub', /family hub|children'?s cent(re|er)|\bcanolfan\b|flying start|dechrau'n deg/],
  ['health-visitor', /health visit|baby clinic|child health clinic|weigh/],
  ['early-language', /language|talk|speech|chatter|\bwords?\b|social skills|\biaith\b/],
  ['parent-baby', /parent[\s-]*(and|&)[\s-]*baby|\bbumps?\b|babies|baby group|rhieni/],
];

/**
 * The group types text mentions (lowercase matching). Used on taxonomy terms and, when those
 * say nothing usable, on the name and description.
 */
export function groupTypesIn(text: string): GroupType[] {
  const lower = text.toLowerCase();
  return KEYWORDS.filter(([, pattern]) => pattern.test(lower)).map(([type]) => type);
}
