fn grow(v: Vec<i32>) -> Vec<i32> {
    v.push(1);
    v
}

fn main() {
    println!("{:?}", grow(vec![]));
}
