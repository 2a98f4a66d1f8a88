import type { GroupType } from '../../data/directory/group-types.js';
import type { TimeOfDay } from '../../data/directory/search.js';

/** Everything a search is made of that can be shared in a link. */
export interface FinderState {
  /** Outward code ("BS1"): a full postcode never goes into the URL. */
  near: string;
  place: string;
  keyword: string;
  types: GroupType[];
  age: '' | 'pregnancy' | number;
  days: number[];
  times: TimeOfDay[];
  free: boolean;
  stepFree: boolean;
  language: string;
  attendance: '' | 'online' | 'in-person';
  /** In the element's units; 0 = any distance. */
  radius: number;
  sort: 'distance' | 'next';
  /** A group whose details are open from a shared link. */
  group: string;
}

export const emptyState = (radius = 0): FinderState => ({
  near: '',
  place: '',
  keyword: '',
  types: [],
  age: '',
  days: [],
  times: [],
  free: false,
  stepFree: false,
  language: '',
  attendance: '',
  radius,
  sort: 'distance',
  group: '',
});
