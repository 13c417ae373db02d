// expect: E0597 6:13
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("{r}");
}
