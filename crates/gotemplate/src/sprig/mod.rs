//! The Sprig v3.3 function library, as Helm exposes it (without `env` and `expandenv`).

pub mod conv;
pub mod crypto;
pub mod dates;
pub mod defaults;
pub mod dicts;
pub mod encoding;
mod fermat;
pub mod lists;
pub mod masterminds;
pub mod math;
pub mod network;
pub mod paths;
mod prime;
pub mod random;
pub mod reflect;
pub mod regex;
pub mod semver;
pub mod strings;
#[cfg(test)]
mod testing;
pub mod urls;

use crate::func::FuncMap;

/// The longest string one call of `repeat` (or the padding of `indent`/`nindent`) may build, the
/// longest string or `[]byte` any function may return (a string doubled by `printf "%s%s" $s $s`
/// in a loop), and the most text one execution of a template may write. Go and Sprig have no
/// such limit: `repeat 2000000000 "x"` or a doubling loop makes helm allocate until memory runs
/// out; charts never need this much (Helm refuses chart files over 5 MiB and whole charts over
/// 100 MiB).
pub const MAX_GENERATED_BYTES: usize = 64 << 20;
/// The most numbers one call of `until`, `untilStep` or `seq` may generate (see
/// [`MAX_GENERATED_BYTES`]).
pub const MAX_GENERATED_ITEMS: u64 = 4 << 20;

/// The error of a generating function whose result would pass a limit above.
pub(crate) fn too_large(what: &str, size: u128, limit: u128) -> crate::func::FuncError {
    crate::func::FuncError::new(format!(
        "the result would hold {size} {what}, over the limit of {limit} for one generated value \
         (helm would try to allocate it all); generate less"
    ))
}

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
