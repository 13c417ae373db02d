// expect: ok
// A const parameter with a default may be left out, like a type's.
struct Buffer<const N: usize = 8, T = u8> {
    data: [T; N],
}

fn fill(b: &mut Buffer) {
    b.data[0] = 1;
}

fn main() {
    let mut b: Buffer = Buffer { data: [0; 8] };
    fill(&mut b);
    let c: Buffer<2, i32> = Buffer { data: [1, 2] };
    println!("{} {}", b.data[0], c.data[1]);
}
