// The learner's saved state: one versioned localStorage key holding
//   {version: 2, background,
//    lessons: {id: {code?, done?, tasks: {i: passed},
//                   answers: {"recall/0" | "tasks/3": {passed, choice?, text?, date}}}},
//    journal: [{date, topics, struggles, insights}]}
// `answers` are the learner's recall answers and self-grades, keyed by where
// the question sits in the lesson; a "not yet" one feeds the review list and
// the journal's struggles.
// Versions: STORE_KEY holds version 2. A version 1 value (LEGACY_KEY, the
// store before recall answers were kept) is migrated on load: the same data
// plus empty answers, written under STORE_KEY, and the old key removed.
// Everything read back is validated; a value that fails (bad JSON, an unknown
// version, a wrong shape) is set aside under "<its key>.unreadable" and
// replaced by an empty store, with a notice for the page to show. Storage
// that throws (blocked cookies, quota) degrades to memory, with a notice,
// never a crash. No DOM here: node --test passes a Map-backed storage.
// The playground (issue 11) keeps its own key; nothing here touches it.

export const STORE_KEY = 'borrowmap.v2';
export const BACKUP_KEY = 'borrowmap.v2.unreadable';
export const LEGACY_KEY = 'borrowmap.v1';
export const LEGACY_BACKUP_KEY = 'borrowmap.v1.unreadable';
export const STORE_VERSION = 2;

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
const MAX_ANSWER = 10_000;
/** The key of a question's answer: where the question sits in the lesson. */
export const ANSWER_KEY = /^(recall|tasks)\/\d+$/;

