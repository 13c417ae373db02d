fn main() {
    let best = 0;
    let nums = [3, 9, 2];
    for n in nums {
        if n > best {
            best = n;
        }
    }
    println!("{best}");
}
