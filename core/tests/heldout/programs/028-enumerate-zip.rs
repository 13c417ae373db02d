fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let ages = vec![30, 40];
    for (i, (n, a)) in names.iter().zip(ages.iter()).enumerate() {
        println!("{i}: {n} is {a}");
    }
    println!("{}", names.len());
}
