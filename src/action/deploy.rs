//! What install and upgrade share: their options, the roll-out of a stored record (hooks, apply,
//! wait, hooks), rendering against the cluster, and release labels.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Map, Value};

use super::diff;
use super::hooks::{self, HookError};
use crate::chart::Chart;
use crate::cluster::apply::{self, ApplyFailure, ApplyOptions, ApplyReport};
use crate::cluster::resources::{Cluster, Resource};
use crate::cluster::wait::{self, WaitError, WaitMode};
use crate::diff::report::Report;
use crate::release::{Hook, Release};
use crate::render::install::{
    render_for_deploy, ClusterLookup, InstallError, InstallOptions, RenderedRelease,
};
use crate::render::manifest::HookDoc;
use crate::render::objects::{Capabilities, KubeVersion};
use crate::render::postrender::PostRenderHook;
use crate::storage::{Storage, StorageError, SYSTEM_LABELS};

/// How objects are written to the cluster.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ServerSide {
    /// Follow the release's stored `apply_method` (`ssa` → server-side apply).
    #[default]
    Auto,
    /// Always server-side apply.
    Always,
    /// Always client-side (three-way merge) patches.
    Never,
}

/// Helm 4's `--wait` strategies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WaitStrategy {
    /// Only hooks are waited for (Helm 4's default).
    #[default]
    HookOnly,
    /// kstatus readiness (`--wait`, `--wait=watcher`).
    Watcher,
    /// Helm 3's readiness rules (`--wait=legacy`).
    Legacy,
}

impl WaitStrategy {
    /// `--atomic`/`--rollback-on-failure` waits even when `--wait` was not given.
    pub fn promoted(self, rollback_on_failure: bool) -> WaitStrategy {
        if rollback_on_failure && self == WaitStrategy::HookOnly {
            WaitStrategy::Watcher
        } else {
            self
        }
    }
}

/// How `--dry-run` runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DryRun {
    /// Rendered without the cluster's state (`lookup` finds nothing).
    Client,
    /// Rendered with the cluster's state (`lookup` reads live objects); nothing is written.
    Server,
}

