fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<&str>>().join(" ")
}

fn main() {
    let mut line = String::from("the sky is blue");
    let r = reverse_words(&line);
    line = r;
    line.push('.');
    println!("{line}");
}
