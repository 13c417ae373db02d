fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    if let [first, .., last] = v.as_slice() {
        println!("{first} {last}");
    }
    match &v[..] {
        [] => println!("empty"),
        [one] => println!("{one}"),
        [a, rest @ ..] => println!("{a} +{}", rest.len()),
    }
}
