//! Sprig's random functions: `randAlphaNum`, `randAlpha`, `randNumeric`, `randAscii`, `randInt`,
//! `uuidv4` and `shuffle`.

use rand::seq::SliceRandom;
use rand::Rng;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Value};

const ALPHA: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const DIGITS: &[u8] = b"0123456789";

/// goutils' `CryptoRandom*`: `count` characters drawn uniformly from `set`. A negative count is
/// an error there, which Sprig ignores, so the result is empty.
fn random_string(count: i64, set: &[u8]) -> String {
    if count <= 0 {
        return String::new();
    }
    let mut rng = rand::rng();
    (0..count)
        .map(|_| set[rng.random_range(0..set.len())] as char)
        .collect()
}

fn alnum() -> Vec<u8> {
    [ALPHA, DIGITS].concat()
}

fn ascii() -> Vec<u8> {
    (32u8..127).collect()
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        _ => 0,
    }
}

/// Go's `rand.Intn(max-min) + min`, which panics when `max <= min`.
fn rand_int(min: i64, max: i64) -> Result<Value, FuncError> {
    let n = max.wrapping_sub(min);
    if n <= 0 {
        return Err(FuncError::new("invalid argument to Intn"));
    }
    Ok(Value::Int(rand::rng().random_range(0..n) + min))
}

/// xstrings' `Shuffle`: the string's runes in random order.
fn shuffle(s: &str) -> String {
    let mut runes: Vec<char> = s.chars().collect();
    runes.shuffle(&mut rand::rng());
    runes.into_iter().collect()
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    m.insert(Function::pure(
        "randAlphaNum",
        vec![GoType::Int],
        None,
        |a| Ok(Value::str(random_string(int(&a[0]), &alnum()))),
    ));
    m.insert(Function::pure("randAlpha", vec![GoType::Int], None, |a| {
        Ok(Value::str(random_string(int(&a[0]), ALPHA)))
    }));
    m.insert(Function::pure(
        "randNumeric",
        vec![GoType::Int],
        None,
        |a| Ok(Value::str(random_string(int(&a[0]), DIGITS))),
    ));
    m.insert(Function::pure("randAscii", vec![GoType::Int], None, |a| {
        Ok(Value::str(random_string(int(&a[0]), &ascii())))
    }));
    m.insert(Function::pure(
        "randInt",
        vec![GoType::Int, GoType::Int],
        None,
        |a| rand_int(int(&a[0]), int(&a[1])),
    ));
    m.insert(Function::pure("uuidv4", vec![], None, |_| {
        Ok(Value::str(uuid::Uuid::new_v4().to_string()))
    }));
    m.insert(Function::pure("shuffle", vec![GoType::String], None, |a| {
        Ok(Value::str(shuffle(a[0].as_str().unwrap_or_default())))
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::{call, text};

    #[test]
    fn random_strings_use_their_alphabets() {
        let s = text("randAlphaNum", &[Value::Int(200)]);
        assert_eq!(s.len(), 200);
        assert!(s.bytes().all(|b| b.is_ascii_alphanumeric()));
        let s = text("randAlpha", &[Value::Int(200)]);
        assert!(s.len() == 200 && s.bytes().all(|b| b.is_ascii_alphabetic()));
        let s = text("randNumeric", &[Value::Int(16)]);
        assert!(s.len() == 16 && s.bytes().all(|b| b.is_ascii_digit()));
        let s = text("randAscii", &[Value::Int(300)]);
        assert!(s.len() == 300 && s.bytes().all(|b| (32..127).contains(&b)));
        assert_eq!(text("randAlphaNum", &[Value::Int(0)]), "");
        assert_eq!(text("randAlpha", &[Value::Int(-3)]), "");
        // Two long draws are different.
        assert_ne!(
            text("randAlphaNum", &[Value::Int(32)]),
            text("randAlphaNum", &[Value::Int(32)])
        );
    }

    #[test]
    fn rand_int_range_and_panic() {
        for _ in 0..100 {
            let Value::Int(v) = call("randInt", &[Value::Int(3), Value::Int(6)]).unwrap() else {
                panic!("randInt returns int")
            };
            assert!((3..6).contains(&v));
        }
        assert_eq!(
            call("randInt", &[Value::Int(5), Value::Int(5)])
                .unwrap_err()
                .0,
            "invalid argument to Intn"
        );
    }

    #[test]
    fn uuid_and_shuffle() {
        let u = text("uuidv4", &[]);
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!("89ab".contains(&u[19..20]));
        let s = text("shuffle", &["abcdefghijklmnopqrstuvwxyz0123456789".into()]);
        let mut sorted: Vec<char> = s.chars().collect();
        sorted.sort();
        assert_eq!(
            sorted.into_iter().collect::<String>(),
            "0123456789abcdefghijklmnopqrstuvwxyz"
        );
        assert_eq!(text("shuffle", &["".into()]), "");
        assert_eq!(text("shuffle", &["héé".into()]).chars().count(), 3);
    }
}
