fn main() {
    let mut count = 0;
    let mut bump = || count += 1;
    bump();
    bump();
    bump();
    println!("count = {count}");
}
