fn main() {
    let word = "Programming";
    let vowels = word.bytes().filter(|b| b"aeiouAEIOU".contains(b)).count();
    let mut letters: Vec<char> = word.to_lowercase().chars().collect();
    letters.sort();
    letters.dedup();
    println!("{vowels} vowels, unique letters: {}", letters.iter().collect::<String>());
}
