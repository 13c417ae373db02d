fn main() {
    let mut counter = 0;
    {
        let mut inc = || counter += 2;
        inc();
        inc();
    }
    counter += 1;
    println!("{counter}");
}
