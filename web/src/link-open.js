// Opening a share link (share.js) on a page that keeps the learner's code
// (the playground, a lesson): what the editor shows, and the notice that
// goes with it. The rule: a link never overwrites saved code without
// asking, and a link that cannot be read says so and shows the page's own
// code, never a blank page.
//
//   const plan = planLink(readShare(params), { saved });
//   plan.kind: 'none'      no program in the link
//              'error'     unreadable: plan.notice says why; show your own code
//              'open'      show plan.code (nothing saved, or the same code)
//              'conflict'  show plan.code, save nothing until the learner picks
//   plan.step: the step to show (0-based) or null
//
//   renderLinkNotice(box, plan, { where, onKeepLink, onKeepMine, onDismiss })

import { el } from './dom.js';

/**
 * What to do with `share` (readShare's answer: null, {code, step} or
 * {error}) given the code `saved` for this page (null or undefined when the
 * learner has saved nothing of their own).
 */
export function planLink(share, { saved = null } = {}) {
  if (!share) return { kind: 'none', step: null };
  if (share.error) return { kind: 'error', notice: share.error, step: null };
  const nothingSaved = saved === null || saved === undefined;
  if (nothingSaved || saved === share.code) return { kind: 'open', code: share.code, step: share.step };
  return { kind: 'conflict', code: share.code, step: share.step };
}

/**
 * Show the notice for `plan` in `box` (emptied and hidden for 'none' and
 * 'open'). `where` names what holds the saved code ("the playground",
 * "this lesson"). The callbacks run when the learner picks; the box hides.
 */
export function renderLinkNotice(box, plan, { where, onKeepLink, onKeepMine, onDismiss } = {}) {
  const hide = () => {
    box.hidden = true;
    box.replaceChildren();
  };
  if (plan.kind === 'error') {
    box.className = 'notice link-notice link-notice--error';
    box.setAttribute('role', 'alert');
    box.dataset.kind = 'error';
    box.replaceChildren(
      el('p', { className: 'notice-text', testid: 'link-notice-text' }, `${plan.notice} Your own code is shown instead.`),
      el('button', { type: 'button', className: 'btn', testid: 'link-notice-dismiss', onclick: () => (hide(), onDismiss?.()) }, 'Dismiss'),
    );
    box.hidden = false;
    return;
  }
  if (plan.kind === 'conflict') {
    box.className = 'notice link-notice link-notice--conflict';
    box.setAttribute('role', 'alert');
    box.dataset.kind = 'conflict';
    box.replaceChildren(
      el(
        'p',
        { className: 'notice-text', testid: 'link-notice-text' },
        `This link holds a program that is not the one you saved in ${where}. The editor shows the link’s program; nothing is saved until you choose.`,
      ),
      el(
        'div',
        { className: 'notice-actions' },
        el('button', { type: 'button', className: 'btn', testid: 'link-keep-link', onclick: () => (hide(), onKeepLink?.()) }, 'Keep the link’s program (replaces yours)'),
        el('button', { type: 'button', className: 'btn', testid: 'link-keep-mine', onclick: () => (hide(), onKeepMine?.()) }, 'Back to my program'),
      ),
    );
    box.hidden = false;
    return;
  }
  hide();
}
