enum State {
    Idle,
    Running(String),
    Done(u32),
}

struct Machine {
    state: State,
}

impl Machine {
    fn step(&mut self) {
        self.state = match std::mem::replace(&mut self.state, State::Idle) {
            State::Idle => State::Running(String::from("job")),
            State::Running(job) => State::Done(job.len() as u32),
            State::Done(n) => State::Done(n),
        };
    }
}

fn main() {
    let mut m = Machine { state: State::Idle };
    m.step();
    m.step();
    if let State::Done(n) = m.state {
        println!("done {n}");
    }
}
