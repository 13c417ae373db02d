/*
 * test_rules: bm_rules_check, a lesson task's constraints on the syntax tree.
 * Each case is a program, a rule list and the expected "holds" of each rule;
 * a failure prints the program's first line, the rules and both answers.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "borrowmap.h"

static int passed, failed;

/* The "holds" values of a result as a string of 'T'/'F' ('E' for a rule with
 * an "error"), or the status when it is not "ok". */
static void summarize(const char *json, char *out, size_t cap) {
  out[0] = 0;
  if (!json) {
    snprintf(out, cap, "NULL");
    return;
  }
  const char *st = strstr(json, "\"status\": \"");
  if (!st || strncmp(st + 11, "ok\"", 3) != 0) {
    const char *e = st ? strchr(st + 11, '"') : NULL;
    snprintf(out, cap, "status:%.*s", e ? (int)(e - st - 11) : 3, st ? st + 11 : "???");
    return;
  }
  size_t n = 0;
  for (const char *p = strstr(json, "\"results\""); p && (p = strstr(p, "{\"holds\": ")); p++) {
    p += 10;
    char c = strncmp(p, "true", 4) == 0 ? 'T' : 'F';
    const char *close = strchr(p, '}');
    const char *err = strstr(p, "\"error\"");
    if (err && close && err < close) c = 'E';
    if (n + 1 < cap) out[n++] = c;
  }
  out[n] = 0;
}

static void expect_rules(int line, const char *src, const char *rules, const char *want) {
  char *json = bm_rules_check(src, strlen(src), rules, strlen(rules));
  char got[64];
  summarize(json, got, sizeof got);
  if (strcmp(got, want) == 0) passed++;
  else {
    failed++;
    const char *nl = strchr(src, '\n');
    printf("FAIL test_rules.c:%d: expected %s, got %s\n  code: %.*s...\n  rules: %s\n  json: %s\n",
           line, want, got, nl ? (int)(nl - src) : (int)strlen(src), src, rules, json ? json : "NULL");
  }
  free(json);
}
#define EXPECT(src, rules, want) expect_rules(__LINE__, src, rules, want)

/* Lesson 1: keep the move `let b = a;`, print `a` while it still owns. */
static const char *L1_RULES =
    "[{\"kind\": \"let\", \"name\": \"b\", \"init\": \"a\"},"
    " {\"kind\": \"prints\", \"name\": \"a\"}]";

static void test_lesson_1(void) {
  const char *solution =
      "fn main() {\n    let a = String::from(\"hello\");\n    println!(\"a = {a}\");\n"
      "    let b = a;\n    println!(\"b = {b}\");\n}\n";
  const char *positional =
      "fn main() {\n    let a = String::from(\"hello\");\n    println!(\"a = {}\", a);\n"
      "    let b = a;\n    println!(\"b = {b}\");\n}\n";
  const char *debug_fmt =
      "fn main() {\n    let a = String::from(\"hello\");\n    println!(\"a = {a:?}\");\n"
      "    let b = a; println!(\"b = {b}\");\n}\n";
  const char *clone_instead =
      "fn main() {\n    let a = String::from(\"hello\");\n    let b = a.clone();\n"
      "    println!(\"b = {b}\");\n    println!(\"a = {a}\");\n}\n";
  const char *no_print_of_a =
      "fn main() {\n    let a = String::from(\"hello\");\n    let b = a;\n"
      "    println!(\"b = {b}\");\n    // println!(\"a = {a}\");\n}\n";
  const char *field_named_a =
      "fn main() {\n    let a = String::from(\"hello\");\n    let b = a;\n"
      "    println!(\"{}\", b.a);\n}\n";
  EXPECT(solution, L1_RULES, "TT");
  EXPECT(positional, L1_RULES, "TT");
  EXPECT(debug_fmt, L1_RULES, "TT");
  EXPECT(clone_instead, L1_RULES, "FT");
  EXPECT(no_print_of_a, L1_RULES, "TF");   /* a comment is not code */
  EXPECT(field_named_a, L1_RULES, "TF");   /* `.a` is a field, not the variable */
  EXPECT("fn main() { println!(\"{{a}} {}\", 1); }", "[{\"kind\": \"prints\", \"name\": \"a\"}]", "F");
}

