//! Rendering a release without a cluster, as Helm 4.1.4's client-only install does for
//! `helm template` (`Install.RunWithContext` up to `renderResources`), and assembling what
//! `helm template` prints or writes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::engine::{with_render_stack, Engine, ParseAhead, RenderContext, TEMPLATE_STACK_BYTES};
use super::errors::RenderError;
use super::funcs::LookupFn;
use super::manifest::{sort_rendered, HookDoc, ManifestError, INSTALL_ORDER};
use super::objects::{values_to_template, Capabilities, ReleaseOptions};
use super::postrender::{annotate_and_merge, split_and_deannotate, PostRenderHook};
use crate::chart::coalesce::coalesce_logged;
use crate::chart::gofmt::slog_line;
use crate::chart::schema::{SchemaAhead, SchemaCheck};
use crate::chart::{process_dependencies, semver, Chart, ChartError};
use crate::release::manifest::split_manifests;

const NOTES_SUFFIX: &str = "NOTES.txt";

/// Options of a client-only install.
#[derive(Clone, Debug, Default)]
pub struct InstallOptions {
    /// `.Release.Name`.
    pub release_name: String,
    /// `.Release.Namespace`.
    pub namespace: String,
    /// `.Release.Revision`; 0 means 1 (a first install).
    pub revision: i64,
    /// `--is-upgrade`: `.Release.IsUpgrade` instead of `.Release.IsInstall`.
    pub is_upgrade: bool,
    /// `.Capabilities`: the cluster's, or the defaults for a client-only render.
    pub capabilities: Capabilities,
    /// `--include-crds`: CRDs from `crds/` go first in the manifest.
    pub include_crds: bool,
    /// `--render-subchart-notes`.
    pub sub_notes: bool,
    /// `--output-dir`: manifests are written under it instead of returned.
    pub output_dir: Option<PathBuf>,
    /// `--release-name`: write under `output_dir/release_name`.
    pub use_release_name: bool,
    /// `--skip-schema-validation`: do not check values against `values.schema.json`.
    pub skip_schema_validation: bool,
    /// `--hide-secret` (dry runs): Secrets are left out of the manifest.
    pub hide_secret: bool,
    /// The chart went through [`prepare_chart`] already (install does it before installing
    /// CRDs); rendering then skips the name check and dependency processing.
    pub prepared: bool,
    /// `--enable-dns`: `getHostByName` resolves names.
    pub enable_dns: bool,
    /// `--post-renderer`: runs over the rendered files (hooks included) before sorting.
    pub post_render: Option<PostRenderHook>,
}

/// The folder `helm template` writes manifests and hooks to: `--output-dir`, joined with the
/// release name under `--release-name` (CRDs go to `--output-dir` itself, as in Helm).
pub fn release_output_dir(
    output_dir: Option<&Path>,
    use_release_name: bool,
    release_name: &str,
) -> Option<PathBuf> {
    let dir = output_dir?;
    Some(if use_release_name {
        dir.join(release_name)
    } else {
        dir.to_path_buf()
    })
}

/// A rendered release: the manifest (CRDs and resources with `# Source:` headers), the hooks
/// and the notes.
#[derive(Clone, Debug, Default)]
pub struct RenderedRelease {
    /// The rendered manifest (see [`RenderedRelease`]).
    pub manifest: String,
    /// The hook documents.
    pub hooks: Vec<HookDoc>,
    /// The rendered `NOTES.txt` (and subcharts' with `--render-subchart-notes`).
    pub notes: String,
    /// Lines `wrote PATH` for files written to the output directory.
    pub wrote: Vec<String>,
    /// The chart after dependency processing (disabled subcharts pruned, aliases and
    /// import-values applied): what a release record stores.
    pub chart: Chart,
}

/// Why a client-only install failed.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// The release name breaks Helm's rule (before a release exists).
    #[error("release name check failed: {}", name_cause(.name, .reason))]
    InvalidName {
        /// The name given.
        name: String,
        /// Which rule it breaks.
        reason: crate::release::NameError,
    },
    /// Dependency processing failed (disabled subcharts, aliases, import-values).
    #[error("chart dependencies processing failed: {0}")]
    Dependencies(ChartError),
    /// The values could not be computed or do not fit the chart's schema.
    #[error("{0}")]
    Chart(ChartError),
    /// The render thread was stopped before it finished.
    #[error("rendering was cancelled: {0}")]
    Cancelled(String),
    /// While rendering; Helm has a (failed) release then, so `helm template` suggests
    /// `--debug`. `manifest` is what `--debug` shows.
    #[error("{message}")]
    Render {
        /// Helm's error text.
        message: String,
        /// The rendered documents, for `--debug`.
        manifest: String,
    },
}

