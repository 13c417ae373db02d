fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn main() {
    let tests = ["A man, a plan, a canal: Panama", "hello", "racecar"];
    for t in tests.iter() {
        println!("{t:?} -> {}", is_palindrome(t));
    }
}
