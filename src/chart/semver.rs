//! Masterminds semver (v3) for charts: chart versions, `kubeVersion` and dependency
//! constraints. It is the implementation the templates' `semver` functions use, so a chart and
//! its templates always agree on what a version range means.

pub use gotemplate::sprig::semver::{Constraints, Version};

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
    use std::cmp::Ordering;

    #[test]
    fn versions() {
        let v = Version::parse("v1.2").unwrap();
        assert_eq!(v.to_string(), "1.2.0");
        assert_eq!(
            Version::parse("1.2.3-beta.1+b5").unwrap().to_string(),
            "1.2.3-beta.1+b5"
        );
        assert!(Version::parse("01.2.3").is_ok());
        assert!(Version::parse("1.2.3.4").is_err());
        assert!(Version::parse("").is_err());
        assert!(Version::parse("1.0.0-01").is_err());
        assert!(Version::parse("1.0.0-a..b").is_err());
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
            "improper constraint: foo"
        );
        assert!(Constraints::parse(">=1.2 <").is_err());
        assert!(!is_compatible_range(">=1.0", "not a version"));
        assert!(is_compatible_range("^1.0.0", "1.4.0"));
    }
}
