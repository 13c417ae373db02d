fn main() {
    let mut queue = vec![String::from("job1"), String::from("job2")];
    let next = &queue[0];
    queue.remove(0);
    println!("processing {next}");
}
