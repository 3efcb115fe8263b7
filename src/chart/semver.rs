//! Masterminds/semver v3 versions and constraints, as Helm uses them for chart versions,
//! dependency ranges and `kubeVersion`: lenient versions (`v1`, `1.2`, leading zeros), `||`
//! alternatives, comma- or space-separated AND, `=`/`!=`/`>`/`<`/`>=`/`=>`/`<=`/`=<`/`~`/`~>`/`^`,
//! `x`/`X`/`*` wildcards, hyphen ranges, and the rule that a prerelease anywhere in an AND group
//! lets prereleases match that whole group.

use std::cmp::Ordering;
use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

/// Why a version or constraint did not parse; the texts are Masterminds'.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SemverError {
    #[error("invalid semantic version")]
    InvalidSemVer,
    #[error("invalid prerelease string")]
    InvalidPrerelease,
    #[error("invalid metadata string")]
    InvalidMetadata,
    #[error("version segment starts with 0")]
    SegmentStartsZero,
    #[error("error parsing version segment: strconv.ParseUint: parsing {0}: value out of range")]
    SegmentRange(String),
    #[error("improper constraint: {0}")]
    ImproperConstraint(String),
    #[error("constraint parser error")]
    ConstraintParser,
}

/// A semantic version (Masterminds `*semver.Version`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub pre: String,
    pub metadata: String,
    pub original: String,
}

// Go's `\s` is ASCII-only.
const WS: &str = r"[\t\n\x0C\r ]";
const LOOSE: &str = r"v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";
const CV: &str = r"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";
const OPS: &str = r"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";

static LOOSE_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{LOOSE}$")).unwrap());
static CONSTRAINT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{WS}*({OPS}){WS}*({CV}){WS}*$")).unwrap());
static RANGE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{WS}*({CV}){WS}+-{WS}+({CV}){WS}*")).unwrap());
static FIND_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"({OPS}){WS}*({CV})")).unwrap());
static VALID_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^({WS}*({OPS}){WS}*({CV}){WS}*)((?:{WS}+|,{WS}*)({OPS}){WS}*({CV}){WS}*)*$"
    ))
    .unwrap()
});

const ALLOWED: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789";

fn only_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn validate_prerelease(p: &str) -> Result<(), SemverError> {
    for part in p.split('.') {
        if part.is_empty() {
            return Err(SemverError::InvalidPrerelease);
        } else if only_digits(part) {
            if part.len() > 1 && part.starts_with('0') {
                return Err(SemverError::SegmentStartsZero);
            }
        } else if !part.chars().all(|c| ALLOWED.contains(c)) {
            return Err(SemverError::InvalidPrerelease);
        }
    }
    Ok(())
}

fn validate_metadata(m: &str) -> Result<(), SemverError> {
    for part in m.split('.') {
        if part.is_empty() || !part.chars().all(|c| ALLOWED.contains(c)) {
            return Err(SemverError::InvalidMetadata);
        }
    }
    Ok(())
}

fn parse_segment(s: &str) -> Result<u64, SemverError> {
    s.parse::<u64>()
        .map_err(|_| SemverError::SegmentRange(super::gofmt::quote(s)))
}

impl Version {
    /// Masterminds `NewVersion` (coercing): `v` prefix, missing minor/patch and leading zeros
    /// are accepted.
    pub fn parse(v: &str) -> Result<Self, SemverError> {
        let m = LOOSE_RE.captures(v).ok_or(SemverError::InvalidSemVer)?;
        let get = |i: usize| m.get(i).map_or("", |x| x.as_str());
        let major = parse_segment(get(1))?;
        let minor = match get(2) {
            "" => 0,
            s => parse_segment(&s[1..])?,
        };
        let patch = match get(3) {
            "" => 0,
            s => parse_segment(&s[1..])?,
        };
        let pre = get(5).to_string();
        let metadata = get(8).to_string();
        if !pre.is_empty() {
            validate_prerelease(&pre)?;
        }
        if !metadata.is_empty() {
            validate_metadata(&metadata)?;
        }
        Ok(Version {
            major,
            minor,
            patch,
            pre,
            metadata,
            original: v.to_string(),
        })
    }

