//! Times parsing and printing a generated ~1 MB values file: `cargo run --release --example bench`.

use std::time::Instant;

fn main() {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < 1 << 20 {
        s.push_str(&format!(
            "key{i}:\n  name: \"service-{i}\"\n  replicas: {i}\n  ratio: {}.5\n  enabled: yes\n  tags: [a, b, c]\n  image: &img{i} {{repository: nginx, tag: \"1.{i}\"}}\n  copy: *img{i}\n  text: |\n    line one\n    line two\n",
            i % 100
        ));
        i += 1;
    }
    // Best of five runs (the machine may be shared).
    let mut parse = std::time::Duration::MAX;
    let mut print = std::time::Duration::MAX;
    let mut v = serde_json::Value::Null;
    let mut out = String::new();
    for _ in 0..5 {
        let t = Instant::now();
        v = goyaml::from_str(&s).unwrap();
        parse = parse.min(t.elapsed());
        let t = Instant::now();
        out = goyaml::to_string(&v);
        print = print.min(t.elapsed());
    }
    println!(
        "{} bytes in, {} keys: parse {:?}, to_string {:?} ({} bytes out)",
        s.len(),
        v.as_object().unwrap().len(),
        parse,
        print,
        out.len()
    );
}
