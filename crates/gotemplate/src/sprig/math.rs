//! Sprig's math functions.
//!
//! Integer arithmetic converts with `cast.ToInt64` and returns int64, wrapping on overflow as
//! Go does. The `f` functions go through shopspring/decimal: each operand becomes the decimal
//! of its shortest float text, so `addf 0.1 0.2` is exactly 0.3, and division rounds to 16
//! decimal places.

use crate::func::{FuncError, FuncMap, Function};
use crate::sprig::conv::{to_float64, to_int64};
use crate::value::{GoType, Value};

/// A decimal `mantissa × 10^exp`, enough of shopspring/decimal for Sprig's float arithmetic.
/// Results that do not fit an `i128` mantissa fall back to float arithmetic.
#[derive(Clone, Copy, Debug)]
struct Decimal {
    mantissa: i128,
    exp: i32,
}

/// shopspring's `DivisionPrecision`.
const DIVISION_PRECISION: i32 = 16;

fn pow10(n: u32) -> Option<i128> {
    10i128.checked_pow(n)
}

impl Decimal {
    /// `decimal.NewFromFloat`: the shortest decimal that reads back as `f`.
    fn from_float(f: f64) -> Result<Decimal, FuncError> {
        if f.is_nan() {
            return Err(FuncError::new("Cannot create a Decimal from NaN"));
        }
        if f.is_infinite() {
            let sign = if f > 0.0 { "+" } else { "-" };
            return Err(FuncError::new(format!(
                "Cannot create a Decimal from {sign}Inf"
            )));
        }
        let text = format!("{f:e}");
        let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac}");
        Ok(Decimal {
            mantissa: digits.parse().unwrap_or(0),
            exp: exp - frac.len() as i32,
        })
    }

    fn to_float(self) -> f64 {
        format!("{}e{}", self.mantissa, self.exp)
            .parse()
            .unwrap_or(0.0)
    }

    /// Both mantissas at the smaller exponent.
    fn align(self, o: Decimal) -> Option<(i128, i128, i32)> {
        let exp = self.exp.min(o.exp);
        let a = self.mantissa.checked_mul(pow10((self.exp - exp) as u32)?)?;
        let b = o.mantissa.checked_mul(pow10((o.exp - exp) as u32)?)?;
        Some((a, b, exp))
    }

    fn add(self, o: Decimal) -> Option<Decimal> {
        let (a, b, exp) = self.align(o)?;
        Some(Decimal {
            mantissa: a.checked_add(b)?,
            exp,
        })
    }

    fn sub(self, o: Decimal) -> Option<Decimal> {
        let (a, b, exp) = self.align(o)?;
        Some(Decimal {
            mantissa: a.checked_sub(b)?,
            exp,
        })
    }

    fn mul(self, o: Decimal) -> Option<Decimal> {
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(o.mantissa)?,
            exp: self.exp.checked_add(o.exp)?,
        })
    }

    /// `Div`: the quotient rounded half away from zero to 16 decimal places.
    fn div(self, o: Decimal) -> Option<Decimal> {
        // self/o × 10^16 = (ma × 10^shift) / mb with shift = ea - eb + 16.
        let shift = self.exp - o.exp + DIVISION_PRECISION;
        let (num, den) = if shift >= 0 {
            (self.mantissa.checked_mul(pow10(shift as u32)?)?, o.mantissa)
        } else {
            match pow10((-shift) as u32).and_then(|p| o.mantissa.checked_mul(p)) {
                Some(den) => (self.mantissa, den),
                // |den| > 10^38 > 2·|num|: the quotient rounds to zero.
                None => {
                    return Some(Decimal {
                        mantissa: 0,
                        exp: -DIVISION_PRECISION,
                    })
                }
            }
        };
        let mut q = num / den;
        let r = num % den;
        if r.checked_abs()?.checked_mul(2)? >= den.checked_abs()? {
            q += if (num < 0) != (den < 0) { -1 } else { 1 };
        }
        Some(Decimal {
            mantissa: q,
            exp: -DIVISION_PRECISION,
        })
    }
}

