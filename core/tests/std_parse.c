/*
 * std_parse: every std declaration file (core/std/NAME.rs) parses with the
 * vendored tree-sitter-rust with no ERROR and no MISSING node.
 *
 *   std_parse DIR          check every DIR/NAME.rs; print file:line:col of each
 *                          ERROR or MISSING node; check that each
 *                          #[lang = "name"] is used once and that the lang
 *                          names are exactly those DIR/README.md lists (the
 *                          table under "## Lang items"); exit 1 if not
 *   std_parse --sexp FILE  print FILE's syntax tree (for writing declarations)
 *
 * Lines and columns are 1-based; columns count bytes (the files are ASCII).
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "testutil.h"

const TSLanguage *tree_sitter_rust(void);

/* Report every ERROR or MISSING node under n (MISSING nodes are zero-width
 * tokens the parser invented; ERROR nodes wrap what it skipped). Returns the
 * number reported. Iterative, with a cursor: the files are large. */
static int report_errors(const char *path, TSNode root) {
  int count = 0;
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    int bad = ts_node_is_error(n) || ts_node_is_missing(n);
    if (bad) {
      TSPoint p = ts_node_start_point(n);
      printf("%s:%u:%u: %s%s\n", path, p.row + 1, p.column + 1,
             ts_node_is_missing(n) ? "MISSING " : "ERROR",
             ts_node_is_missing(n) ? ts_node_type(n) : "");
      count++;
    }
    /* descend unless this is an error (its inside is noise) */
    if (!bad && ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return count;
      }
    }
  }
}

/* The #[lang = "..."] names met, with where. */
#define MAX_LANG 512
static struct {
  char name[64];
  char where[300];
} langs[MAX_LANG];
static int nlangs;

static void collect_langs(const char *path, const char *text, TSNode root) {
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    if (strcmp(ts_node_type(n), "attribute") == 0) {
      TSNode id = ts_node_named_child(n, 0);
      TSNode val = ts_node_child_by_field_name(n, "value", 5);
      if (!ts_node_is_null(id) && !ts_node_is_null(val) &&
          ts_node_end_byte(id) - ts_node_start_byte(id) == 4 &&
          memcmp(text + ts_node_start_byte(id), "lang", 4) == 0 &&
          strcmp(ts_node_type(val), "string_literal") == 0 && nlangs < MAX_LANG) {
        uint32_t a = ts_node_start_byte(val) + 1, b = ts_node_end_byte(val) - 1;
        size_t len = b > a ? b - a : 0;
        if (len >= sizeof langs[0].name) len = sizeof langs[0].name - 1;
        memcpy(langs[nlangs].name, text + a, len);
        langs[nlangs].name[len] = 0;
        snprintf(langs[nlangs].where, sizeof langs[0].where, "%s:%u", path,
                 ts_node_start_point(n).row + 1);
        nlangs++;
      }
    }
    if (ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
    }
  }
}

/* Compare the lang names with README.md's "## Lang items" table: its rows
 * start with | `name` |. Returns the number of problems printed. */
