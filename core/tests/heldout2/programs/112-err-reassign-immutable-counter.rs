fn main() {
    let count = 0;
    for c in "hello world".chars() {
        if c == 'o' {
            count += 1;
        }
    }
    println!("{count}");
}
