fn main() {
    let x: i32;
    let flag = true;
    if flag {
        x = 1;
    }
    println!("{x}");
}
