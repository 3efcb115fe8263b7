//! Release storage: one [`Driver`] trait with the Secret (default), ConfigMap, SQL and memory
//! drivers, and the storage logic Helm layers on top (`pkg/storage/storage.go`).
//!
//! Drivers first list record *heads* (key, name, namespace, version, status, labels) without the
//! payload, then the storage layer fetches and decodes only the records a command needs,
//! concurrently. Records that cannot be decoded are skipped like Helm skips them and reported
//! back as [`Broken`] so the CLI can name them.

/// The memory driver (`HELM_DRIVER=memory`): records held in the process.
pub mod memory;
/// The Secret and ConfigMap drivers: records as Kubernetes objects.
pub mod secret_configmap;
/// Label selectors as Helm's drivers parse and match them.
pub mod selector;
/// The SQL driver (`HELM_DRIVER=sql`): records in PostgreSQL tables, as Helm stores them.
pub mod sql;
/// Record writes shared by every operation: create-only revisions, updates and pruning.
pub mod write;

use std::collections::{BTreeMap, HashMap};

use futures::future::BoxFuture;
use futures::StreamExt;

use crate::release::{DecodeError, Release, Summary, Want};

/// Labels Helm owns on every storage object.
pub const SYSTEM_LABELS: [&str; 6] = [
    "name",
    "owner",
    "status",
    "version",
    "createdAt",
    "modifiedAt",
];

/// How many records are fetched at the same time.
const CONCURRENCY: usize = 16;

/// Storage errors. The first three texts are Helm's own (`pkg/storage/driver/driver.go`).
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// No such record.
    #[error("release: not found")]
    NotFound,
    /// A record with that key exists already.
    #[error("release: already exists")]
    AlreadyExists,
    /// A new revision's record could not be created because another client created the same
    /// revision first (the storage key is the lock, as in Helm); nothing was overwritten.
    #[error("release: already exists\nRevision {version} of {name:?} was created by another client at the same moment: another operation (install/upgrade/rollback) is in progress. Nothing was changed by this command; check `rhelm history {name}` and retry once that operation has finished.")]
    Conflict {
        /// The release name.
        name: String,
        /// The revision both created.
        version: i64,
    },
    /// A record this client wrote as pending was changed by another client before this
    /// client recorded the outcome (helm overwrites records blindly; rhelm does not), so the
    /// outcome was not written.
    #[error("release: changed by another client\nRevision {version} of {name:?} became {status} while this command worked on it: another operation (install/upgrade/rollback) is in progress or has taken over. Its record was left as that client wrote it, not marked with this command's outcome; what this command applied to the cluster stays applied. Check `rhelm history {name}` and `rhelm status {name}`, and run the command again if it is still needed.")]
    Changed {
        /// The release name.
        name: String,
        /// The revision.
        version: i64,
        /// The status the other client gave it.
        status: String,
    },
    /// A key that is not `sh.helm.release.v1.NAME.vN`.
    #[error("release: invalid key")]
    InvalidKey,
    /// A record whose payload cannot be decoded.
    #[error("failed to decode release record {key:?}: {source}; the record is damaged, delete it or restore it from a backup")]
    Decode {
        /// The record's key.
        key: String,
        /// Why it cannot be decoded.
        source: DecodeError,
    },
    /// A record that decodes but cannot be right (its labels disagree with its body, …).
    #[error("release record {key:?} is damaged: {reason}; delete it or restore it from a backup")]
    Corrupt {
        /// The record's key.
        key: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The backend refused or failed, in the words of helm's driver (`query: failed to query
    /// with labels: …`).
    #[error("{op}: {message}")]
    Backend {
        /// What the driver was doing (`query`, `list`, `get`, `create`, `update`).
        op: &'static str,
        /// What went wrong.
        message: String,
    },
    /// The API server's error passed on alone, as helm's ConfigMap driver passes it.
    #[error("{0}")]
    Api(String),
    /// The release has no record at all.
    #[error("no revision for release {0:?}")]
    NoRevision(String),
    /// Creating a new revision's record failed (the cluster went away, the request timed out):
    /// the record may or may not exist.
    #[error("{failure}\nRevision {version} of {name:?} was not recorded, or the answer to its creation was lost; the release's objects were not touched. Check `rhelm history {name}`: if it lists revision {version} as {status}, run `rhelm unlock {name} --force`; then run the command again.")]
    NotCreated {
        /// What failed. Printed first, so not a `source`: `{e:#}` would print it twice.
        failure: Box<StorageError>,
        /// The release name.
        name: String,
        /// The revision that may not exist.
        version: i64,
        /// The status it was to be created with.
        status: String,
    },
    /// The storage cannot be set up (an unknown driver, a bad SQL connection string, …).
    #[error("{0}")]
    Config(String),
}

