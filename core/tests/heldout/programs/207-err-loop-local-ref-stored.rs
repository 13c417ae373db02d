struct Holder<'a> {
    text: &'a str,
}

fn main() {
    let mut all: Vec<Holder> = Vec::new();
    for i in 0..3 {
        let s = format!("item{i}");
        all.push(Holder { text: &s });
    }
    println!("{}", all.len());
}
