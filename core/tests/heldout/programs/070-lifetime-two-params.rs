fn pick_first<'a, 'b>(a: &'a str, _b: &'b str) -> &'a str {
    a
}

fn main() {
    let keep = String::from("keep");
    let r;
    {
        let tmp = String::from("temp");
        r = pick_first(&keep, &tmp);
    }
    println!("{r}");
}