impl StorageError {
    /// [`StorageError::Changed`]: another client gave `rls`'s record `status`.
    pub fn changed(rls: &Release, status: impl Into<String>) -> StorageError {
        StorageError::Changed {
            name: rls.name.clone(),
            version: rls.version,
            status: status.into(),
        }
    }

    /// True when the error says the record is damaged (as opposed to missing or unreachable).
    pub fn is_broken(&self) -> bool {
        matches!(
            self,
            StorageError::Decode { .. } | StorageError::Corrupt { .. }
        )
    }
}

/// A record's identity as read from labels or columns, without its payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// The record's key (the object name, or the SQL row key).
    pub key: String,
    /// The release name.
    pub name: String,
    /// The release namespace.
    pub namespace: String,
    /// The revision.
    pub version: i64,
    /// The status as the labels say it (`deployed`, `superseded`, …).
    pub status: String,
    /// Every label of the record.
    pub labels: BTreeMap<String, String>,
    /// True when `name` and `version` were read from the record's labels or columns (which
    /// normally agree with its body), false when they were guessed from its key.
    pub labelled: bool,
}

/// A record that could not be read.
#[derive(Clone, Debug)]
pub struct Broken {
    /// The record's key.
    pub key: String,
    /// Where it is stored.
    pub namespace: String,
    /// Why it could not be read.
    pub reason: String,
}

impl Broken {
    /// The warning a command prints for a record it skipped (after `WARNING: `).
    pub fn warning(&self) -> String {
        format!(
            "skipped release record {:?} in namespace {:?}: {}",
            self.key, self.namespace, self.reason
        )
    }
}

/// A storage backend.
pub trait Driver: Send + Sync {
    /// Helm's name for the driver (`Secret`, `ConfigMap`, `SQL`, `Memory`).
    fn name(&self) -> &'static str;

    /// Heads of every Helm record in scope, or only those of release `name`.
    fn heads<'a>(&'a self, name: Option<&'a str>)
        -> BoxFuture<'a, Result<Vec<Head>, StorageError>>;

    /// Reads and decodes one record. `labels` of the result are all labels of the object.
    fn fetch<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Release, StorageError>>;

    /// Reads one record by key in the driver's namespace (`NotFound` when absent).
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>>;

    /// [`Driver::fetch`], reading only the `want`ed parts of the record (same errors). Drivers
    /// that can skip building the rest override this.
    fn fetch_parts<'a>(
        &'a self,
        head: &'a Head,
        want: Want,
    ) -> BoxFuture<'a, Result<Release, StorageError>> {
        let _ = want;
        self.fetch(head)
    }

    /// [`Driver::get`], reading only the `want`ed parts of the record (same errors).
    fn get_parts<'a>(
        &'a self,
        key: &'a str,
        want: Want,
    ) -> BoxFuture<'a, Result<Release, StorageError>> {
        let _ = want;
        self.get(key)
    }

    /// Stores a new record.
    fn create<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>>;

    /// Replaces a stored record.
    fn update<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>>;

    /// Replaces a stored record only while it still holds status `expected`, in one atomic
    /// step (a compare-and-swap); [`StorageError::Changed`] when another client changed it.
    fn update_if_status<'a>(
        &'a self,
        rls: &'a Release,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<(), StorageError>>;

    /// Deletes a record and returns it.
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>>;

    /// Every record in scope (or of release `name`) with its payload, for reads that need most
    /// records. Drivers that can list payloads in bulk override this; the default fetches each.
    fn records<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records, StorageError>> {
        Box::pin(async move {
            let heads = self.heads(name).await?;
            Ok(fetch_each(heads, |h| {
                Box::pin(async move {
                    let r = self.fetch(&h).await;
                    (h, r)
                })
            })
            .await)
        })
    }

    /// Reads what `list` and `history` print of one record (the same errors as `fetch`).
    /// Drivers that can skip building the rest of the record override this.
    fn fetch_summary<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Summary, StorageError>> {
        Box::pin(async move { self.fetch(head).await.map(|r| Summary::from(&r)) })
    }

    /// [`Driver::records`], reading only what `list` and `history` print.
    fn summaries<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records<Summary>, StorageError>> {
        Box::pin(async move {
            let heads = self.heads(name).await?;
            Ok(fetch_each(heads, |h| {
                Box::pin(async move {
                    let r = self.fetch_summary(&h).await;
                    (h, r)
                })
            })
            .await)
        })
    }
}

/// Records with their heads, each decoded or not.
pub type Records<R = Release> = Vec<(Head, Result<R, StorageError>)>;

