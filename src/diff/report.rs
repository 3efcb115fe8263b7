//! helm-diff's report (`diff/diff.go` `generateReport`): which objects were added, removed,
//! changed or changed owner, and the line diff of each, in the plugin's order:
//!
//! 1. ownership changes (`--take-ownership`), in the order given;
//! 2. changed objects, by old key (byte order);
//! 3. renames found with `--find-renames`, as changes under the old key;
//! 4. removed objects, sorted (`helm.sh/resource-policy: keep` ones are not reported);
//! 5. added objects, sorted.
//!
//! Secrets are redacted (or decoded) before they are diffed, `--suppress-output-line-regex`
//! drops lines afterwards, and `--context` turns far-away common lines into `...`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;

use super::lcs::{diff_lines, Record};
use super::manifest::Document;
use super::secrets;
use super::structured::{self, StructuredEntry};

/// How Secret values are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SecretMode {
    /// The default: `REDACTED # (N bytes)`, `-------- # (N bytes)`, `++++++++ # (N bytes)`.
    #[default]
    Redact,
    /// `--show-secrets`: the documents as they are.
    Show,
    /// `--show-secrets-decoded`: values base64-decoded, under `stringData:`.
    ShowDecoded,
}

/// The diff options shared by every `diff` subcommand.
#[derive(Clone, Debug, Default)]
pub struct DiffOptions {
    /// `-C/--context`: common lines kept around each change; `None` (`-1`) keeps them all.
    pub context: Option<usize>,
    /// `--suppress KIND` (and `Secret` for `--suppress-secrets`): exact, case-sensitive kinds
    /// whose body is replaced by a one-line notice.
    pub suppressed_kinds: Vec<String>,
    /// How Secrets are shown (`--show-secrets`, `--show-secrets-decoded`, redacted).
    pub secrets: SecretMode,
    /// `-D/--find-renames`: a removed and an added object of one kind are paired when the
    /// share of changed lines between them is below this (and the lowest); `0` disables it.
    pub find_renames: f64,
    /// `--strip-trailing-cr`.
    pub strip_trailing_cr: bool,
    /// `--suppress-output-line-regex`: diff lines matching any of these are dropped.
    pub suppress_line_regex: Vec<Regex>,
    /// `--output structured`: field-level changes are computed instead of line diffs, and a
    /// change with no semantic difference (comments, key order) is not reported at all.
    pub structured: bool,
}

/// What happened to an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The object is created.
    Add,
    /// The object is deleted.
    Remove,
    /// The object changes.
    Modify,
    /// The object changes its owning release.
    Ownership,
    /// A change whose every changed line was dropped by `--suppress-output-line-regex`.
    ModifySuppressed,
}

impl Change {
    /// helm-diff's name (`ADD`, `REMOVE`, `MODIFY`, `OWNERSHIP`, `MODIFY_SUPPRESSED`).
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Add => "ADD",
            Change::Remove => "REMOVE",
            Change::Modify => "MODIFY",
            Change::Ownership => "OWNERSHIP",
            Change::ModifySuppressed => "MODIFY_SUPPRESSED",
        }
    }
}

/// The kind of a diff line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A line both sides have.
    Common,
    /// A line only the new side has.
    Added,
    /// A line only the old side has.
    Removed,
    /// A run of common lines left out by `--context`, printed as `...`.
    Elided,
}

/// One line of an entry's diff (its text without `\n`; empty for `Elided`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Whether the line is common, added, removed or elided.
    pub kind: LineKind,
    /// The line's text.
    pub text: String,
}

/// One object of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The object's key (see [`KeyParts`]).
    pub key: String,
    /// The object's Kind (`""` for ownership entries, which are never suppressed).
    pub kind: String,
    /// What happens to the object.
    pub change: Change,
    /// The diff, after line suppression and `--context` (empty in structured mode).
    pub lines: Vec<Line>,
    /// The kind is in `suppressed_kinds`: printers show a notice instead of the lines.
    pub suppressed_kind: bool,
    /// Structured mode: the entry `--output structured` prints; `None` when it could not be
    /// built (a warning says why) or outside structured mode.
    pub structured: Option<StructuredEntry>,
}

