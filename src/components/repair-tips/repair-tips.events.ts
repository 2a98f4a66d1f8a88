/** Why the shown tip changed. */
export type RepairTipsChangeReason = 'previous' | 'next' | 'another' | 'topic';

export interface RepairTipsChangeDetail {
  /** The id of the tip now shown, or null when no tip matches the chosen topic. */
  readonly tipId: string | null;
  /** The topic the person picked, or null for all topics. */
  readonly topic: string | null;
  readonly reason: RepairTipsChangeReason;
}

/** Fired when the person moves to another tip or picks a topic; never for changes made in code. */
export class RepairTipsChangeEvent extends Event {
  static readonly eventName = 'hm-repair-tips-change' as const;
  readonly detail: RepairTipsChangeDetail;
  constructor(detail: RepairTipsChangeDetail) {
    super(RepairTipsChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hm-repair-tips-change': RepairTipsChangeEvent;
  }
}
