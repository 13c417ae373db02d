fn main() {
    let mut count = 0;
    let r = &mut count;
    println!("{count}");
    *r += 1;
}