/// An object whose owning release changes (`--take-ownership`): the live object's
/// `"<release-namespace>/<release-name>"` and the release that takes it over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ownership {
    /// The object's key.
    pub key: String,
    /// The release that owns the object now.
    pub old_owner: String,
    /// The release that takes it over.
    pub new_owner: String,
}

/// The result of comparing two sets of objects.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The objects that change, in helm-diff's order.
    pub entries: Vec<Entry>,
    /// Warnings helm-diff prints to stderr while building the report.
    pub warnings: Vec<String>,
}

impl Report {
    /// helm-diff's "seen any changes" (`--detailed-exitcode`): any entry at all, including
    /// suppressed kinds and entries emptied by the line regex. A kept (`resource-policy: keep`)
    /// removal is not an entry.
    pub fn has_changes(&self) -> bool {
        !self.entries.is_empty()
    }

    /// `(add, change, destroy, ownership)` as the `simple` format's Plan line counts them
    /// (`MODIFY_SUPPRESSED` entries are not counted).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let n = |c: Change| self.entries.iter().filter(|e| e.change == c).count();
        (
            n(Change::Add),
            n(Change::Modify),
            n(Change::Remove),
            n(Change::Ownership),
        )
    }
}

/// The parts of a key, as helm-diff's templates recover them (`loadFromKey`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyParts {
    /// The namespace.
    pub namespace: String,
    /// The object name.
    pub name: String,
    /// The Kind.
    pub kind: String,
    /// The API group and version.
    pub api: String,
}

/// Recovers namespace, name, kind and API group from a key with helm-diff's regular expression
/// `([a-z0-9-]+), ([a-z0-9.-]+), (\w+) \(([^)]+)\)` (unanchored). Keys it does not match (names
/// with capitals or `:`, `diff release` paths) give `None`: the `json`/`template` formats drop
/// them.
pub fn key_parts(key: &str) -> Option<KeyParts> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"([a-z0-9-]+), ([a-z0-9.-]+), ((?-u:\w)+) \(([^)]+)\)").expect("valid regex")
    });
    let c = re.captures(key)?;
    Some(KeyParts {
        namespace: c[1].to_string(),
        name: c[2].to_string(),
        kind: c[3].to_string(),
        api: c[4].to_string(),
    })
}

/// Compares two sets of objects (keyed as [`super::manifest::parse`] keys them).
pub fn report(
    old: &BTreeMap<String, Document>,
    new: &BTreeMap<String, Document>,
    opts: &DiffOptions,
) -> Report {
    report_with_ownership(old, new, &[], opts)
}

/// [`report`] with `--take-ownership` entries first (`changed ownership:`, a `-` line with the
/// old owner and a `+` line with the new one). A spec change of the same object follows as its
/// own entry.
pub fn report_with_ownership(
    old: &BTreeMap<String, Document>,
    new: &BTreeMap<String, Document>,
    ownership: &[Ownership],
    opts: &DiffOptions,
) -> Report {
    // Working copies: Secret handling rewrites documents in place, as the plugin does.
    let mut old = old.clone();
    let mut new = new.clone();
    let mut b = Builder {
        opts,
        raw: Vec::new(),
        warnings: Vec::new(),
    };
    for o in ownership {
        let records = owned(&diff_lines(
            &split(&o.old_owner, true),
            &split(&o.new_owner, true),
        ));
        b.raw.push(Raw {
            key: o.key.clone(),
            kind: String::new(),
            change: Change::Ownership,
            records,
            context: Some(0),
            structured: None,
        });
    }

    let mut possibly_removed = Vec::new();
    for (key, old_doc) in old.iter_mut() {
        match new.get_mut(key) {
            Some(new_doc) => b.diff(key, Some(old_doc), Some(new_doc)),
            None => possibly_removed.push(key.clone()),
        }
    }
    let possibly_added: Vec<String> = new
        .keys()
        .filter(|k| !old.contains_key(*k))
        .cloned()
        .collect();
    let (removed, added) = b.find_renames(possibly_removed, &mut old, possibly_added, &mut new);
    for key in removed {
        let doc = old.get_mut(&key).expect("removed key is an old key");
        if doc.resource_policy != "keep" {
            b.diff(&key, Some(doc), None);
        }
    }
    for key in added {
        let doc = new.get_mut(&key).expect("added key is a new key");
        b.diff(&key, None, Some(doc));
    }

    let suppressing = !opts.suppress_line_regex.is_empty();
    let entries = b
        .raw
        .into_iter()
        .map(|mut r| {
            if suppressing {
                suppress_lines(&mut r, &opts.suppress_line_regex);
            }
            let suppressed_kind = opts.suppressed_kinds.contains(&r.kind);
            Entry {
                lines: with_context(r.records, r.context),
                key: r.key,
                kind: r.kind,
                change: r.change,
                suppressed_kind,
                structured: r.structured,
            }
        })
        .collect();
    Report {
        entries,
        warnings: b.warnings,
    }
}

