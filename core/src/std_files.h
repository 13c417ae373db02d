/*
 * std_files.h: the std declarations (the .rs files of core/std), embedded at build
 * time (CMakeLists.txt generates std_files.c in the build directory).
 * The texts are static data; nothing here is freed.
 */
#ifndef BM_STD_FILES_H
#define BM_STD_FILES_H

#include <stdint.h>

typedef struct {
  const char *path;     /* "option.rs" */
  const char *text;     /* not NUL-terminated: use length */
  uint32_t length;
} BmStdFile;

extern const BmStdFile bm_std_files[];
extern const uint32_t bm_std_file_count;

#endif
