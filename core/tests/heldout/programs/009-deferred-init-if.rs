fn main() {
    let label;
    let n = 7;
    if n % 2 == 0 {
        label = "even";
    } else {
        label = "odd";
    }
    println!("{n} is {label}");
}
