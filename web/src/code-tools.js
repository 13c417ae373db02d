// The tools beside the diagnostics of a page with an editor (a lesson, the
// free playground): "Copy link" (the code and the step shown, in a share
// link, see share.js) with a confirmation, and "Check with real rustc", a
// link that opens the code in the Rust Playground. The rustc link is always
// there; when the checker lists something it does not model (`unsupported`)
// it is drawn prominently with a sentence that says why.
//
//   const tools = createCodeTools(document, { getShareHash, testid });
//   container.append(tools.element);
//   tools.update(code, result);   // on every edit and every analysis
//   tools.copyLink();              // the keyboard shortcut
//
// The rustc link is a plain <a target="_blank">: navigation, not a fetch,
// so the page's Content-Security-Policy (connect-src 'self') does not
// apply to it; rel="noopener noreferrer" keeps the page out of its reach.

import { el } from './dom.js';
import { rustPlaygroundLink, shareUrl } from './share.js';

const CONFIRM_MS = 6000;

/**
 * Build the tools. `getShareHash()` returns the hash of a link to the page
 * as it is (code and step), or null when the code is too large for one. `clipboard` and `location` default to the
 * browser's (tests pass their own).
 */
export function createCodeTools(doc, { getShareHash, clipboard, location: loc } = {}) {
  const win = doc.defaultView;
  const copyButton = el('button', { type: 'button', className: 'btn btn-small', testid: 'copy-link' }, 'Copy link');
  const status = el('span', { className: 'copy-status', testid: 'copy-link-status', role: 'status' });
  const fallback = el('input', {
    type: 'text',
    readonly: true,
    className: 'copy-fallback',
    testid: 'copy-link-fallback',
    'aria-label': 'Link to this program',
    hidden: true,
  });
  const rustcLink = el(
    'a',
    { className: 'rustc-link', testid: 'rustc-link', target: '_blank', rel: 'noopener noreferrer', href: rustPlaygroundLink('').url },
    'Check with real rustc',
    el('span', { className: 'visually-hidden' }, ' (opens the Rust Playground in a new tab)'),
  );
  const rustcNote = el('p', { className: 'rustc-note', testid: 'rustc-note', hidden: true });
  const element = el(
    'div',
    { className: 'code-tools', testid: 'code-tools' },
    el('div', { className: 'code-tools-row' }, rustcLink, copyButton, status),
    fallback,
    rustcNote,
  );

  let timer = null;
  const say = (text) => {
    status.textContent = text;
    clearTimeout(timer);
    if (text) timer = setTimeout(() => (status.textContent = ''), CONFIRM_MS);
  };

  async function copyLink() {
    const hash = getShareHash();
    if (hash === null) {
      fallback.hidden = true;
      say('This program is over 1 MiB, too large for a link.');
      return;
    }
    const url = shareUrl(loc ?? win.location, hash);
    const board = clipboard ?? win.navigator?.clipboard;
    try {
      if (!board?.writeText) throw new Error('no clipboard');
      await board.writeText(url);
      fallback.hidden = true;
      say('Link copied. Whoever opens it sees this code at this step.');
    } catch {
      // No clipboard (permission refused, an old browser): the link in a
      // field, selected, for the learner to copy.
      fallback.value = url;
      fallback.hidden = false;
      fallback.focus?.();
      fallback.select?.();
      say('The browser did not let borrowmap copy: the link is selected below, copy it with Ctrl+C.');
    }
  }
  copyButton.addEventListener('click', copyLink);

  let shownCode = null;
  let tooLong = false;
  return {
    element,
    copyLink,
    /** Follow the editor: the rustc link carries `code`; `result` (or null) decides how prominent it is. */
    update(code, result) {
      if (code !== shownCode) {
        shownCode = code;
        const { url, complete } = rustPlaygroundLink(code);
        rustcLink.setAttribute('href', url);
        rustcLink.dataset.complete = String(complete);
        fallback.hidden = true;
        tooLong = !complete;
      }
      const unsupported = (result?.unsupported ?? []).length;
      rustcLink.classList.toggle('is-prominent', unsupported > 0);
      rustcLink.dataset.prominent = String(unsupported > 0);
      const notes = [];
      if (unsupported > 0) {
        notes.push(
          `borrowmap does not model ${unsupported === 1 ? 'one thing' : `${unsupported} things`} in this code (marked “unsupported” above), so it may miss an error there: rustc has the last word.`,
        );
      }
      if (tooLong) notes.push('This program is too long to send by link: the Rust Playground opens empty, paste the code there.');
      rustcNote.textContent = notes.join(' ');
      rustcNote.hidden = notes.length === 0;
    },
    destroy() {
      clearTimeout(timer);
    },
  };
}
