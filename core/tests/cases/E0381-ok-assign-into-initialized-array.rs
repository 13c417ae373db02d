// expect: ok
// Assigning into an element of an array that holds a value is fine, also
// after the array was re-initialised following a move.
struct D {
    _x: u8,
}

fn main() {
    let mut a = [D { _x: 0 }, D { _x: 1 }];
    a[0] = D { _x: 2 };
    drop(a);
    a = [D { _x: 3 }, D { _x: 4 }];
    a[1] = D { _x: 5 };
    let mut b: [u8; 2];
    b = [0; 2];
    b[0] = 1;
    println!("{}", b[0]);
    drop(a);
}
