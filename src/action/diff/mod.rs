//! `diff`: what an upgrade, a rollback, another revision or another release would change,
//! reported as the helm-diff plugin reports it (its keys, entry order and formats), and rhelm's
//! own `values` and `live` (drift) diffs. Everything here reads and renders; nothing is written.

mod cluster;
pub mod drift;

pub use cluster::{
    against_cluster, live_objects, normalize, objects_against_cluster, Against, LiveSides,
};

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::deploy::{build_current_and_new, BuildError, DryRun, Event};
use super::install::{self, InstallFailure, InstallRequest};
use super::rollback::{self, RollbackError};
use super::upgrade::{self, UpgradeError, UpgradeOptions};
use super::ActionError;
use crate::chart::Chart;
use crate::cluster::resources::{Cluster, ResourceError};
use crate::diff::manifest::{self, Document, ParseOptions};
use crate::diff::report::{self as engine, DiffOptions, Ownership, Report};
use crate::release::manifest::hooks_text;
use crate::release::time::GoTime;
use crate::release::{Release, Status};
use crate::storage::{Storage, StorageError};

/// How both sides are read and compared.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `--normalize-manifests`: compare re-serialised YAML, not the text as rendered.
    pub normalize: bool,
    /// `--include-tests`: keep test hooks.
    pub include_tests: bool,
    /// How the report is made.
    pub report: DiffOptions,
}

/// Why a diff could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// Helm's text for a release without records.
    #[error("release: not found")]
    ReleaseNotFound {
        /// The release name.
        name: String,
    },
    #[error("release {name:?} has no revision {revision}: `rhelm history {name}` lists the revisions it has")]
    /// The revision asked for does not exist.
    NoSuchRevision {
        /// The release name.
        name: String,
        /// The revision asked for.
        revision: i64,
    },
    /// A revision below 1 was asked for.
    #[error("revision numbers start at 1, got {0}")]
    BadRevision(i64),
    /// The records could not be read.
    #[error(transparent)]
    Storage(StorageError),
    /// Reading the record failed otherwise.
    #[error("{0}")]
    Read(ActionError),
    /// A manifest could not be read.
    #[error("{0}")]
    Manifest(#[from] crate::diff::DiffError),
    /// The upgrade could not be rendered.
    #[error("{0}")]
    Upgrade(UpgradeError),
    /// The install could not be rendered.
    #[error("{0}")]
    Install(InstallFailure),
    /// The rollback could not be planned.
    #[error("{0}")]
    Rollback(RollbackError),
    /// A manifest does not build into objects.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// Reading a live object failed.
    #[error(transparent)]
    Resource(#[from] ResourceError),
}

/// A report and what the user should know about how it was made.
#[derive(Debug)]
pub struct Outcome {
    /// What changes.
    pub report: Report,
    /// Duplicate keys and the like, for stderr.
    pub warnings: Vec<String>,
}

/// The record of `revision`, or the newest record of any status (`None`), as `helm get
/// manifest` picks it.
async fn record(
    storage: &Storage,
    name: &str,
    revision: Option<i64>,
) -> Result<Release, DiffError> {
    if let Some(v) = revision.filter(|v| *v < 1) {
        return Err(DiffError::BadRevision(v));
    }
    let not_found = || match revision {
        None => DiffError::ReleaseNotFound { name: name.into() },
        Some(v) => DiffError::NoSuchRevision {
            name: name.into(),
            revision: v,
        },
    };
    match super::get::release(storage, name, revision.unwrap_or(0)).await {
        Ok(r) => Ok(r.value),
        // A name Helm would refuse has no records either.
        Err(ActionError::InvalidName(_)) => Err(not_found()),
        Err(ActionError::Storage(StorageError::NotFound)) => Err(not_found()),
        Err(ActionError::Storage(StorageError::NoRevision(_))) if revision.is_none() => {
            Err(not_found())
        }
        Err(ActionError::Storage(e)) => Err(DiffError::Storage(e)),
        Err(e) => Err(DiffError::Read(e)),
    }
}

/// Revision `a` and revision `b` (the newest record when `None`), read at once, the lower
/// revision first, as helm-diff orders them.
async fn two_records(
    storage: &Storage,
    name: &str,
    a: i64,
    b: Option<i64>,
) -> Result<(Release, Release), DiffError> {
    // Both are read at once, but `a`'s error wins whichever read fails first, so the message
    // does not depend on timing (`no revision 1` for an unknown release, not `not found`).
    let (first, second) = futures::join!(record(storage, name, Some(a)), record(storage, name, b));
    let (first, second) = (first?, second?);
    Ok(if first.version <= second.version {
        (first, second)
    } else {
        (second, first)
    })
}

/// Splits a manifest into keyed documents, noting duplicate keys.
fn parse_side(
    text: &str,
    namespace: &str,
    s: &Settings,
    warnings: &mut Vec<String>,
) -> Result<BTreeMap<String, Document>, DiffError> {
    let parsed = manifest::parse(text, &parse_options(namespace, s))?;
    warnings.extend(duplicates(&parsed.duplicates));
    Ok(parsed.docs)
}

fn parse_options(namespace: &str, s: &Settings) -> ParseOptions {
    ParseOptions {
        default_namespace: namespace.to_string(),
        normalize: s.normalize,
        include_tests: s.include_tests,
    }
}

fn duplicates(keys: &[String]) -> impl Iterator<Item = String> + '_ {
    keys.iter()
        .map(|k| format!("Error: Found duplicate key {k:?} in manifest"))
}

