fn evens(limit: u32) -> &'static [u32] {
    let v: Vec<u32> = (0..limit).filter(|x| x % 2 == 0).collect();
    &v
}

fn main() {
    println!("{:?}", evens(10));
}
