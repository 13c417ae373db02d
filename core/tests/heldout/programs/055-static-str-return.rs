fn status(code: u16) -> &'static str {
    match code {
        200 => "ok",
        404 => "not found",
        _ => "other",
    }
}

fn main() {
    let s;
    {
        let c = 404;
        s = status(c);
    }
    println!("{s}");
}