/* Lesson 10: keep longest's signature, keep `let inner` in the inner block. */
static const char *L10_RULES =
    "[{\"kind\": \"param\", \"fn\": \"longest\", \"param\": 0, \"type\": \"shared-reference\", \"type_name\": \"str\"},"
    " {\"kind\": \"returns\", \"fn\": \"longest\", \"type\": \"shared-reference\"},"
    " {\"kind\": \"let\", \"name\": \"inner\", \"fn\": \"main\", \"scope\": \"inner-block\"},"
    " {\"kind\": \"prints\", \"name\": \"result\", \"fn\": \"main\"}]";

static void test_lesson_10(void) {
  const char *head =
      "fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {\n"
      "    if a.len() >= b.len() { a } else { b }\n}\n\n";
  char buf[1024];
  snprintf(buf, sizeof buf,
           "%sfn main() {\n    let outer = String::from(\"a long sentence\");\n    let result;\n"
           "    {\n        let inner = String::from(\"short\");\n"
           "        result = longest(outer.as_str(), inner.as_str());\n"
           "        println!(\"longest: {result}\");\n    }\n}\n",
           head);
  EXPECT(buf, L10_RULES, "TTTT");
  snprintf(buf, sizeof buf,
           "%sfn main() {\n    let outer = String::from(\"a long sentence\");\n"
           "    {\n        let inner = String::from(\"short\");\n"
           "        let result = longest(&outer, &inner);\n"
           "        println!(\"longest: {}\", result);\n    }\n}\n",
           head);
  EXPECT(buf, L10_RULES, "TTTT");
  /* the rule-breaking fix: `let inner` moved out of the block */
  snprintf(buf, sizeof buf,
           "%sfn main() {\n    let outer = String::from(\"a long sentence\");\n"
           "    let inner = String::from(\"short\");\n    let result;\n"
           "    {\n        result = longest(outer.as_str(), inner.as_str());\n    }\n"
           "    println!(\"longest: {result}\");\n}\n",
           head);
  EXPECT(buf, L10_RULES, "TTFT");
  /* a changed signature */
  EXPECT("fn longest(a: String, b: &str) -> String { a }\nfn main() {}\n", L10_RULES, "FFFF");
}

/* Lesson 12: the match borrows `name`. */
static const char *L12_RULES =
    "[{\"kind\": \"match\", \"on\": \"name\", \"borrows\": true},"
    " {\"kind\": \"prints\", \"name\": \"name\", \"fn\": \"main\"}]";

static void test_lesson_12(void) {
  const char *pre = "fn main() {\n    let name: Option<String> = Some(String::from(\"Ferris\"));\n";
  const char *post = "        None => println!(\"hello, stranger\"),\n    }\n    println!(\"{name:?}\");\n}\n";
  char buf[1024];
  const char *arms[] = {
      "    match &name {\n        Some(n) => println!(\"hello, {n}\"),\n",
      "    match name {\n        Some(ref n) => println!(\"hello, {n}\"),\n",
      "    match name.as_ref() {\n        Some(n) => println!(\"hello, {n}\"),\n",
      "    match name {\n        Some(n) => println!(\"hello, {n}\"),\n",
      "    match name.clone() {\n        Some(n) => println!(\"hello, {n}\"),\n",
      "    match name {\n        Some(_) => println!(\"hello\"),\n",
      "    match name {\n        Some(ref n) if n.len() > 1 => println!(\"hello, {n}\"),\n        Some(_) => {}\n",
      "    match name {\n        Some(mut n) => { n.push('!'); println!(\"{n}\") }\n",
  };
  const char *want[] = {"TT", "TT", "TT", "FT", "FT", "TT", "TT", "FT"};
  for (size_t i = 0; i < sizeof arms / sizeof arms[0]; i++) {
    snprintf(buf, sizeof buf, "%s%s%s", pre, arms[i], post);
    EXPECT(buf, L12_RULES, want[i]);
  }
  const char *fields =
      "struct P { x: String, y: String }\nfn main() {\n    let name = P { x: String::new(), y: String::new() };\n"
      "    match name { P { ref x, .. } => println!(\"{x}\") }\n"
      "    match name { P { x, .. } => println!(\"{x}\") }\n}\n";
  EXPECT(fields, "[{\"kind\": \"match\", \"on\": \"name\", \"borrows\": true}]", "T");
  EXPECT(fields, "[{\"kind\": \"match\", \"on\": \"name\", \"borrows\": false}]", "T");
  EXPECT("fn main() { let name = 1; match name { P { x, .. } => {} } }",
         "[{\"kind\": \"match\", \"on\": \"name\", \"borrows\": true}]", "F");
}

