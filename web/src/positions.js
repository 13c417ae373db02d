// The one place where analyzer positions become CodeMirror offsets.
//
// The analyzer (like rustc) reports 1-based lines and 1-based columns that
// count Unicode characters (code points). CodeMirror offsets count UTF-16 code
// units, so an astral character such as an emoji is one column but two units.
// Every conversion in the page goes through toOffset/toRange below.

/**
 * Offset in `doc` (a CodeMirror Text) of the 1-based `line` and 1-based,
 * code-point-counting `col`. Out-of-range positions are clamped to the
 * document: a line past the end maps to the end of the last line, a column
 * past the end of its line maps to the end of that line.
 */
export function toOffset(doc, line, col) {
  if (!Number.isFinite(line) || line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const lineInfo = doc.line(Math.floor(line));
  const text = lineInfo.text;
  let remaining = Number.isFinite(col) ? Math.floor(col) - 1 : 0;
  let units = 0;
  while (remaining > 0 && units < text.length) {
    const code = text.codePointAt(units);
    units += code > 0xffff ? 2 : 1;
    remaining--;
  }
  return lineInfo.from + Math.min(units, text.length);
}

/**
 * {from, to} for an analyzer span ({line, col, end_line, end_col}). The end is
 * exclusive; a missing or inverted end gives an empty range at `from`.
 */
export function toRange(doc, span) {
  const from = toOffset(doc, span.line, span.col);
  const hasEnd = Number.isFinite(span.end_line) && Number.isFinite(span.end_col);
  const to = hasEnd ? toOffset(doc, span.end_line, span.end_col) : from;
  return { from, to: Math.max(from, to) };
}

/** 1-based line and code-point column of a CodeMirror offset (for display). */
export function fromOffset(doc, offset) {
  const pos = Math.max(0, Math.min(offset, doc.length));
  const lineInfo = doc.lineAt(pos);
  const before = lineInfo.text.slice(0, pos - lineInfo.from);
  let col = 1;
  for (const _ of before) col++;
  return { line: lineInfo.number, col };
}
