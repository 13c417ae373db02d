// The free playground's code, saved on its own: one localStorage key,
// separate from the lessons' progress (store.js), so neither can damage the
// other and either can change its format alone.
//
//   borrowmap.play.v1 = {"version": 1, "code": "fn main() {...}"}
//
// A value that does not read back (bad JSON, another version, a wrong shape)
// is set aside under PLAY_BACKUP_KEY, never deleted, and the page says so.
// Storage that throws (blocked, full) keeps the code in memory, with a
// notice, never a crash. No DOM here: node --test passes a Map-backed storage.

export const PLAY_KEY = 'borrowmap.play.v1';
export const PLAY_BACKUP_KEY = 'borrowmap.play.v1.unreadable';
export const PLAY_VERSION = 1;
const MAX_CODE = 1024 * 1024; // UTF-16 units; the analyzer's limit is 1 MiB of UTF-8

const NOT_SAVED = 'This browser does not let borrowmap save, so your playground code lasts only until the page is closed.';

/**
 * The playground store over `storage` (localStorage-like):
 * {code: string | null (nothing saved), notice: string | null,
 *  save(code), clear()}. `onNotice(text)` hears problems met while saving.
 */
export function createPlayStore(storage, { onNotice } = {}) {
  let persistent = true;
  let code = null;
  let notice = null;
  let tooLargeSaid = false;

  let raw = null;
  try {
    raw = storage.getItem(PLAY_KEY);
  } catch {
    persistent = false;
    notice = NOT_SAVED;
  }
  if (raw !== null && raw !== undefined) {
    const parsed = parse(raw);
    if (parsed.ok) code = parsed.code;
    else {
      let kept = false;
      try {
        storage.setItem(PLAY_BACKUP_KEY, raw);
        storage.removeItem(PLAY_KEY);
        kept = true;
      } catch {
        /* the notice says it could not be kept */
      }
      notice = `Your saved playground code could not be read (${parsed.why}), so the playground starts afresh.${
        kept ? ` The unreadable copy is kept in this browser's storage under “${PLAY_BACKUP_KEY}”.` : ''
      }`;
    }
  }

  const write = (value) => {
    if (!persistent) return;
    try {
      if (value === null) storage.removeItem(PLAY_KEY);
      else storage.setItem(PLAY_KEY, JSON.stringify({ version: PLAY_VERSION, code: value }));
    } catch (err) {
      persistent = false;
      const full = /quota/i.test(String(err?.name ?? '') + String(err?.message ?? ''));
      onNotice?.(full ? 'The browser’s storage is full, so your playground code is no longer saved.' : NOT_SAVED);
    }
  };

  return {
    get code() {
      return code;
    },
    notice,
    get persistent() {
      return persistent;
    },
    /** Save `text` as the playground's code (from now on what a reload shows). */
    save(text) {
      const value = String(text);
      if (value === code) return;
      if (value.length > MAX_CODE) {
        // Over the analyzer's limit anyway: keep the last version that fits.
        if (!tooLargeSaid) onNotice?.('Your playground code is over 1 MiB, too large to save: the last shorter version stays saved.');
        tooLargeSaid = true;
        return;
      }
      tooLargeSaid = false;
      code = value;
      write(value);
    },
    /** Forget the saved code (the playground opens on its default example). */
    clear() {
      code = null;
      write(null);
    },
  };
}

function parse(raw) {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, why: 'it is not JSON' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, why: 'it is not an object' };
  if (data.version !== PLAY_VERSION) return { ok: false, why: `it has version ${JSON.stringify(data.version)}, expected ${PLAY_VERSION}` };
  if (typeof data.code !== 'string' || data.code.length > MAX_CODE) return { ok: false, why: 'its code is not text' };
  return { ok: true, code: data.code };
}
