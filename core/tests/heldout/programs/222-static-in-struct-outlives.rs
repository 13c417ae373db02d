struct Banner {
    text: &'static str,
}

fn make() -> Banner {
    let b = Banner { text: "welcome" };
    b
}

fn main() {
    let t;
    {
        let b = make();
        t = b.text;
    }
    println!("{t}");
}