#[derive(Clone, Copy)]
enum DecOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// Sprig's `execDecimalOp`. Should a result outgrow the `i128` mantissa, the rest of the
/// chain continues in float arithmetic.
fn decimal_op(first: &Value, rest: &[Value], op: DecOp) -> Result<Value, FuncError> {
    let mut acc = Decimal::from_float(to_float64(first))?;
    let mut float: Option<f64> = None;
    for v in rest {
        let x = Decimal::from_float(to_float64(v))?;
        if matches!(op, DecOp::Div) && x.mantissa == 0 {
            return Err(FuncError::new("decimal division by 0"));
        }
        let apply = |a: f64, b: f64| match op {
            DecOp::Add => a + b,
            DecOp::Sub => a - b,
            DecOp::Mul => a * b,
            DecOp::Div => a / b,
        };
        if let Some(f) = float {
            float = Some(apply(f, x.to_float()));
            continue;
        }
        let exact = match op {
            DecOp::Add => acc.add(x),
            DecOp::Sub => acc.sub(x),
            DecOp::Mul => acc.mul(x),
            DecOp::Div => acc.div(x),
        };
        match exact {
            Some(d) => acc = d,
            None => float = Some(apply(acc.to_float(), x.to_float())),
        }
    }
    Ok(Value::Float(float.unwrap_or_else(|| acc.to_float())))
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        _ => 0,
    }
}

/// Sprig's `untilStep`, refusing lists longer than [`super::MAX_GENERATED_ITEMS`].
pub fn until_step(start: i64, stop: i64, step: i64) -> Result<Vec<i64>, FuncError> {
    let span = (i128::from(stop) - i128::from(start)).unsigned_abs();
    let stride = i128::from(step).unsigned_abs().max(1);
    let moves_toward = (stop > start && step > 0) || (stop < start && step < 0);
    let count = if moves_toward {
        span.div_ceil(stride)
    } else {
        0
    };
    if count > u128::from(super::MAX_GENERATED_ITEMS) {
        return Err(super::too_large(
            "items",
            count,
            u128::from(super::MAX_GENERATED_ITEMS),
        ));
    }
    Ok(until_step_unchecked(start, stop, step))
}

fn until_step_unchecked(start: i64, stop: i64, step: i64) -> Vec<i64> {
    let mut v = Vec::new();
    if stop < start {
        if step >= 0 {
            return v;
        }
        let mut i = start;
        while i > stop {
            v.push(i);
            i = match i.checked_add(step) {
                Some(n) => n,
                None => break,
            };
        }
        return v;
    }
    if step <= 0 {
        return v;
    }
    let mut i = start;
    while i < stop {
        v.push(i);
        i = match i.checked_add(step) {
            Some(n) => n,
            None => break,
        };
    }
    v
}

fn int_list(items: Vec<i64>) -> Value {
    Value::typed_list(GoType::Int, items.into_iter().map(Value::Int).collect())
}

/// Sprig's `seq`.
fn seq(params: &[i64]) -> Result<String, FuncError> {
    let nums = match *params {
        [end] => {
            let inc = if end < 1 { -1 } else { 1 };
            until_step(1, end.wrapping_add(inc), inc)?
        }
        [start, end] => {
            let step = if end < start { -1 } else { 1 };
            until_step(start, end.wrapping_add(step), step)?
        }
        [start, step, end] => {
            let mut inc = 1;
            if end < start {
                inc = -1;
                if step > 0 {
                    return Ok(String::new());
                }
            }
            until_step(start, end.wrapping_add(inc), step)?
        }
        _ => return Ok(String::new()),
    };
    Ok(nums
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(" "))
}

/// Sprig's `round`.
fn round(val: f64, places: i64, round_on: f64) -> f64 {
    let pow = 10f64.powf(places as f64);
    let digit = pow * val;
    let frac = digit - digit.trunc();
    let r = if frac >= round_on {
        digit.ceil()
    } else {
        digit.floor()
    };
    r / pow
}

