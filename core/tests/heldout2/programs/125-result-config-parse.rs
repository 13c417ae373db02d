use std::collections::HashMap;

fn parse_config(text: &str) -> Result<HashMap<String, String>, String> {
    let mut map = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            return Err(format!("line {}: no '='", i + 1));
        };
        map.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(map)
}

fn main() {
    let cfg = parse_config("# settings\nname = demo\nport=8080\n").unwrap();
    println!("{:?} {:?}", cfg.get("name"), cfg.get("port"));
}