/* Lesson 13: parse_age borrows its text; both `?` stay. */
static const char *L13_RULES =
    "[{\"kind\": \"param\", \"fn\": \"parse_age\", \"param\": 0, \"type\": \"reference\"},"
    " {\"kind\": \"try\", \"fn\": \"parse_age\"},"
    " {\"kind\": \"try\", \"fn\": \"main\"},"
    " {\"kind\": \"returns\", \"fn\": \"main\", \"type_name\": \"Result\"},"
    " {\"kind\": \"call\", \"callee\": \"parse_age\", \"fn\": \"main\", \"arg\": 0, \"passes\": \"borrow\", \"of\": \"input\"},"
    " {\"kind\": \"prints\", \"name\": \"input\", \"fn\": \"main\"}]";

static void test_lesson_13(void) {
  const char *fmt =
      "use std::num::ParseIntError;\n\n"
      "fn parse_age(text: %s) -> Result<u32, ParseIntError> {\n"
      "    let n: u32 = text.trim().parse()?;\n    Ok(n)\n}\n\n"
      "fn main() -> Result<(), ParseIntError> {\n    let input = String::from(\"42\");\n"
      "    let age = parse_age(%s)?;\n    println!(\"{input} is {age} years\");\n    Ok(())\n}\n";
  char buf[1024];
  snprintf(buf, sizeof buf, fmt, "&str", "&input");
  EXPECT(buf, L13_RULES, "TTTTTT");
  snprintf(buf, sizeof buf, fmt, "&String", "&input");
  EXPECT(buf, L13_RULES, "TTTTTT");
  snprintf(buf, sizeof buf, fmt, "&str", "input.as_str()");
  EXPECT(buf, L13_RULES, "TTTTTT");
  /* the rule-breaking fix: still takes the String, the caller clones */
  snprintf(buf, sizeof buf, fmt, "String", "input.clone()");
  EXPECT(buf, L13_RULES, "FTTTFT");
  snprintf(buf, sizeof buf, fmt, "&str", "&other");
  EXPECT(buf, L13_RULES, "TTTTFT");
}