fn int_div(a: i64, b: i64, rem: bool) -> Result<Value, FuncError> {
    if b == 0 {
        return Err(FuncError::new("runtime error: integer divide by zero"));
    }
    Ok(Value::Int64(if rem {
        a.wrapping_rem(b)
    } else {
        a.wrapping_div(b)
    }))
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Float64, Int, Interface as Any};

    m.insert(Function::pure("add1", vec![Any], None, |a| {
        Ok(Value::Int64(to_int64(&a[0]).wrapping_add(1)))
    }));
    m.insert(Function::pure("add", vec![], Some(Any), |a| {
        Ok(Value::Int64(
            a.iter().fold(0i64, |acc, v| acc.wrapping_add(to_int64(v))),
        ))
    }));
    m.insert(Function::pure("sub", vec![Any, Any], None, |a| {
        Ok(Value::Int64(to_int64(&a[0]).wrapping_sub(to_int64(&a[1]))))
    }));
    m.insert(Function::pure("div", vec![Any, Any], None, |a| {
        int_div(to_int64(&a[0]), to_int64(&a[1]), false)
    }));
    m.insert(Function::pure("mod", vec![Any, Any], None, |a| {
        int_div(to_int64(&a[0]), to_int64(&a[1]), true)
    }));
    m.insert(Function::pure("mul", vec![Any], Some(Any), |a| {
        Ok(Value::Int64(
            a[1..]
                .iter()
                .fold(to_int64(&a[0]), |acc, v| acc.wrapping_mul(to_int64(v))),
        ))
    }));
    for name in ["max", "biggest"] {
        m.insert(Function::pure(name, vec![Any], Some(Any), |a| {
            Ok(Value::Int64(
                a[1..].iter().map(to_int64).fold(to_int64(&a[0]), i64::max),
            ))
        }));
    }
    m.insert(Function::pure("min", vec![Any], Some(Any), |a| {
        Ok(Value::Int64(
            a[1..].iter().map(to_int64).fold(to_int64(&a[0]), i64::min),
        ))
    }));
    m.insert(Function::pure("maxf", vec![Any], Some(Any), |a| {
        Ok(Value::Float(
            a[1..]
                .iter()
                .map(to_float64)
                .fold(to_float64(&a[0]), go_max),
        ))
    }));
    m.insert(Function::pure("minf", vec![Any], Some(Any), |a| {
        Ok(Value::Float(
            a[1..]
                .iter()
                .map(to_float64)
                .fold(to_float64(&a[0]), go_min),
        ))
    }));
    m.insert(Function::pure("floor", vec![Any], None, |a| {
        Ok(Value::Float(to_float64(&a[0]).floor()))
    }));
    m.insert(Function::pure("ceil", vec![Any], None, |a| {
        Ok(Value::Float(to_float64(&a[0]).ceil()))
    }));
    m.insert(Function::pure(
        "round",
        vec![Any, Int],
        Some(Float64),
        |a| {
            let round_on = match a.get(2) {
                Some(Value::Float(f)) => *f,
                Some(v) => to_float64(v),
                None => 0.5,
            };
            Ok(Value::Float(round(to_float64(&a[0]), int(&a[1]), round_on)))
        },
    ));
    m.insert(Function::pure("add1f", vec![Any], None, |a| {
        decimal_op(&a[0], &[Value::Int(1)], DecOp::Add)
    }));
    m.insert(Function::pure("addf", vec![], Some(Any), |a| {
        decimal_op(&Value::Float(0.0), a, DecOp::Add)
    }));
    m.insert(Function::pure("subf", vec![Any], Some(Any), |a| {
        decimal_op(&a[0], &a[1..], DecOp::Sub)
    }));
    m.insert(Function::pure("mulf", vec![Any], Some(Any), |a| {
        decimal_op(&a[0], &a[1..], DecOp::Mul)
    }));
    m.insert(Function::pure("divf", vec![Any], Some(Any), |a| {
        decimal_op(&a[0], &a[1..], DecOp::Div)
    }));
    m.insert(Function::pure("until", vec![Int], None, |a| {
        let n = int(&a[0]);
        Ok(int_list(until_step(0, n, if n < 0 { -1 } else { 1 })?))
    }));
    m.insert(Function::pure(
        "untilStep",
        vec![Int, Int, Int],
        None,
        |a| Ok(int_list(until_step(int(&a[0]), int(&a[1]), int(&a[2]))?)),
    ));
    m.insert(Function::pure("seq", vec![], Some(Int), |a| {
        let params: Vec<i64> = a.iter().map(int).collect();
        Ok(Value::str(seq(&params)?))
    }));
}

/// Go's `math.Max`: NaN wins, and +0 beats -0.
fn go_max(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == 0.0 && b == 0.0 {
        if a.is_sign_negative() {
            b
        } else {
            a
        }
    } else if a > b {
        a
    } else {
        b
    }
}

