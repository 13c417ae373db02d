fn main() {
    let template = String::from("item");
    let mut all = Vec::new();
    for i in 0..3 {
        let mut t = template.clone();
        t.push_str(&i.to_string());
        all.push(t);
    }
    println!("{template} {:?}", all);
}