// The causes are part of the message (as Helm prints them), so no variant names a `source`:
// the CLI prints the chain, which would repeat them.
impl From<ChartError> for InstallError {
    fn from(e: ChartError) -> Self {
        InstallError::Chart(e)
    }
}

/// The cause Helm logs and prints after "release name check failed".
fn name_cause(name: &str, e: &crate::release::NameError) -> String {
    format!("release name {}: {e}", gostd::strconv::quote(name))
}

/// What [`render_release`] gives back: the outcome, and the lines Helm logs on stderr on the way
/// (warnings, and the errors it logs before returning them) in the order it prints them. Helm
/// has printed these before it reports success or failure, so they come with both.
#[derive(Debug)]
pub struct ReleaseRender {
    /// Helm's log lines, in the order it prints them.
    pub logs: Vec<String>,
    /// The rendered release, or why it could not be rendered.
    pub result: Result<RenderedRelease, InstallError>,
}

/// Renders `chart` with user values `vals` as a client-only install.
fn render_release(
    chart: Chart,
    vals: &Map<String, Value>,
    opts: &InstallOptions,
    engine: &Engine,
) -> ReleaseRender {
    let mut logs = Vec::new();
    let engine = Engine {
        enable_dns: opts.enable_dns,
        ..engine.clone()
    };
    let result = install(chart, vals, opts, &engine, &mut logs);
    ReleaseRender { logs, result }
}

/// The steps of a client-only install before values are computed: the release name check and
/// dependency processing (disabled subcharts pruned, aliases and import-values applied).
pub fn prepare_chart(
    chart: &mut Chart,
    vals: &Map<String, Value>,
    release_name: &str,
    logs: &mut Vec<String>,
) -> Result<(), InstallError> {
    if let Err(reason) = crate::release::validate_name(release_name) {
        log_failed_step(
            logs,
            "release name check failed",
            &name_cause(release_name, &reason),
        );
        return Err(InstallError::InvalidName {
            name: release_name.to_string(),
            reason,
        });
    }
    if let Err(e) = process_dependencies(chart, vals, logs) {
        log_failed_step(logs, "chart dependencies processing failed", &e.to_string());
        return Err(InstallError::Dependencies(e));
    }
    Ok(())
}

fn install(
    mut chart: Chart,
    vals: &Map<String, Value>,
    opts: &InstallOptions,
    engine: &Engine,
    logs: &mut Vec<String>,
) -> Result<RenderedRelease, InstallError> {
    // The schemas, then the templates, parse on the lent thread while dependencies and values
    // are worked out.
    let schemas = (!opts.skip_schema_validation)
        .then(|| SchemaAhead::start(&chart))
        .flatten();
    let ahead = ParseAhead::start(&chart);
    if !opts.prepared {
        prepare_chart(&mut chart, vals, &opts.release_name, logs)?;
    }
    let values = Arc::new(Value::Object(coalesce_logged(&chart, vals, false, logs)?));
    // The values are validated while the chart renders (on the lent thread when there is one);
    // a schema error is reported as Helm reports it, before anything the render gave.
    let check = (!opts.skip_schema_validation)
        .then(|| SchemaCheck::start(&chart, Arc::clone(&values), schemas));
    let ctx = RenderContext {
        release: ReleaseOptions {
            name: opts.release_name.clone(),
            namespace: opts.namespace.clone(),
            revision: opts.revision.max(1),
            is_install: !opts.is_upgrade,
            is_upgrade: opts.is_upgrade,
        },
        capabilities: opts.capabilities.clone(),
        values,
    };
    let rendered = render_resources(&chart, &ctx, opts, engine, ahead);
    if let Some(check) = check {
        check.finish()?;
    }
    let mut rendered = rendered?;
    rendered.chart = chart;
    Ok(rendered)
}

/// `lookup` for a render that talks to a cluster: `(apiVersion, kind, namespace, name)` to the
/// live object, or the list of them when the name is empty, as JSON (an empty object when
/// there is none). Callable from the render thread.
pub type ClusterLookup = Arc<dyn Fn(&str, &str, &str, &str) -> Result<Value, String> + Send + Sync>;

