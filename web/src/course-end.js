// The course-end page (#/end): what the learner covered, the predictions
// that went wrong and the questions to look at again, and where to go next
// (the playground, spiral 2). Reached from the last lesson's "next" link and
// from the lesson list.

import './lesson-page.css';
import { el } from './dom.js';
import { groupLessons, lessonHash } from './lessons.js';
import { markdownElement } from './markdown.js';
import { reviewList, missedPredictions } from './review.js';

// Spiral 2 of /work/shared/curriculum.md: what the next lessons will be about.
const SPIRAL_2 = [
  ['`Rc<T>`', 'shared ownership: several owners, a count on the heap, and `Weak` for parents'],
  ['`Cell` and `RefCell`', 'the borrow rules checked while the program runs'],
  ['Threads', '`thread::spawn` and `move`, `Arc<Mutex<T>>`, scoped threads that borrow'],
  ['Lifetime patterns', '`\'static`, a tokenizer that hands out `&\'a str`, `Cow`'],
  ['Traits and ownership', '`&self`, `&mut self` and `self` receivers, trait objects in a `Box`'],
  ['Errors at scale', 'your own error enums, `From`, `?` across layers'],
];

/** The playground of issue 11: free code, no lesson. */
export const PLAYGROUND_HASH = '#/play';

function list(items, empty) {
  return items.length ? el('ul', { className: 'end-list' }, items) : el('p', { className: 'muted' }, empty);
}

/** Fill `container` with the course-end page. */
export function renderCourseEnd(container, { index, lessons, store }) {
  const done = index.filter((e) => store.lessonState(e.id).done);
  const allDone = done.length === index.length;
  const missed = missedPredictions(index, lessons, store);
  const review = reviewList(index, lessons, store);

  const covered = groupLessons(index).map((s) =>
    el(
      'section',
      { className: 'end-spiral', 'aria-labelledby': `end-spiral-${s.spiral}` },
      el('h3', { id: `end-spiral-${s.spiral}`, className: 'section-title' }, `Spiral ${s.spiral}`),
      el(
        'ul',
        { className: 'end-modules' },
        s.modules.map((m) =>
          el(
            'li',
            { className: 'end-module' },
            el('strong', {}, m.module),
            el(
              'ul',
              { className: 'end-lessons' },
              m.lessons.map((e) => {
                const isDone = Boolean(store.lessonState(e.id).done);
                return el(
                  'li',
                  { className: isDone ? 'is-done' : 'is-new', testid: 'end-lesson', dataset: { lessonId: e.id, status: isDone ? 'done' : 'not-done' } },
                  el('span', { className: 'mark', 'aria-hidden': 'true' }, isDone ? '✓' : '○'),
                  ' ',
                  el('a', { href: lessonHash(e.id) }, e.title),
                  el('span', { className: 'visually-hidden' }, isDone ? ' (done)' : ' (not done yet)'),
                  e.concepts?.length ? el('span', { className: 'end-concepts' }, ` — ${e.concepts.join(', ')}`) : null,
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );

  container.replaceChildren(
    el(
      'div',
      { className: 'end-main' },
      el('h2', { className: 'list-heading', tabindex: '-1', testid: 'end-title', id: 'end-title' }, allDone ? 'You finished spiral 1' : 'Course summary'),
      el(
        'p',
        { className: 'progress-summary', testid: 'end-summary' },
        allDone
          ? `All ${index.length} lessons done. You can say who owns each value at each line, when a borrow ends, and why a reference may not outlive the region it points into.`
          : `${done.length} of ${index.length} lessons done so far. The summary below fills in as you go.`,
      ),
      el('section', { className: 'end-section', testid: 'end-covered', 'aria-labelledby': 'end-covered-title' }, el('h2', { id: 'end-covered-title', className: 'end-heading' }, allDone ? 'What you covered' : 'What the course covers (✓ done so far)'), covered),
      el(
        'section',
        { className: 'end-section', testid: 'end-missed', 'aria-labelledby': 'end-missed-title' },
        el('h2', { id: 'end-missed-title', className: 'end-heading' }, 'Predictions that went wrong'),
        el('p', { className: 'muted' }, 'A wrong prediction is where the model in your head and the checker disagreed: the most useful place to look again.'),
        list(
          missed.map((m) =>
            el(
              'li',
              { testid: 'end-missed-item' },
              el('a', { href: m.hash }, `Lesson ${m.number}: ${m.lessonTitle}`),
              `, task ${m.task}`,
              m.code ? el('pre', { className: 'code-listing end-code', tabindex: '0', 'aria-label': `The code of lesson ${m.number}, task ${m.task}` }, el('code', {}, m.code)) : el('span', {}, ' (the starter code)'),
            ),
          ),
          'None: every prediction you made was right.',
        ),
      ),
      el(
        'section',
        { className: 'end-section', testid: 'end-review', 'aria-labelledby': 'end-review-title' },
        el('h2', { id: 'end-review-title', className: 'end-heading' }, 'Questions to look at again'),
        list(
          review.map((r) =>
            el('li', { testid: 'end-review-item' }, el('a', { href: r.hash }, `Lesson ${r.number}: ${r.lessonTitle}`), ': ', markdownElement(r.question, { tag: 'span', inline: true })),
          ),
          'None: you had every question you answered.',
        ),
      ),
      el(
        'section',
        { className: 'end-section', testid: 'end-next', 'aria-labelledby': 'end-next-title' },
        el('h2', { id: 'end-next-title', className: 'end-heading' }, 'Where to go next'),
        el(
          'ul',
          { className: 'end-list' },
          el(
            'li',
            {},
            el('a', { href: PLAYGROUND_HASH, testid: 'end-playground' }, 'The playground'),
            ': write your own code and watch the checker and the diagram follow it. Try the programs from the predictions that went wrong, changed a little.',
          ),
          el(
            'li',
            {},
            el('strong', {}, 'Spiral 2, depth'),
            ' (coming next): the same concepts, deeper.',
            el('ul', { className: 'end-spiral2', testid: 'end-spiral-2' }, SPIRAL_2.map(([what, why]) => el('li', {}, markdownElement(`**${what}**: ${why}`, { tag: 'span', inline: true })))),
          ),
          el('li', {}, el('a', { href: '#/' }, 'Your learning journal'), ': write a few lines on what clicked and what did not; they help the next session start.'),
        ),
      ),
    ),
  );
}
