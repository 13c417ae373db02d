fn main() {
    let mut x = 5;
    let r = &mut x;
    let y = x + 1;
    *r += 1;
    println!("{y}");
}
