fn main() {
    let mut n = 1;
    let m = &mut n;
    *m += 1;
    println!("{n}");
}
