/*
 * interp_fmt.c: formatting for the run, as Rust's core::fmt does it.
 *
 *   {} Display: integers, floats (shortest round-trip digits, never an
 *   exponent), bool, char, str; user `impl Display` is run;
 *   {:?} Debug: str and char quoted and escaped, floats always with a
 *   point (an exponent below 1e-4 and from 1e16 on), derived Debug of
 *   structs, enums, tuples, Vec, arrays, maps and sets, Option and
 *   Result, Box, Rc and references transparent; {:#?} the pretty form
 *   (one field per line, four spaces per level, trailing commas); user
 *   `impl Debug` is run;
 *   {:x} {:X} {:o} {:b} {:e}: integers in radix (two's complement for
 *   negative values), floats in exponent form;
 *   width, fill, alignment, sign, `#`, `0`, precision. As in Rust, a
 *   derived Debug hands the spec down to each field, and a user impl
 *   gets the spec through its Formatter (write! inside it ignores it).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

static void put_utf8(BmStr *out, uint32_t c) {
  char b[4];
  int n;
  if (c < 0x80) { b[0] = (char)c; n = 1; }
  else if (c < 0x800) { b[0] = (char)(0xC0 | (c >> 6)); b[1] = (char)(0x80 | (c & 63)); n = 2; }
  else if (c < 0x10000) { b[0] = (char)(0xE0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 63)); b[2] = (char)(0x80 | (c & 63)); n = 3; }
  else { b[0] = (char)(0xF0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 63)); b[2] = (char)(0x80 | ((c >> 6) & 63)); b[3] = (char)(0x80 | (c & 63)); n = 4; }
  bm_str_append(out, b, (size_t)n);
}

static size_t utf8_chars(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

void bm_fmt_pad(BmStr *out, const char *text, size_t len, const BmFmtSpec *spec, bool default_right) {
  size_t chars = utf8_chars(text, len);
  if (spec->width < 0 || (size_t)spec->width <= chars) {
    bm_str_append(out, text, len);
    return;
  }
  size_t pad = (size_t)spec->width - chars, left = 0, right = 0;
  uint8_t al = spec->align;
  if (al == BM_FA_NONE) al = default_right ? BM_FA_RIGHT : BM_FA_LEFT;
  if (al == BM_FA_LEFT) right = pad;
  else if (al == BM_FA_RIGHT) left = pad;
  else { left = pad / 2; right = pad - left; }
  uint32_t fill = spec->fill ? spec->fill : ' ';
  for (size_t i = 0; i < left; i++) put_utf8(out, fill);
  bm_str_append(out, text, len);
  for (size_t i = 0; i < right; i++) put_utf8(out, fill);
}

/* A number's text with its sign, padded: `0` pads after the sign (and
 * prefix) and ignores fill and alignment. */
static void pad_number(BmStr *out, bool neg, const char *prefix, const char *digits, const BmFmtSpec *spec) {
  char sign[2] = {0, 0};
  if (neg) sign[0] = '-';
  else if (spec->plus) sign[0] = '+';
  if (spec->zero && spec->width >= 0) {
    size_t used = strlen(sign) + strlen(prefix) + strlen(digits);
    bm_str_puts(out, sign);
    bm_str_puts(out, prefix);
    for (size_t i = used; i < (size_t)spec->width; i++) bm_str_append(out, "0", 1);
    bm_str_puts(out, digits);
    return;
  }
  BmStr t;
  bm_str_init(&t, out->arena);
  bm_str_puts(&t, sign);
  bm_str_puts(&t, prefix);
  bm_str_puts(&t, digits);
  bm_fmt_pad(out, t.buf, t.len, spec, true);
}