export function emptyData() {
  return { version: STORE_VERSION, background: null, lessons: {}, journal: [] };
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function answerProblems(id, answers) {
  if (answers === undefined) return [];
  if (!isObject(answers)) return [`lessons.${id}.answers is not an object`];
  const problems = [];
  for (const [key, a] of Object.entries(answers)) {
    const ok =
      ANSWER_KEY.test(key) &&
      isObject(a) &&
      typeof a.passed === 'boolean' &&
      typeof a.date === 'string' &&
      DATE.test(a.date) &&
      (a.choice === undefined || (Number.isInteger(a.choice) && a.choice >= 0)) &&
      (a.text === undefined || (typeof a.text === 'string' && a.text.length <= MAX_ANSWER));
    if (!ok) problems.push(`lessons.${id}.answers.${key} is malformed`);
  }
  return problems;
}

/**
 * Why `data` is not a valid store value of `version` ([] when it is).
 * Version 1 is the same shape without `answers`.
 */
export function storeProblems(data, version = STORE_VERSION) {
  if (!isObject(data)) return ['it is not an object'];
  if (data.version !== version) return [`it has version ${JSON.stringify(data.version)}, expected ${version}`];
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
      if (version === 1 && entry.answers !== undefined) problems.push(`lessons.${id}.answers is not in version 1`);
      else problems.push(...answerProblems(id, entry.answers));
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

/** A valid version 1 value as version 2: the same progress, no answers yet. */
export function migrateV1(data) {
  const lessons = {};
  for (const [id, entry] of Object.entries(data.lessons)) lessons[id] = { ...entry, tasks: { ...entry.tasks }, answers: {} };
  return { version: 2, background: data.background, lessons, journal: data.journal.map((e) => ({ ...e })) };
}

const UNSAVEABLE = 'This browser does not let borrowmap save anything, so your progress will be lost when you close the page.';

/**
 * Read the store from `storage` (localStorage-like). Returns {data, notice,
 * persistent, migrated}: `notice` is a sentence for the learner or null;
 * `migrated` is true when a version 1 value was turned into version 2 (the
 * caller saves it, and removes LEGACY_KEY once saved).
 */
export function loadData(storage) {
  let raw;
  let key = STORE_KEY;
  try {
    raw = storage.getItem(STORE_KEY);
    if (raw === null || raw === undefined) {
      key = LEGACY_KEY;
      raw = storage.getItem(LEGACY_KEY);
    }
  } catch {
    return { data: emptyData(), notice: UNSAVEABLE, persistent: false, migrated: false };
  }
  if (raw === null || raw === undefined) return { data: emptyData(), notice: null, persistent: true, migrated: false };
  let reason = 'it was damaged';
  try {
    const parsed = JSON.parse(raw);
    if (isObject(parsed) && parsed.version === 1 && storeProblems(parsed, 1).length === 0)
      return { data: migrateV1(parsed), notice: null, persistent: true, migrated: true };
    if (storeProblems(parsed).length === 0) return { data: parsed, notice: null, persistent: true, migrated: false };
    if (isObject(parsed) && parsed.version !== STORE_VERSION && parsed.version !== 1) reason = 'it was saved by a different version of borrowmap';
  } catch {
    /* bad JSON: damaged */
  }
  try {
    storage.setItem(key === STORE_KEY ? BACKUP_KEY : LEGACY_BACKUP_KEY, raw);
    storage.removeItem(key);
  } catch {
    /* nothing more we can do; the fresh store is written on the next save */
  }
  return {
    data: emptyData(),
    notice: `Your saved progress could not be read (${reason}), so it has been reset. You can start again from the lesson list.`,
    persistent: true,
    migrated: false,
  };
}

/** Plain text of a Markdown question, for the journal (code spans keep their text). */
export function plainText(markdown) {
  return String(markdown ?? '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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
    if (!persistent) return false;
    try {
      storage.setItem(STORE_KEY, JSON.stringify(data));
      return true;
    } catch (err) {
      persistent = false;
      onNotice(`Your progress could not be saved (${err?.name === 'QuotaExceededError' ? 'the browser storage is full' : 'storage failed'}); it is kept until you close the page.`);
      return false;
    }
  }
  // A migrated version 1 store is written as version 2 at once; the old key
  // goes only once the new one is safely stored.
  if (loaded.migrated && save()) {
    try {
      storage.removeItem(LEGACY_KEY);
    } catch {
      /* the old key stays; it is ignored while the new one exists */
    }
  }

  function lesson(id) {
    if (!Object.hasOwn(data.lessons, id)) data.lessons[id] = { tasks: {}, answers: {} };
    const entry = data.lessons[id];
    if (!entry.answers) entry.answers = {};
    return entry;
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
      return Object.hasOwn(data.lessons, id) ? data.lessons[id] : { tasks: {}, answers: {} };
    },
    /** The saved answer to question `key` ("recall/0", "tasks/3") of lesson `id`, or null. */
    answer(id, key) {
      const answers = this.lessonState(id).answers ?? {};
      return Object.hasOwn(answers, key) ? answers[key] : null;
    },
    /** Save the learner's answer: {passed, choice?, text?}; dated today. */
    setAnswer(id, key, { passed, choice, text }, date = today()) {
      if (!ANSWER_KEY.test(key)) return;
      const a = { passed: Boolean(passed), date };
      if (Number.isInteger(choice) && choice >= 0) a.choice = choice;
      if (typeof text === 'string') a.text = text.slice(0, MAX_ANSWER);
      lesson(id).answers[key] = a;
      save();
    },
    /** Forget an answer (the learner answers again). */
    clearAnswer(id, key) {
      if (!Object.hasOwn(data.lessons, id) || !data.lessons[id].answers) return;
      delete data.lessons[id].answers[key];
      save();
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
      this.addJournalLine(date, 'topics', topic);
    },
    /** Add a line to field `key` of the entry for `date` unless it is there. */
    addJournalLine(date, key, line) {
      const entry = this.journalEntry(date);
      const lines = entry[key].split('\n').map((l) => l.trim()).filter(Boolean);
      const text = String(line).trim();
      if (!text || lines.includes(text)) return;
      this.updateJournal(date, { [key]: [...lines, text].join('\n') });
    },
  };
}
