fn main() {
    let factor = 3;
    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("double", Box::new(|x| x * 2)),
        ("times factor", Box::new(move |x| x * factor)),
        ("square", Box::new(|x| x * x)),
    ];
    for (name, op) in &ops {
        println!("{name}: {}", op(7));
    }
    println!("factor still {factor}");
}
