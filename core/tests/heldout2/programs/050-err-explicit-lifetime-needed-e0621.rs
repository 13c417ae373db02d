fn first_or<'a>(v: &'a [String], fallback: &String) -> &'a String {
    if v.is_empty() { fallback } else { &v[0] }
}

fn main() {
    let v = vec![String::from("a")];
    let f = String::from("none");
    println!("{}", first_or(&v, &f));
}
