fn make_multiplier(k: i32) -> Box<dyn Fn(i32) -> i32> {
    let label = format!("x{k}");
    Box::new(move |n| {
        println!("{label}");
        n * k
    })
}

fn main() {
    let triple = make_multiplier(3);
    println!("{}", triple(5));
}