/// Fetches records one by one, [`CONCURRENCY`] at a time, and pairs them with their heads.
async fn fetch_each<'b, R, F>(heads: Vec<Head>, fetch: F) -> Records<R>
where
    F: Fn(Head) -> BoxFuture<'b, (Head, Result<R, StorageError>)>,
{
    futures::stream::iter(heads)
        .map(fetch)
        .buffered(CONCURRENCY)
        .collect()
        .await
}

/// A record as a read needs it: the whole [`Release`], or the [`Summary`] `list` and `history`
/// print.
pub trait Record: Sized + Send {
    /// Reads one record (of a [`Release`], the `want`ed parts).
    fn fetch<'a>(
        d: &'a dyn Driver,
        head: &'a Head,
        want: Want,
    ) -> BoxFuture<'a, Result<Self, StorageError>>;
    /// Reads every record in scope (or of release `name`).
    fn bulk<'a>(
        d: &'a dyn Driver,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records<Self>, StorageError>>;
    /// The release name in the record's body.
    fn name(&self) -> &str;
    /// The namespace in the record's body.
    fn namespace(&self) -> &str;
    /// The revision in the record's body.
    fn version(&self) -> i64;
    /// Gives the record the labels its driver stored it with.
    fn set_labels(&mut self, labels: BTreeMap<String, String>);
}

impl Record for Release {
    fn fetch<'a>(
        d: &'a dyn Driver,
        head: &'a Head,
        want: Want,
    ) -> BoxFuture<'a, Result<Self, StorageError>> {
        d.fetch_parts(head, want)
    }
    fn bulk<'a>(
        d: &'a dyn Driver,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records<Self>, StorageError>> {
        d.records(name)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn namespace(&self) -> &str {
        &self.namespace
    }
    fn version(&self) -> i64 {
        self.version
    }
    fn set_labels(&mut self, labels: BTreeMap<String, String>) {
        self.labels = labels;
    }
}

impl Record for Summary {
    fn fetch<'a>(
        d: &'a dyn Driver,
        head: &'a Head,
        _want: Want,
    ) -> BoxFuture<'a, Result<Self, StorageError>> {
        d.fetch_summary(head)
    }
    fn bulk<'a>(
        d: &'a dyn Driver,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records<Self>, StorageError>> {
        d.summaries(name)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn namespace(&self) -> &str {
        &self.namespace
    }
    fn version(&self) -> i64 {
        self.version
    }
    fn set_labels(&mut self, labels: BTreeMap<String, String>) {
        self.labels = labels;
    }
}

/// True when a record's body says what its head said: a choice made from heads alone (which
/// revision is the newest) holds for it.
fn agrees<R: Record>(head: &Head, r: &R) -> bool {
    head.labelled
        && r.version() == head.version
        && r.name() == head.name
        && r.namespace() == head.namespace
}

/// Above this many records, one bulk read is cheaper than fetching records one by one.
const BULK: usize = 32;

