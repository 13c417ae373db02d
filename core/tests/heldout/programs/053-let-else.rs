fn parse(s: &str) -> i32 {
    let Ok(n) = s.parse::<i32>() else {
        return -1;
    };
    n * 2
}

fn main() {
    println!("{} {}", parse("21"), parse("x"));
}
