/*
 * render.c: diagnostics in rustc's human format:
 *
 *   error[E0382]: borrow of moved value: `s`
 *    --> main.rs:4:20
 *     |
 *   2 |     let t = s;
 *     |             - value moved here
 *   3 |
 *   4 |     println!("{}", s);
 *     |                    ^ value borrowed here after move
 *     |
 *     = note: ...
 *     = help: ...
 */
#include <string.h>

#include "cli.h"

typedef struct {
  uint32_t line, col, end_col; /* end_col clipped to the line */
  uint32_t byte;               /* the mark's first byte, on its line */
  const char *message;
  bool primary;
} Mark;

/* The line holding byte `at`: back to the last newline before it, so that
 * rendering many diagnostics costs their lines, not the file each time. */
static const char *line_start(const char *src, size_t len, uint32_t at,
                              size_t *line_len) {
  size_t i = at < len ? at : len;
  while (i > 0 && src[i - 1] != '\n') i--;
  size_t j = i;
  while (j < len && src[j] != '\n' && src[j] != '\r') j++;
  *line_len = j - i;
  return src + i;
}

/* Width in columns of the first `chars` characters of a line (tabs as 4). */
static void print_pad(FILE *out, const char *text, size_t text_len, uint32_t chars) {
  uint32_t c = 0;
  for (size_t i = 0; i < text_len && c < chars; i++) {
    if (((unsigned char)text[i] & 0xC0) == 0x80) continue;
    fputs(text[i] == '\t' ? "    " : " ", out);
    c++;
  }
  for (; c < chars; c++) fputc(' ', out);
}

static int digits(uint32_t n) {
  int d = 1;
  while (n >= 10) { n /= 10; d++; }
  return d;
}

static void render_one(FILE *out, const char *path, const char *src, size_t len,
                       const BmDiagnostic *d) {
  const char *sev = d->severity == BM_SEVERITY_WARNING ? "warning"
                    : d->severity == BM_SEVERITY_NOTE  ? "note" : "error";
  if (d->code) fprintf(out, "%s[%s]: %s\n", sev, d->code, d->message);
  else fprintf(out, "%s: %s\n", sev, d->message);

  enum { MAX_MARKS = 16 };
  Mark marks[MAX_MARKS];
  uint32_t n = 0;
  marks[n++] = (Mark){d->span.line, d->span.col,
                      d->span.end_line == d->span.line ? d->span.end_col : 0,
                      d->span.start_byte, NULL, true};
  /* the primary's message is the label on the primary span, if any */
  for (uint32_t i = 0; i < d->label_count && n < MAX_MARKS; i++) {
    const BmLabel *l = &d->labels[i];
    Mark m = {l->span.line, l->span.col,
              l->span.end_line == l->span.line ? l->span.end_col : 0,
              l->span.start_byte, l->message, false};
    if (l->span.line == d->span.line && l->span.col == d->span.col &&
        !marks[0].message) {
      marks[0].message = l->message;
      continue;
    }
    marks[n++] = m;
  }
  /* sort marks by line, then column */
  for (uint32_t i = 1; i < n; i++) {
    Mark x = marks[i];
    uint32_t j = i;
    while (j > 0 && (marks[j - 1].line > x.line ||
                     (marks[j - 1].line == x.line && marks[j - 1].col > x.col))) {
      marks[j] = marks[j - 1];
      j--;
    }
    marks[j] = x;
  }
  uint32_t maxline = 0;
  for (uint32_t i = 0; i < n; i++) if (marks[i].line > maxline) maxline = marks[i].line;
  int w = digits(maxline);
  fprintf(out, "%*s--> %s:%u:%u\n", w, "", path, d->span.line, d->span.col);
  fprintf(out, "%*s |\n", w, "");
  uint32_t prev_line = 0;
  for (uint32_t i = 0; i < n; i++) {
    Mark *m = &marks[i];
    size_t llen;
    const char *text = line_start(src, len, m->byte, &llen);
    if (m->line != prev_line) {
      if (prev_line && m->line > prev_line + 1) fprintf(out, "...\n");
      fprintf(out, "%*u | ", w, m->line);
      for (size_t k = 0; k < llen; k++) {
        if (text[k] == '\t') fputs("    ", out);
        else fputc(text[k], out);
      }
      fputc('\n', out);
      prev_line = m->line;
    }
    fprintf(out, "%*s | ", w, "");
    print_pad(out, text, llen, m->col - 1);
    uint32_t width = m->end_col > m->col ? m->end_col - m->col : 1;
    for (uint32_t k = 0; k < width; k++) fputc(m->primary ? '^' : '-', out);
    if (m->message) fprintf(out, " %s", m->message);
    fputc('\n', out);
  }
  if (d->note_count || d->help) fprintf(out, "%*s |\n", w, "");
  for (uint32_t i = 0; i < d->note_count; i++)
    fprintf(out, "%*s = note: %s\n", w, "", d->notes[i]);
  if (d->help) fprintf(out, "%*s = help: %s\n", w, "", d->help);
  fputc('\n', out);
}

void cli_render_human(FILE *out, const char *path, const char *src, size_t len,
                      const BmResult *res) {
  uint32_t n = bm_result_diagnostic_count(res);
  for (uint32_t i = 0; i < n; i++)
    render_one(out, path, src, len, bm_result_diagnostic(res, i));
  for (uint32_t i = 0; i < bm_result_unsupported_count(res); i++) {
    const BmUnsupported *u = bm_result_unsupported(res, i);
    fprintf(out, "note: unsupported: %s\n --> %s:%u:%u\n\n", u->reason, path,
            u->span.line, u->span.col);
  }
  uint32_t errors = bm_result_error_count(res);
  if (errors == 1) fputs("error: aborting due to 1 previous error\n", out);
  else if (errors > 1) fprintf(out, "error: aborting due to %u previous errors\n", errors);
}
