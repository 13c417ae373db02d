/*
 * test_std_docnames: the table of names that exist in the real std
 * (core/src/std_docnames.c, generated from Rust 1.95's rustdoc) answers
 * what rustc would: real methods are there, invented ones are not, and the
 * lookup survives hostile input.
 */
#include <stdio.h>
#include <string.h>

#include "std_docnames.h"

static int passed, failed;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) passed++;                                                      \
    else {                                                                   \
      failed++;                                                              \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                 \
    }                                                                        \
  } while (0)

static int type_of(const char *path) {
  int t = bm_std_doc_type(path, strlen(path));
  if (t < 0) printf("note: no page for %s\n", path);
  return t;
}

/* Does the page `path` have `name` of `kind`? Prints the question when the
 * answer is not the expected one. */
static void expect(const char *path, const char *name, int kind, bool want) {
  int t = type_of(path);
  if (t < 0) { /* an absent page would make every LACKS pass */
    failed++;
    printf("FAIL %s: no such page\n", path);
    return;
  }
  bool got = bm_std_doc_has(t, name, strlen(name), kind);
  if (got == want) passed++;
  else {
    failed++;
    printf("FAIL %s %s %s: expected %s\n", path, name,
           kind == BM_DOC_METHOD ? "METHOD" : kind == BM_DOC_ASSOC ? "ASSOC" : kind == BM_DOC_FIELD ? "FIELD" : "TYPE",
           want ? "present" : "absent");
  }
}
#define HAS(path, name, kind) expect(path, name, BM_DOC_##kind, true)
#define LACKS(path, name, kind) expect(path, name, BM_DOC_##kind, false)

static void test_vec(void) {
  HAS("vec::Vec", "push", METHOD);
  HAS("vec::Vec", "len", METHOD);      /* its own, and [T]'s through Deref */
  HAS("vec::Vec", "iter", METHOD);     /* only [T]'s: Methods from Deref */
  HAS("vec::Vec", "sort", METHOD);     /* [T]'s */
  HAS("vec::Vec", "clone", METHOD);    /* impl Clone */
  HAS("vec::Vec", "to_owned", METHOD); /* blanket impl ToOwned for T: Clone */
  HAS("vec::Vec", "into_iter", METHOD);
  HAS("vec::Vec", "new", ASSOC);
  HAS("vec::Vec", "with_capacity", ASSOC);
  HAS("vec::Vec", "from", ASSOC);      /* impl From<...> and From<T> for T */
  HAS("vec::Vec", "from_iter", ASSOC); /* impl FromIterator */
  LACKS("vec::Vec", "length", METHOD);
  LACKS("vec::Vec", "size", METHOD);
  LACKS("vec::Vec", "push_back", METHOD);
  LACKS("vec::Vec", "new", METHOD);  /* new takes no receiver */
  LACKS("vec::Vec", "push", ASSOC);  /* push does */
  LACKS("vec::Vec", "len", FIELD);   /* no public fields */
  /* Unstable (the HTML marks both "stab unstable", nightly-only):
   * Vec::push_within_capacity (vec_push_within_capacity, #100486) and
   * Iterator::array_chunks (iter_array_chunks, #100450). */
  LACKS("vec::Vec", "push_within_capacity", METHOD);
  LACKS("iter::Iterator", "array_chunks", METHOD);
  LACKS("vec::IntoIter", "array_chunks", METHOD); /* listed in its impl, still unstable */
  HAS("vec::IntoIter", "map", METHOD);
}

static void test_strings(void) {
  HAS("primitive::str", "trim", METHOD);
  HAS("primitive::str", "len", METHOD);
  HAS("primitive::str", "chars", METHOD);
  HAS("primitive::str", "to_string", METHOD); /* blanket impl ToString for T: Display */
  HAS("primitive::str", "parse", METHOD);
  HAS("primitive::str", "from_utf8", ASSOC);
  LACKS("primitive::str", "push_str", METHOD);
  LACKS("primitive::str", "size", METHOD);
  /* rustdoc lists `impl Extend<&str> for String` on str's page; it is
   * String's impl, not str's. */
  LACKS("primitive::str", "extend", METHOD);
  HAS("string::String", "push_str", METHOD);
  HAS("string::String", "trim", METHOD); /* str's, through Deref */
  HAS("string::String", "extend", METHOD);
  HAS("string::String", "from_utf8", ASSOC);
  HAS("primitive::str", "from_utf8_mut", ASSOC);
  LACKS("string::String", "from_utf8_mut", ASSOC); /* str's, not through Deref */
  HAS("primitive::char", "is_alphabetic", METHOD);
  HAS("primitive::char", "from_u32", ASSOC);
}

