fn main() {
    let mut items = vec![1, 2];
    let show = || println!("{:?}", items);
    items.push(3);
    show();
}
