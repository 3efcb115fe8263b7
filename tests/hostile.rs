//! Hostile inputs (issue 14): every case of `tests/hostile/cases.yaml` runs through the real
//! rhelm binary, in a fresh work folder, and must give its expected exit code and a clear error,
//! never panic, stay under 1 GiB of memory and 30 s, and write nothing outside its destination.
//! Where a case says so, the result is compared with helm 4.1.4. Cases with release records plant
//! them on the real control plane and skip without one (fail with `RHELM_REQUIRE_TESTENV=1`).

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::records::{self, b64, gzip, Record};
use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use serde_json::Value;

/// Peak resident memory a run may reach before it is killed and the case fails.
const MEMORY_LIMIT_KB: u64 = 1 << 20;
/// Wall time a run may take before it is killed and the case fails.
const TIME_LIMIT: Duration = Duration::from_secs(30);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

fn cases(class: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(corpus_dir().join("cases.yaml")).unwrap();
    let doc = goyaml::from_str(&text).expect("cases.yaml parses");
    let all = doc["cases"].as_array().expect("cases: a list").clone();
    let names: Vec<&str> = all.iter().filter_map(|c| c["name"].as_str()).collect();
    let unique: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(names.len(), unique.len(), "case names repeat");
    let picked: Vec<Value> = all
        .into_iter()
        .filter(|c| c["class"].as_str() == Some(class))
        .collect();
    assert!(!picked.is_empty(), "no cases of class {class}");
    picked
}

fn strs(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().expect("a string").to_string())
            .collect(),
        Value::String(s) => vec![s.clone()],
        Value::Null => Vec::new(),
        other => panic!("expected strings, got {other}"),
    }
}

fn int(v: &Value, what: &str) -> u64 {
    v.as_u64()
        .unwrap_or_else(|| panic!("{what}: expected a number, got {v}"))
}

/// Writes the case's generated inputs (too large to commit) into `work`.
fn generate(work: &Path, gen: &Value) {
    let to = work.join(gen["to"].as_str().expect("gen: to"));
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    let kind = gen["kind"].as_str().expect("gen: kind");
    let data: Vec<u8> = match kind {
        "text" => gen["text"].as_str().unwrap().as_bytes().to_vec(),
        // prefix, unit x count, then x then_count, suffix.
        "repeat" => {
            let s = |k: &str| gen[k].as_str().unwrap_or("").to_string();
            let n = |k: &str| gen[k].as_u64().unwrap_or(0) as usize;
            format!(
                "{}{}{}{}",
                s("prefix"),
                s("unit").repeat(n("count")),
                s("then").repeat(n("then_count")),
                s("suffix")
            )
            .into_bytes()
        }
        // Block mappings nested `count` levels deep.
        "indent" => {
            let key = gen["key"].as_str().unwrap();
            let count = int(&gen["count"], "count") as usize;
            let mut s = String::new();
            for i in 0..count {
                s.push_str(&" ".repeat(i * 2));
                s.push_str(key);
                s.push('\n');
            }
            s.push_str(&" ".repeat(count * 2));
            s.push_str(gen["last"].as_str().unwrap());
            s.push('\n');
            s.into_bytes()
        }
        // A tar.gz whose entries are given by name and size (zeros) or text; `count` repeats an
        // entry with `{i}` in its name replaced by 0..count.
        "tgz" => {
            let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            let mut b = tar::Builder::new(gz);
            for e in gen["entries"].as_array().unwrap() {
                let count = e["count"].as_u64().unwrap_or(1);
                for i in 0..count {
                    let name = e["name"].as_str().unwrap().replace("{i}", &i.to_string());
                    let data: Vec<u8> = match e["text"].as_str() {
                        Some(t) => t.as_bytes().to_vec(),
                        None => vec![0u8; int(&e["size"], "size") as usize],
                    };
                    let mut h = tar::Header::new_gnu();
                    h.set_size(data.len() as u64);
                    h.set_mode(0o644);
                    h.set_mtime(1_700_000_000);
                    h.set_entry_type(tar::EntryType::Regular);
                    b.append_data(&mut h, &name, data.as_slice()).unwrap();
                }
            }
            b.into_inner().unwrap().finish().unwrap()
        }
        // Many zeros, gzipped: a decompression bomb.
        "gzip-zeros" => {
            let size = int(&gen["size"], "size");
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            let chunk = vec![0u8; 1 << 20];
            let mut left = size;
            while left > 0 {
                let n = left.min(chunk.len() as u64) as usize;
                gz.write_all(&chunk[..n]).unwrap();
                left -= n as u64;
            }
            gz.finish().unwrap()
        }
        other => panic!("unknown gen kind {other}"),
    };
    std::fs::write(to, data).unwrap();
}

