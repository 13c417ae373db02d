// expect: syntax 3:15
fn main() {
    let x = 5 @@ 3;
}
