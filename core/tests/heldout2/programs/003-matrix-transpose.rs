fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    if m.is_empty() {
        return vec![];
    }
    (0..m[0].len()).map(|c| m.iter().map(|row| row[c]).collect()).collect()
}

fn main() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = transpose(&m);
    println!("{:?} -> {:?}", m, t);
}
