fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut best = &list[0];
    for item in list {
        if item > best {
            best = item;
        }
    }
    best
}

fn main() {
    let v = vec![String::from("b"), String::from("z"), String::from("a")];
    let big = largest(&v);
    println!("{big}");
}
