import type { AgeBand } from '../../data/age-bands.js';
import type { Answer } from '../../data/secure-signs.js';

export interface SecureSignsChangeDetail {
  readonly band: AgeBand;
  readonly itemId: string;
  readonly answer: Answer;
}

/** Fired when the person answers a sign; never for changes made in code. */
export class SecureSignsChangeEvent extends Event {
  static readonly eventName = 'hm-secure-signs-change' as const;
  readonly detail: SecureSignsChangeDetail;
  constructor(detail: SecureSignsChangeDetail) {
    super(SecureSignsChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface SecureSignsCompleteDetail {
  readonly band: AgeBand;
  readonly total: number;
}

/** Fired when the person has answered every sign for the age band (no answers are included). */
export class SecureSignsCompleteEvent extends Event {
  static readonly eventName = 'hm-secure-signs-complete' as const;
  readonly detail: SecureSignsCompleteDetail;
  constructor(detail: SecureSignsCompleteDetail) {
    super(SecureSignsCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hm-secure-signs-change': SecureSignsChangeEvent;
    'hm-secure-signs-complete': SecureSignsCompleteEvent;
  }
}
