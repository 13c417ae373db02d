struct Wrapper<'a> {
    inner: &'a String,
}

fn main() {
    let w;
    {
        let s = String::from("short-lived");
        w = Wrapper { inner: &s };
    }
    println!("{}", w.inner);
}
