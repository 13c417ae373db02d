// Picking the learner's background language: once, in a prompt on the first
// visit; afterwards from the select in the header.
import { el, uniqueId } from './dom.js';
import { BACKGROUNDS } from './store.js';

/** The first-visit card: one button per language. */
export function backgroundPrompt(store, onPicked) {
  const titleId = uniqueId('bg');
  return el(
    'section',
    { className: 'background-prompt', testid: 'background-prompt', 'aria-labelledby': titleId },
    el('h3', { id: titleId, className: 'bridge-title' }, 'Which language do you know best?'),
    el('p', {}, 'Lessons add a short note on what changes from it. You can change this later at the top of the page.'),
    el(
      'div',
      { className: 'background-choices' },
      BACKGROUNDS.map((b) =>
        el(
          'button',
          {
            type: 'button',
            className: 'btn',
            testid: `background-${b.id}`,
            onclick: () => {
              store.setBackground(b.id);
              onPicked?.(b.id);
            },
          },
          b.label,
        ),
      ),
    ),
  );
}

/** Keep the header's <select> in sync with the store. */
export function bindBackgroundSelect(select, store, onChanged) {
  select.replaceChildren(el('option', { value: '' }, 'Not chosen'), ...BACKGROUNDS.map((b) => el('option', { value: b.id }, b.label)));
  const sync = () => {
    select.value = store.background ?? '';
  };
  select.addEventListener('change', () => {
    if (!select.value) return sync();
    store.setBackground(select.value);
    onChanged?.();
  });
  sync();
  return sync;
}
