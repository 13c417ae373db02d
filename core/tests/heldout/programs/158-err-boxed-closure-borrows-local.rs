fn counter() -> Box<dyn FnMut() -> i32> {
    let mut c = 0;
    Box::new(|| {
        c += 1;
        c
    })
}

fn main() {
    let mut f = counter();
    println!("{}", f());
}
