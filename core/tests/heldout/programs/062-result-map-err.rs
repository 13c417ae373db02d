#[derive(Debug)]
enum AppError {
    Parse(String),
}

fn read_age(s: &str) -> Result<u8, AppError> {
    s.parse::<u8>().map_err(|e| AppError::Parse(e.to_string()))
}

fn main() {
    let inputs = ["12", "abc"];
    for i in inputs {
        match read_age(i) {
            Ok(a) => println!("age {a}"),
            Err(e) => println!("{:?}", e),
        }
    }
}