static void test_each_kind(void) {
  const char *src =
      "struct Excerpt<'a> { part: &'a str, owned: String }\n"
      "fn add(v: &mut Vec<i32>, n: i32) { v.push(n); }\n"
      "fn make(name: &str) -> impl Fn() { let g = format!(\"{name}\"); move || println!(\"{g}\") }\n"
      "fn main() {\n    let mut count = 0;\n    count += 1;\n    let mut v = vec![1];\n"
      "    add(&mut v, 2);\n    v.push(3);\n    v.push(4);\n    for x in &v { println!(\"{x}\"); }\n"
      "    for x in v.iter() { let _ = x; }\n    let c = || count;\n    c();\n}\n";
  EXPECT(src,
         "[{\"kind\": \"field\", \"struct\": \"Excerpt\", \"name\": \"part\", \"type\": \"reference\"},"
         " {\"kind\": \"field\", \"struct\": \"Excerpt\", \"name\": \"owned\", \"type\": \"reference\"},"
         " {\"kind\": \"field\", \"struct\": \"Excerpt\", \"name\": \"owned\", \"type\": \"owned\", \"type_name\": \"String\"},"
         " {\"kind\": \"param\", \"fn\": \"add\", \"param\": 0, \"type\": \"mut-reference\", \"type_name\": \"Vec\"},"
         " {\"kind\": \"param\", \"fn\": \"add\", \"param\": 1, \"type\": \"owned\"},"
         " {\"kind\": \"param\", \"fn\": \"add\", \"param\": 2, \"type\": \"owned\"},"
         " {\"kind\": \"returns\", \"fn\": \"add\", \"type\": \"owned\"}]",
         "TFTTTFF");
  EXPECT(src,
         "[{\"kind\": \"assign\", \"name\": \"count\"},"
         " {\"kind\": \"assign\", \"name\": \"v\"},"
         " {\"kind\": \"call\", \"callee\": \"add\", \"arg\": 0, \"passes\": \"mut-borrow\", \"of\": \"v\"},"
         " {\"kind\": \"call\", \"callee\": \"add\", \"arg\": 0, \"passes\": \"shared-borrow\"},"
         " {\"kind\": \"call\", \"callee\": \"add\", \"arg\": 1, \"passes\": \"value\"},"
         " {\"kind\": \"call\", \"method\": \"push\", \"receiver\": \"v\", \"fn\": \"main\", \"count\": 2},"
         " {\"kind\": \"call\", \"method\": \"push\", \"receiver\": \"v\", \"fn\": \"main\", \"count\": 3},"
         " {\"kind\": \"call\", \"method\": \"push\", \"fn\": \"add\"}]",
         "TFTFTTFT");
  EXPECT(src,
         "[{\"kind\": \"for\", \"over\": \"v\", \"borrows\": true},"
         " {\"kind\": \"for\", \"over\": \"v\", \"borrows\": false},"
         " {\"kind\": \"closure\", \"fn\": \"make\", \"move\": true},"
         " {\"kind\": \"closure\", \"fn\": \"main\", \"move\": true},"
         " {\"kind\": \"closure\", \"fn\": \"main\"},"
         " {\"kind\": \"try\", \"fn\": \"main\"},"
         " {\"kind\": \"let\", \"name\": \"count\", \"fn\": \"main\", \"scope\": \"fn-body\"},"
         " {\"kind\": \"let\", \"name\": \"g\", \"fn\": \"main\"},"
         " {\"kind\": \"prints\", \"name\": \"x\", \"scope\": \"inner-block\"},"
         " {\"kind\": \"prints\", \"name\": \"g\", \"fn\": \"make\"}]",
         "TFTFTFTFTT");
  /* before / after: relative to every matching call in the same function */
  const char *order =
      "fn main() {\n    let mut line = String::from(\"a b\");\n    let word = &line[..1];\n"
      "    println!(\"{word}\");\n    line.clear();\n    println!(\"{line}\");\n}\n"
      "fn other() { let word = 1; println!(\"{word}\"); }\n";
  EXPECT(order,
         "[{\"kind\": \"prints\", \"name\": \"word\", \"before\": {\"method\": \"clear\", \"receiver\": \"line\"}},"
         " {\"kind\": \"prints\", \"name\": \"word\", \"after\": {\"method\": \"clear\", \"receiver\": \"line\"}},"
         " {\"kind\": \"prints\", \"name\": \"line\", \"after\": {\"method\": \"clear\"}},"
         " {\"kind\": \"prints\", \"name\": \"word\", \"fn\": \"other\", \"before\": {\"method\": \"clear\"}}]",
         "TFTF");
  /* a value passed by itself vs computed from it */
  const char *cons =
      "enum List { Cons(i32, Box<List>), Nil }\nuse List::{Cons, Nil};\n"
      "fn main() {\n    let tail = Box::new(Nil);\n    let list = Cons(1, tail);\n"
      "    let other = List::Cons(2, Box::new(Nil));\n}\n";
  EXPECT(cons,
         "[{\"kind\": \"call\", \"callee\": \"Cons\", \"arg\": 1, \"passes\": \"value\", \"of\": \"tail\"},"
         " {\"kind\": \"call\", \"callee\": \"Cons\", \"count\": 2},"
         " {\"kind\": \"let\", \"name\": \"list\", \"init\": \"tail\"}]",
         "TTF");
  EXPECT("fn main() { let list = Cons(1, tail.clone()); }",
         "[{\"kind\": \"call\", \"callee\": \"Cons\", \"arg\": 1, \"passes\": \"value\", \"of\": \"tail\"}]", "F");
}

static void test_bad_rules(void) {
  const char *src = "fn main() {}\n";
  EXPECT(src, "", "status:bad-rules");
  EXPECT(src, "{}", "status:bad-rules");
  EXPECT(src, "[", "status:bad-rules");
  EXPECT(src, "[] x", "status:bad-rules");
  EXPECT(src, "[\"a\\ud800\"]", "status:bad-rules");
  EXPECT(src, "[]", "");
  EXPECT(src,
         "[1, {\"kind\": \"nope\"}, {\"name\": \"x\"}, {\"kind\": \"let\"}, {\"kind\": \"let\", \"name\": \"x\", \"typo\": 1},"
         " {\"kind\": \"param\", \"fn\": \"main\"}, {\"kind\": \"param\", \"fn\": \"main\", \"param\": -1, \"type\": \"owned\"},"
         " {\"kind\": \"let\", \"name\": \"x\", \"scope\": \"elsewhere\"}, {\"kind\": \"call\"},"
         " {\"kind\": \"call\", \"callee\": \"f\", \"passes\": \"value\"},"
         " {\"kind\": \"prints\", \"name\": \"x\", \"after\": {\"receiver\": \"v\"}},"
         " {\"kind\": \"closure\", \"move\": \"yes\"}, {\"kind\": \"let\", \"name\": \"\"}]",
         "EEEEEEEEEEEEE");
  /* the author's own words are allowed next to the data */
  EXPECT("fn main() { let x = 1; }", "[{\"kind\": \"let\", \"name\": \"x\", \"says\": \"`x` stays\"}]", "T");
  /* escapes in names decode before comparing */
  EXPECT("fn main() { let x = 1; }", "[{\"kind\": \"let\", \"name\": \"\\u0078\"}]", "T");
  /* nesting deeper than the limit */
  char deep[200];
  memset(deep, '[', 100);
  memset(deep + 100, ']', 99);
  deep[199] = 0;
  EXPECT(src, deep, "status:bad-rules");
}

