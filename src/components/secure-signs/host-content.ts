// Code needed only when a host supplies its own checklist items or help cards, split into its own
// chunk so the common case never downloads it.
import { fetchJson } from '../../core/fetch.js';
import { validateHostSigns, type HostSignsResult } from '../../data/secure-signs-validation.js';

export { validateHostSigns, type HostSignsResult };
export { validateHostHelp } from '../../data/help-validation.js';
export { readLightDomSigns } from './light-dom-signs.js';
export { errorMessage } from '../../core/error-messages.js';

export async function fetchHostSigns(src: string, signal: AbortSignal): Promise<HostSignsResult> {
  return validateHostSigns(await fetchJson(src, { signal, maxBytes: 512 * 1024 }));
}
