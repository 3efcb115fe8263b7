//! The quick recognizer against the full decoder: on every document of the shared corpus's
//! rendered output, and on many small mutations of them, whenever the recognizer vouches for a
//! document the full decoder must accept it too and find the same top-level keys in the same
//! order. (The recognizer may decline anything; it must never accept what go-yaml rejects.)

mod common;
use common::Rng;

use std::path::Path;

fn corpus_documents() -> Vec<String> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/charts");
    let Ok(dirs) = std::fs::read_dir(&corpus) else {
        return Vec::new();
    };
    let mut docs = Vec::new();
    for d in dirs.flatten() {
        let Ok(text) = std::fs::read_to_string(d.path().join("expected.yaml")) else {
            continue;
        };
        for doc in text.split("\n---\n") {
            let doc = doc.trim();
            let doc = doc.strip_prefix("---").unwrap_or(doc).trim();
            if !doc.is_empty() {
                docs.push(doc.to_string());
            }
        }
    }
    docs.sort();
    docs
}

/// Checks one document; returns whether the recognizer accepted it.
fn check(doc: &str) -> bool {
    let Some(entries) = goyaml::quick::top_level_entries(doc) else {
        return false;
    };
    let full = goyaml::from_str(doc)
        .unwrap_or_else(|e| panic!("recognizer accepted a document go-yaml rejects ({e}):\n{doc}"));
    let keys: Vec<&str> = full
        .as_object()
        .unwrap_or_else(|| panic!("accepted a document that is not a mapping:\n{doc}"))
        .keys()
        .map(String::as_str)
        .collect();
    let ours: Vec<&str> = entries.iter().map(|e| e.key).collect();
    assert_eq!(keys, ours, "top-level keys differ for:\n{doc}");
    // Each entry's text alone decodes to that key's value.
    for e in &entries {
        let part = goyaml::from_str(&doc[e.span.clone()])
            .unwrap_or_else(|err| panic!("entry {} alone fails ({err}):\n{doc}", e.key));
        assert_eq!(
            part.get(e.key),
            full.get(e.key),
            "entry {} decodes differently alone:\n{doc}",
            e.key
        );
    }
    true
}

#[test]
fn corpus_documents_agree_with_the_full_decoder() {
    let docs = corpus_documents();
    if docs.is_empty() {
        eprintln!("note: ../shared/corpus not found; skipping");
        return;
    }
    let accepted = docs.iter().filter(|d| check(d)).count();
    eprintln!(
        "quick recognizer accepted {accepted} of {} documents",
        docs.len()
    );
    // Rendered manifests are overwhelmingly plain block YAML; if this drops, the fast path
    // silently stopped applying.
    assert!(
        accepted * 10 >= docs.len() * 8,
        "{accepted} of {}",
        docs.len()
    );
}

fn mutate(doc: &str, rng: &mut Rng) -> String {
    const CHARS: &[&str] = &[
        " ", "  ", ":", ": ", "-", "- ", "#", " #", "'", "\"", "|", ">", "{", "}", "[", "]", "&a ",
        "*a", "!", "\n", "\t", "?", ",", ".", "%", "@", "`", "\\", "~", "0", "y", "\u{85}", "\r",
        ".inf", "<<: ", "|2", "\n  ", "\n- ",
    ];
    let mut s = doc.to_string();
    for _ in 0..=rng.below(2) {
        let mut at = rng.below(s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(4) {
            0 => s.insert_str(at, CHARS[rng.below(CHARS.len())]),
            1 => {
                if let Some(c) = s[at..].chars().next() {
                    s.replace_range(at..at + c.len_utf8(), "");
                }
            }
            2 => {
                // Re-indent one line by one space either way.
                let line_start = s[..at].rfind('\n').map_or(0, |i| i + 1);
                if rng.below(2) == 0 {
                    s.insert(line_start, ' ');
                } else if s[line_start..].starts_with(' ') {
                    s.remove(line_start);
                }
            }
            _ => {
                // Duplicate a line.
                let line_start = s[..at].rfind('\n').map_or(0, |i| i + 1);
                let line_end = s[at..].find('\n').map_or(s.len(), |i| at + i);
                let line = format!("{}\n", &s[line_start..line_end]);
                s.insert_str(line_start, &line);
            }
        }
    }
    s
}

#[test]
fn mutated_documents_are_never_wrongly_accepted() {
    let docs = corpus_documents();
    if docs.is_empty() {
        eprintln!("note: ../shared/corpus not found; skipping");
        return;
    }
    let small: Vec<&String> = docs.iter().filter(|d| d.len() < 4000).collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut tried, mut accepted) = (0, 0);
    // RHELM_QUICK_MUTANTS raises the count for a longer local run.
    let count: usize = std::env::var("RHELM_QUICK_MUTANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40_000);
    for _ in 0..count {
        let doc = small[rng.below(small.len())];
        let m = mutate(doc, &mut rng);
        tried += 1;
        if check(&m) {
            accepted += 1;
        }
    }
    // Large documents (CRDs: block scalars, multi-line quoted and plain scalars), fewer times.
    let large: Vec<&String> = docs.iter().filter(|d| d.len() >= 4000).collect();
    for _ in 0..count / 20 {
        let doc = large[rng.below(large.len())];
        let m = mutate(doc, &mut rng);
        tried += 1;
        if check(&m) {
            accepted += 1;
        }
    }
    eprintln!("mutants: {accepted} of {tried} accepted, all confirmed by the full decoder");
    assert!(accepted > 0);
}

#[test]
#[ignore]
fn show_declined_lines() {
    for doc in corpus_documents() {
        if goyaml::quick::top_level_entries(&doc).is_some() {
            continue;
        }
        let lines: Vec<&str> = doc.lines().collect();
        for n in 1..=lines.len() {
            let prefix = lines[..n].join("\n");
            if goyaml::quick::top_level_entries(&prefix).is_none()
                && lines[..n]
                    .iter()
                    .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            {
                println!("DECLINED {:?} in {}", lines[n - 1], lines[0]);
                break;
            }
        }
    }
}
