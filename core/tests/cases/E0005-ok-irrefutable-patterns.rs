// expect: ok
struct Pair {
    a: i32,
    b: (u8, bool),
}

fn add((x, y): (i32, i32)) -> i32 {
    x + y
}

fn first(&[a, _]: &[i32; 2]) -> i32 {
    a
}

fn main() {
    let (q, r) = (7 / 2, 7 % 2);
    let Pair { a, b: (c, d) } = Pair { a: 1, b: (2, true) };
    let [x, y, z] = [1, 2, 3];
    let v = vec![(1, 'a'), (2, 'b')];
    for (i, (n, ch)) in v.iter().enumerate() {
        println!("{i} {n} {ch}");
    }
    for &(n, _) in &v {
        println!("{n}");
    }
    let total: i32 = v.iter().map(|&(n, _)| n).sum();
    let Some(last) = v.last() else { return };
    if let Some((n, _)) = v.first() {
        println!("{n}");
    }
    let mut stack = vec![1, 2];
    while let Some(top) = stack.pop() {
        println!("{top}");
    }
    let matched = matches!(v.len(), 0..=5);
    println!("{q} {r} {a} {c} {d} {x} {y} {z} {total} {:?} {matched}", last);
    println!("{} {}", add((1, 2)), first(&[3, 4]));
}
