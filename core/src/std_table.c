/*
 * std_table.c: what the checker knows about std, as data.
 *
 * Methods: receiver type (after auto-deref: "String", "str", "Vec", "slice"
 * for [T] and Vec, "Option", ..., "*" for any type), name, how the receiver
 * is taken (self / &self / &mut self) and the result type in a mini syntax:
 *   ()  bool  char  usize  i32  u8  String  str      plain types
 *   T   the receiver's first type argument (Vec<T>, Option<T>, ...)
 *   V   the second (HashMap<K, V>);  E  the second of Result<T, E>
 *   Self  the receiver type;  ?  unknown (carries nothing, Copy unknown)
 *   &X  &mut X  Option<X>  Vec<X>  Iter<X> (an iterator yielding X)
 *   (X, Y)  [X]  tuples and slices;  *X  X without its outer reference
 * Iterator adaptors keep the item type (find -> Option<T>, enumerate ->
 * Iter<(usize, T)>), so an item of iter_mut() stays a `&mut`.
 * A result that holds a reference borrows from the receiver (elision).
 * To teach the checker a method, add a line; nothing else changes.
 */
#include <string.h>

#include "bm.h"

#define R BM_SELF_REF
#define M BM_SELF_MUT
#define V BM_SELF_VALUE

static const BmStdMethod methods[] = {
  /* String (its &self methods on str are found through "str") */
  {"String", "push_str", M, "()", 0},
  {"String", "push", M, "()", 0},
  {"String", "clear", M, "()", 0},
  {"String", "insert", M, "()", 0},
  {"String", "insert_str", M, "()", 0},
  {"String", "pop", M, "Option<char>", 0},
  {"String", "truncate", M, "()", 0},
  {"String", "remove", M, "char", 0},
  {"String", "as_str", R, "&str", 0},
  {"String", "as_mut_str", M, "&mut str", 0},
  {"String", "capacity", R, "usize", 0},
  {"String", "into_bytes", V, "Vec<u8>", 0},
  {"String", "drain", M, "Iter<char>", 0},
  {"str", "len", R, "usize", 0},
  {"str", "is_empty", R, "bool", 0},
  {"str", "chars", R, "Iter<char>", 0},
  {"str", "char_indices", R, "Iter<?>", 0},
  {"str", "bytes", R, "Iter<u8>", 0},
  {"str", "as_bytes", R, "&[u8]", 0},
  {"str", "trim", R, "&str", 0},
  {"str", "trim_start", R, "&str", 0},
  {"str", "trim_end", R, "&str", 0},
  {"str", "split_whitespace", R, "Iter<&str>", 0},
  {"str", "split", R, "Iter<&str>", 0},
  {"str", "lines", R, "Iter<&str>", 0},
  {"str", "to_uppercase", R, "String", 0},
  {"str", "to_lowercase", R, "String", 0},
  {"str", "to_string", R, "String", 0},
  {"str", "to_owned", R, "String", 0},
  {"str", "contains", R, "bool", 0},
  {"str", "starts_with", R, "bool", 0},
  {"str", "ends_with", R, "bool", 0},
  {"str", "find", R, "Option<usize>", 0},
  {"str", "replace", R, "String", 0},
  {"str", "repeat", R, "String", 0},
  {"str", "get", R, "Option<&str>", 0},
  {"str", "split_at", R, "(&str, &str)", 0},
  {"str", "eq", R, "bool", 0},
  /* Vec<T> (its &self methods on [T] are found through "slice") */
  {"Vec", "push", M, "()", BM_STD_FLOW_ARGS},
  {"Vec", "pop", M, "Option<T>", 0},
  {"Vec", "insert", M, "()", BM_STD_FLOW_ARGS},
  {"Vec", "remove", M, "T", 0},
  {"Vec", "swap_remove", M, "T", 0},
  {"Vec", "clear", M, "()", 0},
  {"Vec", "truncate", M, "()", 0},
  {"Vec", "extend", M, "()", BM_STD_FLOW_ARGS},
  {"Vec", "extend_from_slice", M, "()", BM_STD_FLOW_ARGS},
  {"Vec", "append", M, "()", 0},
  {"Vec", "retain", M, "()", BM_STD_FNMUT_ARG},
  {"Vec", "dedup", M, "()", 0},
  {"Vec", "drain", M, "Iter<T>", 0},
  {"Vec", "into_iter", V, "Iter<T>", 0},
  {"Vec", "capacity", R, "usize", 0},
  {"Vec", "as_slice", R, "&[T]", 0},
  {"Vec", "resize", M, "()", 0},
  {"slice", "len", R, "usize", 0},
  {"slice", "is_empty", R, "bool", 0},
  {"slice", "iter", R, "Iter<&T>", 0},
  {"slice", "iter_mut", M, "Iter<&mut T>", 0},
  {"slice", "get", R, "Option<&T>", 0},
  {"slice", "get_mut", M, "Option<&mut T>", 0},
  {"slice", "first", R, "Option<&T>", 0},
  {"slice", "last", R, "Option<&T>", 0},
  {"slice", "first_mut", M, "Option<&mut T>", 0},
  {"slice", "last_mut", M, "Option<&mut T>", 0},
  {"slice", "contains", R, "bool", 0},
  {"slice", "sort", M, "()", 0},
  {"slice", "sort_unstable", M, "()", 0},
  {"slice", "sort_by", M, "()", BM_STD_FNMUT_ARG},
  {"slice", "sort_by_key", M, "()", BM_STD_FNMUT_ARG},
  {"slice", "reverse", M, "()", 0},
  {"slice", "swap", M, "()", 0},
  {"slice", "to_vec", R, "Vec<T>", 0},
  {"slice", "join", R, "String", 0},
  {"slice", "concat", R, "?", 0},
  {"slice", "windows", R, "Iter<&[T]>", 0},
  {"slice", "chunks", R, "Iter<&[T]>", 0},
  {"slice", "chunks_mut", M, "Iter<&mut [T]>", 0},
  {"slice", "chunks_exact", R, "Iter<&[T]>", 0},
  {"slice", "chunks_exact_mut", M, "Iter<&mut [T]>", 0},
  {"slice", "split_first", R, "Option<(&T, &[T])>", 0},
  {"slice", "split_last", R, "Option<(&T, &[T])>", 0},
  {"slice", "split_first_mut", M, "Option<(&mut T, &mut [T])>", 0},
  {"slice", "split_last_mut", M, "Option<(&mut T, &mut [T])>", 0},
  {"slice", "fill", M, "()", 0},
  {"slice", "split_at", R, "(&[T], &[T])", 0},
  {"slice", "split_at_mut", M, "(&mut [T], &mut [T])", 0},
  /* Option<T>, Result<T, E> */
  {"Option", "unwrap", V, "T", 0},
  {"Option", "expect", V, "T", 0},
  {"Option", "unwrap_or", V, "T", 0},
  {"Option", "unwrap_or_default", V, "T", 0},
  {"Option", "unwrap_or_else", V, "T", 0},
  {"Option", "is_some", R, "bool", 0},
  {"Option", "is_none", R, "bool", 0},
  {"Option", "as_ref", R, "Option<&T>", 0},
  {"Option", "as_mut", M, "Option<&mut T>", 0},
  {"Option", "take", M, "Option<T>", 0},
  {"Option", "replace", M, "Option<T>", 0},
  {"Option", "insert", M, "&mut T", 0},
  {"Option", "get_or_insert", M, "&mut T", 0},
  {"Option", "get_or_insert_with", M, "&mut T", 0},
  {"Result", "unwrap", V, "T", 0},
  {"Result", "expect", V, "T", 0},
  {"Result", "unwrap_or", V, "T", 0},
  {"Result", "unwrap_or_default", V, "T", 0},
  {"Result", "unwrap_or_else", V, "T", 0},
  {"Result", "is_ok", R, "bool", 0},
  {"Result", "is_err", R, "bool", 0},
  {"Result", "ok", V, "Option<T>", 0},
  {"Result", "err", V, "Option<E>", 0},
  {"Result", "as_ref", R, "?", 0},
  /* HashMap<K, V> */
  {"HashMap", "insert", M, "Option<V>", BM_STD_FLOW_ARGS},
  {"HashMap", "get", R, "Option<&V>", 0},
  {"HashMap", "get_mut", M, "Option<&mut V>", 0},
  {"HashMap", "remove", M, "Option<V>", 0},
  {"HashMap", "contains_key", R, "bool", 0},
  {"HashMap", "len", R, "usize", 0},
  {"HashMap", "is_empty", R, "bool", 0},
  {"HashMap", "entry", M, "Entry<V>", BM_STD_FLOW_ARGS},
  {"HashMap", "iter", R, "Iter<(&K, &V)>", 0},
  {"HashMap", "iter_mut", M, "Iter<(&K, &mut V)>", 0},
  {"HashMap", "keys", R, "Iter<&K>", 0},
  {"HashMap", "values", R, "Iter<&V>", 0},
  {"HashMap", "values_mut", M, "Iter<&mut V>", 0},
  {"Entry", "or_insert", V, "&mut T", 0},
  {"Entry", "or_default", V, "&mut T", 0},
  {"Entry", "or_insert_with", V, "&mut T", 0},
  {"Entry", "and_modify", V, "Self", 0},
  /* interior mutability and sharing: all through &self */
  {"RefCell", "borrow", R, "Ref<T>", 0},
  {"RefCell", "borrow_mut", R, "RefMut<T>", 0},
  {"Cell", "get", R, "T", 0},
  {"Cell", "set", R, "()", 0},
  {"Mutex", "lock", R, "Result<MutexGuard<T>, ?>", 0},
  {"Rc", "clone", R, "Self", 0},
  {"Arc", "clone", R, "Self", 0},
  {"Sender", "send", R, "Result<(), ?>", 0},
  {"Sender", "clone", R, "Self", 0},
  {"Receiver", "recv", R, "Result<?, ?>", 0},
  {"JoinHandle", "join", V, "Result<?, ?>", 0},
  /* iterators: adaptors take the iterator by value and keep its loans */
  {"Iter", "next", M, "Option<T>", 0},
  {"Iter", "enumerate", V, "Iter<(usize, T)>", 0},
  {"Iter", "rev", V, "Iter<T>", 0},
  {"Iter", "skip", V, "Iter<T>", 0},
  {"Iter", "take", V, "Iter<T>", 0},
  {"Iter", "peekable", V, "Iter<T>", 0},
  {"Iter", "map", V, "Iter<?>", 0},
  {"Iter", "filter", V, "Iter<T>", 0},
  {"Iter", "cloned", V, "Iter<*T>", 0},
  {"Iter", "copied", V, "Iter<*T>", 0},
  {"Iter", "skip_while", V, "Iter<T>", BM_STD_FNMUT_ARG},
  {"Iter", "take_while", V, "Iter<T>", BM_STD_FNMUT_ARG},
  {"Iter", "step_by", V, "Iter<T>", 0},
  {"Iter", "inspect", V, "Iter<T>", BM_STD_FNMUT_ARG},
  {"Iter", "peek", M, "Option<&T>", 0},
  {"Iter", "find", M, "Option<T>", BM_STD_FNMUT_ARG},
  {"Iter", "position", M, "Option<usize>", BM_STD_FNMUT_ARG},
  {"Iter", "any", M, "bool", BM_STD_FNMUT_ARG},
  {"Iter", "all", M, "bool", BM_STD_FNMUT_ARG},
  {"Iter", "nth", M, "Option<T>", 0},
  {"Iter", "last", V, "Option<T>", 0},
  {"Iter", "max", V, "Option<T>", 0},
  {"Iter", "min", V, "Option<T>", 0},
  {"Iter", "max_by_key", V, "Option<T>", BM_STD_FNMUT_ARG},
  {"Iter", "min_by_key", V, "Option<T>", BM_STD_FNMUT_ARG},
  {"Iter", "max_by", V, "Option<T>", BM_STD_FNMUT_ARG},
  {"Iter", "min_by", V, "Option<T>", BM_STD_FNMUT_ARG},
  {"Iter", "count", V, "usize", 0},
  {"Iter", "sum", V, "?", 0},
  {"Iter", "collect", V, "?", 0},
  {"Iter", "for_each", V, "()", 0},
  /* any type */
  {"*", "clone", R, "Self", 0},
  {"*", "to_string", R, "String", 0},
  {"*", "len", R, "usize", 0},
  {"*", "is_empty", R, "bool", 0},
  {NULL, NULL, 0, NULL, 0},
};

