fn main() {
    let longest: &String;
    {
        let word = String::from("temporary");
        longest = &word;
    }
    println!("{longest}");
}
