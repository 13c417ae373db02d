// expect: ok
fn show(r: &Result<u32, String>) {
    match r {
        Ok(n) => println!("{n}"),
        Err(msg) => println!("{msg}"),
    }
    match *r {
        Ok(n) => println!("{n}"),
        Err(ref msg) => println!("{msg}"),
    }
}
fn main() {
    show(&Ok(1));
}
