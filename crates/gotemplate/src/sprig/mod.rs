//! The Sprig v3.3 function library, as Helm exposes it (without `env` and `expandenv`).

pub mod conv;
pub mod crypto;
pub mod dates;
pub mod defaults;
pub mod dicts;
pub mod encoding;
pub mod lists;
pub mod masterminds;
pub mod math;
pub mod network;
pub mod paths;
pub mod random;
pub mod reflect;
pub mod regex;
pub mod semver;
pub mod strings;
#[cfg(test)]
mod testing;
pub mod urls;

use crate::func::FuncMap;

/// Every Sprig function Helm exposes.
pub fn funcs() -> FuncMap {
    let mut m = FuncMap::new();
    conv::register(&mut m);
    crypto::register(&mut m);
    dates::register(&mut m);
    defaults::register(&mut m);
    dicts::register(&mut m);
    encoding::register(&mut m);
    lists::register(&mut m);
    math::register(&mut m);
    network::register(&mut m);
    paths::register(&mut m);
    random::register(&mut m);
    reflect::register(&mut m);
    regex::register(&mut m);
    semver::register(&mut m);
    strings::register(&mut m);
    urls::register(&mut m);
    m
}
