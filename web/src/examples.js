// The example programs the free playground (#/play) offers as a start. Each
// shows one idea of ownership in a few lines, and carries the verdict rustc
// gives it (compiles, or the (code, line) of each error), so a test
// (web/test/examples.test.js) can check it against rustc and against the
// borrowmap analyzer, the way lessons/test/verdicts.test.js checks lessons.
// Pure data: no DOM.

export const EXAMPLES = [
  {
    id: 'move',
    title: 'A move',
    code: `fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{s} and {t}");
}
`,
    verdict: { compiles: false, errors: [{ code: 'E0382', line: 4 }] },
  },
  {
    id: 'borrow-conflict',
    title: 'A borrow conflict',
    code: `fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{first}");
}
`,
    verdict: { compiles: false, errors: [{ code: 'E0502', line: 4 }] },
  },
  {
    id: 'dangling',
    title: 'A dangling reference',
    code: `fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("{r}");
}
`,
    verdict: { compiles: false, errors: [{ code: 'E0597', line: 5 }] },
  },
  {
    id: 'struct-lifetime',
    title: 'A struct with a lifetime',
    code: `struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let e = Excerpt { part: &novel };
    println!("{}", e.part);
}
`,
    verdict: { compiles: true },
  },
  {
    id: 'loop',
    title: 'A loop',
    code: `fn main() {
    let mut total = 0;
    let mut i = 1;
    while i <= 3 {
        total += i;
        i += 1;
    }
    println!("{total}");
}
`,
    verdict: { compiles: true },
  },
  {
    id: 'recursion',
    title: 'Recursion',
    code: `fn factorial(n: u64) -> u64 {
    if n == 0 {
        return 1;
    }
    n * factorial(n - 1)
}

fn main() {
    let f = factorial(3);
    println!("{f}");
}
`,
    verdict: { compiles: true },
  },
];

/** The example called `id`, or null. */
export function exampleById(id) {
  return EXAMPLES.find((e) => e.id === id) ?? null;
}

/** What the playground holds before the learner has written anything. */
export const DEFAULT_EXAMPLE = EXAMPLES[0];
