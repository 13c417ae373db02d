enum Command {
    Move { x: i32, y: i32 },
    Say(String),
    Quit,
}

fn run(cmds: &[Command]) -> (i32, i32) {
    let mut pos = (0, 0);
    for c in cmds {
        match c {
            Command::Move { x, y } => {
                pos.0 += x;
                pos.1 += y;
            }
            Command::Say(msg) => println!("says {msg}"),
            Command::Quit => break,
        }
    }
    pos
}

fn main() {
    let cmds = vec![Command::Move { x: 1, y: 2 }, Command::Say("hi".into()), Command::Quit, Command::Move { x: 5, y: 5 }];
    println!("{:?}", run(&cmds));
}
