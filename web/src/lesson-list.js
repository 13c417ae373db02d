// The home page: lessons grouped by spiral and module with completion marks,
// the background prompt on a first visit, the review list (recall answers
// that were "not yet"), and the learning journal.
import { el, uniqueId } from './dom.js';
import { groupLessons, lessonHash, lessonStatus, COURSE_END_HASH } from './lessons.js';
import { backgroundPrompt } from './background.js';
import { today } from './store.js';
import { markdownElement } from './markdown.js';
import { reviewList } from './review.js';

const MARK = {
  done: { symbol: '✓', text: 'done' },
  started: { symbol: '◐', text: 'started' },
  new: { symbol: '○', text: 'not started' },
};

function lessonLink(entry, number, saved) {
  const status = lessonStatus(saved);
  const mark = MARK[status];
  return el(
    'li',
    { className: `lesson-item is-${status}` },
    el(
      'a',
      { href: lessonHash(entry.id), className: 'lesson-link', testid: 'lesson-link', dataset: { lessonId: entry.id, status } },
      el('span', { className: 'mark', 'aria-hidden': 'true', testid: 'lesson-mark', title: mark.text }, mark.symbol),
      el('span', { className: 'lesson-number' }, String(number).padStart(2, '0')),
      el('span', { className: 'lesson-name' }, entry.title),
      el('span', { className: 'visually-hidden' }, ` (${mark.text})`),
    ),
  );
}

function journalSection(store) {
  const date = today();
  const entry = store.journalEntry(date);
  const field = (key, label, hint) => {
    const id = uniqueId('journal');
    const input = el('textarea', { id, rows: '3', testid: `journal-${key}`, placeholder: hint });
    input.value = entry[key];
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => store.updateJournal(date, { [key]: input.value }), 300);
    });
    input.addEventListener('blur', () => {
      clearTimeout(timer);
      if (store.journalEntry(date)[key] !== input.value) store.updateJournal(date, { [key]: input.value });
    });
    return el('div', { className: 'journal-field' }, el('label', { for: id }, label), input);
  };
  const past = store.data.journal
    .filter((e) => e.date !== date && (e.topics || e.struggles || e.insights))
    .slice(-10)
    .reverse()
    .map((e) =>
      el(
        'li',
        { className: 'journal-entry', testid: 'journal-entry' },
        el('h4', {}, e.date),
        e.topics ? el('p', {}, el('strong', {}, 'Topics: '), e.topics) : null,
        e.struggles ? el('p', {}, el('strong', {}, 'Struggles: '), e.struggles) : null,
        e.insights ? el('p', {}, el('strong', {}, 'Insights: '), e.insights) : null,
      ),
    );
  return el(
    'section',
    { className: 'journal', testid: 'journal', 'aria-labelledby': 'journal-title' },
    el('h2', { id: 'journal-title', className: 'list-heading' }, 'Learning journal'),
    el('p', { className: 'muted' }, `Today, ${date}. Lessons you complete are added to the topics. A few lines at the end of a session help the next one start.`),
    field('topics', 'Topics covered', 'moves, borrowing…'),
    field('struggles', 'Struggles and questions', 'What was confusing?'),
    field('insights', 'Key insights', 'What clicked?'),
    past.length ? el('h3', { className: 'section-title' }, 'Earlier sessions') : null,
    past.length ? el('ol', { className: 'journal-past' }, past) : null,
  );
}

function reviewSection(index, lessons, store) {
  const items = reviewList(index, lessons ?? {}, store);
  if (!items.length) return null;
  return el(
    'section',
    { className: 'review', testid: 'review', 'aria-labelledby': 'review-title' },
    el('h2', { id: 'review-title', className: 'spiral-title' }, 'Look at again'),
    el('p', { className: 'muted' }, 'Questions you answered “not yet”. Open the lesson and answer them again when you are ready.'),
    el(
      'ul',
      { className: 'review-items' },
      items.map((r) =>
        el(
          'li',
          { testid: 'review-item', dataset: { lessonId: r.lessonId, key: r.key } },
          el('a', { href: r.hash }, `${String(r.number).padStart(2, '0')} ${r.lessonTitle}`),
          ': ',
          markdownElement(r.question, { tag: 'span', inline: true }),
        ),
      ),
    ),
  );
}

/** Fill `container` with the list. `notice` is a message for the top (or null). */
export function renderLessonList(container, { index, lessons, store, notice, onBackground }) {
  const groups = groupLessons(index);
  const total = index.length;
  const done = index.filter((e) => store.lessonState(e.id).done).length;
  const nextUp = index.find((e) => !store.lessonState(e.id).done);

  const prompt = store.background
    ? null
    : backgroundPrompt(store, () => {
        onBackground?.();
      });

  container.replaceChildren(
    el(
      'div',
      { className: 'list-main' },
      notice ? el('p', { className: 'lesson-error', testid: 'route-notice', role: 'alert' }, notice) : null,
      el(
        'div',
        { className: 'list-intro' },
        el('h2', { className: 'list-heading', tabindex: '-1', testid: 'list-title' }, 'Lessons'),
        el(
          'p',
          { className: 'progress-summary', testid: 'progress-summary' },
          `${done} of ${total} lessons completed.`,
          nextUp ? ' ' : null,
          nextUp ? el('a', { href: lessonHash(nextUp.id), className: 'btn btn-primary', testid: 'continue' }, done ? `Continue: ${nextUp.title}` : `Start: ${nextUp.title}`) : null,
          done ? el('a', { href: COURSE_END_HASH, testid: 'course-summary-link' }, 'Course summary') : null,
        ),
      ),
      el(
        'ul',
        { className: 'mark-legend', testid: 'mark-legend', 'aria-label': 'What the marks mean' },
        Object.entries(MARK).map(([status, m]) =>
          el('li', { className: `is-${status}` }, el('span', { className: 'mark', 'aria-hidden': 'true' }, m.symbol), ` ${m.text}`),
        ),
      ),
      prompt,
      reviewSection(index, lessons, store),
      groups.map((s) =>
        el(
          'section',
          { className: 'spiral', testid: 'spiral', 'aria-labelledby': `spiral-${s.spiral}` },
          el('h2', { id: `spiral-${s.spiral}`, className: 'spiral-title' }, `Spiral ${s.spiral}`),
          el(
            'div',
            { className: 'modules' },
            s.modules.map((m) =>
              el(
                'section',
                { className: 'module', testid: 'module', 'aria-label': m.module },
                el('h3', { className: 'module-title' }, m.module),
                el('ol', { className: 'lesson-items' }, m.lessons.map((entry) => lessonLink(entry, entry.placement.order, store.lessonState(entry.id)))),
              ),
            ),
          ),
        ),
      ),
    ),
    journalSection(store),
  );
}
