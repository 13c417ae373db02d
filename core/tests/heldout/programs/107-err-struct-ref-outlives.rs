struct Holder<'a> {
    text: &'a str,
}

fn main() {
    let h;
    {
        let owned = String::from("inner");
        h = Holder { text: &owned };
    }
    println!("{}", h.text);
}
