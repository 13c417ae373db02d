fn fact(n: u32) -> u32 {
    if n == 0 {
        return 1;
    }
    let rest = fact(n - 1);
    n * rest
}

fn main() {
    let f = fact(3);
    println!("{f}");
}