/// An entry before line suppression and context.
struct Raw {
    key: String,
    kind: String,
    change: Change,
    records: Vec<(LineKind, String)>,
    context: Option<usize>,
    structured: Option<StructuredEntry>,
}

struct Builder<'o> {
    opts: &'o DiffOptions,
    raw: Vec<Raw>,
    warnings: Vec<String>,
}

fn split(s: &str, strip_cr: bool) -> Vec<&str> {
    s.split('\n')
        .map(|l| {
            if strip_cr {
                l.strip_suffix('\r').unwrap_or(l)
            } else {
                l
            }
        })
        .collect()
}

fn owned(records: &[Record]) -> Vec<(LineKind, String)> {
    records
        .iter()
        .map(|r| (r.kind, r.text.to_string()))
        .collect()
}

fn changed_lines(records: &[Record]) -> usize {
    records
        .iter()
        .filter(|r| r.kind != LineKind::Common)
        .count()
}

impl Builder<'_> {
    fn content_diff<'a>(&self, old: &'a str, new: &'a str) -> Vec<Record<'a>> {
        let cr = self.opts.strip_trailing_cr;
        diff_lines(&split(old, cr), &split(new, cr))
    }

    fn handle_secrets(&self, old: Option<&mut Document>, new: Option<&mut Document>) {
        match self.opts.secrets {
            SecretMode::ShowDecoded => secrets::decode(old, new),
            SecretMode::Redact => secrets::redact(old, new),
            SecretMode::Show => {}
        }
    }

    /// helm-diff's `doDiff`.
    fn diff(&mut self, key: &str, mut old: Option<&mut Document>, mut new: Option<&mut Document>) {
        if let (Some(o), Some(n)) = (&old, &new) {
            if o.content == n.content {
                return;
            }
        }
        self.handle_secrets(old.as_deref_mut(), new.as_deref_mut());
        let structured = self.opts.structured;
        let (change, kind, records) = match (&old, &new) {
            (None, Some(n)) => {
                let recs = if structured {
                    Vec::new()
                } else {
                    owned(&self.content_diff("", &n.content))
                };
                (Change::Add, n.kind.clone(), recs)
            }
            (Some(o), None) => {
                let recs = if structured {
                    Vec::new()
                } else {
                    owned(&self.content_diff(&o.content, ""))
                };
                (Change::Remove, o.kind.clone(), recs)
            }
            (Some(o), Some(n)) => {
                let recs = if structured {
                    Vec::new()
                } else {
                    let recs = self.content_diff(&o.content, &n.content);
                    if changed_lines(&recs) == 0 {
                        return;
                    }
                    owned(&recs)
                };
                (Change::Modify, o.kind.clone(), recs)
            }
            (None, None) => return,
        };
        let mut entry_structured = None;
        if structured {
            let suppressed = self.opts.suppressed_kinds.contains(&kind);
            match structured::build(
                key,
                change.as_str(),
                suppressed,
                old.as_ref().map(|d| d.content.as_str()),
                new.as_ref().map(|d| d.content.as_str()),
            ) {
                Ok(e) => {
                    if change == Change::Modify && !e.changes_suppressed && e.changes.is_empty() {
                        return;
                    }
                    entry_structured = Some(e);
                }
                Err(err) => self.warnings.push(format!(
                    "Warning: failed to build structured entry for {key} (kind: {kind}, changeType: {}): {err}",
                    change.as_str()
                )),
            }
        }
        self.raw.push(Raw {
            key: key.to_string(),
            kind,
            change,
            records,
            context: self.opts.context,
            structured: entry_structured,
        });
    }

    /// helm-diff's `contentSearch`: pairs removed and added objects of one kind whose share of
    /// changed lines is lowest and below `find_renames`; the pairs are reported as changes
    /// under the old key. Returns the keys still removed and still added.
    fn find_renames(
        &mut self,
        possibly_removed: Vec<String>,
        old: &mut BTreeMap<String, Document>,
        mut possibly_added: Vec<String>,
        new: &mut BTreeMap<String, Document>,
    ) -> (Vec<String>, Vec<String>) {
        if self.opts.find_renames <= 0.0 {
            return (possibly_removed, possibly_added);
        }
        let threshold = self.opts.find_renames as f32;
        let mut removed = Vec::new();
        for removed_key in possibly_removed {
            let old_doc = old
                .get_mut(&removed_key)
                .expect("removed key is an old key");
            let mut best: Option<(String, f32)> = None;
            for added_key in &possibly_added {
                let new_doc = new.get_mut(added_key).expect("added key is a new key");
                if old_doc.kind != new_doc.kind {
                    continue;
                }
                let (old_len, new_len) = (old_doc.content.len(), new_doc.content.len());
                if old_len == 0 || new_len == 0 {
                    continue;
                }
                // Redaction changes a Secret's length, so the ratio says little for Secrets.
                if old_doc.kind != "Secret" {
                    let ratio = old_len as f32 / new_len as f32;
                    if !(0.1..=10.0).contains(&ratio) {
                        continue;
                    }
                }
                self.handle_secrets(Some(&mut *old_doc), Some(&mut *new_doc));
                let recs = self.content_diff(&old_doc.content, &new_doc.content);
                let delta = changed_lines(&recs);
                if delta == 0 || recs.is_empty() {
                    continue;
                }
                let fraction = delta as f32 / recs.len() as f32;
                if fraction > 0.0 && best.as_ref().is_none_or(|(_, f)| fraction < *f) {
                    best = Some((added_key.clone(), fraction));
                }
            }
            match best {
                Some((added_key, fraction)) if fraction < threshold => {
                    possibly_added.retain(|k| *k != added_key);
                    let new_doc = new.get_mut(&added_key).expect("added key is a new key");
                    self.diff(&removed_key, Some(old_doc), Some(new_doc));
                }
                _ => removed.push(removed_key),
            }
        }
        (removed, possibly_added)
    }
}

