struct Line<'a> {
    words: Vec<&'a str>,
}

fn split_line(s: &str) -> Line<'_> {
    Line { words: s.split(' ').collect() }
}

fn main() {
    let text = String::from("one two three");
    let l = split_line(&text);
    println!("{} {:?}", l.words.len(), l.words);
}