/// Go's `math.Min`: NaN wins, and -0 beats +0.
fn go_min(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == 0.0 && b == 0.0 {
        if a.is_sign_negative() {
            a
        } else {
            b
        }
    } else if a < b {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::call;

    fn i(name: &str, args: &[Value]) -> i64 {
        match call(name, args).unwrap() {
            Value::Int64(v) => v,
            v => panic!("{name} returned {v:?}, not int64"),
        }
    }

    fn f(name: &str, args: &[Value]) -> f64 {
        match call(name, args).unwrap() {
            Value::Float(v) => v,
            v => panic!("{name} returned {v:?}, not float64"),
        }
    }

    fn n(v: i64) -> Value {
        Value::Int(v)
    }

    fn x(v: f64) -> Value {
        Value::Float(v)
    }

    fn s(v: &str) -> Value {
        Value::from(v)
    }

    #[test]
    fn integer_ops_follow_cast_and_wrap() {
        assert_eq!(i("add", &[]), 0);
        assert_eq!(i("add", &[n(1), s("2"), x(3.9), Value::Bool(true)]), 7);
        assert_eq!(i("add1", &[s("0x10")]), 17);
        assert_eq!(i("sub", &[n(1), s("12abc")]), 1);
        assert_eq!(i("mul", &[n(4294967296), n(4294967296)]), 0);
        assert_eq!(i("mul", &[n(3)]), 3);
        assert_eq!(i("div", &[x(5.0), n(2)]), 2);
        assert_eq!(i("div", &[s("9"), s("3")]), 3);
        assert_eq!(i("div", &[n(0), n(5)]), 0);
        assert_eq!(i("div", &[n(-7), n(2)]), -3);
        assert_eq!(i("mod", &[n(-7), n(2)]), -1);
        assert_eq!(i("div", &[n(i64::MIN), n(-1)]), i64::MIN);
        assert_eq!(
            call("div", &[n(1), n(0)]).unwrap_err().0,
            "runtime error: integer divide by zero"
        );
        assert_eq!(
            call("mod", &[n(1), s("x")]).unwrap_err().0,
            "runtime error: integer divide by zero"
        );
    }

    #[test]
    fn min_max() {
        assert_eq!(i("min", &[n(-1), n(0)]), -1);
        assert_eq!(i("min", &[n(7)]), 7);
        assert_eq!(i("min", &[x(2.9), n(3)]), 2);
        assert_eq!(i("max", &[x(5.0), x(-3.0)]), 5);
        assert_eq!(i("biggest", &[n(1), n(9), n(3)]), 9);
        assert_eq!(f("maxf", &[x(1.5), x(2.5), x(0.5)]), 2.5);
        assert_eq!(f("maxf", &[n(1), n(2)]), 2.0);
        assert_eq!(f("maxf", &[x(-1.5)]), -1.5);
        assert_eq!(f("minf", &[x(1.5), x(2.5), x(0.5)]), 0.5);
        assert_eq!(f("minf", &[n(-1), s("-2.5")]), -2.5);
        assert_eq!(f("maxf", &[s("abc"), n(1)]), 1.0);
        assert_eq!(f("minf", &[x(2.7), x(5.0)]), 2.7);
    }

    #[test]
    #[allow(clippy::approx_constant)]
    fn floor_ceil_round() {
        assert_eq!(f("floor", &[x(1.7)]), 1.0);
        assert_eq!(f("floor", &[x(-1.2)]), -2.0);
        assert_eq!(f("floor", &[n(3)]), 3.0);
        assert_eq!(f("floor", &[s("2.5")]), 2.0);
        assert_eq!(f("ceil", &[x(1.2)]), 2.0);
        assert_eq!(f("ceil", &[x(-1.7)]), -1.0);
        let r = |v: f64, p: i64| f("round", &[x(v), n(p)]);
        assert_eq!(r(3.14159, 2), 3.14);
        assert_eq!(r(2.5, 0), 3.0);
        assert_eq!(r(-2.5, 0), -3.0);
        assert_eq!(r(1.005, 2), 1.0);
        assert_eq!(r(1234.5678, -2), 1200.0);
        assert_eq!(r(2.675, 2), 2.68);
        assert_eq!(r(0.5, 0), 1.0);
        assert_eq!(f("round", &[x(1.3), n(0), x(0.25)]), 2.0);
        assert_eq!(f("round", &[x(1.4), n(0), x(0.4)]), 1.0);
    }

    #[test]
    fn decimal_float_ops() {
        assert_eq!(f("addf", &[x(0.1), x(0.2)]), 0.3);
        assert_eq!(f("addf", &[n(1), n(2), x(3.5)]), 6.5);
        assert_eq!(f("addf", &[]), 0.0);
        assert_eq!(f("addf", &[x(1.5)]), 1.5);
        assert_eq!(f("addf", &[s("1.5"), n(2)]), 3.5);
        assert_eq!(f("addf", &[x(2.7), x(5.0)]), 7.7);
        assert_eq!(f("add1f", &[x(1.5)]), 2.5);
        assert_eq!(f("subf", &[x(1.0), x(0.9)]), 0.1);
        assert_eq!(f("subf", &[n(10), n(1), n(2), n(3)]), 4.0);
        assert_eq!(f("subf", &[x(1.5)]), 1.5);
        assert_eq!(f("subf", &[x(2.7), x(0.7)]), 2.0);
        assert_eq!(f("divf", &[n(10), n(3)]), 3.3333333333333335);
        assert_eq!(f("divf", &[n(1), n(4)]), 0.25);
        assert_eq!(f("divf", &[n(1), n(3), n(3)]), 0.1111111111111111);
        assert_eq!(f("divf", &[n(2), n(3)]), 0.6666666666666667);
        assert_eq!(f("mulf", &[x(1.1), x(1.1)]), 1.21);
        assert_eq!(f("mulf", &[x(1e300), x(1e300)]), f64::INFINITY);
        assert_eq!(f("divf", &[n(-7), x(1e300)]), 0.0);
        assert_eq!(f("mulf", &[x(1.1), x(1e300), x(3.3)]), 3.63e300);
        assert_eq!(
            call("divf", &[n(1), n(0)]).unwrap_err().0,
            "decimal division by 0"
        );
    }

    fn ints(v: Value) -> Vec<i64> {
        let Value::List(l) = v else { panic!() };
        assert_eq!(l.elem, GoType::Int);
        l.items.iter().map(int).collect()
    }

    #[test]
    fn generated_lists_are_bounded() {
        let max = crate::sprig::MAX_GENERATED_ITEMS as i64;
        assert_eq!(ints(call("until", &[n(max)]).unwrap()).len() as i64, max);
        for (f, args) in [
            ("until", vec![n(max + 1)]),
            ("until", vec![n(-2_000_000_000)]),
            ("untilStep", vec![n(0), n(i64::MAX), n(1)]),
            ("untilStep", vec![n(i64::MAX), n(i64::MIN), n(-1)]),
            ("seq", vec![n(2_000_000_000)]),
        ] {
            let e = call(f, &args).unwrap_err().0;
            assert!(e.contains("over the limit of 4194304"), "{f}: {e}");
        }
        // Big strides stay cheap.
        assert_eq!(
            ints(call("untilStep", &[n(0), n(i64::MAX), n(i64::MAX / 2)]).unwrap()).len(),
            3
        );
    }

    #[test]
    fn until_and_seq() {
        assert_eq!(ints(call("until", &[n(5)]).unwrap()), [0, 1, 2, 3, 4]);
        assert!(ints(call("until", &[n(0)]).unwrap()).is_empty());
        assert_eq!(ints(call("until", &[n(-3)]).unwrap()), [0, -1, -2]);
        let us = |a, b, c| ints(call("untilStep", &[n(a), n(b), n(c)]).unwrap());
        assert_eq!(us(0, 10, 3), [0, 3, 6, 9]);
        assert_eq!(us(10, 0, -3), [10, 7, 4, 1]);
        assert!(us(0, 5, 0).is_empty());
        assert!(us(3, 1, 1).is_empty());
        let sq = |a: &[i64]| {
            let args: Vec<Value> = a.iter().map(|v| n(*v)).collect();
            call("seq", &args).unwrap().as_str().unwrap().to_string()
        };
        assert_eq!(sq(&[5]), "1 2 3 4 5");
        assert_eq!(sq(&[2, 5]), "2 3 4 5");
        assert_eq!(sq(&[5, 2]), "5 4 3 2");
        assert_eq!(sq(&[0, 2, 10]), "0 2 4 6 8 10");
        assert_eq!(sq(&[10, -3, 1]), "10 7 4 1");
        assert_eq!(sq(&[1, 0, 5]), "");
        assert_eq!(sq(&[-2]), "1 0 -1 -2");
        assert_eq!(sq(&[]), "");
        assert_eq!(sq(&[1, 2, 3, 4]), "");
    }
}
