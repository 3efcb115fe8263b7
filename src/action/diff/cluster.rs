//! The one diff against the cluster, shared by `diff upgrade --three-way-merge`/`--against-live`,
//! `rollback --dry-run` and `install`/`upgrade --diff`: each new object against its live
//! version, as the API server itself would change it in a dry run (so defaults and admission
//! apply), reported by the helm-diff engine with server-managed fields left out and Secrets
//! redacted.

use std::collections::BTreeMap;

use futures::StreamExt;
use serde_json::{Map, Value};

use crate::action::deploy::DryRun;
use crate::cluster::resources::{Cluster, Resource, ResourceError};
use crate::cluster::strategic;
use crate::diff::manifest::{self, Document};
use crate::diff::report::{self as engine, DiffOptions, Report};

/// How many objects are read from (or dry-run against) the cluster at once.
const CONCURRENCY: usize = 16;

/// How the new side of a diff against the cluster is computed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Against {
    /// The stored manifest of the newest revision, not the cluster (helm-diff's default).
    #[default]
    Record,
    /// Helm's client-side patch (three-way strategic merge from the stored object to the new
    /// one over the live one; JSON merge for custom resources), sent as a server dry run.
    ThreeWay,
    /// A server-side apply dry run of the new object: what would really change, fields that
    /// others own included.
    ServerSideApply,
}

impl From<DryRun> for Against {
    /// `--dry-run` (client) computes Helm's client-side patch; `--dry-run=server` asks for a
    /// server-side apply, as the release would be applied.
    fn from(mode: DryRun) -> Against {
        match mode {
            DryRun::Client => Against::ThreeWay,
            DryRun::Server => Against::ServerSideApply,
        }
    }
}

/// Removes what the API server writes itself, so a diff shows only what the manifest controls:
/// helm-diff's tidy-up, plus `selfLink` and kubectl's last-applied copy (which would show every
/// Secret value in clear).
pub fn normalize(obj: &Value) -> Value {
    let mut v = obj.clone();
    manifest::tidy_live_object(&mut v);
    if let Some(Value::Object(meta)) = v.get_mut("metadata") {
        meta.remove("selfLink");
        if let Some(Value::Object(a)) = meta.get_mut("annotations") {
            a.remove("kubectl.kubernetes.io/last-applied-configuration");
            if a.is_empty() {
                meta.remove("annotations");
            }
        }
    }
    v
}

/// The live version of each object (`None` where it does not exist), read at most
/// [`CONCURRENCY`] at a time, in the objects' order.
pub async fn live_objects<'a>(
    cluster: &Cluster,
    objects: impl Iterator<Item = &'a Resource>,
) -> Result<Vec<Option<Value>>, ResourceError> {
    futures::stream::iter(objects.map(|r| cluster.get(r)))
        .buffered(CONCURRENCY)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect()
}

/// One new object against the cluster: the live object (if any) and what the change would make
/// of it, or the object as rendered when it does not exist yet.
async fn against_one(
    cluster: &Cluster,
    before: &[Resource],
    r: &Resource,
    against: Against,
) -> Result<(Option<Value>, Value), ResourceError> {
    let Some(live) = cluster.get(r).await? else {
        return Ok((None, r.object.clone()));
    };
    let result = if against == Against::ServerSideApply {
        cluster.apply(r, false, true).await?
    } else {
        let original = before
            .iter()
            .find(|b| b.key == r.key)
            .map_or(&r.object, |b| &b.object);
        let typed = strategic::is_typed(&r.api.group, &r.api.version);
        let patch = if typed {
            strategic::three_way(&r.key.kind, original, &r.object, &live)
        } else {
            strategic::two_way_merge(original, &r.object)
        };
        if patch.as_object().is_some_and(Map::is_empty) {
            live.clone()
        } else {
            cluster.patch_dry_run(r, &patch, typed).await?
        }
    };
    Ok((Some(live), result))
}

/// Both sides of a diff against the cluster, and who owns each live object.
#[derive(Debug, Default)]
pub struct LiveSides {
    /// The objects as they are now, by key.
    pub old: BTreeMap<String, Document>,
    /// The objects as they would be, by key.
    pub new: BTreeMap<String, Document>,
    /// For each new object that exists: its key and the release that owns it now
    /// (`"<namespace>/<name>"` from Helm's annotations, `""` for none).
    pub owners: Vec<(String, String)>,
}