/// Every file under `dir` (relative), not following links.
fn tree(dir: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            out.insert(p.strip_prefix(dir).unwrap().to_path_buf());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            }
        }
    }
    out
}

/// What one run did.
struct Outcome {
    status: Option<i32>,
    signal: Option<i32>,
    stdout: String,
    stderr: String,
    peak_kb: u64,
    elapsed: Duration,
    killed: Option<String>,
}

/// The process's peak resident set (`VmHWM`) and current one (`VmRSS`), in KiB.
fn memory_kb(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<u64>().ok())
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

/// Runs `program` in `work` with a private HOME, watching its memory and time: a run over
/// either limit is killed.
fn run_watched(program: &Path, args: &[String], work: &Path, kubeconfig: &Path) -> Outcome {
    use std::os::unix::process::ExitStatusExt;
    let home = work.join("home");
    let mut child = Command::new(program)
        .args(args)
        .current_dir(work)
        .env("HOME", &home)
        .env("KUBECONFIG", kubeconfig)
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_DATA_HOME", home.join("data"))
        .env_remove("HELM_NAMESPACE")
        .env_remove("HELM_DRIVER")
        .env_remove("HELM_DEBUG")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out = read(Box::new(child.stdout.take().unwrap()));
    let err = read(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let mut peak = 0;
    let mut killed = None;
    let status = loop {
        if let Some((hwm, rss)) = memory_kb(pid) {
            peak = peak.max(hwm).max(rss);
        }
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if killed.is_none() {
            if peak > MEMORY_LIMIT_KB {
                killed = Some(format!("killed at {peak} KiB of memory"));
            } else if start.elapsed() > TIME_LIMIT {
                killed = Some(format!("killed after {:?}", start.elapsed()));
            }
            if killed.is_some() {
                let _ = child.kill();
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Outcome {
        status: status.code(),
        signal: status.signal(),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
        peak_kb: peak,
        elapsed: start.elapsed(),
        killed,
    }
}

/// The control plane's kubeconfig, or a path that does not exist (cluster-free cases).
fn kubeconfig(env: Option<&common::TestEnv>, work: &Path) -> PathBuf {
    env.map_or_else(|| work.join("no-kubeconfig"), |e| e.kubeconfig.clone())
}

/// Prepares a fresh work folder for `case`.
fn prepare(case: &Value, root: &Path) -> PathBuf {
    let work = tempfile::Builder::new()
        .prefix("case-")
        .tempdir_in(root)
        .unwrap()
        .keep();
    std::fs::create_dir_all(work.join("home")).unwrap();
    if let Some(chart) = case["chart"].as_str() {
        std::fs::copy(corpus_dir().join(chart), work.join("chart.tgz")).unwrap();
    }
    if let Some(files) = case["files"].as_object() {
        for (name, text) in files {
            let p = work.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text.as_str().unwrap()).unwrap();
        }
    }
    if let Some(copy) = case["copy"].as_object() {
        for (name, src) in copy {
            std::fs::copy(corpus_dir().join(src.as_str().unwrap()), work.join(name)).unwrap();
        }
    }
    for gen in case["gen"].as_array().into_iter().flatten() {
        generate(&work, gen);
    }
    work
}

fn fixture() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/read/chart")
        .to_string_lossy()
        .into_owned()
}

fn expand_args(args: &Value, work: &Path, ns: &str) -> Vec<String> {
    strs(args)
        .into_iter()
        .map(|a| {
            if let Some(name) = a.strip_prefix("{file:").and_then(|r| r.strip_suffix('}')) {
                return std::fs::read_to_string(work.join(name)).unwrap();
            }
            if let Some(repos) = common::chart_repos().filter(|_| a.contains("{repo_")) {
                return a
                    .replace("{repo_ca}", &repos.ca.to_string_lossy())
                    .replace("{repo_user}", &repos.user)
                    .replace("{repo_password}", &repos.password)
                    .replace(
                        "{repo_served}",
                        &format!(
                            "{}/elsewhere/{ns}.tgz",
                            repos.tls_url.trim_end_matches("/charts")
                        ),
                    );
            }
            a.replace("{chart}", "chart.tgz")
                .replace("{ns}", ns)
                .replace("{fixture}", &fixture())
                .replace("{work}", &work.to_string_lossy())
        })
        .collect()
}

/// Checks one run against its expectations; returns the failures.
fn check(case: &str, run: &Value, args: &[String], o: &Outcome, extra: &[String]) -> Vec<String> {
    let mut fails = Vec::new();
    let shown: Vec<String> = args
        .iter()
        .map(|a| {
            if a.len() > 60 {
                format!("{}…({} bytes)", &a[..40], a.len())
            } else {
                a.clone()
            }
        })
        .collect();
    let what = format!("{case}: rhelm {}", shown.join(" "));
    let mut fail = |m: String| fails.push(format!("{what}: {m}"));
    if let Some(k) = &o.killed {
        fail(k.clone());
    }
    if o.stderr.contains("panicked at") || o.status == Some(101) {
        fail(format!("panicked:\n{}", o.stderr));
    }
    if let Some(sig) = o.signal {
        fail(format!("died of signal {sig}:\n{}", tail(&o.stderr)));
    }
    let want = run["exit"].as_i64().map(|e| e as i32);
    if want.is_some() && o.status != want {
        fail(format!(
            "exit {:?}, want {want:?}\nstderr: {}",
            o.status,
            tail(&o.stderr)
        ));
    }
    if o.status == Some(1) && !o.stderr.starts_with("Error: ") && !o.stderr.contains("\nError: ") {
        fail(format!(
            "exit 1 without an `Error:` line: {}",
            tail(&o.stderr)
        ));
    }
    for s in strs(&run["error"]) {
        if !o.stderr.contains(&s) {
            fail(format!("stderr lacks {s:?}: {}", tail(&o.stderr)));
        }
    }
    for s in strs(&run["stdout"]) {
        if !o.stdout.contains(&s) {
            fail(format!("stdout lacks {s:?}: {}", tail(&o.stdout)));
        }
    }
    for s in strs(&run["not_stdout"]) {
        if o.stdout.contains(&s) {
            fail(format!("stdout has {s:?}"));
        }
    }
    for e in extra {
        fail(e.clone());
    }
    fails
}

fn tail(s: &str) -> String {
    let s = s.trim_end();
    if s.len() > 600 {
        let mut i = s.len() - 600;
        while !s.is_char_boundary(i) {
            i += 1;
        }
        format!("…{}", &s[i..])
    } else {
        s.to_string()
    }
}

/// Compares a run with helm 4's run of the same command, as `mode` says; each side's work
/// folder reads as `WORK`.
fn compare_helm(
    mode: &str,
    (ours, our_work): (&Outcome, &Path),
    (theirs, their_work): (&Outcome, &Path),
) -> Option<String> {
    let norm = |o: &Outcome, work: &Path| {
        let w = work.to_string_lossy();
        (o.stdout.replace(&*w, "WORK"), o.stderr.replace(&*w, "WORK"))
    };
    let (our_out, our_err) = norm(ours, our_work);
    let (their_out, their_err) = norm(theirs, their_work);
    let first = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("Error: "))
            .unwrap_or("")
            .to_string()
    };
    let same = match mode {
        "exit" => ours.status == theirs.status,
        "stdout" => ours.status == theirs.status && our_out == their_out,
        "first-line" => ours.status == theirs.status && first(&our_err) == first(&their_err),
        other => panic!("unknown helm mode {other}"),
    };
    (!same).then(|| {
        format!(
            "differs from helm 4 ({mode}):\n  rhelm exit {:?}: {}\n  helm  exit {:?}: {}\n  rhelm stdout: {}\n  helm  stdout: {}",
            ours.status,
            tail(&first(&our_err)),
            theirs.status,
            tail(&first(&their_err)),
            tail(&our_out),
            tail(&their_out)
        )
    })
}

