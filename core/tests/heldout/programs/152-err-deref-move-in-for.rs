fn main() {
    let names = vec![String::from("a")];
    for n in &names {
        let owned: String = *n;
        println!("{owned}");
    }
}