static void test_hostile_input(void) {
  const char *rules = "[{\"kind\": \"let\", \"name\": \"x\"}]";
  EXPECT("fn main() { let x = \xff; }", rules, "status:not-utf8");
  EXPECT("fn main() { let x = 1; let }", rules, "T"); /* a syntax error: the tree around it still counts */
  EXPECT("", rules, "F");
  char *r = bm_rules_check(NULL, 0, NULL, 0);
  if (r && strstr(r, "bad-rules")) passed++;
  else { failed++; printf("FAIL NULL inputs: %s\n", r ? r : "NULL"); }
  free(r);
  /* 20,000 nested blocks: no recursion in the walk */
  size_t n = 20000;
  char *src = malloc(n * 2 + 64);
  strcpy(src, "fn main() ");
  size_t len = strlen(src);
  for (size_t i = 0; i < n; i++) src[len++] = '{';
  memcpy(src + len, "let x = 1;", 10);
  len += 10;
  for (size_t i = 0; i < n; i++) src[len++] = '}';
  src[len] = 0;
  EXPECT(src, "[{\"kind\": \"let\", \"name\": \"x\", \"scope\": \"inner-block\"}, {\"kind\": \"prints\", \"name\": \"x\"}]", "TF");
  free(src);
  /* too large */
  size_t big = BM_MAX_SOURCE_BYTES + 1;
  char *huge = malloc(big + 1);
  memset(huge, ' ', big);
  huge[big] = 0;
  EXPECT(huge, rules, "status:too-large");
  free(huge);
  /* a rule list that is not NUL-terminated: only `rules_length` bytes are read */
  char bounded[] = {'[', ']', 'x'};
  char *res = bm_rules_check("fn main() {}", 12, bounded, 2);
  if (res && strstr(res, "\"status\": \"ok\"")) passed++;
  else { failed++; printf("FAIL bounded rules: %s\n", res ? res : "NULL"); }
  free(res);
}

/* Mutated rule lists and programs (a fixed-seed generator, so a failure
 * repeats): every answer is a JSON document, never a crash; under ASan this
 * also checks every read stays inside the given bytes. */
static void test_mutations(void) {
  const char *rules = L13_RULES;
  const char *src =
      "fn parse_age(text: &str) -> Result<u32, E> { let n: u32 = text.parse()?; Ok(n) }\n"
      "fn main() { let input = String::from(\"4\"); match &input { s => println!(\"{s} {}\", input) } }\n";
  size_t rn = strlen(rules), sn = strlen(src);
  char *r = malloc(rn), *c = malloc(sn);
  uint32_t seed = 12345;
  int bad = 0;
  for (int iter = 0; iter < 3000; iter++) {
    memcpy(r, rules, rn);
    memcpy(c, src, sn);
    for (int k = 0; k < 1 + iter % 4; k++) {
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 8) % (iter % 2 ? sn : rn);
      char byte = (char)" {}[]\":,\\0aZ\x01\xc3"[(seed >> 20) % 15];
      if (iter % 2) c[at] = byte;
      else r[at] = byte;
    }
    size_t cut = iter % 7 == 0 ? (seed >> 4) % rn : rn; /* sometimes a truncated list */
    char *out = bm_rules_check(c, sn, r, cut);
    static const char head[] = "{\"version\": 1, \"status\": \"";
    if (!out || strncmp(out, head, sizeof head - 1) != 0) bad++;
    free(out);
  }
  free(r);
  free(c);
  if (bad == 0) passed++;
  else {
    failed++;
    printf("FAIL test_rules.c: %d mutated inputs gave no JSON answer\n", bad);
  }
}

int main(void) {
  test_lesson_1();
  test_lesson_10();
  test_lesson_12();
  test_lesson_13();
  test_each_kind();
  test_bad_rules();
  test_hostile_input();
  test_mutations();
  printf("test_rules: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