fn compare(
    old: &BTreeMap<String, Document>,
    new: &BTreeMap<String, Document>,
    s: &Settings,
    warnings: Vec<String>,
) -> Outcome {
    Outcome {
        report: engine::report(old, new, &s.report),
        warnings,
    }
}

/// `diff revision NAME A [B]`: the manifests of two stored revisions, the lower one first; `B`
/// defaults to the newest record.
pub async fn revisions(
    storage: &Storage,
    name: &str,
    a: i64,
    b: Option<i64>,
    s: &Settings,
) -> Result<Outcome, DiffError> {
    let (old, new) = two_records(storage, name, a, b).await?;
    let mut warnings = Vec::new();
    let old_docs = parse_side(&old.manifest, &old.namespace, s, &mut warnings)?;
    let new_docs = parse_side(&new.manifest, &new.namespace, s, &mut warnings)?;
    Ok(compare(&old_docs, &new_docs, s, warnings))
}

/// `diff rollback NAME [REVISION]`: from the newest record to the revision a rollback would
/// restore (the previous one when `revision` is 0, as `rollback` picks it).
pub async fn rollback(
    storage: &Storage,
    name: &str,
    revision: i64,
    s: &Settings,
) -> Result<Outcome, DiffError> {
    let history = match storage.history(name, None).await {
        Err(StorageError::NotFound) => {
            return Err(DiffError::ReleaseNotFound { name: name.into() })
        }
        other => other.map_err(DiffError::Storage)?.releases,
    };
    let plan = rollback::plan(&history, revision, false, GoTime::now()).map_err(|e| match e {
        RollbackError::NoSuchRevision(v) => DiffError::NoSuchRevision {
            name: name.into(),
            revision: v,
        },
        e => DiffError::Rollback(e),
    })?;
    let mut warnings = Vec::new();
    let ns = &plan.current.namespace;
    let old_docs = parse_side(&plan.current.manifest, ns, s, &mut warnings)?;
    let new_docs = parse_side(&plan.target.manifest, ns, s, &mut warnings)?;
    Ok(compare(&old_docs, &new_docs, s, warnings))
}

/// The result of `diff release A B`.
#[derive(Debug)]
pub enum ReleasesDiff {
    /// The releases come from charts of different names (helm-diff refuses to compare them).
    Incomparable {
        /// The first release's chart name.
        first: String,
        /// The second release's chart name.
        second: String,
    },
    /// The report.
    Compared(Outcome),
}