static void u128_digits(unsigned __int128 v, unsigned radix, bool upper, char *buf) {
  char tmp[140];
  int n = 0;
  do {
    unsigned d = (unsigned)(v % radix);
    tmp[n++] = (char)(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
    v /= radix;
  } while (v);
  for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
  buf[n] = 0;
}

static int bits_of(uint8_t p) {
  switch (p) {
  case BM_PRIM_I8: case BM_PRIM_U8: return 8;
  case BM_PRIM_I16: case BM_PRIM_U16: return 16;
  case BM_PRIM_I32: case BM_PRIM_U32: return 32;
  case BM_PRIM_I64: case BM_PRIM_U64: case BM_PRIM_ISIZE: case BM_PRIM_USIZE: return 64;
  default: return 128;
  }
}

static void fmt_int(BmStr *out, const BmVal *v, const BmFmtSpec *spec) {
  char digits[140];
  uint8_t tr = spec->trait;
  if (tr == BM_FT_DEBUG || tr == BM_FT_DISPLAY) {
    bool neg = v->prim != BM_PRIM_U128 && v->u.i < 0;
    unsigned __int128 m = neg ? (unsigned __int128)(-(v->u.i + 1)) + 1 : (unsigned __int128)v->u.i;
    u128_digits(m, 10, false, digits);
    pad_number(out, neg, "", digits, spec);
    return;
  }
  unsigned radix = tr == BM_FT_BINARY ? 2 : tr == BM_FT_OCTAL ? 8 : 16;
  int bits = bits_of(v->prim);
  unsigned __int128 u = (unsigned __int128)v->u.i;
  if (bits < 128) u &= ((unsigned __int128)1 << bits) - 1;
  u128_digits(u, radix, tr == BM_FT_UPPER_HEX, digits);
  const char *prefix = !spec->alternate ? "" : radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
  BmFmtSpec s = *spec;
  s.plus = false;
  pad_number(out, false, prefix, digits, &s);
}

/* The shortest digits that read back as f (as f32 when is_f32): mantissa
 * digits in buf (no point), the decimal exponent of the first digit. */
static void shortest(double f, bool is_f32, char *buf, int *exp10) {
  char tmp[64];
  for (int p = 0; p < 18; p++) {
    snprintf(tmp, sizeof tmp, "%.*e", p, f);
    bool ok = is_f32 ? (float)strtod(tmp, NULL) == (float)f : strtod(tmp, NULL) == f;
    if (ok || p == 17) break;
  }
  /* tmp: d.ddddde[+-]XX */
  char *e = strchr(tmp, 'e');
  *exp10 = e ? atoi(e + 1) : 0;
  int n = 0;
  for (char *c = tmp; *c && c != e; c++)
    if (*c >= '0' && *c <= '9') buf[n++] = *c;
  while (n > 1 && buf[n - 1] == '0') n--;
  buf[n] = 0;
}

void bm_fmt_float(BmStr *out, double f, bool is_f32, bool debug) {
  if (f != f) { bm_str_puts(out, "NaN"); return; }
  if (isinf(f)) { bm_str_puts(out, f < 0 ? "-inf" : "inf"); return; }
  if (signbit(f)) { bm_str_puts(out, "-"); f = -f; }
  if (f == 0) { bm_str_puts(out, debug ? "0.0" : "0"); return; }
  char d[40];
  int e;
  shortest(f, is_f32, d, &e);
  int n = (int)strlen(d);
  if (debug && (e < -4 || e >= 16)) {
    /* 1e20, 1.5e-7 */
    bm_str_append(out, d, 1);
    if (n > 1) { bm_str_puts(out, "."); bm_str_append(out, d + 1, (size_t)(n - 1)); }
    bm_str_printf(out, "e%d", e);
    return;
  }
  if (e < 0) {
    bm_str_puts(out, "0.");
    for (int i = 0; i < -e - 1; i++) bm_str_puts(out, "0");
    bm_str_append(out, d, (size_t)n);
    return;
  }
  if (n <= e + 1) {
    bm_str_append(out, d, (size_t)n);
    for (int i = n; i < e + 1; i++) bm_str_puts(out, "0");
    if (debug) bm_str_puts(out, ".0");
    return;
  }
  bm_str_append(out, d, (size_t)(e + 1));
  bm_str_puts(out, ".");
  bm_str_append(out, d + e + 1, (size_t)(n - e - 1));
}

static void fmt_float(BmStr *out, const BmVal *v, const BmFmtSpec *spec) {
  double f = v->u.f;
  bool is_f32 = v->prim == BM_PRIM_F32;
  BmStr t;
  bm_str_init(&t, out->arena);
  bool neg = signbit(f) && f == f;
  double a = neg ? -f : f;
  if (spec->trait == BM_FT_LOWER_EXP || spec->trait == BM_FT_UPPER_EXP) {
    char d[40];
    int e = 0;
    if (spec->precision >= 0) {
      char tmp[400];
      snprintf(tmp, sizeof tmp, "%.*e", (int)spec->precision, a);
      char *ep = strchr(tmp, 'e');
      e = atoi(ep + 1);
      *ep = 0;
      bm_str_puts(&t, tmp);
    } else if (a == 0) {
      bm_str_puts(&t, "0");
    } else {
      shortest(a, is_f32, d, &e);
      bm_str_append(&t, d, 1);
      if (strlen(d) > 1) { bm_str_puts(&t, "."); bm_str_puts(&t, d + 1); }
    }
    bm_str_printf(&t, "%c%d", spec->trait == BM_FT_UPPER_EXP ? 'E' : 'e', e);
  } else if (f != f || isinf(f)) {
    bm_fmt_float(&t, a, is_f32, false);
  } else if (spec->precision >= 0) {
    int prec = spec->precision > 1000 ? 1000 : (int)spec->precision;
    char *tmp = bm_arena_alloc(out->arena, 1400);
    snprintf(tmp, 1400, "%.*f", prec, a);
    bm_str_puts(&t, tmp);
  } else {
    bm_fmt_float(&t, a, is_f32, spec->trait == BM_FT_DEBUG);
  }
  if (f != f) {
    BmFmtSpec s = *spec;
    s.zero = false;
    bm_fmt_pad(out, t.buf, t.len, &s, true);
    return;
  }
  pad_number(out, neg, "", t.buf ? t.buf : "", spec);
}

/* Debug's escapes (char::escape_debug): quotes of the other kind stay. */
static void escape_debug(BmStr *out, uint32_t c, char quote) {
  switch (c) {
  case '\t': bm_str_puts(out, "\\t"); return;
  case '\r': bm_str_puts(out, "\\r"); return;
  case '\n': bm_str_puts(out, "\\n"); return;
  case '\\': bm_str_puts(out, "\\\\"); return;
  case 0: bm_str_puts(out, "\\0"); return;
  default: break;
  }
  if (c == (uint32_t)quote) {
    bm_str_append(out, "\\", 1);
    put_utf8(out, c);
    return;
  }
  if (c < 0x20 || c == 0x7f) {
    bm_str_printf(out, "\\u{%x}", c);
    return;
  }
  put_utf8(out, c);
}

static uint32_t next_char(const char *s, uint32_t n, uint32_t *i) {
  unsigned char b = (unsigned char)s[*i];
  uint32_t c, k;
  if (b < 0x80) { c = b; k = 1; }
  else if (b < 0xE0) { c = b & 31; k = 2; }
  else if (b < 0xF0) { c = b & 15; k = 3; }
  else { c = b & 7; k = 4; }
  for (uint32_t j = 1; j < k && *i + j < n; j++) c = (c << 6) | ((unsigned char)s[*i + j] & 63);
  *i += k;
  return c;
}

static bool fmt_any(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, int indent, uint32_t at);

static void newline_indent(BmStr *out, int indent) {
  bm_str_puts(out, "\n");
  for (int i = 0; i < indent; i++) bm_str_puts(out, "    ");
}

/* A user impl's output inside a pretty Debug: its newlines indented. */
static void put_indented(BmStr *out, const char *s, size_t n, int indent) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n' && indent > 0) newline_indent(out, indent);
    else bm_str_append(out, s + i, 1);
  }
}

