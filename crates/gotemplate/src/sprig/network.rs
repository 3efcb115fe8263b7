//! Sprig's network function, as Helm exposes it.
//!
//! Helm replaces Sprig's `getHostByName` unless DNS lookups are enabled (`--enable-dns`,
//! off by default): the replacement returns an empty string and looks nothing up. This crate
//! never touches the network, so only that behaviour exists here; a caller that wants lookups
//! can register its own `getHostByName` over this one.

use crate::func::{FuncMap, Function};
use crate::value::{GoType, Value};

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    m.insert(Function::pure(
        "getHostByName",
        vec![GoType::String],
        None,
        |_| Ok(Value::str("")),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::func::NoEnv;

    #[test]
    fn dns_disabled_returns_empty() {
        let mut m = FuncMap::new();
        register(&mut m);
        let f = m.get("getHostByName").unwrap();
        assert_eq!(f.params, vec![GoType::String]);
        let v = f.call(&mut NoEnv, &["example.com".into()]).unwrap();
        assert_eq!(v.as_str(), Some(""));
    }
}
