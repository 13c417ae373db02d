fn main() {
    let label = String::from("item");
    let mut out: Vec<String> = Vec::new();
    for i in 0..3 {
        if i > 0 {
            out.push(label);
        }
    }
    println!("{}", out.len());
}
