//! Random primes for RSA keys (Sprig's `genPrivateKey "rsa"`, `genCA`, `genSelfSignedCert`,
//! `genSignedCert`).
//!
//! The search: a random odd start of the requested size with its top two bits set (as Go's
//! `rsa.GenerateKey` draws it, so that two primes multiply to exactly twice as many bits); the
//! odd numbers from there upwards that have no prime factor below a bound (a sieve over a
//! window of them); each of those tested with crypto-primes' `is_prime` (Miller-Rabin to base 2,
//! then the strong Lucas test of Baillie-PSW as strengthened by Baillie, Fiori and Wagstaff in
//! 2021, with no known composite that passes), the first that passes being the prime. A window
//! without a prime (which for these sizes practically never happens) draws a new start.
//!
//! Nearly all the time goes into ruling out composites (a modular exponentiation
//! each), so the sieve removes what it cheaply can: without the multiples of the odd primes
//! below 2^17 (for primes of up to 1536 bits, as in 2048-bit keys) or 2^20 (larger, as in
//! 4096-bit keys) 9.5% or 8.1% of the odd numbers are left to test, against 11.5% for the
//! 2,047 primes of crypto-primes' own sieve (which the `rsa` crate uses) and 15% for the 255
//! of Go's trial division: 17% and 29% fewer exponentiations than crypto-primes' sieve. The
//! sieve only rules numbers out; every number taken is tested as above.
//!
//! Go tests differently (FIPS 186-5 B.3.1: Miller-Rabin with 4 or 5 random bases for these
//! sizes, no Lucas test) and draws a fresh random number for each candidate; both keep the
//! chance of a composite far below 2^-100 for random candidates.
//!
//! Before Baillie-PSW, each candidate goes through a Fermat test to base 2 on AWS-LC's
//! assembly arithmetic ([`super::fermat`]), which rules out nearly every composite at 2.5 times
//! the speed of crypto-bigint's Miller-Rabin exponentiation (measured per exponentiation, CPU
//! time, load 10: 0.31 against 0.8 ms at 1024 bits, 2.5 against 5-7 ms at 2048 bits). Every
//! strong probable prime to base 2 passes it, so only Baillie-PSW decides which number is
//! taken. The Fermat test, like crypto-primes' Lucas test, takes time that depends on the
//! candidate (Go's Miller-Rabin does not); the `rsa` crate's own prime search, used before, was
//! no different.
//!
//! The rest of the arithmetic is crypto-bigint's `BoxedUint`. Its fixed-size `Uint<LIMBS>` is no
//! faster here (measured: 0.63 ms per 1024-bit test either way, and 4.7 ms against 4.3 ms at
//! 2048 bits, where `BoxedUint` has a dedicated squaring): both run the same Montgomery kernel.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use p256::elliptic_curve::bigint::{BoxedUint, Limb, NonZero, Reciprocal, Resize};

use super::fermat::Fermat;

/// The sieve's bound for primes of `bits` bits: the larger the candidates, the dearer each
/// exponentiation the sieve saves, and the more its remainders (one per group of small primes,
/// per window) are worth. Measured on one core: a 1024-bit Miller-Rabin test takes 0.7 ms and
/// the remainders below 2^17 0.8 ms; a 2048-bit test 4.5 ms and the remainders below 2^20 9 ms.
fn sieve_bound(bits: u32) -> u32 {
    let bound: u32 = if bits > 1536 { 1 << 20 } else { 1 << 17 };
    // Below the smallest candidate (3·2^(bits-2)), so that no candidate is itself a sieving
    // prime.
    match 1u32.checked_shl(bits.saturating_sub(2)) {
        Some(limit) => bound.min(limit),
        None => bound,
    }
}

/// How many odd numbers one window of the sieve covers: some 20 primes on average for the
/// largest sizes sieved, so that a window without one is practically impossible.
const WINDOW: usize = 1 << 15;

