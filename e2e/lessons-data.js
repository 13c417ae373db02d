// The lessons as the build sees them (the same validator the Vite plugin
// runs), for tests that need a lesson's text, starter or solution.
import { validateLessons, lessonIndex } from '../lessons/tools/validate.js';

const { lessons } = validateLessons();
export const index = lessonIndex(lessons);
export const byId = Object.fromEntries(lessons.map(({ lesson }) => [lesson.id, lesson]));
export const firstLesson = lessons[0].lesson;
export const lessonHash = (id) => `#/lesson/${encodeURIComponent(id)}`;
