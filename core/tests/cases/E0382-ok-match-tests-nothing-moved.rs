// expect: ok
// A wildcard, a binding-free struct pattern and an irrefutable tuple
// pattern test nothing, so they do not read what was moved; a `_` in a
// tuple pattern takes a position, so `b` is the second field.
struct Pair {
    left: String,
    right: u8,
}

fn wildcard(s: String) {
    drop(s);
    match s {
        _ => println!("anything"),
    }
}

fn other_field(p: Pair) {
    drop(p.left);
    match p {
        Pair { right: 0, .. } => println!("zero"),
        _ => println!("not zero"),
    }
}

fn positions() {
    let t = (String::from("a"), String::from("b"));
    let (_, b) = t;
    drop(t.0);
    drop(b);
}

fn main() {
    wildcard(String::new());
    other_field(Pair { left: String::new(), right: 0 });
    positions();
}