/// The odd primes below 2^20, and reciprocals for taking remainders by groups of them at a
/// time (a group: consecutive primes whose product fits in one limb).
struct SmallPrimes {
    primes: Vec<u32>,
    /// Per group: the reciprocal of the product, and the end of the group in `primes`.
    groups: Vec<(Reciprocal, usize)>,
}

fn small_primes() -> &'static SmallPrimes {
    static PRIMES: OnceLock<SmallPrimes> = OnceLock::new();
    PRIMES.get_or_init(|| {
        const LIMIT: usize = 1 << 20;
        // Sieve of Eratosthenes over the odd numbers: index i stands for 2i+1.
        let mut composite = vec![false; LIMIT / 2];
        let mut i = 1;
        while (2 * i + 1) * (2 * i + 1) < LIMIT {
            if !composite[i] {
                let p = 2 * i + 1;
                for j in ((p * p) / 2..LIMIT / 2).step_by(p) {
                    composite[j] = true;
                }
            }
            i += 1;
        }
        let primes: Vec<u32> = (1..LIMIT / 2)
            .filter(|i| !composite[*i])
            .map(|i| (2 * i + 1) as u32)
            .collect();
        let mut groups = vec![];
        let mut product = 1u64;
        for (i, &p) in primes.iter().enumerate() {
            match product.checked_mul(u64::from(p)) {
                Some(m) => product = m,
                None => {
                    groups.push((reciprocal(product), i));
                    product = u64::from(p);
                }
            }
        }
        groups.push((reciprocal(product), primes.len()));
        SmallPrimes { primes, groups }
    })
}

fn reciprocal(divisor: u64) -> Reciprocal {
    Reciprocal::new(NonZero::new(Limb::from(divisor)).expect("a product of primes is not zero"))
}

/// Marks in `composite` the offsets `k` of the window starting at odd `base` (which stands for
/// `base + 2k`) that have a prime factor below `bound`.
fn sieve_window(base: &BoxedUint, bound: u32, composite: &mut [bool]) {
    composite.fill(false);
    let table = small_primes();
    let mut start = 0;
    for (recip, end) in &table.groups {
        if table.primes[start] >= bound {
            break;
        }
        let rem = base.rem_limb_with_reciprocal(recip).0;
        for &p in table.primes[start..*end].iter().take_while(|p| **p < bound) {
            let p = p as usize;
            // The first multiple of p at or above `base` is base + t, t = (p - base mod p) mod p;
            // as base and p are odd, the first odd one is base + t or base + t + p.
            let t = (p - (rem % p as u64) as usize) % p;
            let first = if t.is_multiple_of(2) {
                t / 2
            } else {
                (t + p) / 2
            };
            for k in (first..composite.len()).step_by(p) {
                composite[k] = true;
            }
        }
        start = *end;
    }
}