/// Renders a release for install or upgrade on the render thread (deep stack), with `lookup`
/// answered by the cluster when given.
pub fn render_for_deploy(
    chart: Chart,
    vals: Map<String, Value>,
    opts: InstallOptions,
    lookup: Option<ClusterLookup>,
) -> ReleaseRender {
    with_render_stack(move || {
        let lookup = lookup.map(|f| -> LookupFn {
            Rc::new(move |a: &str, b: &str, c: &str, d: &str| {
                f(a, b, c, d).map(|v| values_to_template(&v))
            })
        });
        let engine = Engine {
            max_stack_bytes: Some(TEMPLATE_STACK_BYTES),
            lookup,
            ..Engine::default()
        };
        render_release(chart, &vals, &opts, &engine)
    })
}

/// A failed setup step as Helm logs it at ERROR, before it returns `step: error`.
pub fn log_failed_step(logs: &mut Vec<String>, step: &str, error: &str) {
    logs.push(slog_line("ERROR", step, &[("error", error)]));
}

fn render_err(message: String) -> InstallError {
    InstallError::Render {
        message,
        manifest: String::new(),
    }
}

/// Helm's `renderResources` for a client-only install.
fn render_resources(
    chart: &Chart,
    ctx: &RenderContext,
    opts: &InstallOptions,
    engine: &Engine,
    ahead: Option<ParseAhead>,
) -> Result<RenderedRelease, InstallError> {
    let kv = &ctx.capabilities.kube_version;
    let constraint = &chart.metadata.kube_version;
    if !constraint.is_empty() && !semver::is_compatible_range(constraint, kv.string()) {
        return Err(render_err(format!(
            "chart requires kubeVersion: {constraint} which is incompatible with Kubernetes {}",
            kv.version
        )));
    }
    let mut files = engine.render(chart, ctx, ahead).map_err(|e| match e {
        RenderError::Parse(m) | RenderError::Exec(m) => render_err(m),
    })?;
    // Go writes a template's bytes. Output that is UTF-8 becomes plain text; output that is
    // not stays escaped: its manifests fail as Helm's YAML reader fails, its notes show U+FFFD.
    let mut not_utf8 = BTreeSet::new();
    for (name, content) in files.iter_mut() {
        if !gotemplate::gostr::has_escapes(content) {
            continue;
        }
        match gotemplate::gostr::to_text(content) {
            Ok(text) => *content = text.into_owned(),
            Err(_) => {
                not_utf8.insert(name.clone());
            }
        }
    }

    let root_notes = format!("{}/templates/{NOTES_SUFFIX}", chart.name());
    let mut notes = String::new();
    let note_keys: Vec<String> = files
        .keys()
        .filter(|k| k.ends_with(NOTES_SUFFIX))
        .cloned()
        .collect();
    for k in note_keys {
        let v = files.remove(&k).unwrap_or_default();
        if opts.sub_notes || k == root_notes {
            if !notes.is_empty() {
                notes.push('\n');
            }
            if not_utf8.contains(&k) {
                notes.push_str(&gotemplate::gostr::lossy_text(&v));
            } else {
                notes.push_str(&v);
            }
        }
    }

    if let Some(hook) = &opts.post_render {
        // Helm hands the files to kyaml as Go strings: bytes that are not UTF-8 come back
        // replaced.
        for name in std::mem::take(&mut not_utf8) {
            if let Some(content) = files.get_mut(&name) {
                *content = gotemplate::gostr::lossy_text(content).into_owned();
            }
        }
        let merged = annotate_and_merge(&files)
            .map_err(|e| render_err(format!("error merging manifests: {e}")))?;
        let output = (hook.0)(&merged).map_err(render_err)?;
        files = split_and_deannotate(&output)
            .map_err(|e| render_err(format!("error while parsing post rendered output: {e}")))?;
    }

    let (hooks, manifests) = match sort_rendered(&files, &not_utf8, INSTALL_ORDER) {
        Ok(x) => x,
        Err(ManifestError::Parse { path, message }) => {
            let mut dump = String::new();
            for (name, content) in &files {
                if content.trim().is_empty() {
                    continue;
                }
                // Go prints the bytes; invalid ones show as U+FFFD here.
                let content = if not_utf8.contains(name) {
                    gotemplate::gostr::lossy_text(content)
                } else {
                    content.into()
                };
                dump.push_str(&format!("---\n# Source: {name}\n{content}\n"));
            }
            return Err(InstallError::Render {
                message: format!("YAML parse error on {path}: {message}"),
                manifest: dump,
            });
        }
    };

    let mut out = String::new();
    let mut writer = OutputWriter::default();
    if opts.include_crds {
        for crd in chart.crd_objects(chart.name()) {
            let data = String::from_utf8_lossy(&crd.data);
            match &opts.output_dir {
                None => out.push_str(&format!("---\n# Source: {}\n{data}\n", crd.filename)),
                Some(dir) => writer
                    .write(dir, &crd.filename, &data)
                    .map_err(render_err)?,
            }
        }
    }
    let manifest_dir = release_output_dir(
        opts.output_dir.as_deref(),
        opts.use_release_name,
        &opts.release_name,
    );
    for m in &manifests {
        if opts.hide_secret && m.head.kind == "Secret" {
            continue;
        }
        match &manifest_dir {
            None => out.push_str(&format!("---\n# Source: {}\n{}\n", m.path, m.content)),
            Some(dir) => writer.write(dir, &m.path, &m.content).map_err(render_err)?,
        }
    }
    Ok(RenderedRelease {
        manifest: out,
        hooks,
        notes,
        wrote: writer.wrote,
        chart: Chart::default(),
    })
}

