//! Sprig's semver functions: `semver` and `semverCompare` (Masterminds/semver v3 rules).

use std::any::Any;
use std::borrow::Cow;
use std::cmp::Ordering;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Member, Object, Value};

pub use super::masterminds::{Constraints, Version};

const PTR_TYPE: &str = "*semver.Version";
const VALUE_TYPE: &str = "semver.Version";

/// A `*semver.Version` (what `semver` returns) or a `semver.Version` value (what its `Inc*` and
/// `Set*` methods return), with the methods templates call on it.
#[derive(Clone, Debug)]
pub struct SemverObject {
    /// The version.
    pub version: Version,
    /// Whether this is the pointer type.
    pub pointer: bool,
}

impl SemverObject {
    /// A `*semver.Version` template value, as `semver` returns it.
    pub fn pointer(version: Version) -> Value {
        Value::object(SemverObject {
            version,
            pointer: true,
        })
    }

    fn value(version: Version) -> Value {
        Value::object(SemverObject {
            version,
            pointer: false,
        })
    }
}

/// The version inside a semver object argument.
fn version_arg(v: &Value) -> Result<Version, FuncError> {
    if let Value::Object(o) = v {
        if let Some(s) = o.as_any().downcast_ref::<SemverObject>() {
            return Ok(s.version.clone());
        }
    }
    Err(FuncError::new(format!(
        "wrong type for value; expected {PTR_TYPE}; got {}",
        v.go_type()
    )))
}

fn str_arg(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

impl Object for SemverObject {
    fn type_name(&self) -> &'static str {
        if self.pointer {
            PTR_TYPE
        } else {
            VALUE_TYPE
        }
    }

    fn kind(&self) -> &'static str {
        if self.pointer {
            "ptr"
        } else {
            "struct"
        }
    }

    fn member(&self, name: &str) -> Option<Member> {
        let v = self.version.clone();
        let ptr = GoType::Named(PTR_TYPE);
        let f = match name {
            "Major" => Function::pure("Major", vec![], None, move |_| {
                Ok(Value::Int64(v.major as i64))
            }),
            "Minor" => Function::pure("Minor", vec![], None, move |_| {
                Ok(Value::Int64(v.minor as i64))
            }),
            "Patch" => Function::pure("Patch", vec![], None, move |_| {
                Ok(Value::Int64(v.patch as i64))
            }),
            "Prerelease" => Function::pure("Prerelease", vec![], None, move |_| {
                Ok(Value::str(v.pre.as_str()))
            }),
            "Metadata" => Function::pure("Metadata", vec![], None, move |_| {
                Ok(Value::str(v.metadata.as_str()))
            }),
            // A pointer method: a `semver.Version` value returned by a method is not
            // addressable, so Go finds no `Original` on it.
            "Original" if self.pointer => Function::pure("Original", vec![], None, move |_| {
                Ok(Value::str(v.original.as_str()))
            }),
            "String" => Function::pure("String", vec![], None, move |_| {
                Ok(Value::str(v.to_string()))
            }),
            "IncPatch" => Function::pure("IncPatch", vec![], None, move |_| {
                Ok(SemverObject::value(v.inc_patch()))
            }),
            "IncMinor" => Function::pure("IncMinor", vec![], None, move |_| {
                Ok(SemverObject::value(v.inc_minor()))
            }),
            "IncMajor" => Function::pure("IncMajor", vec![], None, move |_| {
                Ok(SemverObject::value(v.inc_major()))
            }),
            "SetPrerelease" => {
                Function::pure("SetPrerelease", vec![GoType::String], None, move |a| {
                    v.set_prerelease(&str_arg(&a[0]))
                        .map(SemverObject::value)
                        .map_err(FuncError::new)
                })
            }
            "SetMetadata" => Function::pure("SetMetadata", vec![GoType::String], None, move |a| {
                v.set_metadata(&str_arg(&a[0]))
                    .map(SemverObject::value)
                    .map_err(FuncError::new)
            }),
            "Compare" if self.pointer => Function::pure("Compare", vec![ptr], None, move |a| {
                let o = version_arg(&a[0])?;
                Ok(Value::Int(match v.compare(&o) {
                    Ordering::Less => -1,
                    Ordering::Equal => 0,
                    Ordering::Greater => 1,
                }))
            }),
            "LessThan" | "LessThanEqual" | "GreaterThan" | "GreaterThanEqual" | "Equal"
                if self.pointer =>
            {
                let which = name.to_string();
                Function::pure(name, vec![ptr], None, move |a| {
                    let o = version_arg(&a[0])?;
                    let c = v.compare(&o);
                    Ok(Value::Bool(match which.as_str() {
                        "LessThan" => c == Ordering::Less,
                        "LessThanEqual" => c != Ordering::Greater,
                        "GreaterThan" => c == Ordering::Greater,
                        "GreaterThanEqual" => c != Ordering::Less,
                        _ => c == Ordering::Equal,
                    }))
                })
            }
            _ => return None,
        };
        Some(Member::Method(f))
    }

    fn format(&self) -> Cow<'_, str> {
        // Version has a String method, which fmt uses for both the value and the pointer.
        self.version.to_string().into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    /// `Version.MarshalJSON`: the version string.
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::String(self.version.to_string()))
    }
}

