// expect: E0381 11:5
// expect: E0382 16:5
// An assignment into an element writes inside the array, so the array
// itself must hold a value: uninitialised (E0381) or moved (E0382).
struct D {
    _x: u8,
}

fn uninit(i: usize) {
    let mut a: [D; 4];
    a[i] = D { _x: 0 };
}

fn moved(mut a: [D; 2], i: usize) {
    drop(a);
    a[i] = D { _x: 1 };
}

fn main() {
    uninit(0);
    moved([D { _x: 2 }, D { _x: 3 }], 1);
}
