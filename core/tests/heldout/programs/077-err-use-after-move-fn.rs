fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let msg = String::from("hey");
    let loud = shout(msg);
    println!("{msg} -> {loud}");
}
