fn main() {
    let x = 5;
    let y = x;
    let z = x + y;
    println!("{x} {y} {z}");
}
