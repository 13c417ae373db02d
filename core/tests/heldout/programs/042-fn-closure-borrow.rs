fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 10;
    let names = vec!["a"];
    let add = |x| x + offset + names.len() as i32;
    println!("{} {}", apply(&add, 1), apply(add, 2));
    println!("{offset} {:?}", names);
}
