fn main() {
    let x;
    let y: String;
    x = 5;
    y = format!("{x}!");
    println!("{x} {y}");
}
