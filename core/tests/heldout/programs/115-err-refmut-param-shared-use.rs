fn fill(buf: &mut String, src: &String) {
    buf.push_str(src);
}

fn main() {
    let mut s = String::from("ab");
    fill(&mut s, &s);
    println!("{s}");
}
