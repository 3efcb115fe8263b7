//! `search repo` over the cached indexes (Helm's `pkg/cmd/search`), with Go's regexp syntax
//! for `--regexp`: each chart version is
//! matched as the line `name \v repo/name \v description \v keywords`; the score is the field
//! the match starts in; results are sorted by score, name and newest version, then filtered
//! by a version constraint keeping the first (newest) match per chart unless all versions are
//! asked for.

use super::index::{ChartVersion, IndexFile};
use crate::chart::semver::{Constraints, Version};

/// Matches whose score reaches this are dropped (Helm's `searchMaxScore`).
const MAX_SCORE: usize = 25;

const SEP: char = '\u{b}';

/// One search hit.
#[derive(Debug, Clone)]
pub struct SearchResult {
    /// `repo/chart`.
    pub name: String,
    /// Helm's match score (lower sorts first).
    pub score: usize,
    /// The chart version found.
    pub chart: ChartVersion,
}

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// A `--regexp` pattern Go's regexp package would refuse (Go's text).
    #[error("{0}")]
    Regexp(String),
    /// `--version` is not a valid constraint.
    #[error("an invalid version/constraint format: {0}")]
    Constraint(String),
}

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The keywords joined by spaces; `None` lists everything.
    pub terms: Option<String>,
    /// `--regexp`: the terms are a regular expression.
    pub regexp: bool,
    /// A Masterminds constraint (`>0.0.0` hides prereleases, `>0.0.0-0` shows them).
    pub version: String,
    /// Every matching version, not only the newest per chart.
    pub versions: bool,
}

fn line(repo: &str, cv: &ChartVersion) -> String {
    let m = &cv.metadata;
    format!(
        "{}{SEP}{repo}/{}{SEP}{}{SEP}{}",
        m.name,
        m.name,
        m.description,
        m.keywords.join(" ")
    )
}

fn score(at: usize, line: &str) -> usize {
    line.char_indices()
        .filter(|(_, c)| *c == SEP)
        .position(|(i, _)| at <= i)
        .unwrap_or_else(|| line.matches(SEP).count())
}

/// Searches the indexes (`(repository name, index)` pairs, in configuration order).
pub fn search(
    indexes: &[(String, IndexFile)],
    q: &Query,
) -> Result<Vec<SearchResult>, SearchError> {
    let matcher = match (&q.terms, q.regexp) {
        (Some(t), true) => Some(gotemplate::sprig::regex::compile(t).map_err(SearchError::Regexp)?),
        _ => None,
    };
    let term = q.terms.as_ref().map(|t| t.to_lowercase());
    let mut results = Vec::new();
    for (repo, index) in indexes {
        for (name, versions) in &index.entries {
            for cv in versions {
                let full = format!("{repo}/{name}");
                let hit = match (&term, &matcher) {
                    (None, _) => Some(0),
                    (Some(_), Some(re)) => {
                        let l = line(repo, cv);
                        re.find(&l).map(|m| score(m.start(), &l))
                    }
                    (Some(t), None) => {
                        let l = line(repo, cv).to_lowercase();
                        l.find(t.as_str()).map(|at| score(at, &l))
                    }
                };
                if let Some(s) = hit.filter(|s| *s < MAX_SCORE) {
                    results.push(SearchResult {
                        name: full,
                        score: s,
                        chart: cv.clone(),
                    });
                }
            }
        }
    }
    results.sort_by(|a, b| {
        a.score
            .cmp(&b.score)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| {
                match (
                    Version::parse(&a.chart.metadata.version),
                    Version::parse(&b.chart.metadata.version),
                ) {
                    (Ok(x), Ok(y)) => y.compare(&x),
                    _ => std::cmp::Ordering::Equal,
                }
            })
    });
    if q.version.is_empty() {
        return Ok(results);
    }
    let constraint = Constraints::parse(&q.version).map_err(SearchError::Constraint)?;
    let mut seen = std::collections::HashSet::new();
    Ok(results
        .into_iter()
        .filter(|r| {
            if !q.versions && seen.contains(&r.name) {
                return false;
            }
            let ok = Version::parse(&r.chart.metadata.version).is_ok_and(|v| constraint.check(&v));
            if ok {
                seen.insert(r.name.clone());
            }
            ok
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "apiVersion: v1\nentries:\n  web:\n  - apiVersion: v2\n    name: web\n    version: 1.0.0\n    description: A web server\n    keywords: [http]\n  - apiVersion: v2\n    name: web\n    version: 2.0.0-rc.1\n    description: A web server\n  - apiVersion: v2\n    name: web\n    version: 0.9.0\n    description: A web server\n  db:\n  - apiVersion: v2\n    name: db\n    version: 3.0.0\n    description: Stores web data\n";

    fn names(r: &[SearchResult]) -> Vec<String> {
        r.iter()
            .map(|r| format!("{}@{}", r.name, r.chart.metadata.version))
            .collect()
    }

    #[test]
    fn searches_like_helm() {
        let idx = IndexFile::load(INDEX.as_bytes(), "x", &mut Vec::new()).unwrap();
        let repos = vec![("r".to_string(), idx)];
        let q = |terms: Option<&str>, version: &str, versions: bool| Query {
            terms: terms.map(str::to_string),
            regexp: false,
            version: version.into(),
            versions,
        };
        assert_eq!(
            names(&search(&repos, &q(None, ">0.0.0", false)).unwrap()),
            ["r/db@3.0.0", "r/web@1.0.0"]
        );
        assert_eq!(
            names(&search(&repos, &q(None, ">0.0.0-0", false)).unwrap()),
            ["r/db@3.0.0", "r/web@2.0.0-rc.1"]
        );
        assert_eq!(
            names(&search(&repos, &q(None, ">0.0.0", true)).unwrap()),
            ["r/db@3.0.0", "r/web@1.0.0", "r/web@0.9.0"]
        );
        // A name match (score 0) ranks before a description match (score 2).
        assert_eq!(
            names(&search(&repos, &q(Some("WEB"), ">0.0.0", false)).unwrap()),
            ["r/web@1.0.0", "r/db@3.0.0"]
        );
        assert_eq!(
            names(&search(&repos, &q(Some("http"), ">0.0.0", false)).unwrap()),
            ["r/web@1.0.0"]
        );
        assert_eq!(
            names(&search(&repos, &q(Some("~0.9"), ">0.0.0", false)).unwrap()),
            Vec::<String>::new()
        );
        let re = Query {
            terms: Some("^d".into()),
            regexp: true,
            version: ">0.0.0".into(),
            versions: false,
        };
        assert_eq!(names(&search(&repos, &re).unwrap()), ["r/db@3.0.0"]);
        assert!(search(&repos, &q(None, "!!", false)).is_err());
    }
}
