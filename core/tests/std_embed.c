/*
 * std_embed: the embedded std declarations (bm_std_files, std_files.h) are
 * the files in core/std, byte for byte, each NUL-terminated, in path order.
 *
 *   std_embed DIR    DIR is core/std
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "std_files.h"
#include "testutil.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: std_embed DIR\n");
    return 2;
  }
  DIR *d = opendir(argv[1]);
  if (!d) {
    fprintf(stderr, "std_embed: cannot open %s\n", argv[1]);
    return 2;
  }
  int on_disk = 0, failed = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    size_t l = strlen(e->d_name);
    if (l <= 3 || strcmp(e->d_name + l - 3, ".rs") != 0) continue;
    on_disk++;
    char want_path[512], path[4096];
    snprintf(want_path, sizeof want_path, "core/std/%s", e->d_name);
    snprintf(path, sizeof path, "%s/%s", argv[1], e->d_name);
    const BmStdFile *f = NULL;
    for (uint32_t i = 0; i < bm_std_file_count; i++)
      if (strcmp(bm_std_files[i].path, want_path) == 0) f = &bm_std_files[i];
    if (!f) {
      printf("FAIL %s is not embedded (rebuild?)\n", want_path);
      failed++;
      continue;
    }
    size_t len;
    char *text = test_read_file(path, &len);
    if (!text) {
      printf("FAIL cannot read %s\n", path);
      failed++;
      continue;
    }
    if (f->length != len || memcmp(f->text, text, len) != 0 || f->text[len] != 0) {
      printf("FAIL %s: the embedded text (%u bytes) is not the file (%zu bytes)\n", want_path,
             f->length, len);
      failed++;
    }
    free(text);
  }
  closedir(d);
  if ((uint32_t)on_disk != bm_std_file_count) {
    printf("FAIL %u files embedded, %d in %s\n", bm_std_file_count, on_disk, argv[1]);
    failed++;
  }
  for (uint32_t i = 1; i < bm_std_file_count; i++)
    if (strcmp(bm_std_files[i - 1].path, bm_std_files[i].path) >= 0) {
      printf("FAIL not in path order: %s before %s\n", bm_std_files[i - 1].path,
             bm_std_files[i].path);
      failed++;
    }
  uint32_t total = 0;
  for (uint32_t i = 0; i < bm_std_file_count; i++) total += bm_std_files[i].length;
  printf("%u files, %u bytes embedded: %s\n", bm_std_file_count, total, failed ? "FAIL" : "ok");
  return failed ? 1 : 0;
}
