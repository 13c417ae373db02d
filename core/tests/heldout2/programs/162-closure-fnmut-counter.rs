fn main() {
    let mut count = 0;
    let mut inc = || {
        count += 1;
        count
    };
    inc();
    inc();
    let last = inc();
    println!("last = {last}, count = {count}");
}