static void test_option_iterator(void) {
  HAS("option::Option", "map", METHOD);
  HAS("option::Option", "unwrap_or_default", METHOD);
  HAS("option::Option", "is_some_and", METHOD);
  HAS("option::Option", "Some", ASSOC); /* a variant: `Option::Some` */
  LACKS("option::Option", "unwrap_or_none", METHOD);
  HAS("result::Result", "map_err", METHOD);
  HAS("io::Result", "map_err", METHOD); /* a type alias of Result */
  HAS("fmt::Result", "is_ok", METHOD);
  HAS("iter::Iterator", "map", METHOD);
  HAS("iter::Iterator", "filter", METHOD);
  HAS("iter::Iterator", "sum", METHOD);
  HAS("iter::Iterator", "collect", METHOD);
  HAS("iter::Iterator", "rev", METHOD);
  HAS("iter::Iterator", "next", METHOD); /* required */
  HAS("iter::Iterator", "Item", TYPE);
  LACKS("iter::Iterator", "Item", ASSOC);
  HAS("iter::IntoIterator", "IntoIter", TYPE);
  LACKS("vec::Vec", "IntoIter", TYPE); /* `Vec::IntoIter` is E0223 */
  HAS("ops::Deref", "Target", TYPE);
  LACKS("iter::Iterator", "len", METHOD); /* ExactSizeIterator's */
  LACKS("iter::Iterator", "length", METHOD);
  /* A trait's own items only: partial_cmp is PartialOrd's, so
   * `impl Ord for S { fn partial_cmp ... }` is E0407. */
  HAS("cmp::Ord", "cmp", METHOD);
  HAS("cmp::Ord", "max", METHOD);
  LACKS("cmp::Ord", "partial_cmp", METHOD);
  HAS("fmt::Display", "fmt", METHOD);
  HAS("default::Default", "default", ASSOC);
  HAS("ops::Range", "start", FIELD);
  HAS("ops::Range", "contains", METHOD);
  HAS("ops::Range", "rev", METHOD); /* Range<A>: Iterator */
  CHECK(bm_std_doc_type_is_trait(type_of("iter::Iterator")));
  CHECK(!bm_std_doc_type_is_trait(type_of("vec::Vec")));
}

static void test_maps_and_numbers(void) {
  const char *keys[] = {"collections::HashMap", "collections::hash_map::HashMap",
                        "std::collections::HashMap"};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    HAS(keys[i], "insert", METHOD);
    HAS(keys[i], "entry", METHOD);
    HAS(keys[i], "contains_key", METHOD);
    HAS(keys[i], "new", ASSOC);
    LACKS(keys[i], "push", METHOD);
    LACKS(keys[i], "contains", METHOD);
  }
  HAS("collections::hash_map::Entry", "or_insert", METHOD);
  HAS("collections::HashSet", "contains", METHOD);
  HAS("collections::VecDeque", "push_back", METHOD);
  HAS("collections::BTreeMap", "range", METHOD);
  HAS("primitive::i32", "MAX", ASSOC);
  HAS("primitive::i32", "from_str_radix", ASSOC);
  HAS("primitive::i32", "pow", METHOD);
  HAS("primitive::i32", "abs", METHOD);
  HAS("primitive::i32", "checked_add", METHOD);
  LACKS("primitive::i32", "MAX", METHOD);
  LACKS("primitive::i32", "sqrt", METHOD);
  LACKS("primitive::u32", "abs", METHOD); /* unsigned: no abs */
  HAS("primitive::f64", "sqrt", METHOD);
  HAS("primitive::f64", "EPSILON", ASSOC);
  /* #[stable] #[doc(hidden)], deprecated: no rustdoc anchor, but rustc
   * accepts it on f64 (and not on f32). */
  HAS("primitive::f64", "is_negative", METHOD);
  LACKS("primitive::f32", "is_negative", METHOD);
  HAS("primitive::array", "len", METHOD); /* [T; N] unsizes to [T] */
  HAS("primitive::array", "map", METHOD);
  HAS("primitive::reference", "clone", METHOD); /* &T: Clone, stated in prose */
  HAS("primitive::reference", "into", METHOD);  /* `"abc".into()`: blanket Into */
  HAS("primitive::reference", "to_string", METHOD);
  LACKS("primitive::reference", "push", METHOD);
  HAS("primitive::tuple", "clone", METHOD);
  HAS("rc::Rc", "clone", METHOD);
  HAS("rc::Rc", "new", ASSOC);
  HAS("rc::Rc", "strong_count", ASSOC);
  LACKS("rc::Rc", "strong_count", METHOD); /* Rc::strong_count(&this), no receiver */
  HAS("cell::RefCell", "borrow_mut", METHOD);
  HAS("sync::Mutex", "lock", METHOD);
  HAS("sync::mpsc::Sender", "send", METHOD);
  HAS("thread::JoinHandle", "join", METHOD);
}