static bool run_user_fmt(BmInterp *I, BmStr *out, BmDefId m, const BmVal *v, const BmFmtSpec *spec, int indent,
                         uint32_t at) {
  BmStr buf;
  bm_str_init(&buf, bm_interp_arena(I));
  BmFmtVal *fv = bm_arena_alloc(bm_interp_arena(I), sizeof *fv);
  fv->buf = &buf;
  fv->spec = *spec;
  BmVal f = {.kind = BM_V_FMT, .u.fmt = fv};
  BmVal args[2] = {bm_iv_ref(I, (BmVal *)v), bm_iv_ref(I, bm_iv_alloc_cell(I, f))};
  bm_interp_call_def(I, m, args, 2, at);
  if (bm_interp_stopped(I)) return false;
  put_indented(out, buf.buf ? buf.buf : "", buf.len, indent);
  return true;
}

/* `(`items`)`, `[`items`]`, `{`items`}`, the Debug of a sequence; with
 * names (struct fields) as `name: value`. */
static bool fmt_seq(BmInterp *I, BmStr *out, const char *open, const char *close, BmAgg *g, const BmDef *named,
                    bool map, const BmFmtSpec *spec, int indent, uint32_t at) {
  bool pretty = spec->alternate;
  uint32_t n = g ? g->n : 0;
  bm_str_puts(out, open);
  if (n == 0) {
    bm_str_puts(out, close);
    return true;
  }
  if (!pretty && named) bm_str_puts(out, " ");
  for (uint32_t i = 0; i < n; i++) {
    if (pretty) newline_indent(out, indent + 1);
    else if (i) bm_str_puts(out, ", ");
    const BmVal *item = &g->items[i];
    if (map) {
      BmVal *kv = bm_iv_deref_all((BmVal *)item);
      if (kv->kind == BM_V_TUPLE && kv->u.agg->n == 2) {
        if (!fmt_any(I, out, &kv->u.agg->items[0], spec, indent + 1, at)) return false;
        bm_str_puts(out, ": ");
        if (!fmt_any(I, out, &kv->u.agg->items[1], spec, indent + 1, at)) return false;
      } else if (!fmt_any(I, out, item, spec, indent + 1, at)) {
        return false;
      }
    } else if (!fmt_any(I, out, item, spec, indent + 1, at)) {
      return false;
    }
    if (pretty) bm_str_puts(out, ",");
  }
  if (pretty) newline_indent(out, indent);
  else if (named) bm_str_puts(out, " ");
  bm_str_puts(out, close);
  return true;
}