/// `diff release A B`: the newest manifests of two releases (in their own namespaces), keyed
/// by template path as helm-diff keys them, since the object names differ.
pub async fn releases(
    first: (&Storage, &str),
    second: (&Storage, &str),
    s: &Settings,
) -> Result<ReleasesDiff, DiffError> {
    let (a, b) = futures::try_join!(
        record(first.0, first.1, None),
        record(second.0, second.1, None)
    )?;
    let chart_name = |r: &Release| r.metadata().map(|m| m.name.clone()).unwrap_or_default();
    if chart_name(&a) != chart_name(&b) {
        return Ok(ReleasesDiff::Incomparable {
            first: chart_name(&a),
            second: chart_name(&b),
        });
    }
    let mut warnings = Vec::new();
    let old = manifest::parse_by_source(&a.manifest, &parse_options(&a.namespace, s))?;
    let new = manifest::parse_by_source(&b.manifest, &parse_options(&b.namespace, s))?;
    warnings.extend(duplicates(&old.duplicates));
    warnings.extend(duplicates(&new.duplicates));
    Ok(ReleasesDiff::Compared(compare(
        &old.docs, &new.docs, s, warnings,
    )))
}

/// `diff values NAME A [B]`: the user-supplied (or, with `all`, computed) values of two
/// revisions as one document each. Values under names that suggest a credential are redacted
/// unless `show_secrets`; the redaction still shows which of them changed.
pub async fn values(
    storage: &Storage,
    name: &str,
    a: i64,
    b: Option<i64>,
    all: bool,
    show_secrets: bool,
    s: &Settings,
) -> Result<Outcome, DiffError> {
    let (old, new) = two_records(storage, name, a, b).await?;
    let (mut old_values, mut new_values) =
        (super::get::values(&old, all), super::get::values(&new, all));
    if !show_secrets {
        drift::redact_credentials(&mut old_values, &mut new_values);
    }
    let which = if all { "computed" } else { "user-supplied" };
    let doc = |v: &Value| Document {
        key: format!("{}, {name}, Values ({which})", old.namespace),
        api_version: String::new(),
        kind: "Values".into(),
        name: name.into(),
        namespace: old.namespace.clone(),
        content: values_yaml(v),
        resource_policy: String::new(),
        hook: String::new(),
    };
    let one = |d: Document| BTreeMap::from([(d.key.clone(), d)]);
    Ok(compare(
        &one(doc(&old_values)),
        &one(doc(&new_values)),
        s,
        Vec::new(),
    ))
}

/// Values as `get values -o yaml` prints them (`{}` for none).
fn values_yaml(v: &Value) -> String {
    match v {
        Value::Null => "{}\n".into(),
        v => goyaml::to_string(v),
    }
}

/// `diff live NAME [--revision N]`: what changed in the cluster since revision N (the newest
/// by default) was deployed. The old side is each object as the revision's manifest gives it,
/// the new side the live object seen through the manifest's fields (what a re-deploy would
/// set back), plus its labels and annotations; objects deleted by hand show as removed.
pub async fn live(
    storage: &Storage,
    cluster: &Cluster,
    name: &str,
    revision: Option<i64>,
    s: &Settings,
) -> Result<Outcome, DiffError> {
    let rel = record(storage, name, revision).await?;
    let objects = cluster
        .build(&rel.manifest, &rel.namespace)
        .await
        .map_err(|source| BuildError {
            which: "stored",
            source,
        })?;
    let live = live_objects(cluster, objects.iter()).await?;
    let mut old = BTreeMap::new();
    let mut new = BTreeMap::new();
    for (r, live) in objects.iter().zip(live) {
        let deployed = drift::fold_string_data(&normalize(&r.object));
        let doc = manifest::document_from_object(&deployed, &rel.namespace);
        if let Some(live) = live {
            let seen = drift::project(&deployed, &normalize(&live));
            let live_doc = manifest::document_from_object(&seen, &rel.namespace);
            new.insert(live_doc.key.clone(), live_doc);
        }
        old.insert(doc.key.clone(), doc);
    }
    Ok(compare(&old, &new, s, Vec::new()))
}

/// What `diff upgrade` renders and how it compares.
pub struct UpgradeRequest {
    /// The release name.
    pub name: String,
    /// The release namespace.
    pub namespace: String,
    /// The chart to upgrade to.
    pub chart: Chart,
    /// The user's values.
    pub values: Map<String, Value>,
    /// The upgrade's options.
    pub options: UpgradeOptions,
    /// `--install` / `--allow-unreleased`: a missing release is diffed against nothing.
    pub install: bool,
    /// `--no-hooks`: hooks are left out of both sides.
    pub no_hooks: bool,
    /// What the new manifest is compared with.
    pub against: Against,
}

