// expect: E0005 4:9
fn main() {
    let numbers = vec![1, 2, 3];
    let Some(first) = numbers.first();
    println!("{first}");
}
