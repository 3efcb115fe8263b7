//! Loads every chart of the shared corpus (`../shared/corpus/charts/*/chart`) and checks the
//! loaded structure against the files on disk and against what Helm rendered from it.
//! Skips with a note when the corpus is absent, fails then with `RHELM_REQUIRE_TESTENV=1`.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use rhelm::chart::{self, Chart};

/// Subcharts on disk: folders and `.tgz` files in `charts/`, not starting with `_` or `.`.
fn disk_subcharts(dir: &Path) -> usize {
    let Ok(rd) = fs::read_dir(dir.join("charts")) else {
        return 0;
    };
    rd.filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            !n.starts_with('_') && !n.starts_with('.') && (e.path().is_dir() || n.ends_with(".tgz"))
        })
        .count()
}

fn count_files(dir: &Path) -> usize {
    let Ok(rd) = fs::read_dir(dir) else {
        return 0;
    };
    rd.filter_map(|e| e.ok())
        .map(|e| {
            if e.path().is_dir() {
                count_files(&e.path())
            } else {
                1
            }
        })
        .sum()
}

/// Every template's full path (`top/charts/sub/templates/x.yaml`), recursively.
fn template_paths(c: &Chart, prefix: &str, out: &mut BTreeSet<String>) {
    for t in &c.templates {
        out.insert(format!("{prefix}/{}", t.name));
    }
    for d in &c.dependencies {
        template_paths(d, &format!("{prefix}/charts/{}", d.name()), out);
    }
}

fn check_tree(c: &Chart, dir: &Path, errors: &mut Vec<String>, id: &str) {
    let want = disk_subcharts(dir);
    if c.dependencies.len() != want {
        errors.push(format!(
            "{id}: {} has {} subcharts loaded, {} on disk",
            dir.display(),
            c.dependencies.len(),
            want
        ));
    }
    let on_disk = count_files(&dir.join("templates"));
    if c.templates.len() > on_disk || (on_disk > 0 && c.templates.is_empty()) {
        errors.push(format!(
            "{id}: {} has {} templates loaded, {} files on disk",
            dir.display(),
            c.templates.len(),
            on_disk
        ));
    }
    for d in &c.dependencies {
        let sub = dir.join("charts").join(d.name());
        if sub.is_dir() {
            check_tree(d, &sub, errors, id);
        }
    }
}

#[test]
fn corpus_charts_load_with_their_templates_and_subcharts() {
    let Some(root) = common::shared("corpus/charts") else {
        return;
    };
    let mut ids: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("chart").is_dir())
        .collect();
    ids.sort();
    assert!(!ids.is_empty(), "no charts in {}", root.display());
    let mut errors = Vec::new();
    for case in &ids {
        let id = case.file_name().unwrap().to_string_lossy().into_owned();
        let dir = case.join("chart");
        let c = match chart::load(&dir) {
            Ok(c) => c,
            Err(e) => {
                errors.push(format!("{id}: load failed: {e}"));
                continue;
            }
        };
        check_tree(&c, &dir, &mut errors, &id);
        // Every template Helm rendered must be among the loaded ones.
        let mut paths = BTreeSet::new();
        template_paths(&c, c.name(), &mut paths);
        if let Ok(expected) = fs::read_to_string(case.join("expected.yaml")) {
            for line in expected.lines() {
                if let Some(src) = line.strip_prefix("# Source: ") {
                    if !paths.contains(src) {
                        errors.push(format!("{id}: rendered template {src} was not loaded"));
                    }
                }
            }
        }
    }
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
    eprintln!("{} corpus charts loaded", ids.len());
}

#[test]
fn directory_loading_records_mod_times() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("m");
    fs::create_dir_all(d.join("templates")).unwrap();
    fs::write(
        d.join("Chart.yaml"),
        "apiVersion: v2\nname: m\nversion: 1.0.0\n",
    )
    .unwrap();
    fs::write(d.join("values.schema.json"), "{}").unwrap();
    fs::write(d.join("templates/a.yaml"), "a").unwrap();
    let c = chart::load(&d).unwrap();
    let want = fs::metadata(d.join("templates/a.yaml"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(c.file_mod_times.get("templates/a.yaml"), Some(&want));
    assert_eq!(
        c.mod_time,
        Some(
            fs::metadata(d.join("Chart.yaml"))
                .unwrap()
                .modified()
                .unwrap()
        )
    );
    assert!(c.schema_mod_time.is_some());
}

#[test]
fn missing_chart_yaml_error_uses_the_clean_absolute_path() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("nochart");
    fs::create_dir_all(&d).unwrap();
    let odd = d.join("../nochart/./");
    let e = chart::load(&odd).unwrap_err().to_string();
    let p = d.join("Chart.yaml");
    assert_eq!(
        e,
        format!(
            "unable to detect chart at {}: open {}: no such file or directory",
            p.display(),
            p.display()
        )
    );
}
