//! The Fermat test to base 2 (is 2^(n-1) ≡ 1 mod n?) on AWS-LC's bignum arithmetic, whose
//! Montgomery multiplication is assembly (mulx/adx on x86_64): 2.5 times as fast as
//! crypto-bigint's portable Rust for the 1024- and 2048-bit candidates of RSA keys.
//!
//! It only rules numbers out: a number that fails is composite (Fermat's little theorem), and
//! every strong probable prime to base 2 (which is the first half of the Baillie-PSW test that
//! decides) passes it, so filtering with it changes which candidates are *tested*, never which
//! are *accepted*. Should AWS-LC report an error, the number counts as not ruled out and the
//! Baillie-PSW test decides alone.

/// One search thread's AWS-LC state: a context for temporaries and three numbers, reused from
/// candidate to candidate.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub(crate) use imp::Fermat;

// Reviewed exception to the workspace's `unsafe_code = "deny"`: AWS-LC's bignum functions are
// C, reached through aws-lc-sys's bindings. Everything unsafe stays in this module, behind a
// safe type that owns its pointers (allocated in `new`, freed once in `drop`, never shared:
// raw pointers make `Fermat` neither Send nor Sync) and checks every result.
#[allow(unsafe_code)]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
mod imp {
    use aws_lc_sys::{
        BN_CTX_free, BN_CTX_new, BN_MONT_CTX_free, BN_MONT_CTX_new_for_modulus, BN_bin2bn, BN_copy,
        BN_free, BN_is_one, BN_mod_exp_mont_word, BN_new, BN_sub_word, BIGNUM, BN_CTX,
    };
    use std::ptr::NonNull;

    pub(crate) struct Fermat {
        ctx: NonNull<BN_CTX>,
        /// The number tested, n.
        n: NonNull<BIGNUM>,
        /// n - 1.
        exp: NonNull<BIGNUM>,
        /// 2^(n-1) mod n.
        power: NonNull<BIGNUM>,
    }

    impl Fermat {
        /// None when AWS-LC cannot allocate.
        pub(crate) fn new() -> Option<Fermat> {
            // SAFETY: the constructors take no arguments and return an owned object or null;
            // each non-null one is freed exactly once, here on failure or in `drop`.
            unsafe {
                let ctx = NonNull::new(BN_CTX_new());
                let n = NonNull::new(BN_new());
                let exp = NonNull::new(BN_new());
                let power = NonNull::new(BN_new());
                if let (Some(ctx), Some(n), Some(exp), Some(power)) = (ctx, n, exp, power) {
                    return Some(Fermat { ctx, n, exp, power });
                }
                if let Some(ctx) = ctx {
                    BN_CTX_free(ctx.as_ptr());
                }
                for bn in [n, exp, power].into_iter().flatten() {
                    BN_free(bn.as_ptr());
                }
                None
            }
        }

        /// False when the odd number `n` (big-endian bytes, above 3) is certainly composite:
        /// 2^(n-1) mod n is not 1. True when it may be prime, or when AWS-LC failed.
        pub(crate) fn may_be_prime(&mut self, n: &[u8]) -> bool {
            if n.last().is_none_or(|b| b % 2 == 0) {
                return true;
            }
            // SAFETY: every pointer is one of this object's live, exclusively owned BIGNUMs or
            // its BN_CTX (`&mut self`), or `n`'s buffer with its length; BN_bin2bn writes the
            // value into `self.n` (returning it, or null on failure). The Montgomery context is
            // created for the odd modulus `self.n`, checked for null, used while `self.n` is
            // unchanged, and freed before returning.
            unsafe {
                if BN_bin2bn(n.as_ptr(), n.len(), self.n.as_ptr()).is_null()
                    || BN_copy(self.exp.as_ptr(), self.n.as_ptr()).is_null()
                    || BN_sub_word(self.exp.as_ptr(), 1) != 1
                {
                    return true;
                }
                let mont = BN_MONT_CTX_new_for_modulus(self.n.as_ptr(), self.ctx.as_ptr());
                if mont.is_null() {
                    return true;
                }
                let done = BN_mod_exp_mont_word(
                    self.power.as_ptr(),
                    2,
                    self.exp.as_ptr(),
                    self.n.as_ptr(),
                    self.ctx.as_ptr(),
                    mont,
                );
                BN_MONT_CTX_free(mont);
                done != 1 || BN_is_one(self.power.as_ptr()) == 1
            }
        }
    }

    impl Drop for Fermat {
        fn drop(&mut self) {
            // SAFETY: the pointers were allocated in `new`, are owned by this object alone, and
            // are freed only here.
            unsafe {
                BN_free(self.power.as_ptr());
                BN_free(self.exp.as_ptr());
                BN_free(self.n.as_ptr());
                BN_CTX_free(self.ctx.as_ptr());
            }
        }
    }
}

/// Where aws-lc-sys does not build: no test, nothing ruled out (the Baillie-PSW test decides).
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub(crate) struct Fermat;

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
impl Fermat {
    pub(crate) fn new() -> Option<Fermat> {
        Some(Fermat)
    }

    pub(crate) fn may_be_prime(&mut self, _n: &[u8]) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fermat_rules_out_composites_and_keeps_primes() {
        let mut f = Fermat::new().expect("AWS-LC allocates");
        // Primes (2^127 - 1, 2^521 - 1 and small ones) pass.
        let m127 = [[0x7fu8].as_slice(), &[0xff; 15]].concat();
        let m521 = [[0x01u8].as_slice(), &[0xff; 65]].concat();
        for p in [&[5u8][..], &[0x07, 0xcf], &m127, &m521] {
            assert!(f.may_be_prime(p), "{p:?}");
        }
        // Composites: 2^127 + 1 (divisible by 3), 561 · 2003 (a Carmichael number times a
        // prime), 1999 · 2003.
        let p127 = [[0x80u8].as_slice(), &[0; 14], &[1]].concat();
        let n1 = (561u64 * 2003).to_be_bytes();
        let n2 = (1999u64 * 2003).to_be_bytes();
        for n in [&p127[..], &n1, &n2] {
            assert!(!f.may_be_prime(n), "{n:?}");
        }
        // The Fermat pseudoprime 341 = 11 · 31 passes: only Baillie-PSW rules it out.
        assert!(f.may_be_prime(&341u16.to_be_bytes()));
    }
}
