fn consume(b: Box<Vec<i32>>) -> i32 {
    b.iter().sum()
}

fn main() {
    let data = Box::new(vec![1, 2, 3]);
    let s = consume(data);
    let t = consume(data);
    println!("{s} {t}");
}