static bool fmt_adt_debug(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, int indent, uint32_t at) {
  const BmDef *d = bm_interp_def(I, v->def);
  const char *name = bm_interp_def_name(I, v->def);
  bool pretty = spec->alternate;
  BmAgg *g = v->u.agg;
  uint32_t n = g ? g->n : 0;
  bm_str_puts(out, name);
  if (d->ctor == BM_CTOR_UNIT || n == 0) return true;
  if (d->ctor == BM_CTOR_TUPLE) {
    bm_str_puts(out, "(");
    for (uint32_t i = 0; i < n; i++) {
      if (pretty) newline_indent(out, indent + 1);
      else if (i) bm_str_puts(out, ", ");
      if (!fmt_any(I, out, &g->items[i], spec, indent + 1, at)) return false;
      if (pretty) bm_str_puts(out, ",");
    }
    if (pretty) newline_indent(out, indent);
    bm_str_puts(out, ")");
    return true;
  }
  bm_str_puts(out, " {");
  for (uint32_t i = 0; i < n && i < d->nfields; i++) {
    if (pretty) newline_indent(out, indent + 1);
    else bm_str_puts(out, i ? ", " : " ");
    bm_str_puts(out, bm_interp_field_name(I, v->def, i));
    bm_str_puts(out, ": ");
    if (!fmt_any(I, out, &g->items[i], spec, indent + 1, at)) return false;
    if (pretty) bm_str_puts(out, ",");
  }
  if (pretty) newline_indent(out, indent);
  else bm_str_puts(out, " ");
  bm_str_puts(out, "}");
  return true;
}

static bool fmt_inner(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, int indent, uint32_t at);
static bool fmt_any(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, int indent, uint32_t at) {
  if (!bm_interp_deeper(I)) return false;
  bool ok = fmt_inner(I, out, v, spec, indent, at);
  bm_interp_shallower(I);
  return ok;
}

