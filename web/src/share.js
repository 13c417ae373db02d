// Share links: a program, and the diagram step shown, carried in the URL
// fragment, so a link works from any static copy of the page and never
// reaches a server.
//
//   #/play?v=1&code=<payload>&step=<n>
//   #/lesson/<id>?v=1&code=<payload>&step=<n>
//
// payload = base64url(zlib(UTF-8 of the code)), compressed with fflate.
// fflate does not check zlib's Adler-32 trailer, so decodeCode does: with
// it, the zlib header check and a strict UTF-8 decode, a link damaged on the
// way (cut short, retyped, a character changed) is reported as unreadable
// rather than opened as garbled code. Inflating stops once the output would
// pass MAX_LINK_CODE_BYTES, so a small link cannot blow up into gigabytes.
// `step` counts from 1, like the diagram's "Step 4 of 9".
//
// Also the link that opens the code in the Rust Playground. Pure: no DOM.

import { zlibSync, Unzlib } from 'fflate';
import { isTooLarge } from './analysis.js';

export { splitHash } from './hash.js';

export const SHARE_VERSION = '1';
/** The largest program a link may carry: the analyzer's own limit (1 MiB of UTF-8). */
export const MAX_LINK_CODE_BYTES = 1024 * 1024;
/** Longer fragments are refused without decoding (a 1 MiB program compresses far below this). */
export const MAX_PAYLOAD_CHARS = 2 * 1024 * 1024;

const encoder = new TextEncoder();

/** Adler-32 of `bytes` (RFC 1950), as an unsigned 32-bit number. */
export function adler32(bytes) {
  let a = 1;
  let b = 0;
  // 5552 is the largest run before b can overflow 2^32 (zlib's NMAX).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url string, or null when it is not one. */
export function fromBase64Url(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary;
  try {
    binary = atob(b64);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The payload that carries `code`. */
export function encodeCode(code) {
  return toBase64Url(zlibSync(encoder.encode(String(code)), { level: 9 }));
}

/** Why a payload cannot be read, in words the notice shows after "The link …". */
const WHY = {
  notBase64: 'has characters a share link never holds',
  notZlib: 'is not a borrowmap share link',
  damaged: 'is damaged (it may have been cut short when it was copied)',
  tooLarge: 'holds a program over 1 MiB, the most borrowmap checks',
  notUtf8: 'holds text that is not UTF-8',
};

/**
 * The code a payload carries: {code} or {error} (a phrase that finishes
 * "The link …"). Never throws.
 */
export function decodeCode(payload) {
  if (typeof payload !== 'string' || payload.length > MAX_PAYLOAD_CHARS) return { error: WHY.tooLarge };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { error: WHY.notBase64 };
  if (bytes.length < 6 || (bytes[0] & 15) !== 8 || ((bytes[0] << 8) | bytes[1]) % 31 !== 0 || bytes[1] & 32) {
    return { error: WHY.notZlib };
  }
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  let ended = false;
  try {
    const inflater = new Unzlib((chunk, final) => {
      size += chunk.length;
      if (size > MAX_LINK_CODE_BYTES) tooLarge = true;
      else chunks.push(chunk);
      if (final) ended = true;
    });
    // Fed in small pieces: each can inflate to at most ~1 MB, so a
    // compression bomb is stopped soon after it passes the limit.
    const PIECE = 1024;
    for (let i = 0; i < bytes.length && !tooLarge; i += PIECE) {
      inflater.push(bytes.subarray(i, i + PIECE), i + PIECE >= bytes.length);
    }
  } catch {
    return { error: WHY.damaged };
  }
  if (tooLarge) return { error: WHY.tooLarge };
  if (!ended) return { error: WHY.damaged };
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  const n = bytes.length;
  const expected = ((bytes[n - 4] << 24) | (bytes[n - 3] << 16) | (bytes[n - 2] << 8) | bytes[n - 1]) >>> 0;
  if (adler32(out) !== expected) return { error: WHY.damaged };
  try {
    return { code: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch {
    return { error: WHY.notUtf8 };
  }
}

/**
 * What the parameters of a hash carry: null when there is no program in
 * it; else {code, step} (step: 0-based index, or null) or {error} with a
 * sentence for the learner.
 */
export function readShare(params) {
  if (!params || !params.has('code')) return null;
  const v = params.get('v') ?? SHARE_VERSION;
  if (v !== SHARE_VERSION) {
    return { error: `This link was made by a newer version of borrowmap (link format ${v}); reload the page, or ask for a new link.` };
  }
  const decoded = decodeCode(params.get('code'));
  if (decoded.error) return { error: `The link ${decoded.error}, so its program cannot be shown.` };
  const raw = params.get('step');
  const n = raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  return { code: decoded.code, step: n >= 1 ? n - 1 : null };
}

/**
 * The hash for `path` ("#/play", "#/lesson/x") carrying `code` and, when
 * >= 0, step index `step`; null when the code is over the 1 MiB a link may
 * carry (such a link could not be opened).
 */
export function shareHash(path, code, step = -1) {
  if (isTooLarge(String(code), MAX_LINK_CODE_BYTES)) return null;
  let h = `${path}?v=${SHARE_VERSION}&code=${encodeCode(code)}`;
  if (Number.isInteger(step) && step >= 0) h += `&step=${step + 1}`;
  return h;
}

/** The page's URL with `hash` as its fragment. */
export function shareUrl(location, hash) {
  const base = String(location.href).split('#')[0];
  return `${base}${hash}`;
}

export const RUST_PLAYGROUND = 'https://play.rust-lang.org/';
/**
 * Links longer than this are refused by many servers and proxies (8 KiB is
 * a common limit on a request line), so past it the Rust Playground is
 * opened empty and the learner pastes the code.
 */
export const MAX_PLAYGROUND_URL = 8000;

/**
 * The Rust Playground link for `code` (edition 2024, debug, stable):
 * {url, complete}. `complete` is false when the code was too long to put in
 * the link, and the url opens an empty playground.
 */
export function rustPlaygroundLink(code) {
  const tail = 'edition=2024&mode=debug&version=stable';
  const text = String(code ?? '');
  // encodeURIComponent at most triples the length (9 for astral characters
  // in 2 units): skip encoding code that is surely too long.
  if (text.length <= MAX_PLAYGROUND_URL) {
    const url = `${RUST_PLAYGROUND}?code=${encodeURIComponent(text)}&${tail}`;
    if (url.length <= MAX_PLAYGROUND_URL) return { url, complete: true };
  }
  return { url: `${RUST_PLAYGROUND}?${tail}`, complete: false };
}
