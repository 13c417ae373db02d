// Vite plugin: the lessons as a virtual module, validated at build start.
//
//   import { index, lessons, errors } from 'virtual:borrowmap-lessons';
//
// index   [{id, title, placement, concepts, file}] in curriculum order
// lessons {id: lesson} (the parsed JSON, unchanged)
// errors  ["lessons/spiral-1/03-x.json: /title: ..."]; always [] in a build
//
// `vite build` stops on the first broken lesson with every problem listed
// as "FILE: /json/pointer: message" (lessons/tools/validate.js). The dev
// server keeps running instead: the module carries the errors for the page to
// show, holds only the lessons that are valid, and reloads the page when a
// lesson file changes. Adding a file is all an author does.
//
// The lessons folder is lessons/ at the repo root, or $BORROWMAP_LESSONS_DIR.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateLessons, lessonIndex } from '../lessons/tools/validate.js';

export const VIRTUAL_ID = 'virtual:borrowmap-lessons';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

const defaultDir = fileURLToPath(new URL('../lessons/', import.meta.url));

/** The lesson data for the module, or throws (build) with every problem. */
export function collectLessons(dir, { strict }) {
  const { lessons, errors } = validateLessons(dir);
  if (errors.length && strict) {
    throw new Error(`${errors.length} problem(s) in the lessons, fix them to build:\n${errors.map((e) => e.text).join('\n')}`);
  }
  const broken = new Set(errors.map((e) => path.resolve(process.cwd(), e.file)));
  const good = lessons.filter((l) => !broken.has(l.path));
  const byId = {};
  for (const { lesson } of good) byId[lesson.id] = lesson;
  return { index: lessonIndex(good), lessons: byId, errors: errors.map((e) => e.text) };
}

export function lessonsPlugin({ dir = process.env.BORROWMAP_LESSONS_DIR || defaultDir } = {}) {
  const root = path.resolve(dir);
  let strict = true;
  let data = null;

  const load = () => (data = collectLessons(root, { strict }));

  return {
    name: 'borrowmap-lessons',
    configResolved(config) {
      strict = config.command === 'build';
    },
    buildStart() {
      load();
      if (!strict) return;
      // Rebuilds in watch mode pick up edited lessons.
      for (const file of data.index.map((e) => path.join(root, e.file))) this.addWatchFile?.(file);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (!data) load();
      return `export const index = ${JSON.stringify(data.index)};
export const lessons = ${JSON.stringify(data.lessons)};
export const errors = ${JSON.stringify(data.errors)};
export default { index, lessons, errors };
`;
    },
    configureServer(server) {
      server.watcher.add(root);
      const changed = (file) => {
        if (!path.resolve(file).startsWith(root + path.sep) || !file.endsWith('.json')) return;
        load();
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
