/** How the person said where they are. */
export type GroupFinderOriginKind = 'postcode' | 'place' | 'location';

export interface GroupFinderSearchDetail {
  /** The outward code ("BS1") for a postcode search, the place's name, or null for "my location" and no place. */
  readonly near: string | null;
  readonly kind: GroupFinderOriginKind | null;
  /** The keyword typed, if any. */
  readonly keyword: string;
  /** How many groups matched. */
  readonly total: number;
}

/** Fired when the person runs a search or changes a filter; never for changes made in code. */
export class GroupFinderSearchEvent extends Event {
  static readonly eventName = 'hm-group-finder-search' as const;
  readonly detail: GroupFinderSearchDetail;
  constructor(detail: GroupFinderSearchDetail) {
    super(GroupFinderSearchEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What the person did with a group. */
export type GroupFinderSelectAction = 'details' | 'calendar' | 'directions' | 'copy-link' | 'map';

export interface GroupFinderSelectDetail {
  readonly groupId: string;
  readonly name: string;
  readonly action: GroupFinderSelectAction;
}

/** Fired when the person opens a group's details, adds it to a calendar, asks for directions or copies its link. */
export class GroupFinderSelectEvent extends Event {
  static readonly eventName = 'hm-group-finder-select' as const;
  readonly detail: GroupFinderSelectDetail;
  constructor(detail: GroupFinderSelectDetail) {
    super(GroupFinderSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hm-group-finder-search': GroupFinderSearchEvent;
    'hm-group-finder-select': GroupFinderSelectEvent;
  }
}