fn semver(args: &[Value]) -> Result<Value, FuncError> {
    Version::parse(&str_arg(&args[0]))
        .map(SemverObject::pointer)
        .map_err(FuncError::new)
}

fn semver_compare(args: &[Value]) -> Result<Value, FuncError> {
    let c = Constraints::parse(&str_arg(&args[0])).map_err(FuncError::new)?;
    let v = Version::parse(&str_arg(&args[1])).map_err(FuncError::new)?;
    Ok(Value::Bool(c.check(&v)))
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    m.insert(Function::pure("semver", vec![GoType::String], None, semver));
    m.insert(Function::pure(
        "semverCompare",
        vec![GoType::String, GoType::String],
        None,
        semver_compare,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::{call, method};

    #[test]
    fn semver_object_methods() {
        let v = call("semver", &["v1.2.3-beta.1+build".into()]).unwrap();
        assert_eq!(v.go_type().to_string(), "*semver.Version");
        assert!(matches!(method(&v, "Major", &[]), Value::Int64(1)));
        assert!(matches!(method(&v, "Minor", &[]), Value::Int64(2)));
        assert!(matches!(method(&v, "Patch", &[]), Value::Int64(3)));
        assert_eq!(method(&v, "Prerelease", &[]).as_str(), Some("beta.1"));
        assert_eq!(method(&v, "Metadata", &[]).as_str(), Some("build"));
        assert_eq!(
            method(&v, "Original", &[]).as_str(),
            Some("v1.2.3-beta.1+build")
        );
        assert_eq!(
            method(&v, "String", &[]).as_str(),
            Some("1.2.3-beta.1+build")
        );
        let Value::Object(o) = &v else { panic!() };
        assert_eq!(o.format(), "1.2.3-beta.1+build");
        let next = method(&v, "IncPatch", &[]);
        let Value::Object(n) = &next else { panic!() };
        assert_eq!(n.format(), "1.2.3");
        assert_eq!(n.type_name(), "semver.Version");
        assert!(n.member("Original").is_none());
        let newer = call("semver", &["1.3.0".into()]).unwrap();
        assert!(matches!(
            method(&v, "LessThan", std::slice::from_ref(&newer)),
            Value::Bool(true)
        ));
        assert!(matches!(
            method(&newer, "Compare", std::slice::from_ref(&v)),
            Value::Int(1)
        ));
    }

    #[test]
    fn semver_errors() {
        assert_eq!(
            call("semver", &["1.2.3.4".into()]).unwrap_err().0,
            "invalid semantic version"
        );
        assert_eq!(
            call("semverCompare", &[">=1.0.0".into(), "bogus".into()])
                .unwrap_err()
                .0,
            "invalid semantic version"
        );
        assert_eq!(
            call("semverCompare", &["?1".into(), "1.0.0".into()])
                .unwrap_err()
                .0,
            "improper constraint: ?1"
        );
    }

    #[test]
    fn semver_compare_kube_versions() {
        let t = |c: &str, v: &str| {
            matches!(
                call("semverCompare", &[c.into(), v.into()]).unwrap(),
                Value::Bool(true)
            )
        };
        assert!(t(">=1.19-0", "v1.33.0"));
        assert!(t(">=1.19-0", "v1.29.3-gke.1000"));
        assert!(!t("<1.19-0", "v1.29.3-gke.1000"));
        assert!(t("^1.2.0", "1.9.0"));
    }
}
