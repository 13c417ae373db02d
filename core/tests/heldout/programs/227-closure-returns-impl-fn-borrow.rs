fn make_filter(min: &i32) -> impl Fn(&i32) -> bool + '_ {
    move |x| x >= min
}

fn main() {
    let min = 3;
    let f = make_filter(&min);
    let kept: Vec<i32> = vec![1, 4, 5].into_iter().filter(|x| f(x)).collect();
    println!("{:?}", kept);
}