    /// Masterminds `Compare`: build metadata is ignored; a release sorts after its prereleases.
    pub fn compare(&self, o: &Version) -> Ordering {
        self.major
            .cmp(&o.major)
            .then(self.minor.cmp(&o.minor))
            .then(self.patch.cmp(&o.patch))
            .then_with(|| match (self.pre.is_empty(), o.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => compare_prerelease(&self.pre, &o.pre),
            })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre)?;
        }
        if !self.metadata.is_empty() {
            write!(f, "+{}", self.metadata)?;
        }
        Ok(())
    }
}

fn compare_prerelease(a: &str, b: &str) -> Ordering {
    let ap: Vec<&str> = a.split('.').collect();
    let bp: Vec<&str> = b.split('.').collect();
    for i in 0..ap.len().max(bp.len()) {
        let s = ap.get(i).copied().unwrap_or("");
        let o = bp.get(i).copied().unwrap_or("");
        let d = compare_pre_part(s, o);
        if d != Ordering::Equal {
            return d;
        }
    }
    Ordering::Equal
}

fn compare_pre_part(s: &str, o: &str) -> Ordering {
    if s == o {
        return Ordering::Equal;
    }
    if s.is_empty() {
        return Ordering::Less;
    }
    if o.is_empty() {
        return Ordering::Greater;
    }
    match (s.parse::<u64>(), o.parse::<u64>()) {
        (Err(_), Err(_)) => {
            if s > o {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (_, Err(_)) => Ordering::Less,
        (Err(_), _) => Ordering::Greater,
        (Ok(si), Ok(oi)) => {
            if si > oi {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    TildeOrEqual,
    NotEqual,
    Gt,
    Lt,
    Ge,
    Le,
    Tilde,
    Caret,
}

#[derive(Debug, Clone)]
struct Constraint {
    con: Version,
    op: Op,
    minor_dirty: bool,
    patch_dirty: bool,
    dirty: bool,
}

/// A parsed constraint such as `>=1.21.0-0 <1.30 || ~2`.
#[derive(Debug, Clone)]
pub struct Constraints {
    groups: Vec<Vec<Constraint>>,
    contains_pre: Vec<bool>,
}

fn is_x(s: &str) -> bool {
    matches!(s, "x" | "*" | "X")
}

fn rewrite_range(input: &str) -> String {
    let mut out = input.to_string();
    for m in RANGE_RE.captures_iter(input) {
        // Group 1 is the first version, group 11 the second (each version has 9 groups).
        let t = format!(">= {}, <= {} ", &m[1], &m[11]);
        out = out.replacen(&m[0], &t, 1);
    }
    out
}

fn parse_constraint(c: &str) -> Result<Constraint, SemverError> {
    let m = CONSTRAINT_RE
        .captures(c)
        .ok_or_else(|| SemverError::ImproperConstraint(c.to_string()))?;
    let get = |i: usize| m.get(i).map_or("", |x| x.as_str());
    let op = match get(1) {
        "" | "=" => Op::TildeOrEqual,
        "!=" => Op::NotEqual,
        ">" => Op::Gt,
        "<" => Op::Lt,
        ">=" | "=>" => Op::Ge,
        "<=" | "=<" => Op::Le,
        "~" | "~>" => Op::Tilde,
        _ => Op::Caret,
    };
    let mut ver = get(2).to_string();
    let (mut minor_dirty, mut patch_dirty, mut dirty) = (false, false, false);
    let (major, minor, patch, pre) = (get(3), get(4), get(5), get(6));
    if is_x(major) || major.is_empty() {
        ver = format!("0.0.0{pre}");
        dirty = true;
    } else if minor.is_empty() || is_x(minor.trim_start_matches('.')) {
        minor_dirty = true;
        dirty = true;
        ver = format!("{major}.0.0{pre}");
    } else if patch.is_empty() || is_x(patch.trim_start_matches('.')) {
        dirty = true;
        patch_dirty = true;
        ver = format!("{major}{minor}.0{pre}");
    }
    let con = Version::parse(&ver).map_err(|_| SemverError::ConstraintParser)?;
    Ok(Constraint {
        con,
        op,
        minor_dirty,
        patch_dirty,
        dirty,
    })
}

impl Constraints {
    /// Masterminds `NewConstraint`.
    pub fn parse(c: &str) -> Result<Self, SemverError> {
        let c = rewrite_range(c);
        let mut groups = Vec::new();
        let mut contains_pre = Vec::new();
        for or in c.split("||") {
            if !VALID_RE.is_match(or) {
                return Err(SemverError::ImproperConstraint(or.to_string()));
            }
            let mut found: Vec<&str> = FIND_RE.find_iter(or).map(|m| m.as_str()).collect();
            if found.is_empty() {
                found.push(or);
            }
            let mut group = Vec::new();
            let mut has_pre = false;
            for s in found {
                let pc = parse_constraint(s)?;
                if !pc.con.pre.is_empty() {
                    has_pre = true;
                }
                group.push(pc);
            }
            groups.push(group);
            contains_pre.push(has_pre);
        }
        Ok(Constraints {
            groups,
            contains_pre,
        })
    }

    /// Masterminds `Check`: does `v` satisfy any of the `||` groups?
    pub fn check(&self, v: &Version) -> bool {
        self.groups
            .iter()
            .zip(&self.contains_pre)
            .any(|(g, pre)| g.iter().all(|c| c.check(v, *pre)))
    }
}

impl Constraint {
    fn check(&self, v: &Version, include_pre: bool) -> bool {
        if !v.pre.is_empty() && !include_pre {
            return false;
        }
        let c = &self.con;
        match self.op {
            Op::NotEqual => {
                if self.dirty {
                    if c.major != v.major {
                        return true;
                    }
                    if c.minor != v.minor && !self.minor_dirty {
                        return true;
                    } else if self.minor_dirty {
                        return false;
                    } else if c.patch != v.patch && !self.patch_dirty {
                        return true;
                    } else if self.patch_dirty {
                        if !v.pre.is_empty() || !c.pre.is_empty() {
                            return compare_prerelease(&v.pre, &c.pre) != Ordering::Equal;
                        }
                        return false;
                    }
                }
                v.compare(c) != Ordering::Equal
            }
            Op::Gt => {
                if !self.dirty {
                    return v.compare(c) == Ordering::Greater;
                }
                if v.major > c.major {
                    true
                } else if v.major < c.major || self.minor_dirty {
                    false
                } else if self.patch_dirty {
                    v.minor > c.minor
                } else {
                    v.compare(c) == Ordering::Greater
                }
            }
            Op::Lt => v.compare(c) == Ordering::Less,
            Op::Ge => v.compare(c) != Ordering::Less,
            Op::Le => {
                if !self.dirty {
                    return v.compare(c) != Ordering::Greater;
                }
                !(v.major > c.major
                    || (v.major == c.major && v.minor > c.minor && !self.minor_dirty))
            }
            Op::Tilde => self.tilde(v),
            Op::TildeOrEqual => {
                if self.dirty {
                    self.tilde(v)
                } else {
                    v.compare(c) == Ordering::Equal
                }
            }
            Op::Caret => {
                if v.compare(c) == Ordering::Less {
                    return false;
                }
                if c.major > 0 || self.minor_dirty {
                    return v.major == c.major;
                }
                if v.major > 0 {
                    return false;
                }
                if c.minor > 0 || self.patch_dirty {
                    return v.minor == c.minor;
                }
                if v.minor > 0 {
                    return false;
                }
                c.patch == v.patch
            }
        }
    }

    fn tilde(&self, v: &Version) -> bool {
        let c = &self.con;
        if v.compare(c) == Ordering::Less {
            return false;
        }
        if c.major == 0 && c.minor == 0 && c.patch == 0 && !self.minor_dirty && !self.patch_dirty {
            return true;
        }
        if v.major != c.major {
            return false;
        }
        v.minor == c.minor || self.minor_dirty
    }
}

/// Helm's `IsCompatibleRange`: false when either side does not parse.
pub fn is_compatible_range(constraint: &str, version: &str) -> bool {
    let Ok(v) = Version::parse(version) else {
        return false;
    };
    let Ok(c) = Constraints::parse(constraint) else {
        return false;
    };
    c.check(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        let v = Version::parse("v1.2").unwrap();
        assert_eq!(v.to_string(), "1.2.0");
        assert_eq!(
            Version::parse("1.2.3-beta.1+b5").unwrap().to_string(),
            "1.2.3-beta.1+b5"
        );
        assert!(Version::parse("01.2.3").is_ok());
        assert_eq!(Version::parse("1.2.3.4"), Err(SemverError::InvalidSemVer));
        assert_eq!(Version::parse(""), Err(SemverError::InvalidSemVer));
        assert_eq!(
            Version::parse("1.0.0-01"),
            Err(SemverError::SegmentStartsZero)
        );
        assert_eq!(
            Version::parse("1.0.0-a..b"),
            Err(SemverError::InvalidSemVer)
        );
        let a = Version::parse("1.0.0-alpha").unwrap();
        let b = Version::parse("1.0.0-alpha.1").unwrap();
        let c = Version::parse("1.0.0-beta").unwrap();
        let d = Version::parse("1.0.0").unwrap();
        assert_eq!(a.compare(&b), Ordering::Less);
        assert_eq!(b.compare(&c), Ordering::Less);
        assert_eq!(c.compare(&d), Ordering::Less);
        assert_eq!(
            Version::parse("1.0.0+x").unwrap().compare(&d),
            Ordering::Equal
        );
    }

    fn ok(c: &str, v: &str) -> bool {
        let cs = Constraints::parse(c).unwrap_or_else(|e| panic!("{c}: {e}"));
        cs.check(&Version::parse(v).unwrap())
    }

    #[test]
    fn constraints() {
        let cases: &[(&str, &str, bool)] = &[
            (">=1.2.3", "1.2.3", true),
            (">=1.2.3", "1.2.2", false),
            ("=1.2.3", "1.2.3", true),
            ("1.2.3", "1.2.4", false),
            ("!=4.1", "4.1.0", false),
            ("!=4.1", "5.1.0", true),
            ("!=4.x", "4.1.0", false),
            (">1.1", "1.1.5", false),
            (">1.1", "1.2.0", true),
            (">1.x", "2.0.0", true),
            (">1.x", "1.9.0", false),
            ("<=1.2", "1.2.9", true),
            ("<=1.2", "1.3.0", false),
            ("<1.2", "1.1.9", true),
            ("~1.2.3", "1.2.9", true),
            ("~1.2.3", "1.3.0", false),
            ("~1", "1.9.0", true),
            ("~1", "2.0.0", false),
            ("~0.0.0", "5.0.0", true),
            ("^1.2.3", "1.9.0", true),
            ("^1.2.3", "2.0.0", false),
            ("^0.2.3", "0.2.9", true),
            ("^0.2.3", "0.3.0", false),
            ("^0.0.3", "0.0.3", true),
            ("^0.0.3", "0.0.4", false),
            ("^0", "0.9.0", true),
            ("^0", "1.0.0", false),
            ("1.2.x", "1.2.7", true),
            ("1.2.x", "1.3.0", false),
            ("*", "4.5.6", true),
            ("*", "1.0.0-beta", false),
            (">=1.2 <3.0.0", "2.5.0", true),
            (">=1.2, <3.0.0", "3.0.0", false),
            ("1.2 - 1.4.5", "1.4.5", true),
            ("1.2 - 1.4.5", "1.4.6", false),
            ("<1 || >=3", "3.1.0", true),
            ("<1 || >=3", "2.0.0", false),
            (">=1.2.3-0", "1.5.0-beta", true),
            (">=1.2.3", "1.5.0-beta", false),
            (">=1.21.0-0", "v1.33.0", true),
            (">= 1.19.0-0 < 1.30.0-0", "1.29.3-gke.1000", true),
            ("v1.2.3", "1.2.3", true),
        ];
        for (c, v, want) in cases {
            assert_eq!(ok(c, v), *want, "{c} vs {v}");
        }
    }

    #[test]
    fn bad_constraints() {
        assert_eq!(
            Constraints::parse("foo").unwrap_err(),
            SemverError::ImproperConstraint("foo".into())
        );
        assert!(Constraints::parse(">=1.2 <").is_err());
        assert!(!is_compatible_range(">=1.0", "not a version"));
        assert!(is_compatible_range("^1.0.0", "1.4.0"));
    }
}
