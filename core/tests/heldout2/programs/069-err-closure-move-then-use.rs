fn main() {
    let messages = vec![String::from("a"), String::from("b")];
    let print_all = move || {
        for m in &messages {
            println!("{m}");
        }
    };
    print_all();
    println!("{}", messages.len());
}
