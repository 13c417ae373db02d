fn main() {
    let mut x: u8 = 250;
    for i in 0..3 {
        println!("step {i}: {x}");
        x += 3;
    }
    println!("never printed: {x}");
}
