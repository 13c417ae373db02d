fn len_of(s: &String) -> usize {
    s.len()
}

fn shout(s: &mut String) {
    s.push_str("!");
}

fn main() {
    let mut msg = String::from("hi");
    let n = len_of(&msg);
    shout(&mut msg);
    println!("{msg} {n}");
}
