fn pick<T>(items: &Vec<T>, other: &Vec<T>) -> &T {
    &items[0]
}

fn main() {
    let v = vec![1];
    println!("{}", pick(&v, &v));
}
