struct Wrapper {
    inner: String,
}

fn take_inner(w: &Wrapper) -> String {
    w.inner
}

fn main() {
    let w = Wrapper { inner: "x".into() };
    println!("{}", take_inner(&w));
}
