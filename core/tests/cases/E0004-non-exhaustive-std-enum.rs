// expect: E0004 5:11
use std::io::ErrorKind;

fn describe(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::NotFound => "not found",
        ErrorKind::PermissionDenied => "permission denied",
    }
}

fn main() {
    println!("{}", describe(ErrorKind::NotFound));
}
