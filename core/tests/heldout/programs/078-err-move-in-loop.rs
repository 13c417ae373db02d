fn store(v: Vec<i32>) {
    println!("{}", v.len());
}

fn main() {
    let data = vec![1, 2, 3];
    for _ in 0..2 {
        store(data);
    }
}