/// Something a running install, upgrade or rollback reports as it goes.
pub enum Event<'a> {
    /// Something the user should know; the operation goes on.
    Warning(&'a str),
    /// While waiting: one line per object that is not ready yet (empty when all are).
    Waiting(&'a [String]),
    /// Lines Helm logs on stderr while rendering (warnings, logged errors).
    Log(&'a [String]),
    /// `--diff`: what applying will change, one diff per object, before anything is written.
    Diff(&'a Report),
    /// Waiting failed: the full explanation (which object, pod and container, why, recent
    /// events). The error, and the release record, carry only the short form.
    WaitFailed(&'a str),
}

/// Installs the signal handlers of `interrupt` (the CLI's signal future installs them when
/// first polled) just before the pending record is written: a signal from then on is handled,
/// and the record marked failed, instead of killing the process and leaving the record pending.
/// (`interrupt` is fused, so a signal that could only have come before is dropped, not polled
/// twice.)
pub async fn arm<F: std::future::Future>(interrupt: std::pin::Pin<&mut futures::future::Fuse<F>>) {
    let _ = futures::poll!(interrupt);
}

/// Helm's `recordRelease`: stores `r`, and when that fails only logs Helm's warning, so the
/// operation still ends with its own record. (A concurrent `uninstall` may have deleted `r`.)
pub async fn record_release(
    storage: &crate::storage::Storage,
    r: &crate::release::Release,
    events: &mut dyn FnMut(Event<'_>),
) {
    if let Err(e) = storage.update(r).await {
        events(Event::Log(&[crate::chart::gofmt::slog_line(
            "WARN",
            "failed to update release",
            &[
                ("name", &r.name),
                ("revision", &r.version.to_string()),
                ("error", &e.to_string()),
            ],
        )]));
    }
}

/// The error text of an operation whose outcome was not recorded. Another client's change to
/// the pending record explains itself ([`StorageError::Changed`]); any other failure left the
/// record pending, which `left_pending` (what was done, and how to recover) explains.
pub fn outcome_not_recorded(e: &StorageError, left_pending: impl FnOnce() -> String) -> String {
    match e {
        StorageError::Changed { .. } => e.to_string(),
        _ => left_pending(),
    }
}

/// Flags install and upgrade share.
#[derive(Clone, Debug)]
pub struct DeployOptions {
    /// `--no-hooks`: hooks are not run.
    pub no_hooks: bool,
    /// `--wait`: what to wait for after applying.
    pub wait: WaitStrategy,
    /// `--wait-for-jobs`: with a wait, Jobs must complete too.
    pub wait_for_jobs: bool,
    /// `--timeout`: how long hooks and the wait may take.
    pub timeout: Duration,
    /// `--description`; empty for Helm's own.
    pub description: String,
    /// `--labels`; a value of `null` deletes the label on upgrade.
    pub labels: BTreeMap<String, String>,
    /// `--force-replace`: objects are replaced instead of patched.
    pub force_replace: bool,
    /// `--force-conflicts`: server-side apply takes fields other managers own.
    pub force_conflicts: bool,
    /// `--server-side`: how objects are written.
    pub server_side: ServerSide,
    /// `--dry-run`: nothing is written (client-side, or checked by the server).
    pub dry_run: Option<DryRun>,
    /// `--hide-secret`: Secrets are left out of a dry run's manifest.
    pub hide_secret: bool,
    /// `--render-subchart-notes`.
    pub sub_notes: bool,
    /// `--skip-schema-validation`: values are not checked against `values.schema.json`.
    pub skip_schema_validation: bool,
    /// `--skip-crds`: the chart's `crds/` are not installed.
    pub skip_crds: bool,
    /// `--take-ownership`: objects owned by no release or another are adopted.
    pub take_ownership: bool,
    /// `--atomic` / `--rollback-on-failure`.
    pub rollback_on_failure: bool,
    /// `--cleanup-on-fail`: objects created by a failed upgrade are deleted.
    pub cleanup_on_fail: bool,
    /// Records kept after the new one is written (upgrade only); 0 keeps all.
    pub history_max: usize,
    /// `--create-namespace` (install).
    pub create_namespace: bool,
    /// `--diff`: report one diff per object against the cluster before applying.
    pub diff: bool,
    /// With `diff`, show Secret values instead of redacting them.
    pub show_secrets: bool,
    /// `--post-renderer` and `--post-renderer-args`: an executable that rewrites the manifest.
    pub post_renderer: Option<PostRenderer>,
    /// `--enable-dns`: templates may resolve names with `getHostByName`.
    pub enable_dns: bool,
}

/// An executable that receives the rendered manifest on stdin and prints the manifest to use
/// (Helm 3's `--post-renderer`).
#[derive(Clone, Debug)]
pub struct PostRenderer {
    /// The executable.
    pub program: String,
    /// Its arguments.
    pub args: Vec<String>,
    /// The helm 4 plugin (`type: postrenderer/v1`) this runs: its name, which Helm's error
    /// texts use, and its directory (`HELM_PLUGIN_DIR`). `None` for a plain executable.
    pub plugin: Option<(String, String)>,
}

/// Looks up the helm 4 post-renderer plugin `name` in the plugin directories (`$HELM_PLUGINS`,
/// a path list) as `helm --post-renderer NAME` does, and prepares its subprocess command with
/// `extra` appended to its arguments. The error is Helm's text.
pub fn postrender_plugin(dirs: &str, name: &str, extra: &[String]) -> Result<PostRenderer, String> {
    let not_found = || format!("plugin: {{Name:{name} Type:postrenderer/v1}} not found");
    for dir in std::env::split_paths(dirs) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut plugin_dirs: Vec<std::path::PathBuf> =
            entries.flatten().map(|e| e.path()).collect();
        plugin_dirs.sort();
        for pdir in plugin_dirs {
            let Ok(text) = std::fs::read_to_string(pdir.join("plugin.yaml")) else {
                continue;
            };
            let Ok(meta) = goyaml::from_str(&text) else {
                continue;
            };
            let field = |k: &str| meta.get(k).and_then(|v| v.as_str()).unwrap_or("");
            if field("name") != name || field("type") != "postrenderer/v1" {
                continue;
            }
            let pdir_text = pdir.to_string_lossy().into_owned();
            let cmds = meta
                .pointer("/runtimeConfig/platformCommand")
                .and_then(|c| c.as_array())
                .cloned()
                .unwrap_or_default();
            let (command, args) = platform_command(&cmds);
            let env = |key: &str| match key {
                "HELM_PLUGIN_NAME" => name.to_string(),
                "HELM_PLUGIN_DIR" => pdir_text.clone(),
                other => std::env::var(other).unwrap_or_default(),
            };
            let Some(main) = command.first().filter(|c| !c.is_empty()) else {
                return Err("no plugin command is applicable".into());
            };
            let mut all: Vec<String> = command[1..]
                .iter()
                .chain(&args)
                .map(|a| expand(a, &env))
                .collect();
            all.extend(extra.iter().cloned());
            return Ok(PostRenderer {
                program: expand(main, &env),
                args: all,
                plugin: Some((name.to_string(), pdir_text)),
            });
        }
    }
    Err(not_found())
}

/// Helm's `getPlatformCommand`: the command (split on spaces) and arguments of the entry for
/// this OS and architecture, else this OS with no architecture, else the first with neither.
fn platform_command(cmds: &[serde_json::Value]) -> (Vec<String>, Vec<String>) {
    let os = std::env::consts::OS;
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    };
    let text = |c: &serde_json::Value, k: &str| {
        c.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string()
    };
    let parts = |c: &serde_json::Value| {
        let args = c
            .get("args")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        (
            text(c, "command").split(' ').map(String::from).collect(),
            args,
        )
    };
    let mut found: Option<(Vec<String>, Vec<String>)> = None;
    let mut found_os = false;
    for c in cmds {
        let (cos, carch) = (text(c, "os"), text(c, "arch"));
        if cos.eq_ignore_ascii_case(os) && carch.eq_ignore_ascii_case(arch) {
            return parts(c);
        }
        if (!cos.is_empty() && !cos.eq_ignore_ascii_case(os)) || !carch.is_empty() {
            continue;
        }
        if !found_os && !cos.is_empty() {
            found = Some(parts(c));
            found_os = true;
        } else if found.is_none() {
            found = Some(parts(c));
        }
    }
    found.unwrap_or_default()
}

/// Go's `os.Expand`: `$NAME` and `${NAME}` replaced through `env`.
fn expand(s: &str, env: &dyn Fn(&str) -> String) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' || i + 1 >= b.len() {
            let ch = s[i..].chars().next().unwrap_or('$');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        if b[i + 1] == b'{' {
            if let Some(end) = s[i + 2..].find('}') {
                out.push_str(&env(&s[i + 2..i + 2 + end]));
                i += end + 3;
                continue;
            }
            // Go drops a bad `${` syntax.
            i += 2;
            continue;
        }
        let name_len = s[i + 1..]
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
            .count();
        if name_len == 0 {
            out.push('$');
            i += 1;
            continue;
        }
        out.push_str(&env(&s[i + 1..i + 1 + name_len]));
        i += 1 + name_len;
    }
    out
}

/// The post-renderer as the render thread calls it (it waits for the plugin on the runtime).
pub fn post_render_hook(pr: &PostRenderer) -> PostRenderHook {
    let pr = pr.clone();
    let handle = tokio::runtime::Handle::current();
    PostRenderHook(std::sync::Arc::new(move |input: &str| {
        handle.block_on(pr.run(input))
    }))
}

impl PostRenderer {
    /// Runs the post-renderer over `manifest`, with Helm's error texts.
    pub async fn run(&self, manifest: &str) -> Result<String, String> {
        use tokio::io::AsyncWriteExt;
        let wrap = |e: String| format!("error while running post render on files: {e}");
        let mut cmd = tokio::process::Command::new(&self.program);
        cmd.args(&self.args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        if let Some((name, dir)) = &self.plugin {
            cmd.env("HELM_PLUGIN_NAME", name)
                .env("HELM_PLUGIN_DIR", dir);
        }
        let invoke = |e: String| match &self.plugin {
            Some((name, _)) => wrap(format!(
                "failed to invoke post-renderer plugin {}: {e}",
                gostd::strconv::quote(name)
            )),
            None => wrap(e),
        };
        let mut child = cmd.spawn().map_err(|e| match &self.plugin {
            Some(_) => invoke(format!("fork/exec {}: {}", self.program, go_errno_text(&e))),
            None => wrap(format!("unable to find binary at {}: {e}", self.program)),
        })?;
        let mut stdin = child.stdin.take().expect("piped stdin");
        let input = manifest.as_bytes().to_vec();
        let writer = tokio::spawn(async move {
            let _ = stdin.write_all(&input).await;
        });
        let out = child
            .wait_with_output()
            .await
            .map_err(|e| wrap(e.to_string()))?;
        let _ = writer.await;
        if !out.status.success() {
            return Err(match &self.plugin {
                Some((name, _)) => invoke(format!(
                    "plugin {} exited with error",
                    gostd::strconv::quote(name)
                )),
                None => wrap(format!(
                    "error while running command {}. error output:\n{}: {}",
                    self.program,
                    String::from_utf8_lossy(&out.stderr),
                    out.status
                )),
            });
        }
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        if text.trim().is_empty() {
            let name = self.plugin.as_ref().map_or(&self.program, |p| &p.0);
            return Err(wrap(format!(
                "post-renderer {} produced empty output",
                gostd::strconv::quote(name)
            )));
        }
        Ok(text)
    }
}

/// Go's text for an OS error (`no such file or directory`), without Rust's `(os error N)`.
fn go_errno_text(e: &std::io::Error) -> String {
    let t = e.to_string();
    match t.find(" (os error") {
        Some(i) => {
            let mut s = t[..i].to_string();
            if let Some(first) = s.get_mut(0..1) {
                first.make_ascii_lowercase();
            }
            s
        }
        None => t,
    }
}

impl Default for DeployOptions {
    fn default() -> Self {
        DeployOptions {
            no_hooks: false,
            wait: WaitStrategy::HookOnly,
            wait_for_jobs: false,
            timeout: Duration::from_secs(300),
            description: String::new(),
            labels: BTreeMap::new(),
            force_replace: false,
            force_conflicts: false,
            server_side: ServerSide::Auto,
            dry_run: None,
            hide_secret: false,
            sub_notes: false,
            skip_schema_validation: false,
            skip_crds: false,
            take_ownership: false,
            rollback_on_failure: false,
            cleanup_on_fail: false,
            history_max: 10,
            create_namespace: false,
            diff: false,
            show_secrets: false,
            post_renderer: None,
            enable_dns: false,
        }
    }
}

/// Helm's error for labels that storage reserves.
pub const SYSTEM_LABELS_ERROR: &str =
    "user supplied labels contains system reserved label name. System labels: [name owner status version createdAt modifiedAt]";

/// True when `labels` uses a label name storage reserves.
pub fn has_system_labels(labels: &BTreeMap<String, String>) -> bool {
    labels.keys().any(|k| SYSTEM_LABELS.contains(&k.as_str()))
}

/// Helm's `mergeCustomLabels`: `desired` over `current`, and a value `null` removes the label.
pub fn merge_labels(
    current: &BTreeMap<String, String>,
    desired: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut out = current.clone();
    out.extend(desired.iter().map(|(k, v)| (k.clone(), v.clone())));
    out.retain(|_, v| v != "null");
    out
}

/// A rendered hook as a release stores it.
pub fn stored_hook(h: &HookDoc) -> Hook {
    Hook {
        name: h.name.clone(),
        kind: h.kind.clone(),
        path: h.path.clone(),
        manifest: h.manifest.clone(),
        events: h.events.clone(),
        weight: h.weight,
        delete_policies: h.delete_policies.clone(),
        output_log_policies: h.output_log_policies.clone(),
        ..Default::default()
    }
}

/// The cluster's capabilities for templates (`.Capabilities`).
pub async fn cluster_capabilities(cluster: &Cluster) -> Result<Capabilities, String> {
    let (version, apis) = cluster
        .server_capabilities()
        .await
        .map_err(|e| e.to_string())?;
    let kube_version = KubeVersion::parse(&version)
        .map_err(|e| format!("could not parse the server's version {version:?}: {e}"))?;
    Ok(Capabilities {
        kube_version,
        api_versions: apis,
    })
}

/// A `lookup` that asks the cluster, callable from the render thread.
pub fn cluster_lookup(cluster: &std::sync::Arc<Cluster>) -> ClusterLookup {
    let cluster = cluster.clone();
    let handle = tokio::runtime::Handle::current();
    std::sync::Arc::new(move |api_version: &str, kind: &str, ns: &str, name: &str| {
        handle.block_on(cluster.lookup(api_version, kind, ns, name))
    })
}

/// What rendering gave: the release's parts, plus Helm's log lines.
pub struct Rendered {
    /// Helm's log lines, in the order it prints them.
    pub logs: Vec<String>,
    /// The rendered release, or why it could not be rendered.
    pub result: Result<RenderedRelease, InstallError>,
}

/// Renders on the render thread without blocking the async workers.
pub async fn render(
    chart: Chart,
    vals: Map<String, Value>,
    opts: InstallOptions,
    lookup: Option<ClusterLookup>,
) -> Rendered {
    // On a runtime of this thread alone (`template`), with neither the cluster nor a
    // post-renderer to wait for on that runtime, nothing else runs while rendering: it runs
    // here, on the render stack the command already has, rather than on a blocking-pool thread
    // that starts a render thread of its own.
    let alone = lookup.is_none()
        && opts.post_render.is_none()
        && crate::render::engine::on_render_stack()
        && tokio::runtime::Handle::current().runtime_flavor()
            == tokio::runtime::RuntimeFlavor::CurrentThread;
    if alone {
        let r = render_for_deploy(chart, vals, opts, None);
        return Rendered {
            logs: r.logs,
            result: r.result,
        };
    }
    let joined =
        tokio::task::spawn_blocking(move || render_for_deploy(chart, vals, opts, lookup)).await;
    match joined {
        Ok(r) => Rendered {
            logs: r.logs,
            result: r.result,
        },
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => Rendered {
            logs: Vec::new(),
            result: Err(InstallError::Cancelled(e.to_string())),
        },
    }
}

/// Which step of a roll-out failed.
#[derive(Debug)]
pub enum StepFailure {
    /// A pre-hook failed.
    PreHooks(HookError),
    /// Applying the objects failed.
    Apply(Box<ApplyFailure>),
    /// The wait for readiness failed.
    Wait(WaitError),
    /// A post-hook failed.
    PostHooks(HookError),
}

/// A failed roll-out: the step, and the objects created before it failed (for
/// `--cleanup-on-fail`).
#[derive(Debug)]
pub struct RolloutFailure {
    /// The step that failed.
    pub step: StepFailure,
    /// The objects created before it failed.
    pub created: Vec<Resource>,
}

/// What a roll-out needs besides the record.
pub struct Rollout<'a> {
    /// Where the record is written.
    pub storage: &'a Storage,
    /// Where the objects are written.
    pub cluster: &'a Cluster,
    /// The objects of the previous manifest (plus adopted ones) and of the new one.
    pub before: &'a [Resource],
    /// The objects of the new manifest.
    pub after: &'a [Resource],
    /// A fresh install with nothing to adopt: objects are only created.
    pub create_only: bool,
    /// The hook events before and after applying (`pre-upgrade`, `post-upgrade`...).
    pub hook_events: (&'a str, &'a str),
    /// How the objects are written.
    pub apply: ApplyOptions,
    /// The install's or upgrade's options.
    pub opts: &'a DeployOptions,
}

impl Rollout<'_> {
    /// Helm's release steps after the record is stored: pre hooks, apply, wait, post hooks.
    /// The record's hook runs are kept in `record`; its status is left to the caller.
    pub async fn run(
        &self,
        record: &mut Release,
        events: &mut dyn FnMut(Event<'_>),
    ) -> Result<ApplyReport, Box<RolloutFailure>> {
        let opts = self.opts;
        let server_side = self.apply.server_side;
        let fail = |step, created| Err(Box::new(RolloutFailure { step, created }));
        if !opts.no_hooks {
            if let Err(e) = hooks::run(
                self.storage,
                self.cluster,
                record,
                self.hook_events.0,
                opts.timeout,
                server_side,
            )
            .await
            {
                return fail(StepFailure::PreHooks(e), Vec::new());
            }
        }
        let applied = if self.create_only {
            apply::create(self.cluster, self.after, self.apply).await
        } else {
            apply::update(self.cluster, self.before, self.after, self.apply).await
        };
        let report = match applied {
            Ok(r) => r,
            Err(failure) => {
                let created = failure.report.created.clone();
                return fail(StepFailure::Apply(failure), created);
            }
        };
        if opts.wait != WaitStrategy::HookOnly {
            crate::testpoint::pause_point("wait").await;
            let mode = WaitMode {
                legacy: opts.wait == WaitStrategy::Legacy,
                wait_for_jobs: opts.wait_for_jobs,
            };
            let waited = wait_ready(self.cluster, self.after, opts.timeout, mode, events).await;
            if let Err(e) = waited {
                return fail(StepFailure::Wait(e), report.created);
            }
        }
        if !opts.no_hooks {
            if let Err(e) = hooks::run(
                self.storage,
                self.cluster,
                record,
                self.hook_events.1,
                opts.timeout,
                server_side,
            )
            .await
            {
                return fail(StepFailure::PostHooks(e), report.created);
            }
        }
        Ok(report)
    }
}

/// Waits until `objects` are ready (`--wait`), reporting progress; on failure, the full
/// explanation goes to `events` and the error keeps Helm's short form for the record.
pub async fn wait_ready(
    cluster: &Cluster,
    objects: &[Resource],
    timeout: Duration,
    mode: WaitMode,
    events: &mut dyn FnMut(Event<'_>),
) -> Result<(), WaitError> {
    let waited = wait::until_ready_with(cluster, objects, timeout, mode, &mut |lines| {
        events(Event::Waiting(lines))
    })
    .await;
    if let Err(WaitError::NotReady(n)) = &waited {
        events(Event::WaitFailed(&n.report));
    }
    waited
}

/// Building the objects of a release manifest failed.
#[derive(Debug, thiserror::Error)]
#[error("unable to build kubernetes objects from {which} release manifest: {source}")]
pub struct BuildError {
    /// `current` or `new`.
    pub which: &'static str,
    /// Why the manifest does not build.
    #[source]
    pub source: crate::cluster::resources::ResourceError,
}

/// The objects of the release's current manifest and of the new one; the new ones carry the
/// release's ownership labels and annotations, as they will be applied.
pub async fn build_current_and_new(
    cluster: &Cluster,
    current_manifest: &str,
    new_manifest: &str,
    name: &str,
    namespace: &str,
) -> Result<(Vec<Resource>, Vec<Resource>), BuildError> {
    let before = cluster
        .build(current_manifest, namespace)
        .await
        .map_err(|source| BuildError {
            which: "current",
            source,
        })?;
    let mut after = cluster
        .build(new_manifest, namespace)
        .await
        .map_err(|source| BuildError {
            which: "new",
            source,
        })?;
    for r in &mut after {
        crate::cluster::resources::set_ownership_metadata(&mut r.object, name, namespace);
    }
    Ok((before, after))
}

/// `--diff`: the diff of every object against the cluster, reported before anything is
/// written; computed by the API server (a dry-run apply) when the release applies server-side.
pub async fn report_diff(
    cluster: &Cluster,
    before: &[Resource],
    after: &[Resource],
    server_side: bool,
    opts: &DeployOptions,
    events: &mut dyn FnMut(Event<'_>),
) -> Result<(), crate::cluster::resources::ResourceError> {
    if !opts.diff {
        return Ok(());
    }
    let mode = if server_side {
        DryRun::Server
    } else {
        DryRun::Client
    };
    let report = diff::against_cluster(
        cluster,
        before,
        after,
        mode,
        &preview_options(opts.show_secrets),
    )
    .await?;
    events(Event::Diff(&report));
    Ok(())
}

/// How the diffs shown before a change (`--diff`, `rollback --dry-run`) are made: three lines
/// of context around each change, Secrets redacted unless `show_secrets`.
pub fn preview_options(show_secrets: bool) -> crate::diff::report::DiffOptions {
    crate::diff::report::DiffOptions {
        context: Some(3),
        secrets: if show_secrets {
            crate::diff::report::SecretMode::Show
        } else {
            crate::diff::report::SecretMode::Redact
        },
        ..Default::default()
    }
}

/// The objects a `--cleanup-on-fail` could not delete, printed as Helm joins them (`, `).
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))]
pub struct CleanupError(pub Vec<apply::ObjectError>);

/// Deletes what a failed roll-out created (`--cleanup-on-fail`).
pub async fn clean_up(cluster: &Cluster, created: &[Resource]) -> Result<(), CleanupError> {
    let problems = apply::delete_all(cluster, created).await;
    if problems.is_empty() {
        return Ok(());
    }
    Err(CleanupError(problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn labels_merge_and_null_deletes() {
        let current = labels(&[("team", "a"), ("tier", "web")]);
        let desired = labels(&[("team", "b"), ("tier", "null"), ("new", "x")]);
        assert_eq!(
            merge_labels(&current, &desired),
            labels(&[("new", "x"), ("team", "b")])
        );
        assert!(has_system_labels(&labels(&[("owner", "me")])));
        assert!(!has_system_labels(&labels(&[("team", "a")])));
    }

    #[test]
    fn atomic_promotes_hook_only_waiting() {
        assert_eq!(WaitStrategy::HookOnly.promoted(true), WaitStrategy::Watcher);
        assert_eq!(WaitStrategy::Legacy.promoted(true), WaitStrategy::Legacy);
        assert_eq!(
            WaitStrategy::HookOnly.promoted(false),
            WaitStrategy::HookOnly
        );
    }
}
