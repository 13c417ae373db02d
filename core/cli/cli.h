/* cli.h: the pieces of the borrowmap command line. */
#ifndef BM_CLI_H
#define BM_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "borrowmap.h"

/* main.c: read a file or stdin ("-"); the caller frees *out. */
int cli_read_input(const char *path, size_t limit, char **out, size_t *len);

/* render.c: diagnostics in rustc's human format. */
void cli_render_human(FILE *out, const char *path, const char *src, size_t len,
                      const BmResult *res);

/* bench.c: `borrowmap bench FILE.jsonl...`; argv after "bench". */
int cli_bench(int argc, char **argv);
/* bench.c: the diagram's steps of a result's JSON, one line each. */
void cli_print_trace(FILE *out, const char *json);
/* bench.c: `borrowmap timeline-stats FILE.jsonl... [--program FILE.rs]`. */
int cli_timeline_stats(int argc, char **argv);

#endif
