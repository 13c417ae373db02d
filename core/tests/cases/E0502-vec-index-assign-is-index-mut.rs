// expect: E0502 8:5
// expect: E0502 14:5
// expect: E0502 20:5
// expect: E0596 25:5
fn grid() {
    let mut grid = vec![vec!['.'; 3]; 3];
    let row = &grid[0];
    grid[1][1] = '#';
    println!("{:?}", row);
}
fn compound() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v[1] += 5;
    println!("{}", first);
}
struct S { items: Vec<i32> }
fn field(s: &mut S) {
    let r = &s.items[0];
    s.items[1] = 2;
    println!("{r}");
}
fn not_mut() {
    let v = vec![1];
    v[0] = 2;
}
fn main() {
    grid();
    compound();
    field(&mut S { items: vec![1, 2] });
    not_mut();
}
