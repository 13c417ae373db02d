fn choose<'a, 'b>(first: &'a str, second: &'b str, use_second: bool) -> &'a str {
    if use_second { second } else { first }
}

fn main() {
    println!("{}", choose("x", "y", true));
}