/// Both sides of a diff against the cluster, as keyed documents: for each new object that
/// exists, the live object and what the change makes of it; new objects that do not exist as
/// rendered; objects the new manifest drops that still exist, as they are live. Nothing is
/// written.
pub async fn objects_against_cluster(
    cluster: &Cluster,
    before: &[Resource],
    after: &[Resource],
    against: Against,
    namespace: &str,
) -> Result<LiveSides, ResourceError> {
    let pairs: Vec<(Option<Value>, Value)> = futures::stream::iter(
        after
            .iter()
            .map(|r| against_one(cluster, before, r, against)),
    )
    .buffered(CONCURRENCY)
    .collect::<Vec<_>>()
    .await
    .into_iter()
    .collect::<Result<_, _>>()?;
    let dropped = before
        .iter()
        .filter(|b| !after.iter().any(|a| a.key == b.key));
    let dropped_live = live_objects(cluster, dropped).await?;
    let mut sides = LiveSides::default();
    let add = |map: &mut BTreeMap<String, Document>, v: &Value| {
        let d = manifest::document_from_object(&normalize(v), namespace);
        let key = d.key.clone();
        map.insert(key.clone(), d);
        key
    };
    for (live, result) in pairs {
        if let Some(live) = live {
            let key = add(&mut sides.old, &live);
            sides.owners.push((key, manifest::release_owner(&live)));
        }
        add(&mut sides.new, &result);
    }
    for live in dropped_live.iter().flatten() {
        add(&mut sides.old, live);
    }
    Ok(sides)
}

/// What writing `after` over `before` would do to each object of the cluster (`rollback
/// --dry-run`, `--diff`), as a helm-diff report: objects kept by `helm.sh/resource-policy` are
/// not shown removed, and Secrets are redacted per `opts`. Nothing is written.
pub async fn against_cluster(
    cluster: &Cluster,
    before: &[Resource],
    after: &[Resource],
    mode: DryRun,
    opts: &DiffOptions,
) -> Result<Report, ResourceError> {
    let namespace = after
        .iter()
        .chain(before)
        .map(|r| r.key.namespace.clone())
        .find(|ns| !ns.is_empty())
        .unwrap_or_default();
    let sides = objects_against_cluster(cluster, before, after, mode.into(), &namespace).await?;
    Ok(engine::report(&sides.old, &sides.new, opts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::report::{Change, LineKind, SecretMode};
    use serde_json::json;

    fn docs(objects: &[Value]) -> BTreeMap<String, Document> {
        objects
            .iter()
            .map(|o| {
                let d = manifest::document_from_object(&normalize(o), "ns");
                (d.key.clone(), d)
            })
            .collect()
    }

    #[test]
    fn server_fields_do_not_count_as_changes() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "uid": "u", "resourceVersion": "5", "managedFields": [],
            "annotations": {"meta.helm.sh/release-name": "r", "kubectl.kubernetes.io/last-applied-configuration": "{}"}}, "data": {"a": "1"}, "status": {}});
        let target = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "1"}});
        let r = engine::report(&docs(&[live]), &docs(&[target]), &DiffOptions::default());
        assert!(r.entries.is_empty(), "{r:?}");
    }

    #[test]
    fn a_change_is_one_entry_with_its_lines() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "1"}});
        let target = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "2"}});
        let r = engine::report(&docs(&[live]), &docs(&[target]), &DiffOptions::default());
        assert_eq!(r.entries.len(), 1);
        let e = &r.entries[0];
        assert_eq!(
            (e.key.as_str(), e.change),
            ("ns, c, ConfigMap (v1)", Change::Modify)
        );
        let changed: Vec<(LineKind, &str)> = e
            .lines
            .iter()
            .filter(|l| l.kind != LineKind::Common)
            .map(|l| (l.kind, l.text.as_str()))
            .collect();
        assert_eq!(
            changed,
            vec![
                (LineKind::Removed, "  a: \"1\""),
                (LineKind::Added, "  a: \"2\"")
            ]
        );
    }

    #[test]
    fn secret_values_are_redacted_unless_asked() {
        let live = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"password": "c2VjcmV0"}});
        let target = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"password": "b3RoZXI="}});
        let text = |opts: &DiffOptions| {
            let r = engine::report(
                &docs(std::slice::from_ref(&live)),
                &docs(std::slice::from_ref(&target)),
                opts,
            );
            assert_eq!(
                r.entries.len(),
                1,
                "a changed value still shows as a change"
            );
            r.entries[0]
                .lines
                .iter()
                .map(|l| l.text.clone())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let redacted = text(&DiffOptions::default());
        assert!(
            !redacted.contains("c2VjcmV0")
                && !redacted.contains("b3RoZXI=")
                && !redacted.contains("secret")
                && !redacted.contains("other"),
            "{redacted}"
        );
        assert!(redacted.contains("-------- # (6 bytes)"), "{redacted}");
        let shown = text(&DiffOptions {
            secrets: SecretMode::Show,
            ..DiffOptions::default()
        });
        assert!(shown.contains("c2VjcmV0"), "{shown}");
    }
}
