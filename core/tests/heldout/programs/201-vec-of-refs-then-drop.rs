fn main() {
    let mut owned = vec![String::from("x"), String::from("yy")];
    {
        let refs: Vec<&String> = owned.iter().filter(|s| s.len() > 1).collect();
        println!("{:?}", refs);
    }
    owned.clear();
    println!("{}", owned.len());
}