#undef R
#undef M
#undef V

const BmStdMethod *bm_std_method(const char *type, const char *method) {
  for (int i = 0; methods[i].type; i++)
    if (strcmp(methods[i].type, type) == 0 && strcmp(methods[i].method, method) == 0)
      return &methods[i];
  return NULL;
}

static const BmStdFn fns[] = {
  {"String::from", "String", 0},
  {"String::new", "String", 0},
  {"String::with_capacity", "String", 0},
  {"Vec::new", "Vec<?>", 0},
  {"Vec::with_capacity", "Vec<?>", 0},
  {"HashMap::new", "HashMap<?, ?>", 0},
  {"Box::new", "Box<$0>", BM_STDFN_RET_CARRIES_ARGS},
  {"Rc::new", "Rc<$0>", BM_STDFN_RET_CARRIES_ARGS},
  {"Arc::new", "Arc<$0>", BM_STDFN_RET_CARRIES_ARGS},
  {"RefCell::new", "RefCell<$0>", BM_STDFN_RET_CARRIES_ARGS},
  {"Cell::new", "Cell<$0>", 0},
  {"Mutex::new", "Mutex<$0>", BM_STDFN_RET_CARRIES_ARGS},
  {"Rc::clone", "*$0", BM_STDFN_RET_CARRIES_ARGS | BM_STDFN_RET_POINTEE_OF_ARG0},
  {"Arc::clone", "*$0", BM_STDFN_RET_CARRIES_ARGS | BM_STDFN_RET_POINTEE_OF_ARG0},
  {"Some", "Option<$0>", BM_STDFN_RET_CARRIES_ARGS},
  {"Ok", "Result<$0, ?>", BM_STDFN_RET_CARRIES_ARGS},
  {"Err", "Result<?, $0>", BM_STDFN_RET_CARRIES_ARGS},
  {"drop", "()", 0},
  {"thread::spawn", "JoinHandle<?>", BM_STDFN_SPAWN},
  {"spawn", "JoinHandle<?>", BM_STDFN_SPAWN},
  {"process::exit", "!", BM_STDFN_DIVERGES},
  {NULL, NULL, 0},
};