/// Custom labels only: the object's labels without Helm's system labels.
pub fn custom_labels(labels: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    labels
        .iter()
        .filter(|(k, _)| !SYSTEM_LABELS.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The namespace a record is stored under in the memory and SQL drivers: its own, or
/// `default` when it names none.
fn record_namespace(rls: &Release) -> String {
    if rls.namespace.is_empty() {
        "default".to_string()
    } else {
        rls.namespace.clone()
    }
}

/// Parses `sh.helm.release.v1.<name>.v<rev>` into name and revision.
pub fn parse_key(key: &str) -> Option<(String, i64)> {
    let rest = key.strip_prefix("sh.helm.release.v1.")?;
    let (name, rev) = rest.rsplit_once(".v")?;
    Some((name.to_string(), rev.parse().ok()?))
}

/// Builds a head from object labels, falling back to the key for name and version.
pub fn head_from_labels(key: &str, namespace: &str, labels: BTreeMap<String, String>) -> Head {
    let parsed = parse_key(key);
    let label_version = labels.get("version").and_then(|v| v.parse().ok());
    let labelled = labels.contains_key("name") && label_version.is_some();
    let name = labels
        .get("name")
        .cloned()
        .or_else(|| parsed.as_ref().map(|p| p.0.clone()))
        .unwrap_or_default();
    let version = label_version
        .or_else(|| parsed.as_ref().map(|p| p.1))
        .unwrap_or(0);
    Head {
        key: key.to_string(),
        name,
        namespace: namespace.to_string(),
        version,
        status: labels.get("status").cloned().unwrap_or_default(),
        labels,
        labelled,
    }
}

/// Helm's storage layer over one driver.
pub struct Storage {
    driver: Box<dyn Driver>,
}

/// Records read plus the ones that could not be read.
#[derive(Debug)]
pub struct Fetched<R = Release> {
    /// The records that were read.
    pub releases: Vec<R>,
    /// The records that could not be read, and why.
    pub broken: Vec<Broken>,
}

impl<R> Default for Fetched<R> {
    fn default() -> Self {
        Fetched {
            releases: Vec::new(),
            broken: Vec::new(),
        }
    }
}

impl Storage {
    /// Storage over `driver`.
    pub fn new(driver: Box<dyn Driver>) -> Storage {
        Storage { driver }
    }

    /// The driver underneath, for what only it can do.
    pub fn driver(&self) -> &dyn Driver {
        self.driver.as_ref()
    }

    /// Fetches records; with `list_labels` the result carries the head's labels (what a driver's
    /// `List` exposes, which for SQL differs from what `Query` returns). Returns false when a
    /// record's body disagrees with its head (see [`agrees`]).
    async fn fetch_all<R: Record>(
        &self,
        heads: &[Head],
        out: &mut Fetched<R>,
        list_labels: bool,
        want: Want,
    ) -> Result<bool, StorageError> {
        let d = self.driver.as_ref();
        let mut results: Vec<(usize, Result<R, StorageError>)> =
            futures::stream::iter(heads.iter().enumerate())
                .map(|(i, h)| async move { (i, R::fetch(d, h, want).await) })
                .buffer_unordered(CONCURRENCY)
                .collect()
                .await;
        results.sort_by_key(|(i, _)| *i);
        let mut all_agree = true;
        for (i, r) in results {
            match r {
                Ok(mut rls) => {
                    all_agree &= agrees(&heads[i], &rls);
                    if list_labels {
                        rls.set_labels(heads[i].labels.clone());
                    }
                    out.releases.push(rls)
                }
                Err(e) if e.is_broken() => out.broken.push(Broken {
                    key: heads[i].key.clone(),
                    namespace: heads[i].namespace.clone(),
                    reason: e.to_string(),
                }),
                // A record deleted between listing and fetching is simply gone.
                Err(StorageError::NotFound) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(all_agree)
    }

    /// The newest `max` readable revisions of `name` (all when `max` is `None`), in no particular
    /// order. `NotFound` when the release has no records at all.
    pub async fn history(&self, name: &str, max: Option<usize>) -> Result<Fetched, StorageError> {
        self.history_of(name, max, Want::ALL).await
    }

    /// [`Storage::history`], reading only what `history` prints of each record.
    pub async fn history_summaries(
        &self,
        name: &str,
        max: Option<usize>,
    ) -> Result<Fetched<Summary>, StorageError> {
        self.history_of(name, max, Want::SUMMARY).await
    }

    async fn history_of<R: Record>(
        &self,
        name: &str,
        max: Option<usize>,
        want: Want,
    ) -> Result<Fetched<R>, StorageError> {
        let wanted = max.unwrap_or(usize::MAX);
        if wanted > BULK {
            // Most or all records are wanted: one list of them all (as Helm reads them) costs
            // one request where listing heads first costs two.
            return self.history_by_body(name, wanted).await;
        }
        let mut heads = self.driver.heads(Some(name)).await?;
        if heads.is_empty() {
            return Err(StorageError::NotFound);
        }
        heads.sort_by_key(|h| std::cmp::Reverse(h.version));
        let mut out = Fetched::default();
        if heads.len() <= wanted {
            self.fetch_all(&heads, &mut out, false, want).await?;
            return Ok(out);
        }
        // Only the newest `want` by their heads are read; that choice holds only when their
        // bodies say the same, else every record is read and the newest chosen by body.
        if heads.iter().all(|h| h.labelled)
            && self.newest_of(&heads, wanted, &mut out, want).await?
        {
            return Ok(out);
        }
        self.history_by_body(name, wanted).await
    }

    /// Every record of `name` read, the newest `want` kept by body version.
    async fn history_by_body<R: Record>(
        &self,
        name: &str,
        want: usize,
    ) -> Result<Fetched<R>, StorageError> {
        let mut recs = R::bulk(self.driver.as_ref(), Some(name)).await?;
        if recs.is_empty() {
            return Err(StorageError::NotFound);
        }
        recs.sort_by_key(|(h, _)| std::cmp::Reverse(h.version));
        let mut out = Fetched::default();
        absorb(&mut out, recs, false)?;
        out.releases.sort_by_key(|r| std::cmp::Reverse(r.version()));
        out.releases.truncate(want);
        Ok(out)
    }

    /// Reads the newest `want` readable records of `heads` (sorted newest first), reading older
    /// ones in place of damaged ones. False when a body disagrees with its head.
    async fn newest_of<R: Record>(
        &self,
        heads: &[Head],
        wanted: usize,
        out: &mut Fetched<R>,
        want: Want,
    ) -> Result<bool, StorageError> {
        let mut start = 0;
        while start < heads.len() && out.releases.len() < wanted {
            let take = (wanted - out.releases.len()).min(heads.len() - start);
            if !self
                .fetch_all(&heads[start..start + take], out, false, want)
                .await?
            {
                return Ok(false);
            }
            start += take;
        }
        Ok(true)
    }

    /// The newest readable record of `name`, or `None` when the release has no records
    /// (records that cannot be read are passed over).
    pub async fn latest(&self, name: &str) -> Result<Option<Release>, StorageError> {
        match self.history(name, Some(1)).await {
            Ok(f) => Ok(f.releases.into_iter().max_by_key(|r| r.version)),
            Err(StorageError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The latest readable revision of `name` (Helm's `Last`).
    pub async fn last(&self, name: &str) -> Result<(Release, Vec<Broken>), StorageError> {
        self.last_parts(name, Want::ALL).await
    }

    /// [`Storage::last`], reading only the `want`ed parts of the record.
    pub async fn last_parts(
        &self,
        name: &str,
        want: Want,
    ) -> Result<(Release, Vec<Broken>), StorageError> {
        let mut f = self.history_of::<Release>(name, Some(1), want).await?;
        f.releases.sort_by_key(|r| std::cmp::Reverse(r.version));
        match f.releases.into_iter().next() {
            Some(r) => Ok((r, f.broken)),
            None => match f.broken.into_iter().next() {
                Some(b) => Err(StorageError::Corrupt {
                    key: b.key,
                    reason: b.reason,
                }),
                None => Err(StorageError::NoRevision(name.to_string())),
            },
        }
    }

    /// One revision (Helm's `Get`); labels are custom labels only.
    pub async fn get(&self, name: &str, version: i64) -> Result<Release, StorageError> {
        self.get_parts(name, version, Want::ALL).await
    }

    /// [`Storage::get`], reading only the `want`ed parts of the record.
    pub async fn get_parts(
        &self,
        name: &str,
        version: i64,
        want: Want,
    ) -> Result<Release, StorageError> {
        let mut r = self
            .driver
            .get_parts(&crate::release::storage_key(name, version), want)
            .await?;
        r.labels = custom_labels(&r.labels);
        Ok(r)
    }

    /// What `list` prints of every readable record in scope (Helm's driver `List`).
    pub async fn list_all(&self) -> Result<Fetched<Summary>, StorageError> {
        let heads = self.driver.heads(None).await?;
        let mut out = Fetched::default();
        if heads.len() > BULK {
            absorb(&mut out, self.driver.summaries(None).await?, true)?;
        } else {
            self.fetch_all(&heads, &mut out, true, Want::SUMMARY)
                .await?;
        }
        Ok(out)
    }

    /// What `list` prints of the highest readable revision of every release in scope (Helm's
    /// `List` followed by `filterLatestReleases`). Only the newest record of each release (by
    /// its head) is read, unless heads lack labels or a body disagrees with its head: then every
    /// record is read and the newest chosen by body, as Helm does.
    pub async fn list_latest(&self) -> Result<Fetched<Summary>, StorageError> {
        let heads = self.driver.heads(None).await?;
        let labelled = heads.iter().all(|h| h.labelled);
        let mut groups: HashMap<(String, String), Vec<Head>> = HashMap::new();
        for h in heads {
            groups
                .entry((h.namespace.clone(), h.name.clone()))
                .or_default()
                .push(h);
        }
        let total: usize = groups.values().map(Vec::len).sum();
        // Few revisions per release: one bulk read is cheaper than reading records one by one.
        if labelled && !(groups.len() > BULK && total <= 4 * groups.len()) {
            if let Some(out) = self.newest_by_head(groups).await? {
                return Ok(out);
            }
        }
        let mut all = Fetched::default();
        absorb(&mut all, self.driver.summaries(None).await?, true)?;
        // Helm's filterLatestReleases: per body namespace and name, the highest body version,
        // the later record winning a tie.
        let mut newest: HashMap<(String, String), Summary> = HashMap::new();
        for r in all.releases {
            let k = (r.namespace.clone(), r.name.clone());
            match newest.get(&k) {
                Some(cur) if cur.version > r.version => {}
                _ => {
                    newest.insert(k, r);
                }
            }
        }
        Ok(Fetched {
            broken: all
                .broken
                .into_iter()
                .filter(|b| {
                    let ver = parse_key(&b.key);
                    ver.is_none_or(|(name, v)| {
                        newest
                            .get(&(b.namespace.clone(), name))
                            .is_none_or(|r| r.version < v)
                    })
                })
                .collect(),
            releases: newest.into_values().collect(),
        })
    }

    /// The newest readable record of each group of heads, or `None` when a body disagrees with
    /// its head.
    async fn newest_by_head(
        &self,
        groups: HashMap<(String, String), Vec<Head>>,
    ) -> Result<Option<Fetched<Summary>>, StorageError> {
        let mut groups: Vec<Vec<Head>> = groups.into_values().collect();
        for g in &mut groups {
            g.sort_by_key(|h| std::cmp::Reverse(h.version));
        }
        let d = self.driver.as_ref();
        let mut out = Fetched::default();
        let mut pending: Vec<(usize, usize)> = (0..groups.len()).map(|g| (g, 0)).collect();
        while !pending.is_empty() {
            // In the order the answers come; the caller sorts.
            let results: Vec<((usize, usize), Result<Summary, StorageError>)> =
                futures::stream::iter(&pending)
                    .map(|&(g, i)| {
                        let head = &groups[g][i];
                        async move { ((g, i), d.fetch_summary(head).await) }
                    })
                    .buffer_unordered(CONCURRENCY)
                    .collect()
                    .await;
            let mut next = Vec::new();
            for ((g, i), r) in results {
                let head = &groups[g][i];
                match r {
                    Ok(mut rls) => {
                        if !agrees(head, &rls) {
                            return Ok(None);
                        }
                        rls.labels = head.labels.clone();
                        out.releases.push(rls)
                    }
                    Err(e) if e.is_broken() || matches!(e, StorageError::NotFound) => {
                        if e.is_broken() {
                            out.broken.push(Broken {
                                key: head.key.clone(),
                                namespace: head.namespace.clone(),
                                reason: e.to_string(),
                            });
                        }
                        if i + 1 < groups[g].len() {
                            next.push((g, i + 1));
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
            pending = next;
        }
        Ok(Some(out))
    }
}

/// Adds bulk-read records to a result (damaged ones as [`Broken`]).
fn absorb<R: Record>(
    out: &mut Fetched<R>,
    recs: Records<R>,
    list_labels: bool,
) -> Result<(), StorageError> {
    for (h, r) in recs {
        match r {
            Ok(mut rls) => {
                if list_labels {
                    rls.set_labels(h.labels);
                }
                out.releases.push(rls)
            }
            Err(e) if e.is_broken() => out.broken.push(Broken {
                key: h.key,
                namespace: h.namespace,
                reason: e.to_string(),
            }),
            Err(StorageError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The drivers `HELM_DRIVER` names (Helm's `action.Init`): empty or `secret(s)` for Secrets,
/// `configmap(s)`, `memory` and `sql`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DriverKind {
    /// Secrets (the default).
    Secret,
    /// ConfigMaps.
    ConfigMap,
    /// Records in this process only.
    Memory,
    /// PostgreSQL (`HELM_DRIVER_SQL_CONNECTION_STRING`).
    Sql,
}

impl DriverKind {
    /// Reads a `HELM_DRIVER` value.
    pub fn parse(name: &str) -> Result<DriverKind, StorageError> {
        match name {
            "" | "secret" | "secrets" => Ok(DriverKind::Secret),
            "configmap" | "configmaps" => Ok(DriverKind::ConfigMap),
            "memory" => Ok(DriverKind::Memory),
            "sql" => Ok(DriverKind::Sql),
            other => Err(StorageError::Config(format!(
                "unknown driver {other:?}; set HELM_DRIVER to secret, configmap, sql or memory"
            ))),
        }
    }

    /// False for the memory driver, which (like Helm) works without a cluster.
    pub fn uses_cluster(self) -> bool {
        self != DriverKind::Memory
    }
}

/// A driver with what it needs to open: the caller builds the Kubernetes client and reads
/// the environment, storage only uses them.
pub enum Backend {
    /// Secrets or ConfigMaps through a Kubernetes client.
    Kube {
        /// The client the records are read and written through.
        client: kube::Client,
        /// Secrets or ConfigMaps.
        kind: secret_configmap::Kind,
    },
    /// Records in this process, pre-loaded from the YAML files Helm's
    /// `HELM_MEMORY_DRIVER_DATA` lists (colon-separated there).
    Memory {
        /// The files to pre-load.
        files: Vec<String>,
    },
    /// PostgreSQL, with Helm's `HELM_DRIVER_SQL_CONNECTION_STRING`.
    Sql {
        /// The connection string.
        connection: String,
    },
}

/// Opens the storage of `namespace`, or of every namespace with `all_namespaces`.
pub async fn open(
    backend: Backend,
    namespace: &str,
    all_namespaces: bool,
) -> Result<Storage, StorageError> {
    let scope = if all_namespaces {
        None
    } else {
        Some(namespace.to_string())
    };
    match backend {
        Backend::Kube { client, kind } => Ok(Storage::new(Box::new(
            secret_configmap::KubeDriver::new(client, kind, scope, namespace),
        ))),
        Backend::Memory { files } => Ok(Storage::new(Box::new(memory::MemoryDriver::load(
            scope, namespace, &files,
        )?))),
        Backend::Sql { connection } => {
            let d = sql::SqlDriver::connect(&connection, scope, namespace)
                .await
                .map_err(|e| {
                    StorageError::Config(format!("unable to instantiate SQL driver: {e}"))
                })?;
            Ok(Storage::new(Box::new(d)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(
            parse_key("sh.helm.release.v1.a.b.v12"),
            Some(("a.b".into(), 12))
        );
        assert_eq!(parse_key("sh.helm.release.v1.a.vx"), None);
        assert_eq!(parse_key("other"), None);
    }

    #[test]
    fn custom_labels_drop_system_ones() {
        let mut l = BTreeMap::new();
        for k in SYSTEM_LABELS {
            l.insert(k.to_string(), "x".to_string());
        }
        l.insert("team".into(), "a".into());
        assert_eq!(
            custom_labels(&l).into_keys().collect::<Vec<_>>(),
            vec!["team"]
        );
    }
}

#[cfg(test)]
mod broken_tests {
    use super::*;
    use crate::release::codec;

    /// A driver whose records can be damaged, for the storage layer's skipping rules.
    struct Fake {
        records: Vec<(Head, Option<Release>)>,
    }

    fn head(name: &str, v: i64) -> Head {
        Head {
            key: crate::release::storage_key(name, v),
            name: name.into(),
            namespace: "ns".into(),
            version: v,
            status: "deployed".into(),
            labels: BTreeMap::from([("name".to_string(), name.to_string())]),
            labelled: true,
        }
    }

    fn rel(name: &str, v: i64) -> Release {
        crate::release::sample(name, "ns", v, "deployed")
    }

    impl Driver for Fake {
        fn name(&self) -> &'static str {
            "Fake"
        }
        fn heads<'a>(
            &'a self,
            name: Option<&'a str>,
        ) -> BoxFuture<'a, Result<Vec<Head>, StorageError>> {
            let hs = self
                .records
                .iter()
                .filter(|(h, _)| name.is_none_or(|n| h.name == n))
                .map(|(h, _)| h.clone())
                .collect();
            Box::pin(async move { Ok(hs) })
        }
        fn fetch<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Release, StorageError>> {
            Box::pin(self.get(&head.key))
        }
        fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
            let found = self.records.iter().find(|(h, _)| h.key == key).cloned();
            Box::pin(async move {
                match found {
                    None => Err(StorageError::NotFound),
                    Some((_, Some(r))) => Ok(r),
                    Some((h, None)) => Err(StorageError::Decode {
                        key: h.key,
                        source: codec::decode("!").unwrap_err(),
                    }),
                }
            })
        }
        fn create<'a>(&'a self, _: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
            Box::pin(async { Err(StorageError::AlreadyExists) })
        }
        fn update<'a>(&'a self, _: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
            Box::pin(async { Err(StorageError::NotFound) })
        }
        fn update_if_status<'a>(
            &'a self,
            _: &'a Release,
            _: &'a str,
        ) -> BoxFuture<'a, Result<(), StorageError>> {
            Box::pin(async { Err(StorageError::NotFound) })
        }
        fn delete<'a>(&'a self, _: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
            Box::pin(async { Err(StorageError::NotFound) })
        }
    }

    fn storage() -> Storage {
        Storage::new(Box::new(Fake {
            records: vec![
                (head("a", 1), Some(rel("a", 1))),
                (head("a", 2), Some(rel("a", 2))),
                (head("a", 3), None),
                (head("b", 1), None),
                (head("c", 1), Some(rel("c", 1))),
            ],
        }))
    }

    #[tokio::test]
    async fn damaged_records_are_skipped_and_reported() {
        let s = storage();
        let latest = s.list_latest().await.unwrap();
        let mut got: Vec<(String, i64)> = latest
            .releases
            .iter()
            .map(|r| (r.name.clone(), r.version))
            .collect();
        got.sort();
        assert_eq!(got, vec![("a".into(), 2), ("c".into(), 1)]);
        let mut broken: Vec<&str> = latest.broken.iter().map(|b| b.key.as_str()).collect();
        broken.sort();
        assert_eq!(
            broken,
            vec!["sh.helm.release.v1.a.v3", "sh.helm.release.v1.b.v1"]
        );
        // The storage layer's list sees the head's labels.
        assert!(latest
            .releases
            .iter()
            .all(|r| r.labels.contains_key("name")));

        let h = s.history("a", Some(2)).await.unwrap();
        let mut vs: Vec<i64> = h.releases.iter().map(|r| r.version).collect();
        vs.sort();
        assert_eq!(
            vs,
            vec![1, 2],
            "the damaged newest revision is replaced by an older one"
        );
        assert_eq!(h.broken.len(), 1);

        let (last, broken) = s.last("a").await.unwrap();
        assert_eq!((last.version, broken.len()), (2, 1));
        assert!(matches!(
            s.last("b").await,
            Err(StorageError::Corrupt { .. })
        ));
        // Only damaged records: history has no rows but is not "not found".
        let only_broken = s.history("b", None).await.unwrap();
        assert!(only_broken.releases.is_empty());
        assert!(matches!(
            s.history("zz", None).await,
            Err(StorageError::NotFound)
        ));
        let err = s.get("a", 3).await.unwrap_err();
        assert!(err.is_broken());
        assert!(err.to_string().contains("sh.helm.release.v1.a.v3"), "{err}");
    }

    /// A record whose head says `(name, version)` and whose body says `body`.
    fn lying(name: &str, v: i64, body: (&str, i64), labelled: bool) -> (Head, Option<Release>) {
        let mut h = head(name, v);
        h.labelled = labelled;
        (h, Some(rel(body.0, body.1)))
    }

    fn newest(f: &Fetched<Summary>) -> Vec<(String, i64)> {
        let mut got: Vec<(String, i64)> = f
            .releases
            .iter()
            .map(|r| (r.name.clone(), r.version))
            .collect();
        got.sort();
        got
    }

    #[tokio::test]
    async fn heads_that_disagree_with_their_bodies_make_every_body_count() {
        // `b`'s labels call revision 1 the newest (9); its body says 1, and revision 2 is newer.
        let s = Storage::new(Box::new(Fake {
            records: vec![
                lying("a", 1, ("a", 1), true),
                lying("a", 2, ("a", 2), true),
                lying("b", 9, ("b", 1), true),
                lying("b", 2, ("b", 2), true),
            ],
        }));
        assert_eq!(
            newest(&s.list_latest().await.unwrap()),
            vec![("a".into(), 2), ("b".into(), 2)]
        );
        let h = s.history_summaries("b", Some(1)).await.unwrap();
        assert_eq!(newest(&h), vec![("b".into(), 2)]);

        // A body that names another release joins that release, as in Helm.
        let s = Storage::new(Box::new(Fake {
            records: vec![lying("x", 1, ("y", 5), true), lying("y", 1, ("y", 1), true)],
        }));
        assert_eq!(
            newest(&s.list_latest().await.unwrap()),
            vec![("y".into(), 5)]
        );

        // Heads guessed from keys (no labels): every body is read.
        let s = Storage::new(Box::new(Fake {
            records: vec![
                lying("c", 3, ("c", 1), false),
                lying("c", 1, ("c", 3), false),
            ],
        }));
        assert_eq!(
            newest(&s.list_latest().await.unwrap()),
            vec![("c".into(), 3)]
        );
        let h = s.history_summaries("c", Some(1)).await.unwrap();
        assert_eq!(newest(&h), vec![("c".into(), 3)]);
    }

    #[tokio::test]
    async fn bulk_reads_skip_damaged_records_too() {
        let mut records: Vec<(Head, Option<Release>)> = (1..=40)
            .map(|v| (head("a", v), Some(rel("a", v))))
            .collect();
        records.push((head("a", 41), None));
        for i in 0..40 {
            let n = format!("r{i:02}");
            records.push((head(&n, 1), (i != 7).then(|| rel(&n, 1))));
        }
        let s = Storage::new(Box::new(Fake { records }));
        let h = s.history("a", None).await.unwrap();
        assert_eq!(h.releases.len(), 40);
        assert_eq!(h.broken.len(), 1);
        let h = s.history("a", Some(35)).await.unwrap();
        let mut vs: Vec<i64> = h.releases.iter().map(|r| r.version).collect();
        vs.sort();
        assert_eq!(vs, (6..=40).collect::<Vec<i64>>());
        let latest = s.list_latest().await.unwrap();
        // 41 release names, r07's only record is damaged.
        assert_eq!(latest.releases.len(), 40);
        let a = latest.releases.iter().find(|r| r.name == "a").unwrap();
        assert_eq!(a.version, 40);
        let mut broken: Vec<&str> = latest.broken.iter().map(|b| b.key.as_str()).collect();
        broken.sort();
        assert_eq!(
            broken,
            vec!["sh.helm.release.v1.a.v41", "sh.helm.release.v1.r07.v1"]
        );
        assert_eq!(s.list_all().await.unwrap().releases.len(), 79);
    }
}