/// Files the run left in `work` outside `dest` (and outside HOME's caches), and any
/// `escaped.txt` written next to the work folders or in /tmp.
fn escapes(work: &Path, before: &BTreeSet<PathBuf>, dest: Option<&str>) -> Vec<String> {
    let after = tree(work);
    let mut out: Vec<String> = after
        .difference(before)
        .filter(|p| !p.starts_with("home"))
        .filter(|p| dest.is_none_or(|d| !p.starts_with(d)))
        .map(|p| format!("wrote {} outside its destination", p.display()))
        .collect();
    // What lands in the destination is plain files and folders: no links, no devices.
    if let Some(d) = dest {
        for p in tree(&work.join(d)) {
            let full = work.join(d).join(&p);
            let t = std::fs::symlink_metadata(&full).unwrap().file_type();
            if !(t.is_file() || t.is_dir()) {
                out.push(format!(
                    "wrote {} as {t:?}, not a plain file",
                    full.display()
                ));
            }
        }
    }
    for p in [
        work.parent().unwrap().join("escaped.txt"),
        work.join("escaped.txt"),
        // The corpus's absolute and deep `..` entries aim at the system's temporary folder.
        std::env::temp_dir().join("escaped.txt"),
    ] {
        if p.exists() {
            out.push(format!("wrote {}", p.display()));
        }
    }
    out
}

