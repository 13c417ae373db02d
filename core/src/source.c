/*
 * source.c: the source text and the one place where byte offsets become
 * rustc's positions (1-based line, column counted in characters).
 *
 * tree-sitter counts bytes; rustc counts characters; the web page counts
 * UTF-16 code units and converts from lines and characters itself
 * (web/src/positions.js), so this file is the core's only boundary.
 */
#include <string.h>

#include "bm.h"

enum { BLOCK = 64 };

const char *bm_utf8_check(const char *str, size_t n, size_t *bad_offset) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    size_t len;
    unsigned min;
    if (c == 0) {
      *bad_offset = i;
      return "the input contains a NUL byte (is it a binary file?)";
    }
    if (c < 0x80) { i++; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; c &= 0x07; }
    else goto bad;
    if (i + len > n) goto bad;
    for (size_t k = 1; k < len; k++) {
      if ((s[i + k] & 0xC0) != 0x80) goto bad;
      c = (c << 6) | (s[i + k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) goto bad;
    i += len;
    continue;
  bad:
    *bad_offset = i;
    return "the input is not valid UTF-8";
  }
  return NULL;
}

void bm_source_init(BmArena *a, BmSource *src, const char *text, uint32_t length) {
  memset(src, 0, sizeof *src);
  src->text = text;
  src->length = length;
  bm_array_push(a, &src->line_starts, 0);
  uint32_t chars = 0;
  for (uint32_t i = 0; i < length; i++) {
    if (i % BLOCK == 0) bm_array_push(a, &src->block_chars, chars);
    if (text[i] == '\n') bm_array_push(a, &src->line_starts, i + 1);
    if (((unsigned char)text[i] & 0xC0) != 0x80) chars++;
  }
  if (length % BLOCK == 0) bm_array_push(a, &src->block_chars, chars); /* the end's block */
}

/* The number of characters (UTF-8 lead bytes) before `byte`. */
static uint32_t chars_before(const BmSource *src, uint32_t byte) {
  uint32_t b = byte / BLOCK;
  uint32_t chars = src->block_chars.items[b];
  for (uint32_t i = b * BLOCK; i < byte; i++)
    if (((unsigned char)src->text[i] & 0xC0) != 0x80) chars++;
  return chars;
}

void bm_source_position(const BmSource *src, uint32_t byte, uint32_t *line,
                        uint32_t *col) {
  if (byte > src->length) byte = src->length;
  /* binary search for the last line start <= byte */
  uint32_t lo = 0, hi = src->line_starts.len;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (src->line_starts.items[mid] <= byte) lo = mid;
    else hi = mid;
  }
  *line = lo + 1;
  *col = chars_before(src, byte) - chars_before(src, src->line_starts.items[lo]) + 1;
}

BmSpan bm_source_span(const BmSource *src, uint32_t start_byte, uint32_t end_byte) {
  BmSpan sp;
  if (end_byte < start_byte) end_byte = start_byte;
  sp.start_byte = start_byte;
  sp.end_byte = end_byte;
  bm_source_position(src, start_byte, &sp.line, &sp.col);
  bm_source_position(src, end_byte, &sp.end_line, &sp.end_col);
  return sp;
}