static bool fmt_inner(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, int indent, uint32_t at) {
  v = bm_iv_deref_all((BmVal *)v);
  bool debug = spec->trait == BM_FT_DEBUG;
  if (v->kind == BM_V_CELL && v->def == 2) v = &v->u.rc->value;
  if (v->kind == BM_V_ADT && v->prim == 1 && v->u.agg && v->u.agg->n == 2) {
    /* an opaque std error (ParseIntError...): its Debug and Display text */
    const BmVal *t = &v->u.agg->items[debug ? 0 : 1];
    bm_fmt_pad(out, t->u.s->p, t->u.s->len, spec, false);
    return true;
  }
  if (v->kind == BM_V_ADT || v->kind == BM_V_TUPLE || v->kind == BM_V_INT || v->kind == BM_V_FLOAT) {
    BmLang tr = debug ? BM_LANG_debug : spec->trait == BM_FT_DISPLAY ? BM_LANG_display : BM_LANG_COUNT;
    if (spec->trait == BM_FT_LOWER_HEX) tr = BM_LANG_lower_hex;
    else if (spec->trait == BM_FT_UPPER_HEX) tr = BM_LANG_upper_hex;
    else if (spec->trait == BM_FT_BINARY) tr = BM_LANG_binary;
    else if (spec->trait == BM_FT_OCTAL) tr = BM_LANG_octal;
    if (tr != BM_LANG_COUNT) {
      BmDefId m = bm_interp_user_impl(I, tr, v, BM_SYM_fmt);
      if (m != NONE) return run_user_fmt(I, out, m, v, spec, indent, at);
    }
  }
  switch (v->kind) {
  case BM_V_INT:
    if (spec->trait == BM_FT_LOWER_EXP || spec->trait == BM_FT_UPPER_EXP) {
      BmVal f = {.kind = BM_V_FLOAT, .prim = BM_PRIM_F64};
      f.u.f = (double)v->u.i;
      fmt_float(out, &f, spec);
      return true;
    }
    fmt_int(out, v, spec);
    return true;
  case BM_V_FLOAT: fmt_float(out, v, spec); return true;
  case BM_V_BOOL: bm_fmt_pad(out, v->u.b ? "true" : "false", v->u.b ? 4 : 5, spec, false); return true;
  case BM_V_CHAR: {
    BmStr t;
    bm_str_init(&t, out->arena);
    if (debug) { /* Debug of char and str ignores width (as core::fmt does) */
      bm_str_puts(out, "'");
      escape_debug(out, v->u.c, '\'');
      bm_str_puts(out, "'");
      return true;
    }
    put_utf8(&t, v->u.c);
    bm_fmt_pad(out, t.buf, t.len, spec, false);
    return true;
  }
  case BM_V_STR: {
    const char *s = v->u.s->p;
    uint32_t n = v->u.s->len;
    if (debug) {
      BmStr t;
      bm_str_init(&t, out->arena);
      bm_str_puts(&t, "\"");
      for (uint32_t i = 0; i < n;) escape_debug(&t, next_char(s, n, &i), '"');
      bm_str_puts(&t, "\"");
      bm_str_append(out, t.buf, t.len);
      return true;
    }
    if (spec->precision >= 0) {
      /* at most `precision` characters */
      uint32_t i = 0;
      for (int64_t k = 0; k < spec->precision && i < n; k++) next_char(s, n, &i);
      n = i;
    }
    bm_fmt_pad(out, s, n, spec, false);
    return true;
  }
  default: break;
  }
  if (!debug) {
    if (v->kind == BM_V_ADT) {
      bm_interp_unsupported(I, at, "Display of `%s`, which has no `impl Display` the interpreter can run",
                            bm_interp_def_name(I, v->def));
    } else {
      bm_interp_unsupported(I, at, "a format trait for a value the interpreter does not model");
    }
    return false;
  }
  switch (v->kind) {
  case BM_V_TUPLE: {
    BmAgg *g = v->u.agg;
    if (!g || g->n == 0) { bm_fmt_pad(out, "()", 2, spec, false); return true; }
    if (g->n == 1 && !spec->alternate) {
      bm_str_puts(out, "(");
      if (!fmt_any(I, out, &g->items[0], spec, indent, at)) return false;
      bm_str_puts(out, ",)");
      return true;
    }
    return fmt_seq(I, out, "(", ")", g, NULL, false, spec, indent, at);
  }
  case BM_V_ARRAY: case BM_V_VEC: return fmt_seq(I, out, "[", "]", v->u.agg, NULL, false, spec, indent, at);
  case BM_V_MAP: return fmt_seq(I, out, "{", "}", v->u.agg, NULL, v->prim == 0, spec, indent, at);
  case BM_V_ADT: return fmt_adt_debug(I, out, v, spec, indent, at);
  case BM_V_RANGE: {
    BmAgg *g = v->u.agg;
    if (v->prim & 1 && !fmt_any(I, out, &g->items[0], spec, indent, at)) return false;
    bm_str_puts(out, v->prim & 4 ? "..=" : "..");
    if (v->prim & 2 && !fmt_any(I, out, &g->items[1], spec, indent, at)) return false;
    return true;
  }
  case BM_V_WEAK: bm_str_puts(out, "(Weak)"); return true;
  case BM_V_CELL: {
    bool pretty = spec->alternate;
    bm_str_puts(out, v->def == 1 ? "Cell {" : "RefCell {");
    if (pretty) newline_indent(out, indent + 1);
    else bm_str_puts(out, " ");
    bm_str_puts(out, "value: ");
    if (v->def != 1 && v->u.rc->borrow < 0) bm_str_puts(out, "<borrowed>");  /* as std's Debug */
    else if (!fmt_any(I, out, &v->u.rc->value, spec, indent + 1, at)) return false;
    if (pretty) { bm_str_puts(out, ","); newline_indent(out, indent); }
    else bm_str_puts(out, " ");
    bm_str_puts(out, "}");
    return true;
  }
  default:
    bm_interp_unsupported(I, at, "Debug of a value the interpreter does not model");
    return false;
  }
}

bool bm_fmt_value(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, uint32_t at) {
  return fmt_any(I, out, v, spec, 0, at);
}
