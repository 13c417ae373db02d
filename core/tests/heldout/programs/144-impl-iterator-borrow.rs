fn evens<'a>(v: &'a [i32]) -> impl Iterator<Item = &'a i32> + 'a {
    v.iter().filter(|x| *x % 2 == 0)
}

fn main() {
    let data = vec![1, 2, 3, 4];
    let e: Vec<_> = evens(&data).collect();
    println!("{:?}", e);
}
