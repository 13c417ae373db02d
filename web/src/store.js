// The learner's saved state: one versioned localStorage key holding
//   {version, background, lessons: {id: {code?, done?, tasks: {i: passed}}},
//    journal: [{date, topics, struggles, insights}]}
// Everything read back is validated; a value that fails (bad JSON, another
// version, a wrong shape) is set aside under BACKUP_KEY and replaced by an
// empty store, with a notice for the page to show. Storage that throws
// (blocked cookies, quota) degrades to memory, with a notice, never a crash.
// No DOM here: node --test passes a Map-backed storage.

export const STORE_KEY = 'borrowmap.v1';
export const BACKUP_KEY = 'borrowmap.v1.unreadable';
export const STORE_VERSION = 1;

/** Background languages the learner can pick; 'none' means no bridges. */
export const BACKGROUNDS = [
  { id: 'python', label: 'Python' },
  { id: 'ruby', label: 'Ruby' },
  { id: 'go', label: 'Go' },
  { id: 'typescript', label: 'TypeScript / JavaScript' },
  { id: 'c', label: 'C / C++' },
  { id: 'none', label: 'None of these' },
];
const BACKGROUND_IDS = new Set(BACKGROUNDS.map((b) => b.id));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CODE = 1024 * 1024;

export function emptyData() {
  return { version: STORE_VERSION, background: null, lessons: {}, journal: [] };
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why `data` is not a valid store value ([] when it is). */
export function storeProblems(data) {
  if (!isObject(data)) return ['it is not an object'];
  if (data.version !== STORE_VERSION) return [`it has version ${JSON.stringify(data.version)}, expected ${STORE_VERSION}`];
  const problems = [];
  if (data.background !== null && !BACKGROUND_IDS.has(data.background)) problems.push('background is not a known language');
  if (!isObject(data.lessons)) problems.push('lessons is not an object');
  else {
    for (const [id, entry] of Object.entries(data.lessons)) {
      if (!isObject(entry)) {
        problems.push(`lessons.${id} is not an object`);
        continue;
      }
      if (entry.code !== undefined && (typeof entry.code !== 'string' || entry.code.length > MAX_CODE))
        problems.push(`lessons.${id}.code is not a string`);
      if (entry.done !== undefined && typeof entry.done !== 'boolean') problems.push(`lessons.${id}.done is not a boolean`);
      if (!isObject(entry.tasks)) problems.push(`lessons.${id}.tasks is not an object`);
      else
        for (const [i, passed] of Object.entries(entry.tasks)) {
          if (!/^\d+$/.test(i) || typeof passed !== 'boolean') problems.push(`lessons.${id}.tasks.${i} is not a boolean`);
        }
    }
  }
  if (!Array.isArray(data.journal)) problems.push('journal is not a list');
  else
    data.journal.forEach((e, i) => {
      const ok =
        isObject(e) &&
        typeof e.date === 'string' &&
        DATE.test(e.date) &&
        ['topics', 'struggles', 'insights'].every((k) => typeof e[k] === 'string');
      if (!ok) problems.push(`journal entry ${i} is malformed`);
    });
  return problems;
}

/**
 * Read the store from `storage` (localStorage-like). Returns {data, notice,
 * persistent}: `notice` is a sentence for the learner or null.
 */
export function loadData(storage) {
  let raw;
  try {
    raw = storage.getItem(STORE_KEY);
  } catch {
    return {
      data: emptyData(),
      notice: 'This browser does not let borrowmap save anything, so your progress will be lost when you close the page.',
      persistent: false,
    };
  }
  if (raw === null || raw === undefined) return { data: emptyData(), notice: null, persistent: true };
  let parsed;
  let reason;
  try {
    parsed = JSON.parse(raw);
    const problems = storeProblems(parsed);
    if (problems.length === 0) return { data: parsed, notice: null, persistent: true };
    reason = isObject(parsed) && parsed.version !== STORE_VERSION ? 'it was saved by a different version of borrowmap' : 'it was damaged';
  } catch {
    reason = 'it was damaged';
  }
  try {
    storage.setItem(BACKUP_KEY, raw);
    storage.removeItem(STORE_KEY);
  } catch {
    /* nothing more we can do; the fresh store is written on the next save */
  }
  return {
    data: emptyData(),
    notice: `Your saved progress could not be read (${reason}), so it has been reset. You can start again from the lesson list.`,
    persistent: true,
  };
}

/** Today's date in the learner's time zone, "YYYY-MM-DD". */
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The store the page uses. Mutators save at once; `onNotice(text)` is called
 * when saving fails.
 */
export function createStore(storage, { onNotice = () => {} } = {}) {
  const loaded = loadData(storage);
  const data = loaded.data;
  let persistent = loaded.persistent;

  function save() {
    if (!persistent) return;
    try {
      storage.setItem(STORE_KEY, JSON.stringify(data));
    } catch (err) {
      persistent = false;
      onNotice(`Your progress could not be saved (${err?.name === 'QuotaExceededError' ? 'the browser storage is full' : 'storage failed'}); it is kept until you close the page.`);
    }
  }

  function lesson(id) {
    if (!Object.hasOwn(data.lessons, id)) data.lessons[id] = { tasks: {} };
    return data.lessons[id];
  }

  return {
    notice: loaded.notice,
    get data() {
      return data;
    },
    get background() {
      return data.background;
    },
    setBackground(id) {
      if (!BACKGROUND_IDS.has(id)) return;
      data.background = id;
      save();
    },
    /** The saved state of lesson `id` (read-only view; use the setters). */
    lessonState(id) {
      return Object.hasOwn(data.lessons, id) ? data.lessons[id] : { tasks: {} };
    },
    setCode(id, code) {
      lesson(id).code = code;
      save();
    },
    clearCode(id) {
      delete lesson(id).code;
      save();
    },
    setTask(id, index, passed) {
      lesson(id).tasks[String(index)] = Boolean(passed);
      save();
    },
    setDone(id, done = true) {
      lesson(id).done = done;
      save();
    },
    /** The journal entry for `date` (created empty if missing, not saved until changed). */
    journalEntry(date = today()) {
      return data.journal.find((e) => e.date === date) ?? { date, topics: '', struggles: '', insights: '' };
    },
    /** Merge `fields` into the entry for `date` and save. */
    updateJournal(date, fields) {
      let entry = data.journal.find((e) => e.date === date);
      if (!entry) {
        entry = { date, topics: '', struggles: '', insights: '' };
        data.journal.push(entry);
        data.journal.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      }
      for (const key of ['topics', 'struggles', 'insights']) {
        if (typeof fields[key] === 'string') entry[key] = fields[key];
      }
      save();
      return entry;
    },
    /** Add `topic` to the topics of `date` unless it is already listed. */
    addJournalTopic(date, topic) {
      const entry = this.journalEntry(date);
      const lines = entry.topics.split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.includes(topic)) return;
      this.updateJournal(date, { topics: [...lines, topic].join('\n') });
    },
  };
}
