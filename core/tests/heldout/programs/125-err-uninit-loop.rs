fn main() {
    let mut last: String;
    for w in ["a", "b"] {
        println!("{w}");
    }
    last.push('x');
    println!("{last}");
}
