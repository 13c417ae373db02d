fn main() {
    let mut front = vec![1, 2, 3];
    let mut back = vec![0; 3];
    for _ in 0..2 {
        for (i, v) in front.iter().enumerate() {
            back[i] = v * 2;
        }
        std::mem::swap(&mut front, &mut back);
    }
    println!("{:?}", front);
}