/// A random prime of `bits` bits (at least 16) whose top two bits are set. The search (see the
/// module's documentation) runs on one thread per core (at most 8), each from its own random
/// start; the first prime found ends every search, which divides the wall time of a search by
/// the core count.
pub(crate) fn rsa_prime(bits: u32) -> Result<BoxedUint, String> {
    if bits < 16 {
        return Err("rsa: prime size must be at least 16 bits".into());
    }
    let bound = sieve_bound(bits);
    let found = AtomicBool::new(false);
    let search = || -> Result<Option<BoxedUint>, String> {
        let mut composite = vec![false; WINDOW];
        let mut fermat = Fermat::new();
        while !found.load(Ordering::Relaxed) {
            let mut bytes = vec![0u8; bits.div_ceil(8) as usize];
            getrandom::fill(&mut bytes).map_err(|e| format!("rsa: no random bytes: {e}"))?;
            let len = bytes.len();
            bytes[0] &= 0xff >> (len as u32 * 8 - bits);
            for bit in [bits - 1, bits - 2, 0] {
                bytes[len - 1 - bit as usize / 8] |= 1 << (bit % 8);
            }
            let base = BoxedUint::from_be_slice_vartime(&bytes).resize(bits);
            sieve_window(&base, bound, &mut composite);
            for (k, _) in composite.iter().enumerate().filter(|(_, c)| !**c) {
                if found.load(Ordering::Relaxed) {
                    return Ok(None);
                }
                let offset = BoxedUint::from(2 * k as u64).resize(bits);
                let candidate = base.wrapping_add(&offset);
                if candidate.bit_width_vartime() != bits {
                    // Past the largest number of `bits` bits: a new start.
                    break;
                }
                if let Some(f) = fermat.as_mut() {
                    if !f.may_be_prime(&candidate.to_be_bytes()) {
                        continue;
                    }
                }
                if crypto_primes::is_prime(crypto_primes::Flavor::Any, &candidate) {
                    found.store(true, Ordering::Relaxed);
                    return Ok(Some(candidate));
                }
            }
        }
        Ok(None)
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    std::thread::scope(|scope| {
        // A thread the system will not start is one searcher fewer.
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, search).ok())
            .collect();
        // This thread searches too; a failure (no random bytes) stops the others.
        let mine = search().inspect_err(|_| found.store(true, Ordering::Relaxed));
        let mut first = mine;
        for h in helpers {
            let theirs = h
                .join()
                .map_err(|_| "rsa: a prime search panicked".to_string())?;
            if !matches!(first, Ok(Some(_))) {
                first = theirs;
            }
        }
        first?.ok_or_else(|| "rsa: the prime search ended without a prime".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn odd_start(bits: u32) -> BoxedUint {
        let mut bytes = vec![0u8; bits.div_ceil(8) as usize];
        getrandom::fill(&mut bytes).expect("random bytes");
        bytes[0] |= 0x80;
        *bytes.last_mut().expect("not empty") |= 1;
        BoxedUint::from_be_slice_vartime(&bytes).resize(bits)
    }

    /// The window's marks are exactly the numbers with a factor below the bound, found by
    /// dividing each by every prime.
    #[test]
    fn sieve_marks_exactly_the_multiples_of_small_primes() {
        let bound = 1 << 12;
        let primes: Vec<u64> = small_primes()
            .primes
            .iter()
            .take_while(|p| **p < bound)
            .map(|p| u64::from(*p))
            .collect();
        for bits in [64, 200, 1024] {
            let base = odd_start(bits);
            let mut composite = vec![false; 3000];
            sieve_window(&base, bound, &mut composite);
            for (k, marked) in composite.iter().enumerate() {
                let n = base.wrapping_add(BoxedUint::from(2 * k as u64).resize(bits));
                let has_factor = primes.iter().any(|p| {
                    n.rem_limb(NonZero::new(Limb::from(*p)).expect("p > 0")) == Limb::ZERO
                });
                assert_eq!(*marked, has_factor, "{bits} bits, offset {k}");
            }
            assert!(composite.iter().any(|c| !c) && composite.iter().any(|c| *c));
        }
    }

    #[test]
    fn small_prime_table_is_right() {
        let table = small_primes();
        assert_eq!(&table.primes[..8], &[3, 5, 7, 11, 13, 17, 19, 23]);
        // π(2^20) = 82,025, less the prime 2.
        assert_eq!(table.primes.len(), 82_024);
        assert_eq!(table.primes.last(), Some(&1_048_573));
        assert_eq!(table.groups.last().map(|g| g.1), Some(table.primes.len()));
    }

    #[test]
    fn rsa_primes_are_prime_with_their_top_bits_set() {
        for bits in [16, 17, 64, 100, 512, 1024] {
            let p = rsa_prime(bits).expect("a prime");
            assert_eq!(p.bit_width_vartime(), bits);
            assert!(p.bit_vartime(bits - 2), "second bit of a {bits}-bit prime");
            assert!(crypto_primes::is_prime(crypto_primes::Flavor::Any, &p));
        }
        assert!(rsa_prime(15).is_err());
    }
}
