// A location hash's route and parameters ("#/play?v=1&code=x"). Pure.

/**
 * Split a location hash into its route and its parameters:
 * "#/play?v=1&code=x" → {path: "#/play", params: Map{v → "1", code → "x"}}.
 * Parameters are split by hand rather than with URLSearchParams, which
 * would read a "+" as a space.
 */
export function splitHash(hash) {
  const h = String(hash ?? '');
  const q = h.indexOf('?');
  const params = new Map();
  if (q < 0) return { path: h, params };
  for (const part of h.slice(q + 1).split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value = eq < 0 ? '' : part.slice(eq + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      /* keep it as it is: decodeCode reports it */
    }
    if (!params.has(key)) params.set(key, value);
  }
  return { path: h.slice(0, q), params };
}
