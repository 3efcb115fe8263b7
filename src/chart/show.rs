//! What `helm show chart|values|readme|crds|all` prints for a loaded chart (Helm's
//! `action.Show`).

use super::Chart;

/// Which part of the chart to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShowPart {
    /// `show chart`: Chart.yaml.
    Chart,
    /// `show values`: values.yaml.
    Values,
    /// `show readme`: the README.
    Readme,
    /// `show crds`: the files under `crds/`.
    Crds,
    /// `show all`: all of them.
    All,
}

/// Helm's README names, matched case-insensitively in the order of the chart's files.
const README_NAMES: &[&str] = &["readme.md", "readme.txt", "readme"];

/// The text Helm prints: `Chart.yaml` as YAML (sorted keys) and an empty line; `values.yaml`
/// as written; the first README; each CRD, with `---` before those not starting with one. With
/// `All`, `---` separates the parts.
pub fn show(chart: &Chart, part: ShowPart) -> String {
    let all = part == ShowPart::All;
    let mut out = String::new();
    if matches!(part, ShowPart::Chart | ShowPart::All) {
        out.push_str(&goyaml::to_string(&chart.metadata.to_json()));
        out.push('\n');
    }
    if matches!(part, ShowPart::Values | ShowPart::All) {
        if let Some(values) = chart.raw.iter().find(|f| f.name == "values.yaml") {
            if all {
                out.push_str("---\n");
            }
            out.push_str(&String::from_utf8_lossy(&values.data));
            out.push('\n');
        }
    }
    if matches!(part, ShowPart::Readme | ShowPart::All) {
        let readme = chart
            .files
            .iter()
            .find(|f| README_NAMES.iter().any(|n| f.name.eq_ignore_ascii_case(n)));
        if let Some(f) = readme {
            if all {
                out.push_str("---\n");
            }
            out.push_str(&String::from_utf8_lossy(&f.data));
            out.push('\n');
        }
    }
    if matches!(part, ShowPart::Crds | ShowPart::All) {
        for crd in chart.crd_objects(chart.name()) {
            if !crd.data.starts_with(b"---") {
                out.push_str("---\n");
            }
            out.push_str(&String::from_utf8_lossy(&crd.data));
            out.push('\n');
        }
    }
    out
}
