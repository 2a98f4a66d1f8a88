// The keyboard shortcuts dialog, loaded when the person first asks for it.
import { html } from 'lit';
import { msg } from '../../core/localize.js';

export function renderHelp(close: () => void) {
  const keys: Array<[string, string]> = [
    ['K', msg('Play or pause', { id: 'hm.episode-player.key.play', desc: 'Keyboard shortcut description.' })],
    ['J', msg('Skip back', { id: 'hm.episode-player.key.back', desc: 'Keyboard shortcut description.' })],
    [
      'L',
      msg('Skip forward', { id: 'hm.episode-player.key.forward', desc: 'Keyboard shortcut description.' }),
    ],
    ['P', msg('Previous chapter', { id: 'hm.episode-player.chapter.previous', desc: 'Button.' })],
    ['N', msg('Next chapter', { id: 'hm.episode-player.chapter.next', desc: 'Button.' })],
    [
      'M',
      msg('Mute or unmute', { id: 'hm.episode-player.key.mute', desc: 'Keyboard shortcut description.' }),
    ],
    [
      '< >',
      msg('Slower or faster', { id: 'hm.episode-player.key.speed', desc: 'Keyboard shortcut description.' }),
    ],
    [
      '← →',
      msg('On the seek bar: 5 seconds back or forward', {
        id: 'hm.episode-player.key.arrows',
        desc: 'Keyboard shortcut description.',
      }),
    ],
    [
      'PgUp PgDn',
      msg('On the seek bar: 1 minute forward or back', {
        id: 'hm.episode-player.key.pages',
        desc: 'Keyboard shortcut description.',
      }),
    ],
  ];
  return html`<dialog id="help" aria-labelledby="help-title">
    <p id="help-title" class="dialog-title">
      ${msg('Keyboard shortcuts', { id: 'hm.episode-player.help', desc: 'Button that opens the list of keyboard shortcuts.' })}
    </p>
    <p>
      ${msg('These work while the player has focus.', { id: 'hm.episode-player.help.intro', desc: 'First line of the keyboard shortcuts dialog.' })}
    </p>
    <dl dir="ltr">
      ${keys.map(
        ([key, what]) =>
          html`<div>
            <dt><kbd>${key}</kbd></dt>
            <dd dir="auto">${what}</dd>
          </div>`,
      )}
    </dl>
    <button type="button" class="button" @click=${close}>
      ${msg('Close', { id: 'hm.episode-player.help.close', desc: 'Button that closes the keyboard shortcuts dialog.' })}
    </button>
  </dialog>`;
}
