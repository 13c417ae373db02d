fn main() {
    let mut n: u64 = 0;
    println!("counting");
    loop {
        n = n.wrapping_add(1);
    }
}