/// Runs the cases of one class; `ns` gives the namespace of a case (record cases).
fn run_cases(
    class: &str,
    env: Option<&common::TestEnv>,
    mut per_case: impl FnMut(&Value) -> String,
) {
    let root = tempfile::tempdir().unwrap();
    let helm = common::helm4_binary();
    let mut fails = Vec::new();
    let mut table = Vec::new();
    for case in cases(class) {
        let name = case["name"].as_str().unwrap().to_string();
        let ns = per_case(&case);
        for run in case["runs"].as_array().unwrap() {
            let work = prepare(&case, root.path());
            let args = expand_args(&run["args"], &work, &ns);
            let before = tree(&work);
            let o = run_watched(
                Path::new(env!("CARGO_BIN_EXE_rhelm")),
                &args,
                &work,
                &kubeconfig(env, &work),
            );
            let mut extra = escapes(&work, &before, run["dest"].as_str());
            if let (Some(mode), Some(helm)) = (run["helm"].as_str(), helm.as_ref()) {
                let hwork = prepare(&case, root.path());
                let hargs = expand_args(&run["args"], &hwork, &ns);
                let theirs = run_watched(helm, &hargs, &hwork, &kubeconfig(env, &hwork));
                extra.extend(compare_helm(mode, (&o, &work), (&theirs, &hwork)));
                let _ = std::fs::remove_dir_all(&hwork);
            }
            let f = check(&name, run, &args, &o, &extra);
            table.push(format!(
                "{name:<34} {:<10} exit {:<4} {:>7} KiB {:>6} ms {}",
                args.first().map_or("", String::as_str),
                o.status.map_or("sig".to_string(), |s| s.to_string()),
                o.peak_kb,
                o.elapsed.as_millis(),
                if f.is_empty() { "ok" } else { "FAIL" }
            ));
            fails.extend(f);
            let _ = std::fs::remove_dir_all(&work);
        }
    }
    eprintln!("{}", table.join("\n"));
    assert!(
        fails.is_empty(),
        "{} failures:\n{}",
        fails.len(),
        fails.join("\n\n")
    );
}

#[test]
fn hostile_chart_archives() {
    run_cases("chart", None, |_| String::new());
}

#[test]
fn hostile_values_and_flags() {
    run_cases("values", None, |_| String::new());
}

#[test]
fn hostile_templates() {
    run_cases("template", None, |_| String::new());
}

/// `pull --untar` of hostile archives served by the test chart repository (its `/elsewhere/`
/// folder, served with TLS and basic authentication): each case's `chart` is served under a
/// name of its own and pulled into `out`.
#[test]
fn hostile_pull_untar() {
    let Some(repos) = common::chart_repos() else {
        return;
    };
    let served = repos.access_log.parent().unwrap().join("elsewhere");
    let mut names = Vec::new();
    run_cases("pull", None, |case| {
        let name = common::unique_name("hostile");
        let chart = case["chart"].as_str().expect("pull cases serve a chart");
        std::fs::copy(corpus_dir().join(chart), served.join(format!("{name}.tgz"))).unwrap();
        names.push(name.clone());
        name
    });
    for n in names {
        let _ = std::fs::remove_file(served.join(format!("{n}.tgz")));
    }
}