const BmStdFn *bm_std_fn(const char *path) {
  for (int i = 0; fns[i].path; i++)
    if (strcmp(fns[i].path, path) == 0) return &fns[i];
  return NULL;
}

/* ------------------------------------------------------------ mini syntax */

typedef struct {
  BmArena *a;
  const char *p;
  const BmType *recv;
  BmType *const *args;
  uint32_t nargs;
} Spec;

static BmType *unknown(BmArena *a) { return bm_type_new(a, BM_TY_UNKNOWN, NULL); }

static BmType *recv_arg(Spec *s, uint32_t i) {
  if (!s->recv || i >= s->recv->nargs) return unknown(s->a);
  return s->recv->args[i];
}

static BmType *spec_type(Spec *s, int depth) {
  BmArena *a = s->a;
  while (*s->p == ' ') s->p++;
  if (depth > 16) return unknown(a);
  if (*s->p == '&') {
    s->p++;
    bool mut = strncmp(s->p, "mut ", 4) == 0;
    if (mut) s->p += 4;
    return bm_type_ref(a, spec_type(s, depth + 1), mut);
  }
  if (*s->p == '*') { /* the pointee of an argument: Rc::clone(&a) */
    s->p++;
    BmType *t = spec_type(s, depth + 1);
    return t->kind == BM_TY_REF ? t->args[0] : t;
  }
  if (*s->p == '(' || *s->p == '[') {
    char close = *s->p == '(' ? ')' : ']';
    BmType *t = bm_type_new(a, close == ')' ? BM_TY_TUPLE : BM_TY_ARRAY, NULL);
    s->p++;
    BmType *items[8];
    uint32_t n = 0;
    while (*s->p && *s->p != close) {
      BmType *x = spec_type(s, depth + 1);
      if (n < 8) items[n++] = x;
      while (*s->p == ' ' || *s->p == ',') s->p++;
    }
    if (*s->p) s->p++;
    if (close == ')' && n == 0) return bm_type_new(a, BM_TY_UNIT, NULL);
    t->args = bm_arena_alloc(a, (n + 1) * sizeof(BmType *));
    memcpy(t->args, items, n * sizeof(BmType *));
    t->nargs = n;
    return t;
  }
  const char *start = s->p;
  while ((*s->p >= 'a' && *s->p <= 'z') || (*s->p >= 'A' && *s->p <= 'Z') ||
         (*s->p >= '0' && *s->p <= '9') || *s->p == '_' || *s->p == '$' || *s->p == '?')
    s->p++;
  char *name = bm_arena_strndup(a, start, (size_t)(s->p - start));
  BmType *t;
  if (strcmp(name, "T") == 0) t = recv_arg(s, 0);
  else if (strcmp(name, "K") == 0) t = recv_arg(s, 0);
  else if (strcmp(name, "V") == 0 || strcmp(name, "E") == 0) t = recv_arg(s, 1);
  else if (strcmp(name, "Self") == 0) t = s->recv ? (BmType *)s->recv : unknown(a);
  else if (name[0] == '$') {
    uint32_t i = (uint32_t)(name[1] - '0');
    t = i < s->nargs && s->args[i] ? s->args[i] : unknown(a);
  } else if (strcmp(name, "?") == 0) t = unknown(a);
  else if (strcmp(name, "bool") == 0) t = bm_type_new(a, BM_TY_BOOL, NULL);
  else if (strcmp(name, "char") == 0) t = bm_type_new(a, BM_TY_CHAR, NULL);
  else if (strcmp(name, "str") == 0) t = bm_type_new(a, BM_TY_STR, NULL);
  else if (strcmp(name, "usize") == 0 || strcmp(name, "u8") == 0 || strcmp(name, "i32") == 0)
    t = bm_type_new(a, BM_TY_INT, name);
  else t = bm_type_new(a, BM_TY_STD, name);
  if (*s->p == '<') {
    s->p++;
    BmType *items[4];
    uint32_t n = 0;
    while (*s->p && *s->p != '>') {
      BmType *x = spec_type(s, depth + 1);
      if (n < 4) items[n++] = x;
      while (*s->p == ' ' || *s->p == ',') s->p++;
    }
    if (*s->p) s->p++;
    if (t->kind == BM_TY_STD) {
      t->args = bm_arena_alloc(a, (n + 1) * sizeof(BmType *));
      memcpy(t->args, items, n * sizeof(BmType *));
      t->nargs = n;
    }
  }
  return t;
}

BmType *bm_std_ret_type(BmArena *a, const BmStdMethod *m, const BmType *recv) {
  Spec s = {a, m->ret, recv, NULL, 0};
  return spec_type(&s, 0);
}

BmType *bm_std_fn_ret_type(BmArena *a, const BmStdFn *f, BmType *const *arg_types,
                           uint32_t nargs) {
  Spec s = {a, f->ret, NULL, arg_types, nargs};
  return spec_type(&s, 0);
}
