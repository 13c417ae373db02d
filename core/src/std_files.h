/* std_files.h: the std declarations (core/std/NAME.rs), embedded in the core
 * at build time (core/std/embed.cmake writes std_files.c into the build
 * directory). Each file is valid Rust syntax for tree-sitter-rust: the std
 * crate root's contents split by area; core/std/README.md gives the
 * conventions. The array is sorted by path; text is NUL-terminated and
 * length excludes the NUL. */
#ifndef BM_STD_FILES_H
#define BM_STD_FILES_H

#include <stdint.h>

typedef struct {
  const char *path; /* "core/std/option.rs" */
  const char *text;
  uint32_t length;
} BmStdFile;

extern const BmStdFile bm_std_files[];
extern const uint32_t bm_std_file_count;

#endif
