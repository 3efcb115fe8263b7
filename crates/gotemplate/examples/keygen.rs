//! Times Sprig's key and certificate generators as templates call them (`genPrivateKey`,
//! `genCA`, `genSelfSignedCert`, `genSignedCert`): the rhelm side of bench/keygen.sh, whose
//! Go side is bench/keygen/keygen.go.
//! Prints wall time per call (mean, median, maximum) and the process's CPU time per call (all
//! threads, from /proc/self/stat), which other processes on a busy machine do not inflate.
//! usage: cargo run --release -p gotemplate --example keygen [N] [ONLY]   (calls per function,
//! default 10; only the measurements whose names start with ONLY, e.g. `rsa-`)

use std::time::{Duration, Instant};

use gotemplate::sprig::crypto::PrivateKey;
use gotemplate::{FuncMap, NoEnv, Value};

/// The CPU time of this process (user and system, every thread) so far, in clock ticks of
/// 10 ms.
fn process_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name (which is in parentheses): utime is the 12th, stime
    // the 13th.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|i| fields.get(*i)?.parse::<u64>().ok())
        .sum();
    Duration::from_millis(ticks * 10)
}

/// Wall time per call (mean, median, maximum), and the process's CPU time per call.
fn report(what: &str, (mut walls, cpu): (Vec<Duration>, Duration)) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    walls.sort();
    let n = walls.len();
    let mean = walls.iter().map(|d| ms(*d)).sum::<f64>() / n as f64;
    println!(
        "{what:<16} {n:4} calls  wall mean {mean:8.2} ms  median {:8.2} ms  max {:8.2} ms  cpu {:8.2} ms",
        ms(walls[n / 2]),
        ms(walls[n - 1]),
        ms(cpu) / n as f64,
    );
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("N must be a number"))
        .unwrap_or(10);
    let mut funcs = FuncMap::new();
    gotemplate::sprig::crypto::register(&mut funcs);
    let call = |name: &str, args: &[Value]| -> Duration {
        let f = funcs.get(name).expect("a Sprig function");
        let start = Instant::now();
        let out = f.call(&mut NoEnv, args).expect("the call succeeds");
        let took = start.elapsed();
        // A generator that failed returns its error as text (as Sprig does): make that loud.
        if let Some(s) = out.as_str() {
            assert!(s.starts_with("-----BEGIN "), "{name} failed: {s}");
        }
        took
    };
    // Only the measurements whose names start with ONLY, when given.
    let only = std::env::args().nth(2).unwrap_or_default();
    let run = |what: &str, measure: &mut dyn FnMut() -> (Vec<Duration>, Duration)| {
        if what.starts_with(&only) {
            report(what, measure());
        }
    };
    let times = |call: &mut dyn FnMut() -> Duration, count: usize| {
        let cpu = process_cpu();
        let walls: Vec<Duration> = (0..count).map(|_| call()).collect();
        (walls, process_cpu() - cpu)
    };
    let ca = funcs
        .get("genCA")
        .expect("genCA")
        .call(&mut NoEnv, &["ca".into(), Value::Int(365)])
        .expect("a CA");
    let no_names = || Value::list(vec![]);
    // The bare key generators: what Sprig's functions use, and for comparison the `rsa`
    // crate's own generator, which rhelm used before (the same search, on one thread).
    let timed = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        start.elapsed()
    };
    for bits in [2048, 4096] {
        run(&format!("rsa-{bits}"), &mut || {
            times(
                &mut || {
                    timed(&mut || {
                        PrivateKey::generate_rsa(bits).expect("a key");
                    })
                },
                n,
            )
        });
        run(&format!("rsa crate-{bits}"), &mut || {
            times(
                &mut || {
                    timed(&mut || {
                        rsa::PrivateKey::new(&mut getrandom::SysRng, bits).expect("a key");
                    })
                },
                n,
            )
        });
    }
    run("genPrivateKey", &mut || {
        times(&mut || call("genPrivateKey", &["rsa".into()]), n)
    });
    run("genCA (2048)", &mut || {
        times(&mut || call("genCA", &["ca".into(), Value::Int(365)]), n)
    });
    run("genSelfSigned", &mut || {
        times(
            &mut || {
                call(
                    "genSelfSignedCert",
                    &["h".into(), no_names(), no_names(), Value::Int(365)],
                )
            },
            n,
        )
    });
    run("genSignedCert", &mut || {
        times(
            &mut || {
                call(
                    "genSignedCert",
                    &[
                        "h".into(),
                        no_names(),
                        no_names(),
                        Value::Int(365),
                        ca.clone(),
                    ],
                )
            },
            n,
        )
    });
    run("ecdsa-p256", &mut || {
        times(&mut || call("genPrivateKey", &["ecdsa".into()]), n * 10)
    });
    run("ed25519", &mut || {
        times(&mut || call("genPrivateKey", &["ed25519".into()]), n * 10)
    });
}
