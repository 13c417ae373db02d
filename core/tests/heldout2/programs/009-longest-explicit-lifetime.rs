fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let s1 = String::from("alphabet");
    let result;
    {
        let s2 = String::from("xyz");
        let r = longest(&s1, &s2);
        println!("inner {r}");
        result = longest(&s1, "fixed");
    }
    println!("{result}");
}
