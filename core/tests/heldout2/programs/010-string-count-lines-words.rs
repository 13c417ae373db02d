fn main() {
    let text = String::from("alpha beta\n\ngamma delta epsilon\n zeta ");
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    let words = text.split_whitespace().count();
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap_or("");
    println!("{lines} lines, {words} words, {chars} chars, longest {longest}");
}
