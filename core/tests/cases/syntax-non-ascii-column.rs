// expect: syntax 3:28
fn main() {
    let größe = "ü"; let x = ) ;
}
