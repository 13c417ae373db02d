fn main() {
    let mut queue = vec![String::from("job1")];
    let first = &queue[0];
    queue.push(String::from("job2"));
    println!("first job: {first}");
}