/// `diff upgrade NAME CHART`: the release as it is against what `upgrade` would deploy,
/// rendered by the upgrade itself in a dry run (the same values, revision, capabilities and
/// `lookup` answers). Without a cluster (`--dry-run=client`) the chart is rendered as a client
/// dry-run install and everything is new.
pub async fn upgrade(
    storage: &Storage,
    cluster: Option<Arc<Cluster>>,
    req: UpgradeRequest,
    s: &Settings,
    events: &mut dyn FnMut(Event<'_>),
) -> Result<Outcome, DiffError> {
    let current = match &cluster {
        None => None,
        Some(_) => match storage.latest(&req.name).await {
            Ok(r) => r.filter(|r| r.state() != Some(Status::Uninstalled)),
            Err(StorageError::NotFound) => None,
            Err(e) => return Err(DiffError::Storage(e)),
        },
    };
    if current.is_none() && cluster.is_some() && !req.install {
        return Err(DiffError::ReleaseNotFound { name: req.name });
    }
    let mut deploy = req.options.deploy.clone();
    deploy.dry_run = Some(if cluster.is_some() {
        DryRun::Server
    } else {
        DryRun::Client
    });
    deploy.diff = false;
    let rendered = match &current {
        Some(_) => {
            let opts = UpgradeOptions {
                deploy,
                values_mode: req.options.values_mode,
            };
            upgrade::run(
                storage,
                cluster
                    .clone()
                    .expect("an existing release implies a cluster"),
                &req.name,
                req.chart,
                req.values,
                &opts,
                events,
                std::future::pending(),
            )
            .await
            .map_err(DiffError::Upgrade)?
            .release
        }
        None => {
            let install_req = InstallRequest {
                deploy,
                replace: false,
                ..InstallRequest::default()
            };
            install::run(
                storage,
                cluster.clone(),
                &req.name,
                &req.namespace,
                req.chart,
                req.values,
                &install_req,
                events,
                std::future::pending(),
            )
            .await
            .map_err(DiffError::Install)?
            .release
        }
    };
    let namespace = rendered.namespace.clone();
    let hooks = |r: &Release| {
        if req.no_hooks {
            String::new()
        } else {
            hooks_text(&r.hooks)
        }
    };
    let old_manifest = current
        .as_ref()
        .map(|c| c.manifest.clone())
        .unwrap_or_default();
    let mut warnings = Vec::new();
    match (req.against, &cluster) {
        (Against::Record, _) | (_, None) => {
            let old_text = format!(
                "{old_manifest}\n{}",
                current.as_ref().map(hooks).unwrap_or_default()
            );
            let new_text = format!("{}\n{}", rendered.manifest, hooks(&rendered));
            let old = parse_side(&old_text, &namespace, s, &mut warnings)?;
            let new = parse_side(&new_text, &namespace, s, &mut warnings)?;
            Ok(compare(&old, &new, s, warnings))
        }
        (against, Some(cluster)) => {
            let (before, after) = build_current_and_new(
                cluster,
                &old_manifest,
                &rendered.manifest,
                &req.name,
                &namespace,
            )
            .await?;
            let mut sides =
                objects_against_cluster(cluster, &before, &after, against, &namespace).await?;
            // Hooks are not live objects: they are compared as stored and rendered.
            let old_hooks = current.as_ref().map(hooks).unwrap_or_default();
            sides
                .old
                .extend(parse_side(&old_hooks, &namespace, s, &mut warnings)?);
            sides
                .new
                .extend(parse_side(&hooks(&rendered), &namespace, s, &mut warnings)?);
            // `--take-ownership`: objects another release (or none) owns change hands first.
            let new_owner = format!("{namespace}/{}", req.name);
            let ownership: Vec<Ownership> = if req.options.deploy.take_ownership {
                sides
                    .owners
                    .iter()
                    .filter(|(_, owner)| *owner != new_owner)
                    .map(|(key, owner)| Ownership {
                        key: key.clone(),
                        old_owner: owner.clone(),
                        new_owner: new_owner.clone(),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            Ok(Outcome {
                report: engine::report_with_ownership(
                    &sides.old, &sides.new, &ownership, &s.report,
                ),
                warnings,
            })
        }
    }
}
