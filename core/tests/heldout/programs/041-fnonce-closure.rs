fn run<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("owned");
    let out = run(move || s + "!");
    println!("{out}");
}