/// The release `data` of a record entry of cases.yaml (`{ns}` in its JSON is the namespace).
fn record_data(r: &Value, ns: &str) -> Option<String> {
    if let Some(d) = r["data"].as_str() {
        return Some(d.to_string());
    }
    if r["gzip_garbage"].as_bool() == Some(true) {
        return Some(b64(&[0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3]));
    }
    if let Some(j) = r["json"].as_str() {
        return Some(b64(&gzip(j.replace("{ns}", ns).as_bytes())));
    }
    if let Some(mib) = r["manifest_mib"].as_u64() {
        // gzip members concatenated (Go's reader and Helm's read them all): one compressed MiB
        // of manifest repeated, so a huge record costs little to make.
        let name = r["name"].as_str().unwrap();
        let head = format!(
            "{{\"name\":\"{name}\",\"version\":1,\"info\":{{\"status\":\"deployed\",\"description\":\"big\"}},\"chart\":{{\"metadata\":{{\"name\":\"c\",\"version\":\"1.0.0\"}}}},\"manifest\":\""
        );
        let prefix = r["manifest_prefix"].as_str().unwrap_or("");
        let mut bytes = gzip(format!("{head}{prefix}").as_bytes());
        let mib_member = gzip(&vec![b'x'; 1 << 20]);
        for _ in 0..mib {
            bytes.extend_from_slice(&mib_member);
        }
        bytes.extend(gzip(b"\"}"));
        return Some(b64(&bytes));
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_release_records() {
    let Some(env) = common::testenv() else { return };
    let client = env.client().await;
    // Plant every case's records first (each in its own namespace), then run the commands
    // off the async runtime.
    // (case, namespace, the `intact` records' keys and data as planted)
    type Planted = (String, common::Namespace, Vec<(String, Option<Vec<u8>>)>);
    let mut planted: Vec<Planted> = Vec::new();
    for case in cases("record") {
        let name = case["name"].as_str().unwrap().to_string();
        let ns = env.namespace("hostile");
        for rel in strs(&case["helm_install"]) {
            env.helm(
                common::Helm::V4,
                &["install", &rel, &fixture(), "-n", &ns.name],
            )
            .ok();
        }
        let api: Api<Secret> = Api::namespaced(client.clone(), &ns.name);
        let mut intact = Vec::new();
        for r in case["records"].as_array().unwrap() {
            let mut rec = Record::new(
                r["name"].as_str().unwrap(),
                int(&r["version"], "version") as u32,
                record_data(r, &ns.name),
            );
            rec.key = r["key"].as_str().map(str::to_string);
            if let Some(labels) = r["labels"].as_object() {
                for (k, v) in labels {
                    rec.labels
                        .insert(k.clone(), v.as_str().unwrap().to_string());
                }
            }
            records::plant(&api, &rec).await;
            if r["intact"].as_bool() == Some(true) {
                intact.push((rec.key(), records::data_of(&api, &rec.key()).await));
            }
        }
        planted.push((name, ns, intact));
    }
    let names: Vec<(String, String)> = planted
        .iter()
        .map(|(c, ns, _)| (c.clone(), ns.name.clone()))
        .collect();
    let env2 = env.clone();
    tokio::task::spawn_blocking(move || {
        run_cases("record", Some(&env2), |case| {
            let name = case["name"].as_str().unwrap();
            names.iter().find(|(c, _)| c == name).unwrap().1.clone()
        })
    })
    .await
    .unwrap();
    // Damaged records are never rewritten or deleted by any command.
    let mut damaged = Vec::new();
    for (case, ns, intact) in &planted {
        let api: Api<Secret> = Api::namespaced(client.clone(), &ns.name);
        for (key, data) in intact {
            if &records::data_of(&api, key).await != data {
                damaged.push(format!("{case}: {key} was changed or deleted"));
            }
        }
    }
    assert!(damaged.is_empty(), "{}", damaged.join("\n"));
}
