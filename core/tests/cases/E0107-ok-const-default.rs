// expect: ok
// A const parameter with a default may be left out, like a type's.
struct Buffer<const N: usize = 8, T = u8> {
    data: [T; N],
}

fn fill(b: &mut Buffer) {
    b.data[0] = 1;
}

fn first(c: &Buffer<2, i32>) -> i32 {
    c.data[0]
}

fn main() {
    let mut b: Buffer = Buffer { data: [0; 8] };
    fill(&mut b);
    println!("{}", b.data[0]);
    let _ = first;
}
