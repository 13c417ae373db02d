fn main() {
    let mut data = [1, 2, 3, 4, 5];
    for chunk in data.chunks_mut(2) {
        chunk[0] = 0;
    }
    println!("{:?}", data);
}