/// Writes `---\n# Source: NAME\nDATA\n` files, appending when a name repeats (Helm's
/// `writeToFile`).
#[derive(Default)]
pub struct OutputWriter {
    written: BTreeMap<String, bool>,
    /// Lines `wrote PATH`, one per file written.
    pub wrote: Vec<String>,
}

impl OutputWriter {
    /// Writes `data` as `name` under `dir`, appending when `name` was written before.
    pub fn write(&mut self, dir: &Path, name: &str, data: &str) -> Result<(), String> {
        let append = self.written.get(name).copied().unwrap_or(false);
        self.write_file(dir, name, data, append)?;
        self.written.insert(name.to_string(), true);
        Ok(())
    }

    /// Writes one file; `append` adds to an existing one.
    pub fn write_file(
        &mut self,
        dir: &Path,
        name: &str,
        data: &str,
        append: bool,
    ) -> Result<(), String> {
        use std::io::Write;
        let file = format!("{}/{name}", dir.display());
        let path = Path::new(&file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| crate::chart::loader::go_io_error("mkdir", parent, &e))?;
        }
        let f = if append {
            std::fs::OpenOptions::new().append(true).open(path)
        } else {
            std::fs::File::create(path)
        };
        let mut f = f.map_err(|e| crate::chart::loader::go_io_error("open", path, &e))?;
        f.write_all(format!("---\n# Source: {name}\n{data}\n").as_bytes())
            .map_err(|e| crate::chart::loader::go_io_error("write", path, &e))?;
        self.wrote.push(format!("wrote {file}"));
        Ok(())
    }
}

/// What `helm template` shows of a rendered release.
#[derive(Clone, Debug, Default)]
pub struct TemplateOutput {
    /// `--no-hooks`.
    pub disable_hooks: bool,
    /// `--skip-tests`.
    pub skip_tests: bool,
    /// `--show-only` patterns.
    pub show_only: Vec<String>,
    /// Where hooks are written instead of printed: `--output-dir`, joined with the release
    /// name under `--release-name` (the folder the install wrote the manifests to).
    pub hooks_dir: Option<PathBuf>,
}

/// Assembles `helm template`'s standard output (hooks written to `show.hooks_dir` when set).
pub fn template_output(rel: &mut RenderedRelease, show: &TemplateOutput) -> Result<String, String> {
    let mut manifests = format!("{}\n", rel.manifest.trim());
    if !show.disable_hooks {
        let mut writer = OutputWriter::default();
        for h in &rel.hooks {
            if show.skip_tests && h.events.iter().any(|e| e == "test") {
                continue;
            }
            match &show.hooks_dir {
                None => manifests.push_str(&format!("---\n# Source: {}\n{}\n", h.path, h.manifest)),
                Some(dir) => {
                    let exists = dir.join(&h.path).exists();
                    writer.write_file(dir, &h.path, &h.manifest, exists)?;
                }
            }
        }
        rel.wrote.append(&mut writer.wrote);
    }
    if show.show_only.is_empty() {
        return Ok(manifests);
    }
    let docs = split_manifests(&manifests);
    let mut selected = Vec::new();
    for pattern in &show.show_only {
        let pattern = pattern.replace('\\', "/");
        let mut missing = true;
        for doc in &docs {
            let Some(name) = source_name(doc) else {
                continue;
            };
            if !go_path_match(&pattern, name) {
                continue;
            }
            selected.push(doc.clone());
            missing = false;
        }
        if missing {
            return Err(format!("could not find template {pattern} in chart"));
        }
    }
    Ok(selected
        .iter()
        .map(|m| format!("---\n{m}\n"))
        .collect::<String>())
}

