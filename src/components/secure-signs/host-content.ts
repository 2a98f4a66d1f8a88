// Code needed only when a host supplies its own checklist items or help cards, split into its own
// chunk so the common case never downloads it.
import { fetchJson } from '../../core/fetch.js';
import { HeldInMindError } from '../../core/errors.js';
import { validateHostSigns, type HostSignsResult } from '../../data/secure-signs-validation.js';
import { validateHostHelp, type HostHelpCard } from '../../data/help-validation.js';

export { validateHostSigns, validateHostHelp, type HostSignsResult };
export { readLightDomSigns } from './light-dom-signs.js';
export { errorMessage } from '../../core/error-messages.js';

export interface HostFile {
  bands: HostSignsResult['bands'];
  help: HostHelpCard[];
  problems: string[];
}

/**
 * A `src` file holds checklist items (`bands`), help cards (`help`), or both; it is refused
 * only when neither part is usable.
 */
export async function fetchHostFile(src: string, signal: AbortSignal): Promise<HostFile> {
  const data = await fetchJson(src, { signal, maxBytes: 512 * 1024 });
  const helpInput =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as { help?: unknown }).help : undefined;
  const problems: string[] = [];
  let bands: HostFile['bands'] = {};
  let help: HostHelpCard[] = [];
  let bandsError: HeldInMindError | null = null;
  try {
    const result = validateHostSigns(
      helpInput === undefined ? data : { bands: (data as { bands?: unknown }).bands ?? {} },
    );
    bands = result.bands;
    problems.push(...result.problems);
  } catch (error) {
    bandsError = error as HeldInMindError;
  }
  if (helpInput !== undefined) {
    try {
      const result = validateHostHelp(helpInput);
      help = result.cards;
      problems.push(...result.problems);
    } catch (error) {
      problems.push(...(error as HeldInMindError).problems);
    }
  }
  if (bandsError && help.length === 0) throw bandsError;
  return { bands, help, problems };
}
