fn main() {
    let mut level = 1;
    let r = &mut level;
    let copy = level;
    *r += 1;
    println!("{copy} {level}");
}