/// The path after the chart name in the first `# Source: chart/path` of a document (Helm's
/// `# Source: [^/]+/(.+)` match).
fn source_name(doc: &str) -> Option<&str> {
    let i = doc.find("# Source: ")?;
    let rest = &doc[i + "# Source: ".len()..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = &rest[..line_end];
    let slash = line.find('/')?;
    if slash == 0 {
        // `[^/]+` needs one character before the slash; a later `/` may still match.
        return None;
    }
    let path = &line[slash + 1..];
    (!path.is_empty()).then_some(path)
}

/// Go's `filepath.Match` (Unix separators): `*`, `?`, `[...]` classes and `\` escapes; a
/// malformed pattern matches nothing.
pub fn go_path_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    match_here(&p, &n).unwrap_or(false)
}

fn match_here(p: &[char], n: &[char]) -> Option<bool> {
    let Some((&c, rest)) = p.split_first() else {
        return Some(n.is_empty());
    };
    match c {
        '*' => {
            for i in 0..=n.len() {
                if match_here(rest, &n[i..])? {
                    return Some(true);
                }
                if i < n.len() && n[i] == '/' {
                    break;
                }
            }
            // Go still reports a bad pattern later on; treat it as no match.
            Some(false)
        }
        '?' => Some(!n.is_empty() && n[0] != '/' && match_here(rest, &n[1..])?),
        '[' => {
            let (ok, len) = match_class(rest, n.first().copied())?;
            Some(ok && match_here(&rest[len..], &n[1..])?)
        }
        '\\' => {
            let (&e, rest2) = rest.split_first()?;
            Some(n.first() == Some(&e) && match_here(rest2, &n[1..])?)
        }
        _ => Some(n.first() == Some(&c) && match_here(rest, &n[1..])?),
    }
}

/// Matches a class body (after `[`) against `c`; returns the match and the body length
/// including `]`. `None` for a malformed class.
fn match_class(p: &[char], c: Option<char>) -> Option<(bool, usize)> {
    let mut i = 0;
    let neg = p.first() == Some(&'^');
    if neg {
        i += 1;
    }
    let mut matched = false;
    let mut first = true;
    loop {
        let &ch = p.get(i)?;
        if ch == ']' && !first {
            i += 1;
            break;
        }
        first = false;
        let lo = if ch == '\\' {
            i += 1;
            *p.get(i)?
        } else {
            ch
        };
        i += 1;
        let mut hi = lo;
        if p.get(i) == Some(&'-') {
            let &h = p.get(i + 1)?;
            if h == ']' {
                return None;
            }
            hi = if h == '\\' {
                i += 1;
                *p.get(i + 1)?
            } else {
                h
            };
            i += 2;
        }
        if let Some(c) = c {
            if lo <= c && c <= hi {
                matched = true;
            }
        }
    }
    let c = c?;
    Some((matched != neg && c != '/', i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_only_patterns_match_like_filepath_match() {
        assert!(go_path_match("templates/a.yaml", "templates/a.yaml"));
        assert!(go_path_match("templates/*.yaml", "templates/a.yaml"));
        assert!(!go_path_match("templates/*", "templates/x/a.yaml"));
        assert!(go_path_match("templates/[ab].yaml", "templates/b.yaml"));
        assert!(go_path_match("templates/[^ab].yaml", "templates/c.yaml"));
    }

    #[test]
    fn source_names_skip_the_chart() {
        assert_eq!(
            source_name("# Source: c/templates/a.yaml\nkind: A"),
            Some("templates/a.yaml")
        );
        assert_eq!(source_name("kind: A"), None);
    }
}
