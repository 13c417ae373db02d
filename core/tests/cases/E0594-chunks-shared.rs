// expect: E0594 5:9
fn main() {
    let data = [1, 2, 3, 4, 5];
    for chunk in data.chunks(2) {
        chunk[0] = 0;
    }
    println!("{:?}", data);
}
