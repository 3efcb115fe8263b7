//! `helm list` (`pkg/action/list.go`, Helm 4 semantics: every status but `unknown` by default).

use super::{app_version, chart_name, ActionError, WithWarnings};
pub use crate::release::rows::ListEntry;
use crate::release::{Status, Summary};
use crate::storage::selector::Selector;
use crate::storage::Storage;

/// Status filter flags; none set means every status except `unknown`.
#[derive(Clone, Debug, Default)]
pub struct StateFlags {
    /// `--deployed`.
    pub deployed: bool,
    /// `--failed`.
    pub failed: bool,
    /// `--uninstalled`.
    pub uninstalled: bool,
    /// `--uninstalling`.
    pub uninstalling: bool,
    /// `--superseded`.
    pub superseded: bool,
    /// `--pending`.
    pub pending: bool,
}

impl StateFlags {
    fn any(&self) -> bool {
        self.deployed
            || self.failed
            || self.uninstalled
            || self.uninstalling
            || self.superseded
            || self.pending
    }

    /// True when only `--superseded` is set (then older revisions are listed too).
    fn superseded_only(&self) -> bool {
        self.superseded
            && !(self.deployed
                || self.failed
                || self.uninstalled
                || self.uninstalling
                || self.pending)
    }

    fn allows(&self, status: &str) -> bool {
        let Some(s) = Status::parse(status) else {
            return false;
        };
        if s == Status::Unknown {
            return false;
        }
        if !self.any() {
            return true;
        }
        match s {
            Status::Deployed => self.deployed,
            Status::Failed => self.failed,
            Status::Uninstalled => self.uninstalled,
            Status::Uninstalling => self.uninstalling,
            Status::Superseded => self.superseded,
            s if s.is_pending() => self.pending,
            _ => false,
        }
    }
}

/// `helm list` options.
#[derive(Clone, Debug)]
pub struct ListOptions {
    /// Which statuses are listed.
    pub states: StateFlags,
    /// `--filter`: the regular expression release names must match, compiled with Go's syntax
    /// (`gotemplate::sprig::regex::compile`, which gives Helm's error texts).
    pub filter: Option<regex::Regex>,
    /// `--selector`: a label selector the records must match.
    pub selector: Option<String>,
    /// `--date`: sort by deploy time instead of name.
    pub by_date: bool,
    /// `--reverse`: reverse the order.
    pub reverse: bool,
    /// `--max`: how many releases to show at most.
    pub limit: i64,
    /// `--offset`: skip this many releases first.
    pub offset: i64,
    /// `--time-format`: a Go layout for the times shown.
    pub time_format: Option<String>,
}

impl Default for ListOptions {
    fn default() -> Self {
        ListOptions {
            states: StateFlags::default(),
            filter: None,
            selector: None,
            by_date: false,
            reverse: false,
            limit: 256,
            offset: 0,
            time_format: None,
        }
    }
}

/// Runs `list`.
pub async fn run(
    storage: &Storage,
    opts: &ListOptions,
) -> Result<WithWarnings<Vec<ListEntry>>, ActionError> {
    let fetched = if opts.states.superseded_only() {
        storage.list_all().await?
    } else {
        storage.list_latest().await?
    };
    let named: Vec<Summary> = fetched
        .releases
        .into_iter()
        .filter(|r| opts.filter.as_ref().is_none_or(|f| f.is_match(&r.name)))
        .collect();
    // Helm parses the selector only when some record passed the name filter, so a bad
    // selector is no error where there is nothing to list.
    let selector = if named.is_empty() {
        Selector::default()
    } else {
        Selector::parse(opts.selector.as_deref().unwrap_or(""))
            .map_err(|e| ActionError::Filter(e.to_string()))?
    };
    let mut rels: Vec<Summary> = named
        .into_iter()
        .filter(|r| opts.states.allows(r.status()))
        .filter(|r| selector.matches(&r.labels))
        .collect();
    sort(&mut rels, opts.by_date, opts.reverse);
    let offset = usize::try_from(opts.offset).unwrap_or(0);
    let rels: Vec<Summary> = if offset >= rels.len() {
        Vec::new()
    } else {
        let mut limit = rels.len();
        if opts.limit > 0 && (opts.limit as usize) < limit {
            limit = opts.limit as usize;
        }
        let last = (offset + limit).min(rels.len());
        rels.drain(offset..last).collect()
    };
    let value = rels
        .iter()
        .map(|r| {
            let t = r.last_deployed();
            let updated = if t.is_zero() {
                "-".to_string()
            } else {
                match opts.time_format.as_deref().filter(|f| !f.is_empty()) {
                    Some(f) => t.format(f),
                    None => t.go_string(),
                }
            };
            ListEntry {
                name: r.name.clone(),
                namespace: r.namespace.clone(),
                revision: r.version.to_string(),
                updated,
                status: r.status().to_string(),
                chart: chart_name(r.chart.as_ref()),
                app_version: app_version(r.chart.as_ref()),
            }
        })
        .collect();
    Ok(WithWarnings {
        value,
        broken: fetched.broken,
    })
}

