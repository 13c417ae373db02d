// Learners' fixes for the lessons' fix tasks, with what the grader must say:
// an equivalent fix passes, a fix that breaks the task's own rule fails.
// The programs are the ones issue 12 reported (println!("a = {}", a) for
// println!("a = {a}"); Some(ref n) for match &name; `let inner` moved out of
// its block; parse_age(input.clone()); shout(&greeting)). Shared by
// lessons/test/constraints.test.js (rustc and the wasm core) and the
// Playwright tests (the page), so both judge the same code.
//
// Each case: { lesson, task (0-based index), name, code, passes, rustc,
//   broken? (0-based indexes of the constraints it breaks),
//   needs? (an error code only a type checker reports) }.
// `rustc` is what rustc says: "compiles", or the error codes.

const L1_HEAD = 'fn main() {\n    let n = 5;\n    let m = n; // i32 is Copy: m gets its own 5\n    println!("n = {n}, m = {m}");\n\n    let a = String::from("hello");\n';
const L10_HEAD = "fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {\n    if a.len() >= b.len() { a } else { b }\n}\n\n";
const L12_HEAD = 'fn main() {\n    let name: Option<String> = Some(String::from("Ferris"));\n';
const L12_TAIL = '        None => println!("hello, stranger"),\n    }\n    println!("{name:?}");\n}\n';
const l13 = (param, arg) =>
  `use std::num::ParseIntError;\n\nfn parse_age(text: ${param}) -> Result<u32, ParseIntError> {\n    let n: u32 = text.trim().parse()?;\n    Ok(n)\n}\n\nfn main() -> Result<(), ParseIntError> {\n    let input = String::from("42");\n    let age = parse_age(${arg})?;\n    println!("{input} is {age} years");\n    Ok(())\n}\n`;

export const FIX_CASES = [
  {
    lesson: "s1-01-who-owns-this-memory", task: 1, name: "prints `a` with a positional argument before the move",
    code: `${L1_HEAD}    println!("a = {}", a);\n    let b = a;\n    println!("b = {b}");\n}\n`,
    passes: true, rustc: "compiles",
  },
  {
    lesson: "s1-01-who-owns-this-memory", task: 1, name: "clones instead of keeping the move `let b = a;`",
    code: `${L1_HEAD}    let b = a.clone();\n    println!("b = {b}");\n    println!("a = {a}");\n}\n`,
    passes: false, rustc: "compiles", broken: [0],
  },
  {
    lesson: "s1-01-who-owns-this-memory", task: 1, name: "deletes the line that prints `a`",
    code: `${L1_HEAD}    let b = a;\n    println!("b = {b}");\n}\n`,
    passes: false, rustc: "compiles", broken: [1],
  },
  {
    lesson: "s1-10-longest", task: 1, name: "prints the result with a positional argument inside the block",
    code: `${L10_HEAD}fn main() {\n    let outer = String::from("a long sentence");\n    let result;\n    {\n        let inner = String::from("short");\n        result = longest(outer.as_str(), inner.as_str());\n        println!("longest: {}", result);\n    }\n}\n`,
    passes: true, rustc: "compiles",
  },
  {
    lesson: "s1-10-longest", task: 1, name: "moves `let inner` out of the block it must stay in",
    code: `${L10_HEAD}fn main() {\n    let outer = String::from("a long sentence");\n    let inner = String::from("short");\n    let result;\n    {\n        result = longest(outer.as_str(), inner.as_str());\n    }\n    println!("longest: {result}");\n}\n`,
    passes: false, rustc: "compiles", broken: [3],
  },
  {
    lesson: "s1-12-option-and-match", task: 1, name: "binds with `Some(ref n)` instead of matching on `&name`",
    code: `${L12_HEAD}    match name {\n        Some(ref n) => println!("hello, {n}"),\n${L12_TAIL}`,
    passes: true, rustc: "compiles",
  },
  {
    lesson: "s1-12-option-and-match", task: 1, name: "matches on `name.as_ref()`",
    code: `${L12_HEAD}    match name.as_ref() {\n        Some(n) => println!("hello, {n}"),\n${L12_TAIL}`,
    passes: true, rustc: "compiles",
  },
  {
    lesson: "s1-12-option-and-match", task: 1, name: "matches on a clone instead of borrowing",
    code: `${L12_HEAD}    match name.clone() {\n        Some(n) => println!("hello, {n}"),\n${L12_TAIL}`,
    passes: false, rustc: "compiles", broken: [0],
  },
  {
    lesson: "s1-13-result-and-question-mark", task: 1, name: "borrows as `&String`",
    code: l13("&String", "&input"),
    passes: true, rustc: "compiles",
  },
  {
    lesson: "s1-13-result-and-question-mark", task: 1, name: "borrows with `input.as_str()`",
    code: l13("&str", "input.as_str()"),
    passes: true, rustc: "compiles",
  },
  {
    lesson: "s1-13-result-and-question-mark", task: 1, name: "clones the input instead of making `parse_age` borrow",
    code: l13("String", "input.clone()"),
    passes: false, rustc: "compiles", broken: [0, 4],
  },
  {
    lesson: "s1-02-moves-into-functions", task: 1, name: "passes `&greeting` to `shout`, which takes a `String`",
    code: 'fn shout(s: String) -> String {\n    s.to_uppercase()\n} // s is dropped here: shout\'s frame owned it\n\nfn main() {\n    let greeting = String::from("hello");\n    let loud = shout(&greeting);\n    println!("{loud}");\n    println!("{greeting} was the original");\n}\n',
    passes: false, rustc: ["E0308"], needs: "E0308",
  },
];
