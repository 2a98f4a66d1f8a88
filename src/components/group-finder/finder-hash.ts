// The finder's state in the URL fragment, so a search can be shared and the back button works.
// Loaded with the directory code (the fragment is read once the groups have arrived).
import { isGroupType } from '../../data/directory/group-types.js';
import { outwardCode } from '../../data/directory/postcode.js';
import type { TimeOfDay } from '../../data/directory/search.js';
import { emptyState, type FinderState } from './finder-state.js';

const PREFIX = 'gf-';
const TIMES: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);
const text = (value: string | null, max = 80) => (value ?? '').slice(0, max);

/** True when the fragment holds any of the finder's keys. */
export const hasFinderState = (hash: string): boolean =>
  [...new URLSearchParams(hash.replace(/^#/, '')).keys()].some((k) => k.startsWith(PREFIX));

/** Reads the finder's keys from a URL fragment; anything malformed is ignored. */
export function readState(hash: string, defaultRadius: number): FinderState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: string) => p.get(PREFIX + key);
  const state = emptyState(defaultRadius);
  state.near = outwardCode(get('near')) ?? '';
  state.place = state.near ? '' : text(get('place'));
  state.keyword = text(get('q'));
  state.types = list(get('type')).filter(isGroupType);
  const age = get('age');
  state.age = age === 'pregnancy' ? age : age && /^\d{1,2}$/.test(age) ? Number(age) : '';
  state.days = list(get('day'))
    .map(Number)
    .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  state.times = list(get('time')).filter((t): t is TimeOfDay => TIMES.includes(t as TimeOfDay));
  state.free = get('free') === '1';
  state.stepFree = get('step') === '1';
  state.language = text(get('lang'), 40);
  const mode = get('mode');
  state.attendance = mode === 'online' || mode === 'in-person' ? mode : '';
  const radius = Number(get('radius'));
  if (get('radius') !== null && Number.isFinite(radius) && radius >= 0 && radius <= 1000)
    state.radius = radius;
  state.sort = get('sort') === 'next' ? 'next' : 'distance';
  const group = get('group');
  state.group = group && /^[\w.:-]{1,120}$/.test(group) ? group : '';
  return state;
}

/** The fragment with the finder's keys replaced by `state` (other keys on the page are kept). */
export function writeState(hash: string, state: FinderState, defaultRadius: number): string {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of [...p.keys()]) if (key.startsWith(PREFIX)) p.delete(key);
  const set = (key: string, value: string | false) => {
    if (value) p.set(PREFIX + key, value);
  };
  set('near', outwardCode(state.near) ?? '');
  set('place', !state.near && state.place);
  set('q', state.keyword.trim());
  set('type', state.types.join(','));
  set('age', String(state.age));
  set('day', state.days.join(','));
  set('time', state.times.join(','));
  set('free', state.free && '1');
  set('step', state.stepFree && '1');
  set('lang', state.language);
  set('mode', state.attendance);
  set('radius', state.radius !== defaultRadius && String(state.radius));
  set('sort', state.sort === 'next' && 'next');
  set('group', state.group);
  const out = p.toString();
  return out ? `#${out}` : '';
}
