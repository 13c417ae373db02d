fn main() {
    let r;
    {
        let n = 5;
        r = &n;
    }
    println!("{r}");
}
