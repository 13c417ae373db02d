fn main() {
    let mut files = vec![String::from("b.TXT"), String::from("a.txt"), String::from("C.txt")];
    files.sort_by_cached_key(|f| f.to_lowercase());
    let total_len = files.iter().map(String::len).sum::<usize>();
    let first = files.first().cloned().unwrap_or_default();
    files.push(first);
    println!("{:?} {total_len}", files);
}
