fn main() {
    println!("{:?}", Marker);
    let v = vec![1, 2, 3];
    println!("{} {}", v.len(), Marker2);
}

// padding so that the struct items lie far past the macro arguments
// ................................................................
// ................................................................
#[derive(Debug)]
struct Marker;
#[derive(Debug)]
struct Marker2;