static void test_hostile_input(void) {
  CHECK(bm_std_doc_type(NULL, 5) == -1);
  CHECK(bm_std_doc_type("vec::Vec", 3) == -1);    /* "vec" */
  CHECK(bm_std_doc_type("vec::Vec\0x", 10) == -1); /* embedded NUL */
  CHECK(bm_std_doc_type("", 0) == -1);
  CHECK(bm_std_doc_type("std::", 5) == -1);
  CHECK(bm_std_doc_type("Vec", 3) == -1);
  CHECK(bm_std_doc_type("std::vec::Vec", 13) == type_of("vec::Vec"));
  CHECK(bm_std_doc_type("alloc::Layout", 13) >= 0); /* std::alloc::Layout */
  CHECK(bm_std_doc_type("std::alloc::Layout", 18) == type_of("alloc::Layout"));
  int vec = type_of("vec::Vec");
  CHECK(vec >= 0);
  CHECK(!bm_std_doc_has(vec, NULL, 4, BM_DOC_METHOD));
  CHECK(!bm_std_doc_has(vec, "", 0, BM_DOC_METHOD));
  CHECK(!bm_std_doc_has(vec, "push\0x", 6, BM_DOC_METHOD));
  CHECK(!bm_std_doc_has(vec, "pus", 3, BM_DOC_METHOD));
  CHECK(bm_std_doc_has(vec, "push_str", 4, BM_DOC_METHOD)); /* "push" */
  CHECK(!bm_std_doc_has(vec, "push", 4, 4));
  CHECK(!bm_std_doc_has(vec, "push", 4, -1));
  CHECK(!bm_std_doc_has(-1, "push", 4, BM_DOC_METHOD));
  CHECK(!bm_std_doc_has((int)bm_std_doc_type_count(), "push", 4, BM_DOC_METHOD));
  CHECK(bm_std_doc_each(-1, BM_DOC_METHOD, NULL, NULL) == 0);
  CHECK(bm_std_doc_each(vec, 9, NULL, NULL) == 0);
  CHECK(bm_std_doc_type_name(bm_std_doc_type_count(), NULL) == NULL);
  CHECK(bm_std_doc_name(bm_std_doc_name_count(), NULL) == NULL);
  CHECK(!bm_std_doc_type_is_trait(-1));
}

/* The pools are sorted and unique (the binary searches rely on it), and
 * every key finds itself. */
static void test_tables(void) {
  CHECK(strcmp(bm_std_doc_rust_version(), "1.95.0") == 0);
  uint32_t n = bm_std_doc_type_count();
  CHECK(n > 500);
  int sorted = 1, found = 1;
  for (uint32_t i = 0; i < n; i++) {
    size_t len;
    const char *k = bm_std_doc_type_name(i, &len);
    if (!k || strlen(k) != len) sorted = 0;
    else if (bm_std_doc_type(k, len) != (int)i) found = 0;
    if (i > 0 && k && strcmp(bm_std_doc_type_name(i - 1, NULL), k) >= 0) sorted = 0;
  }
  CHECK(sorted);
  CHECK(found);
  uint32_t names = bm_std_doc_name_count();
  CHECK(names > 1000);
  sorted = 1;
  for (uint32_t i = 1; i < names; i++)
    if (strcmp(bm_std_doc_name(i - 1, NULL), bm_std_doc_name(i, NULL)) >= 0) sorted = 0;
  CHECK(sorted);
}

struct collect {
  int type, kind;
  size_t calls, wrong;
};

static void on_name(void *ctx, const char *name, size_t len) {
  struct collect *c = ctx;
  c->calls++;
  if (strlen(name) != len || !bm_std_doc_has(c->type, name, len, c->kind)) c->wrong++;
}

/* bm_std_doc_each reports exactly the names bm_std_doc_has accepts, each
 * once. */
static void test_each(void) {
  const char *paths[] = {"vec::Vec", "string::String", "primitive::array", "iter::Iterator",
                         "primitive::i32", "io::Result"};
  int kinds[] = {BM_DOC_METHOD, BM_DOC_ASSOC, BM_DOC_FIELD, BM_DOC_TYPE};
  for (size_t p = 0; p < sizeof paths / sizeof paths[0]; p++) {
    for (size_t k = 0; k < 4; k++) {
      struct collect c = {type_of(paths[p]), kinds[k], 0, 0};
      size_t count = bm_std_doc_each(c.type, c.kind, on_name, &c);
      size_t want = 0;
      for (uint32_t i = 0; i < bm_std_doc_name_count(); i++) {
        size_t len;
        const char *name = bm_std_doc_name(i, &len);
        if (bm_std_doc_has(c.type, name, len, c.kind)) want++;
      }
      CHECK(count == c.calls);
      CHECK(count == want);
      CHECK(c.wrong == 0);
      if (count != want) printf("  %s kind %d: each %zu, has %zu\n", paths[p], c.kind, count, want);
    }
  }
  size_t vec_methods = bm_std_doc_each(type_of("vec::Vec"), BM_DOC_METHOD, NULL, NULL);
  CHECK(vec_methods > 150);
}

int main(void) {
  test_vec();
  test_strings();
  test_option_iterator();
  test_maps_and_numbers();
  test_hostile_input();
  test_tables();
  test_each();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