static int check_langs(const char *dir) {
  int problems = 0;
  for (int i = 0; i < nlangs; i++)
    for (int j = 0; j < i; j++)
      if (strcmp(langs[i].name, langs[j].name) == 0) {
        printf("%s: #[lang = \"%s\"] is already used at %s\n", langs[i].where, langs[i].name,
               langs[j].where);
        problems++;
      }
  char path[4096];
  snprintf(path, sizeof path, "%s/README.md", dir);
  size_t len;
  char *readme = test_read_file(path, &len);
  if (!readme) {
    printf("%s: cannot read (it documents the lang names)\n", path);
    return problems + 1;
  }
  static char listed[MAX_LANG][64];
  int nlisted = 0, in_section = 0;
  for (char *line = readme; line && *line;) {
    char *next = strchr(line, '\n');
    if (next) *next++ = 0;
    if (strncmp(line, "## ", 3) == 0) in_section = strncmp(line, "## Lang items", 13) == 0;
    else if (in_section && strncmp(line, "| `", 3) == 0) {
      /* every `name` of the row's first cell */
      char *cell_end = strstr(line + 2, " |");
      char *p = line + 2;
      while (p && (!cell_end || p < cell_end) && nlisted < MAX_LANG) {
        char *open = strchr(p, '`');
        if (!open || (cell_end && open > cell_end)) break;
        char *close = strchr(open + 1, '`');
        if (!close || close - (open + 1) >= 64) break;
        memcpy(listed[nlisted], open + 1, (size_t)(close - (open + 1)));
        listed[nlisted][close - (open + 1)] = 0;
        nlisted++;
        p = close + 1;
      }
    }
    line = next;
  }
  free(readme);
  for (int i = 0; i < nlangs; i++) {
    int found = 0;
    for (int j = 0; j < nlisted && !found; j++) found = strcmp(listed[j], langs[i].name) == 0;
    if (!found) {
      printf("%s: #[lang = \"%s\"] is not in README.md's lang item table\n", langs[i].where,
             langs[i].name);
      problems++;
    }
  }
  for (int j = 0; j < nlisted; j++) {
    int found = 0;
    for (int i = 0; i < nlangs && !found; i++) found = strcmp(listed[j], langs[i].name) == 0;
    if (!found) {
      printf("%s: lists `%s`, which no declaration has as #[lang]\n", path, listed[j]);
      problems++;
    }
  }
  return problems;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  TSParser *parser = ts_parser_new();
  if (!parser || !ts_parser_set_language(parser, tree_sitter_rust())) {
    fprintf(stderr, "std_parse: cannot set up the Rust parser\n");
    return 2;
  }
  if (argc == 3 && strcmp(argv[1], "--sexp") == 0) {
    size_t len;
    char *text = test_read_file(argv[2], &len);
    if (!text) {
      fprintf(stderr, "std_parse: cannot read %s\n", argv[2]);
      return 2;
    }
    TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
    char *s = ts_node_string(ts_tree_root_node(tree));
    printf("%s\n", s);
    free(s);
    int errors = report_errors(argv[2], ts_tree_root_node(tree));
    ts_tree_delete(tree);
    free(text);
    ts_parser_delete(parser);
    return errors ? 1 : 0;
  }
  if (argc != 2) {
    fprintf(stderr, "usage: std_parse DIR | std_parse --sexp FILE\n");
    return 2;
  }
  DIR *d = opendir(argv[1]);
  if (!d) {
    fprintf(stderr, "std_parse: cannot open %s\n", argv[1]);
    return 2;
  }
  char *names[256];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    size_t l = strlen(e->d_name);
    if (l > 3 && strcmp(e->d_name + l - 3, ".rs") == 0 && n < 256)
      names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof names[0], cmp_str);
  int errors = 0, files = 0;
  for (int i = 0; i < n; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
    size_t len;
    char *text = test_read_file(path, &len);
    if (!text) {
      printf("%s: cannot read\n", path);
      errors++;
    } else {
      TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
      if (!tree) {
        printf("%s: the parser gave no tree\n", path);
        errors++;
      } else {
        errors += report_errors(path, ts_tree_root_node(tree));
        collect_langs(names[i], text, ts_tree_root_node(tree));
        ts_tree_delete(tree);
      }
      files++;
      free(text);
    }
    free(names[i]);
  }
  ts_parser_delete(parser);
  if (files == 0) {
    printf("std_parse: no .rs file in %s\n", argv[1]);
    return 1;
  }
  int lang_problems = check_langs(argv[1]);
  printf("%d files, %d syntax errors, %d lang names (%d problems)\n", files, errors, nlangs,
         lang_problems);
  return errors || lang_problems ? 1 : 0;
}
