fn main() {
    let phrase = "portable network graphics";
    let mut acronym = String::new();
    for word in phrase.split(' ') {
        if let Some(c) = word.chars().next() {
            acronym.push(c.to_ascii_uppercase());
        }
    }
    let view = &acronym;
    println!("{view} ({} letters)", view.len());
    acronym.push('!');
    println!("{acronym}");
}
