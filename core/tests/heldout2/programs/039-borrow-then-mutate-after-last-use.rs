fn main() {
    let mut names = vec![String::from("zed"), String::from("amy")];
    let first = &names[0];
    let shout = first.to_uppercase();
    println!("{shout}");
    names.sort();
    names[0].push('!');
    println!("{:?}", names);
}
