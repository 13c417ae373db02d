fn extension(file: &str) -> Option<&str> {
    let dot = file.rfind('.')?;
    if dot == 0 { None } else { Some(&file[dot + 1..]) }
}

fn main() {
    let files = vec![String::from("report.pdf"), String::from(".bashrc"), String::from("photo.jpeg")];
    let exts: Vec<&str> = files.iter().filter_map(|f| extension(f)).collect();
    println!("{:?}", exts);
}
