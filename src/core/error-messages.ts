import { msg } from './localize.js';
import type { HeldInMindError } from './errors.js';

/** The localised sentence a person sees for an error; the code stays available to hosts. */
export function errorMessage(error: HeldInMindError): string {
  switch (error.code) {
    case 'timeout':
      return msg('The content took too long to arrive.', {
        id: 'hm.core.error.timeout',
        desc: 'Shown when a file or feed the page asked for did not arrive in time.',
      });
    case 'http':
    case 'not-found':
      return msg('The content could not be found at its address.', {
        id: 'hm.core.error.http',
        desc: 'Shown when the server answered with an error (for example 404 or 500).',
      });
    case 'cors':
      return msg('The website that holds this content does not allow it to be shown here.', {
        id: 'hm.core.error.cors',
        desc: 'Shown when another website blocks its content from being used on this page (CORS).',
      });
    case 'too-large':
      return msg('The content is too large to show here.', {
        id: 'hm.core.error.too-large',
        desc: 'Shown when a file is bigger than the widget will load.',
      });
    case 'parse':
    case 'invalid':
    case 'unsupported-format':
      return msg('The content is not in a form this widget can read.', {
        id: 'hm.core.error.invalid',
        desc: 'Shown when a file was received but is broken or in the wrong format.',
      });
    case 'aborted':
    case 'network':
    default:
      return msg('The content could not be loaded. Check your connection and try again.', {
        id: 'hm.core.error.network',
        desc: 'Shown when the content could not be downloaded, for example when offline.',
      });
  }
}
