fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_boxed(kind: &str) -> Box<dyn Fn(i32) -> i32> {
    match kind {
        "neg" => Box::new(|x| -x),
        _ => Box::new(|x| x),
    }
}

fn main() {
    let add5 = make_adder(5);
    let neg = make_boxed("neg");
    let pipeline: Vec<&dyn Fn(i32) -> i32> = vec![&add5, &neg];
    let result = pipeline.iter().fold(10, |acc, f| f(acc));
    println!("{result}");
}
