// Everything needed only when a host supplies its own tips, split into its own chunk so the
// common case (built-in tips only) never downloads it.
import { fetchJson } from '../../core/fetch.js';
import { validateHostTips, type HostTipsResult } from '../../data/tip-validation.js';

export { validateHostTips, type HostTipsResult };
export { readLightDomTips } from './light-dom-tips.js';
export { errorMessage } from '../../core/error-messages.js';

const MAX_SRC_BYTES = 512 * 1024;

export async function fetchHostTips(src: string, signal: AbortSignal): Promise<HostTipsResult> {
  return validateHostTips(await fetchJson(src, { signal, maxBytes: MAX_SRC_BYTES }));
}
