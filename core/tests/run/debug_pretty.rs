#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Message {
    Quit,
    Move { to: Point },
    Write(String),
}

fn main() {
    let msgs = vec![
        Message::Quit,
        Message::Move { to: Point { x: 1, y: -2 } },
        Message::Write(String::from("hi \"there\"")),
    ];
    println!("{:?}", msgs);
    println!("{:#?}", msgs);
    println!("{:#?}", (1, Some('x'), ()));
}
