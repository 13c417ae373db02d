// expect: E0004 4:11
// expect: E0004 11:11
fn sign(n: i32) -> &'static str {
    match n {
        1..=i32::MAX => "positive",
        0 => "zero",
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..90 => 'B',
        0..80 => 'C',
    }
}

fn main() {
    println!("{} {}", sign(-3), grade(85));
}
