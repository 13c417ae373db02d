fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let offset = 10;
    let add = |x| x + offset;
    println!("{}", apply(add, 5));
    let mut count = 0;
    let mut bump = || count += 1;
    bump();
    bump();
    println!("count = {count}");
    let add3 = make_adder(3);
    let v: Vec<i32> = (1..=4).map(|x| add3(x) * 2).filter(|x| x % 4 == 0).collect();
    println!("{:?}", v);
}