/// helm-diff's `doSuppress`: drops lines matching any expression; an entry left without a
/// changed line loses all its lines, and a change becomes `MODIFY_SUPPRESSED`.
fn suppress_lines(r: &mut Raw, regexes: &[Regex]) {
    r.records
        .retain(|(_, text)| !regexes.iter().any(|re| re.is_match(text)));
    if !r.records.iter().any(|(k, _)| *k != LineKind::Common) {
        r.records.clear();
        if r.change == Change::Modify {
            r.change = Change::ModifySuppressed;
        }
    }
}

/// `--context N`: common lines more than N lines from every change collapse, run by run,
/// into one `...` line.
fn with_context(records: Vec<(LineKind, String)>, context: Option<usize>) -> Vec<Line> {
    let Some(context) = context else {
        return records
            .into_iter()
            .map(|(kind, text)| Line { kind, text })
            .collect();
    };
    let n = records.len();
    let mut distance = vec![usize::MAX; n];
    let mut last = None;
    for (i, (k, _)) in records.iter().enumerate() {
        if *k != LineKind::Common {
            last = Some(i);
        }
        if let Some(c) = last {
            distance[i] = i - c;
        }
    }
    let mut next = None;
    for i in (0..n).rev() {
        if records[i].0 != LineKind::Common {
            next = Some(i);
        }
        if let Some(c) = next {
            distance[i] = distance[i].min(c - i);
        }
    }
    let mut lines = Vec::new();
    let mut omitting = false;
    for ((kind, text), d) in records.into_iter().zip(distance) {
        if d > context {
            if !omitting {
                lines.push(Line {
                    kind: LineKind::Elided,
                    text: String::new(),
                });
                omitting = true;
            }
        } else {
            omitting = false;
            lines.push(Line { kind, text });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recs(old: &str, new: &str) -> Vec<(LineKind, String)> {
        owned(&diff_lines(&split(old, false), &split(new, false)))
    }

    fn raw(records: Vec<(LineKind, String)>) -> Raw {
        Raw {
            key: "k".into(),
            kind: "ConfigMap".into(),
            change: Change::Modify,
            records,
            context: None,
            structured: None,
        }
    }

    /// `TestDoSuppress` (diff/diff_test.go).
    #[test]
    fn test_do_suppress() {
        let re = |s: &str| vec![Regex::new(s).unwrap()];
        // simple: no expressions, nothing changes.
        let mut r = raw(recs("hello: world", "hello: world2"));
        suppress_lines(&mut r, &[]);
        assert_eq!(r.records, recs("hello: world", "hello: world2"));
        assert_eq!(r.change, Change::Modify);
        // ignore all
        let mut r = raw(recs("hello: world", "hello: world2"));
        suppress_lines(&mut r, &re(".*world2?"));
        assert!(r.records.is_empty());
        assert_eq!(r.change, Change::ModifySuppressed);
        // ignore partial
        let mut r = raw(recs("hello: world", "hello: world2"));
        suppress_lines(&mut r, &re(".*world2"));
        assert_eq!(
            r.records,
            vec![(LineKind::Removed, "hello: world".to_string())]
        );
        assert_eq!(r.change, Change::Modify);
    }

    /// `TestLoadFromKey` (diff/report_test.go).
    #[test]
    fn test_load_from_key() {
        let p = |ns: &str, name: &str, kind: &str, api: &str| KeyParts {
            namespace: ns.into(),
            name: name.into(),
            kind: kind.into(),
            api: api.into(),
        };
        assert_eq!(
            key_parts("default, nginx, Deployment (apps)"),
            Some(p("default", "nginx", "Deployment", "apps"))
        );
        assert_eq!(
            key_parts("default, probes.monitoring.coreos.com, CustomResourceDefinition (apiextensions.k8s.io)"),
            Some(p("default", "probes.monitoring.coreos.com", "CustomResourceDefinition", "apiextensions.k8s.io"))
        );
        assert_eq!(
            key_parts("default, my-cert, Certificate (cert-manager.io/v1)"),
            Some(p("default", "my-cert", "Certificate", "cert-manager.io/v1"))
        );
        assert_eq!(key_parts("mychart/templates/svc.yaml"), None);
    }

    #[test]
    fn context_distances() {
        let r = recs("a\nb\nc\nd\ne", "a\nB\nc\nd\ne");
        let show = |ls: &[Line]| {
            ls.iter()
                .map(|l| match l.kind {
                    LineKind::Elided => "...".to_string(),
                    LineKind::Added => format!("+{}", l.text),
                    LineKind::Removed => format!("-{}", l.text),
                    LineKind::Common => format!(" {}", l.text),
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(show(&with_context(r.clone(), Some(0))), "...,-b,+B,...");
        assert_eq!(show(&with_context(r.clone(), Some(1))), " a,-b,+B, c,...");
        assert_eq!(show(&with_context(r, None)), " a,-b,+B, c, d, e");
    }
}
