//! Parses template files again and again, for profiling the lexer and parser on their own
//! (`valgrind --tool=callgrind`, `perf record`): every file on the command line, N times
//! (`PARSE_ROUNDS`, default 20), with Helm's functions (those `template` parses with). Prints the
//! bytes parsed and the time a round takes.
//! usage: cargo run --release --example parse_files -- chart/templates/*
use gotemplate::Templates;
use rhelm::render::funcs::FuncOptions;

fn main() {
    let rounds: usize = std::env::var("PARSE_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let funcs = rhelm::render::funcs::helm_funcs(&FuncOptions::default());
    let parser = Templates::new("t", funcs).parser();
    let files: Vec<(String, String)> = std::env::args()
        .skip(1)
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect();
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for (name, text) in &files {
            if let Err(e) = parser.parse(name, text) {
                panic!("{name}: {e}");
            }
        }
    }
    let per = start.elapsed() / rounds as u32;
    println!("{} files, {bytes} bytes: {per:?} a round", files.len());
}