/// Helm's list sort (`releaseutil.SortByName`/`SortByDate`, `Reverse`): by name (bytewise), or
/// with `-d` by last-deployed seconds, oldest first, ties by name. `-r` reverses the whole order.
/// Helm leaves releases of one name (and, with `-d`, one time) in several namespaces in map
/// order, which changes from run to run; rhelm orders them by namespace, one of the orders helm
/// prints. Records of one name in one namespace (`--superseded`) keep the driver's order, as
/// helm's sort leaves them: key order (`v1, v10, v2`) for Secrets and ConfigMaps, revision order
/// for the memory driver.
fn sort(rels: &mut [Summary], by_date: bool, reverse: bool) {
    fn key(r: &Summary) -> (&[u8], &[u8]) {
        (r.name.as_bytes(), r.namespace.as_bytes())
    }
    let by_name = |a: &Summary, b: &Summary| key(a).cmp(&key(b));
    if by_date {
        rels.sort_by(|a, b| {
            (a.last_deployed().unix().cmp(&b.last_deployed().unix())).then_with(|| by_name(a, b))
        });
    } else {
        rels.sort_by(by_name);
    }
    if reverse {
        rels.reverse();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::{codec, Release};
    use crate::storage::memory::MemoryDriver;

    fn rel(name: &str, v: i64, status: &str, t: &str) -> Release {
        codec::from_value(serde_json::json!({
            "name": name, "namespace": "default", "version": v,
            "info": {"status": status, "last_deployed": t},
            "chart": {"metadata": {"name": "foo", "version": "0.1.0-beta.1", "appVersion": "1.0"}}
        }))
        .unwrap()
    }

    async fn names(opts: ListOptions) -> Vec<String> {
        let d = MemoryDriver::new(Some("default".into()), "default");
        d.insert(rel("starlord", 1, "superseded", "2016-01-16T00:00:01Z"))
            .unwrap();
        d.insert(rel("starlord", 2, "deployed", "2016-01-16T00:00:01Z"))
            .unwrap();
        d.insert(rel("groot", 1, "uninstalled", "2016-01-16T00:00:02Z"))
            .unwrap();
        d.insert(rel("gamora", 1, "superseded", "2016-01-16T00:00:03Z"))
            .unwrap();
        d.insert(rel("rocket", 1, "failed", "2016-01-16T00:00:04Z"))
            .unwrap();
        d.insert(rel("drax", 1, "uninstalling", "2016-01-16T00:00:05Z"))
            .unwrap();
        d.insert(rel("thanos", 1, "pending-install", "2016-01-16T00:00:06Z"))
            .unwrap();
        d.insert(rel("hummingbird", 1, "unknown", "2016-01-16T00:00:07Z"))
            .unwrap();
        let s = Storage::new(Box::new(d));
        run(&s, &opts)
            .await
            .unwrap()
            .value
            .into_iter()
            .map(|e| format!("{}:{}", e.name, e.revision))
            .collect()
    }

    #[tokio::test]
    async fn default_lists_latest_of_every_known_status() {
        assert_eq!(
            names(ListOptions::default()).await,
            vec![
                "drax:1",
                "gamora:1",
                "groot:1",
                "rocket:1",
                "starlord:2",
                "thanos:1"
            ]
        );
    }

    #[tokio::test]
    async fn superseded_only_lists_old_revisions() {
        let mut o = ListOptions::default();
        o.states.superseded = true;
        assert_eq!(names(o).await, vec!["gamora:1", "starlord:1"]);
    }

    #[tokio::test]
    async fn date_sort_offset_and_max() {
        let mut o = ListOptions {
            by_date: true,
            reverse: true,
            limit: 2,
            offset: 1,
            ..Default::default()
        };
        assert_eq!(names(o.clone()).await, vec!["drax:1", "rocket:1"]);
        o.filter = Some(gotemplate::sprig::regex::compile("^gr").unwrap());
        o.offset = 0;
        assert_eq!(names(o).await, vec!["groot:1"]);
    }

    /// Helm's `TestListCmd` releases (the latest of each) and their golden orders
    /// (`list-all*.txt`), plus `starlord` of namespace `milano` for the `-A` tie.
    #[test]
    fn sort_breaks_ties_as_helm_does() {
        let mk = |name: &str, ns: &str, t: &str| {
            let mut r = rel(name, 1, "deployed", t);
            r.namespace = ns.to_string();
            Summary::from(&r)
        };
        let fixture = [
            mk("starlord", "default", "2016-01-16T00:00:01Z"),
            mk("groot", "default", "2016-01-16T00:00:01Z"),
            mk("gamora", "default", "2016-01-16T00:00:01Z"),
            mk("rocket", "default", "2016-01-16T00:00:02Z"),
            mk("drax", "default", "2016-01-16T00:00:01Z"),
            mk("starlord", "milano", "2016-01-16T00:00:01Z"),
            mk("thanos", "default", "2016-01-16T00:00:01Z"),
            mk("hummingbird", "default", "2016-01-16T00:00:03Z"),
            mk("iguana", "default", "2016-01-16T00:00:04Z"),
        ];
        let order = |by_date, reverse| {
            // Every input order gives the same result.
            let mut seen = Vec::new();
            for rotate in 0..fixture.len() {
                let mut rels = fixture.to_vec();
                rels.rotate_left(rotate);
                rels.reverse();
                sort(&mut rels, by_date, reverse);
                let got: Vec<String> = rels
                    .iter()
                    .map(|r| format!("{}/{}", r.name, r.namespace.chars().next().unwrap()))
                    .collect();
                seen.push(got.join(" "));
            }
            seen.dedup();
            assert_eq!(seen.len(), 1, "order depends on the input: {seen:?}");
            seen.remove(0)
        };
        assert_eq!(
            order(false, false),
            "drax/d gamora/d groot/d hummingbird/d iguana/d rocket/d starlord/d starlord/m thanos/d"
        );
        assert_eq!(
            order(false, true),
            "thanos/d starlord/m starlord/d rocket/d iguana/d hummingbird/d groot/d gamora/d drax/d"
        );
        assert_eq!(
            order(true, false),
            "drax/d gamora/d groot/d starlord/d starlord/m thanos/d rocket/d hummingbird/d iguana/d"
        );
        assert_eq!(
            order(true, true),
            "iguana/d hummingbird/d rocket/d thanos/d starlord/m starlord/d groot/d gamora/d drax/d"
        );
    }
}
