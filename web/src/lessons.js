// Choosing and checking the lesson the page shows. Pure functions: main.js
// collects the lesson modules with import.meta.glob and passes them in.
// The full schema check (ajv) runs in the lessons build; here we only make
// sure the fields the page needs are present, so a broken file produces a
// readable message instead of a blank page.

import { splitHash } from './hash.js';

/** Problems with `lesson` that would stop the page from showing it ([] if none). */
export function lessonProblems(lesson) {
  const problems = [];
  if (!lesson || typeof lesson !== 'object' || Array.isArray(lesson)) return ['it is not a JSON object'];
  const text = (v) => typeof v === 'string' && v.trim().length > 0;
  if (!text(lesson.id)) problems.push('"id" is missing or empty');
  if (!text(lesson.title)) problems.push('"title" is missing or empty');
  if (!text(lesson.body)) problems.push('"body" is missing or empty');
  if (!lesson.starter || typeof lesson.starter !== 'object' || typeof lesson.starter.code !== 'string') {
    problems.push('"starter.code" is missing');
  }
  return problems;
}

/** The lesson id named by a location hash "#/lesson/<id>", or null. */
export function lessonIdFromHash(hash) {
  const match = /^#\/lesson\/([^/?#]+)$/.exec(hash ?? '');
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function orderKey(entry) {
  const p = entry.lesson?.placement ?? {};
  const num = (v) => (Number.isFinite(v) ? v : Number.MAX_SAFE_INTEGER);
  return [num(p.spiral), num(p.order), entry.path];
}

function compareEntries(a, b) {
  const ka = orderKey(a);
  const kb = orderKey(b);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] < kb[i]) return -1;
    if (ka[i] > kb[i]) return 1;
  }
  return 0;
}

/**
 * Pick the lesson to show from `modules` ({path: parsed JSON}, as given by
 * import.meta.glob with import: 'default').
 * Returns {lesson, path} or {error, path?} with a message for the learner.
 */
export function pickLesson(modules, hash = '') {
  const entries = Object.entries(modules ?? {})
    .map(([path, lesson]) => ({ path, lesson }))
    .sort(compareEntries);
  if (entries.length === 0) {
    return { error: 'No lessons were found. The lesson files belong in lessons/spiral-N/NN-slug.json.' };
  }
  const wanted = lessonIdFromHash(hash);
  let entry = entries[0];
  let notFound = null;
  if (wanted) {
    const match = entries.find((e) => e.lesson?.id === wanted);
    if (match) entry = match;
    else notFound = wanted;
  }
  const problems = lessonProblems(entry.lesson);
  if (problems.length) {
    return { path: entry.path, error: `The lesson file ${fileName(entry.path)} is malformed: ${problems.join('; ')}.` };
  }
  return { path: entry.path, lesson: entry.lesson, notFound };
}

function fileName(path) {
  return path.replace(/^(\.\.\/)+/, '');
}

/** The course-end page: what was covered, what to review, where to go next. */
export const COURSE_END_HASH = '#/end';

/**
 * The page a location hash names: {view: 'list'} for "", "#" and "#/",
 * {view: 'lesson', id} for "#/lesson/<id>", {view: 'play'} for the free
 * playground "#/play", {view: 'end'} for the course end "#/end", and
 * {view: 'list', unknown: hash} for anything else (the list says it could
 * not find that page). A lesson or the playground may carry parameters
 * after a "?" (a share link, see share.js): then `params` (a Map) holds
 * them and `path` is the hash without them.
 */
export function parseRoute(hash) {
  const h = hash ?? '';
  if (h === '' || h === '#' || h === '#/') return { view: 'list' };
  if (h === COURSE_END_HASH) return { view: 'end' };
  const { path, params } = splitHash(h);
  const extra = h.includes('?') ? { path, params } : {};
  if (path === '#/play') return { view: 'play', ...extra };
  const id = lessonIdFromHash(path);
  if (id) return { view: 'lesson', id, ...extra };
  return { view: 'list', unknown: h };
}

/** The hash of the free playground. */
export const PLAY_HASH = '#/play';

/** The hash of lesson `id`'s page. */
export function lessonHash(id) {
  return `#/lesson/${encodeURIComponent(id)}`;
}

/**
 * The index ([{id, title, placement}] in curriculum order) grouped for the
 * list: [{spiral, modules: [{module, lessons}]}]. Modules are runs of
 * consecutive lessons, as the lesson validator guarantees.
 */
export function groupLessons(index) {
  const spirals = [];
  for (const entry of index ?? []) {
    const { spiral, module } = entry.placement;
    let s = spirals[spirals.length - 1];
    if (!s || s.spiral !== spiral) spirals.push((s = { spiral, modules: [] }));
    let m = s.modules[s.modules.length - 1];
    if (!m || m.module !== module) s.modules.push((m = { module, lessons: [] }));
    m.lessons.push(entry);
  }
  return spirals;
}

/** The lessons before and after `id` in the index (null at the ends). */
export function neighbors(index, id) {
  const i = (index ?? []).findIndex((e) => e.id === id);
  if (i < 0) return { prev: null, next: null };
  return { prev: index[i - 1] ?? null, next: index[i + 1] ?? null };
}

/**
 * Whether every task of `lesson` is complete in `saved` ({tasks: {i:
 * passed}}): compile and fix tasks must have passed; predict and recall
 * tasks count once answered, right or wrong (a prediction is made once).
 */
export function lessonComplete(lesson, saved) {
  const tasks = saved?.tasks ?? {};
  return lesson.tasks.every((t, i) => {
    const v = tasks[String(i)];
    return t.kind === 'compile' || t.kind === 'fix' ? v === true : typeof v === 'boolean';
  });
}

/** 'done' | 'started' | 'new' for the list's completion marks. */
export function lessonStatus(saved) {
  if (saved?.done) return 'done';
  if (saved && (saved.code !== undefined || Object.keys(saved.tasks ?? {}).length > 0)) return 'started';
  return 'new';
}
