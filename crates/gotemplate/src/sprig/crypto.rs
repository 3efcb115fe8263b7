//! Sprig's crypto functions: checksums, bcrypt/htpasswd, derivePassword, private keys,
//! certificates, AES and randBytes.

use std::any::Any;
use std::borrow::Cow;
use std::net::IpAddr;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use hmac::{KeyInit, Mac};
use p256::elliptic_curve::bigint::modular::{BoxedMontyForm, BoxedMontyParams};
use p256::elliptic_curve::bigint::{BoxedUint, Limb, NonZero, Odd, Resize};
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use sha1::Digest;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Member, Object, Value};

// ---------------------------------------------------------------------------------------------
// Checksums

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `hash/adler32.Checksum`.
pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

// ---------------------------------------------------------------------------------------------
// bcrypt, htpasswd, derivePassword

/// Sprig's `bcrypt`: `$2a$` with cost 10; failures become the returned text, as in Sprig.
fn bcrypt_hash(input: &str) -> String {
    if input.len() > 72 {
        return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"
            .into();
    }
    match bcrypt::hash_with_result(input, 10) {
        Ok(h) => h.format_for_version(bcrypt::Version::TwoA),
        Err(e) => format!("failed to encrypt string with bcrypt: {e}"),
    }
}

fn htpasswd(user: &str, password: &str) -> String {
    if user.contains(':') {
        return format!("invalid username: {user}");
    }
    format!("{user}:{}", bcrypt_hash(password))
}

const MASTER_PASSWORD_SEED: &str = "com.lyndir.masterpassword";

fn password_templates(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "maximum" => &["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long" => &[
            "CvcvnoCvcvCvcv",
            "CvcvCvcvnoCvcv",
            "CvcvCvcvCvcvno",
            "CvccnoCvcvCvcv",
            "CvccCvcvnoCvcv",
            "CvccCvcvCvcvno",
            "CvcvnoCvccCvcv",
            "CvcvCvccnoCvcv",
            "CvcvCvccCvcvno",
            "CvcvnoCvcvCvcc",
            "CvcvCvcvnoCvcc",
            "CvcvCvcvCvccno",
            "CvccnoCvccCvcv",
            "CvccCvccnoCvcv",
            "CvccCvccCvcvno",
            "CvcvnoCvccCvcc",
            "CvcvCvccnoCvcc",
            "CvcvCvccCvccno",
            "CvccnoCvcvCvcc",
            "CvccCvcvnoCvcc",
            "CvccCvcvCvccno",
        ],
        "medium" => &["CvcnoCvc", "CvcCvcno"],
        "short" => &["Cvcn"],
        "basic" => &["aaanaaan", "aannaaan", "aaannaaa"],
        "pin" => &["nnnn"],
        _ => return None,
    })
}

fn template_chars(c: u8) -> &'static [u8] {
    match c {
        b'V' => b"AEIOU",
        b'C' => b"BCDFGHJKLMNPQRSTVWXYZ",
        b'v' => b"aeiou",
        b'c' => b"bcdfghjklmnpqrstvwxyz",
        b'A' => b"AEIOUBCDFGHJKLMNPQRSTVWXYZ",
        b'a' => b"AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
        b'n' => b"0123456789",
        b'o' => b"@&%?,=[]_:-+*$#!'^~;()/.",
        _ => b"AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
    }
}

/// The Master Password algorithm, as Sprig's `derivePassword` implements it.
pub fn derive_password(counter: u32, kind: &str, password: &str, user: &str, site: &str) -> String {
    let Some(templates) = password_templates(kind) else {
        return format!("cannot find password template {kind}");
    };
    let mut salt = MASTER_PASSWORD_SEED.as_bytes().to_vec();
    salt.extend_from_slice(&(user.len() as u32).to_be_bytes());
    salt.extend_from_slice(user.as_bytes());
    let mut key = [0u8; 64];
    let params = scrypt::Params::new(15, 8, 2).expect("valid scrypt parameters");
    if let Err(e) = scrypt::scrypt(password.as_bytes(), &salt, &params, &mut key) {
        return format!("failed to derive password: {e}");
    }
    let mut msg = MASTER_PASSWORD_SEED.as_bytes().to_vec();
    msg.extend_from_slice(&(site.len() as u32).to_be_bytes());
    msg.extend_from_slice(site.as_bytes());
    msg.extend_from_slice(&counter.to_be_bytes());
    let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(&key)
        .expect("HMAC takes any key length");
    mac.update(&msg);
    let seed = mac.finalize().into_bytes();
    let template = templates[usize::from(seed[0]) % templates.len()];
    template
        .bytes()
        .enumerate()
        .map(|(i, c)| {
            let chars = template_chars(c);
            chars[usize::from(seed[i + 1]) % chars.len()] as char
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// PEM

/// Go's `pem.EncodeToMemory`.
pub fn pem_encode(kind: &str, der: &[u8]) -> String {
    let b64 = B64.encode(der);
    let mut out = format!("-----BEGIN {kind}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {kind}-----\n"));
    out
}

/// Go's `pem.Decode` for the first block: its type and bytes.
pub fn pem_decode(text: &str) -> Option<(String, Vec<u8>)> {
    let mut rest = text;
    loop {
        let start = rest.find("-----BEGIN ")?;
        let after = &rest[start + 11..];
        let type_end = after.find("-----")?;
        let kind = &after[..type_end];
        let body_start = &after[type_end + 5..];
        let end_marker = format!("-----END {kind}-----");
        let (Some(end), false) = (body_start.find(&end_marker), kind.contains('\n')) else {
            rest = after;
            continue;
        };
        let body = &body_start[..end];
        // Skip RFC 1421 headers (lines with a colon before the blank line).
        let data: String = if body.contains(':') {
            match body.split_once("\n\n") {
                Some((_, d)) => d.to_string(),
                None => body.to_string(),
            }
        } else {
            body.to_string()
        };
        let clean: String = data.chars().filter(|c| !c.is_whitespace()).collect();
        match B64.decode(clean.as_bytes()) {
            Ok(bytes) => return Some((kind.to_string(), bytes)),
            Err(_) => {
                rest = after;
                continue;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Private keys

/// A private key Sprig can use.
#[derive(Clone)]
pub enum PrivateKey {
    /// An RSA key (`genPrivateKey "rsa"`).
    Rsa(Box<rsa::PrivateKey>),
    /// An ECDSA P-256 key (`genPrivateKey "ecdsa"`).
    Ec(Box<p256::SecretKey>),
    /// An Ed25519 key, as its 32-byte seed (`genPrivateKey "ed25519"`).
    Ed25519([u8; 32]),
    /// Sprig's `DSA PRIVATE KEY` DER, which can be generated and printed but not used to
    /// sign (Go's x509 does not sign with DSA either).
    Dsa(Vec<u8>),
}

/// DER prefix of an Ed25519 PKCS#8 v1 key (as Go's `MarshalPKCS8PrivateKey` writes it).
const ED25519_PKCS8_PREFIX: [u8; 16] = [
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

fn random_bytes(n: usize) -> Result<Vec<u8>, FuncError> {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).map_err(|e| FuncError::new(e.to_string()))?;
    Ok(buf)
}

impl PrivateKey {
    /// A new RSA key of `bits` bits with public exponent 65537, as Go's `rsa.GenerateKey`
    /// makes it (two primes of half the size each, `d` = e⁻¹ mod λ(n)), from primes found by
    /// [`super::prime::rsa_prime`] on every core.
    pub fn generate_rsa(bits: usize) -> Result<PrivateKey, String> {
        let bits = u32::try_from(bits)
            .ok()
            .filter(|b| *b >= 64)
            .ok_or_else(|| format!("rsa: cannot generate a key of {bits} bits"))?;
        let e = BoxedUint::from(65537u64);
        let mut last_error = String::new();
        // A pair is refused when 65537 divides p-1 or q-1 (Go then also draws new primes): about
        // one pair in 30,000, so sixteen refusals in a row mean something else is wrong.
        for _ in 0..16 {
            let p = super::prime::rsa_prime(bits.div_ceil(2))?;
            let q = super::prime::rsa_prime(bits / 2)?;
            if p == q {
                continue;
            }
            match rsa::PrivateKey::from_p_q(p, q, e.clone()) {
                Ok(k) => return Ok(PrivateKey::Rsa(Box::new(k))),
                Err(err) => last_error = err.to_string(),
            }
        }
        Err(format!("rsa: no key from the primes found: {last_error}"))
    }

    /// A new random ECDSA P-256 key.
    pub fn generate_ecdsa() -> Result<PrivateKey, String> {
        loop {
            let mut bytes = [0u8; 32];
            getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
            if let Ok(k) = p256::SecretKey::from_bytes(&bytes.into()) {
                return Ok(PrivateKey::Ec(Box::new(k)));
            }
        }
    }

    /// A new random Ed25519 key.
    pub fn generate_ed25519() -> Result<PrivateKey, String> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| e.to_string())?;
        Ok(PrivateKey::Ed25519(seed))
    }

    fn ed25519_from_pkcs8(der: &[u8]) -> Option<[u8; 32]> {
        // v1 (`302e…0420` + seed) or v2 (with the public key appended).
        let oid = [0x06, 0x03, 0x2b, 0x65, 0x70];
        let pos = der.windows(oid.len()).position(|w| w == oid)?;
        let rest = &der[pos + oid.len()..];
        let start = rest
            .windows(4)
            .position(|w| w == [0x04, 0x22, 0x04, 0x20])?
            + 4;
        rest.get(start..start + 32)?.try_into().ok()
    }

    /// Sprig's `parsePrivateKeyPEM`, with Go's error texts.
    pub fn from_pem(text: &str) -> Result<PrivateKey, String> {
        let Some((kind, der)) = pem_decode(text) else {
            return Err("no PEM data in input".into());
        };
        if kind == "PRIVATE KEY" {
            if let Ok(k) = rsa::PrivateKey::from_pkcs8_der(&der) {
                return Ok(PrivateKey::Rsa(Box::new(k)));
            }
            if let Ok(k) = p256::SecretKey::from_pkcs8_der(&der) {
                return Ok(PrivateKey::Ec(Box::new(k)));
            }
            if let Some(seed) = Self::ed25519_from_pkcs8(&der) {
                return Ok(PrivateKey::Ed25519(seed));
            }
            return Err("decoding PEM as PKCS#8: x509: failed to parse private key".into());
        }
        let Some(prefix) = kind.strip_suffix(" PRIVATE KEY") else {
            return Err(format!("no private key data in PEM block of type {kind}"));
        };
        match prefix {
            "RSA" => rsa::PrivateKey::from_pkcs1_der(&der)
                .map(|k| PrivateKey::Rsa(Box::new(k)))
                .map_err(|e| format!("parsing RSA private key from PEM: {e}")),
            "EC" => p256::SecretKey::from_sec1_der(&der)
                .map(|k| PrivateKey::Ec(Box::new(k)))
                .map_err(|e| format!("parsing EC private key from PEM: {e}")),
            "DSA" => {
                if der.first() == Some(&0x30) {
                    Ok(PrivateKey::Dsa(der))
                } else {
                    Err("parsing DSA private key from PEM: asn1: structure error".into())
                }
            }
            _ => Err(format!("invalid private key type {kind}")),
        }
    }

    /// Sprig's `pemBlockForKey`: PKCS#1 for RSA, SEC1 for ECDSA, PKCS#8 otherwise.
    pub fn to_pem(&self) -> Result<String, String> {
        match self {
            PrivateKey::Rsa(k) => {
                let der = k.to_pkcs1_der().map_err(|e| e.to_string())?;
                Ok(pem_encode("RSA PRIVATE KEY", der.as_bytes()))
            }
            PrivateKey::Ec(k) => {
                let der = k.to_sec1_der().map_err(|e| e.to_string())?;
                Ok(pem_encode("EC PRIVATE KEY", &der))
            }
            PrivateKey::Ed25519(seed) => Ok(pem_encode("PRIVATE KEY", &self.ed25519_pkcs8(seed))),
            PrivateKey::Dsa(der) => Ok(pem_encode("DSA PRIVATE KEY", der)),
        }
    }

    fn ed25519_pkcs8(&self, seed: &[u8; 32]) -> Vec<u8> {
        let mut der = ED25519_PKCS8_PREFIX.to_vec();
        der.extend_from_slice(seed);
        der
    }

    /// The key as an rcgen signing key, with the algorithm Go's x509 picks for it.
    fn to_rcgen(&self) -> Result<Signer, String> {
        let (der, alg): (Vec<u8>, &'static rcgen::SignatureAlgorithm) = match self {
            // RSA signs through rcgen's ring where ring takes the key (2048 to 8192 bits:
            // assembly arithmetic, 10M instructions a signature against the `rsa` crate's 31M),
            // and through the `rsa` crate otherwise: Go signs with any size.
            PrivateKey::Rsa(k) => {
                let pkcs8 = k.to_pkcs8_der().map_err(|e| e.to_string())?;
                return rcgen::KeyPair::from_pkcs8_der_and_sign_algo(
                    &pkcs8.as_bytes().into(),
                    &rcgen::PKCS_RSA_SHA256,
                )
                .map(Signer::Ring)
                .or_else(|_| RsaSigner::new(k).map(Signer::Rsa));
            }
            PrivateKey::Ec(k) => (
                k.to_pkcs8_der()
                    .map_err(|e| e.to_string())?
                    .as_bytes()
                    .to_vec(),
                &rcgen::PKCS_ECDSA_P256_SHA256,
            ),
            PrivateKey::Ed25519(seed) => (self.ed25519_pkcs8(seed), &rcgen::PKCS_ED25519),
            PrivateKey::Dsa(_) => {
                return Err("x509: certificate private key does not implement crypto.Signer".into())
            }
        };
        rcgen::KeyPair::from_pkcs8_der_and_sign_algo(&der.as_slice().into(), alg)
            .map(Signer::Ring)
            .map_err(|e| e.to_string())
    }
}

/// An RSA key signing with PKCS#1 v1.5 and SHA-256 (Go's `SHA256WithRSA`).
struct RsaSigner {
    key: rsa::PrivateKey,
    /// The PKCS#1 `RSAPublicKey` DER.
    public: Vec<u8>,
}

impl RsaSigner {
    fn new(key: &rsa::PrivateKey) -> Result<RsaSigner, String> {
        let public = rsa::pkcs1::EncodeRsaPublicKey::to_pkcs1_der(&key.to_public_key())
            .map_err(|e| e.to_string())?
            .as_bytes()
            .to_vec();
        Ok(RsaSigner {
            key: key.clone(),
            public,
        })
    }
}

/// A key rcgen can sign certificates with.
enum Signer {
    Ring(rcgen::KeyPair),
    Rsa(RsaSigner),
}

impl rcgen::PublicKeyData for Signer {
    fn der_bytes(&self) -> &[u8] {
        match self {
            Signer::Ring(k) => k.der_bytes(),
            Signer::Rsa(k) => &k.public,
        }
    }

    fn algorithm(&self) -> &'static rcgen::SignatureAlgorithm {
        match self {
            Signer::Ring(k) => k.algorithm(),
            Signer::Rsa(_) => &rcgen::PKCS_RSA_SHA256,
        }
    }
}

impl rcgen::SigningKey for Signer {
    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, rcgen::Error> {
        match self {
            Signer::Ring(k) => k.sign(msg),
            Signer::Rsa(k) => {
                use rsa::signature::{SignatureEncoding, Signer as _};
                rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(k.key.clone())
                    .try_sign(msg)
                    .map(|sig| sig.to_vec())
                    .map_err(|_| rcgen::Error::RemoteKeyError)
            }
        }
    }
}

/// Sprig's `generatePrivateKey`: failures are returned as text, as Sprig does.
fn gen_private_key(kind: &str) -> Result<String, FuncError> {
    let key = match kind {
        "" | "rsa" => PrivateKey::generate_rsa(4096),
        "ecdsa" => PrivateKey::generate_ecdsa(),
        "ed25519" => PrivateKey::generate_ed25519(),
        "dsa" => dsa_generate(2048, 256).map(|parts| PrivateKey::Dsa(dsa_key_der(&parts))),
        _ => return Ok(format!("Unknown type {kind}")),
    };
    match key.and_then(|k| k.to_pem()) {
        Ok(pem) => Ok(pem),
        Err(e) => Ok(format!("failed to generate private key: {e}")),
    }
}

// ---------------------------------------------------------------------------------------------
// DSA (genPrivateKey "dsa"): Go's dsa.GenerateParameters(L2048N256) and dsa.GenerateKey, written
// out as Sprig's `DSA PRIVATE KEY` (an ASN.1 sequence of version, P, Q, G, Y, X).

fn small_primes() -> &'static [u32] {
    static PRIMES: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    PRIMES.get_or_init(|| {
        let mut sieve = vec![true; 2000];
        let mut out = vec![];
        for i in 2..sieve.len() {
            if sieve[i] {
                out.push(i as u32);
                for j in (i * i..sieve.len()).step_by(i) {
                    sieve[j] = false;
                }
            }
        }
        out
    })
}

fn random_uint(bytes: usize) -> Result<Vec<u8>, String> {
    random_bytes(bytes).map_err(|e| e.0)
}

fn uint(bytes: &[u8], precision: u32) -> BoxedUint {
    BoxedUint::from_be_slice_vartime(bytes).resize(precision)
}

/// Trial division by small primes, then Miller-Rabin with random bases.
fn probably_prime(n: &BoxedUint, rounds: usize) -> Result<bool, String> {
    let precision = n.bits_precision();
    for &p in small_primes() {
        let (_, r) = n.div_rem_limb(
            NonZero::new(Limb::from(p))
                .into_option()
                .expect("non-zero prime"),
        );
        if r == Limb::ZERO {
            return Ok(*n == BoxedUint::from(u64::from(p)).resize(precision));
        }
    }
    let Some(odd) = Odd::new(n.clone()).into_option() else {
        return Ok(false);
    };
    let params = BoxedMontyParams::new(odd);
    let one = BoxedUint::one_with_precision(precision);
    let n_minus_1 = n.wrapping_sub(&one);
    let s = n_minus_1.trailing_zeros();
    let d = n_minus_1.shr_vartime(s).expect("shift within precision");
    let three = BoxedUint::from(3u64).resize(precision);
    let span = NonZero::new(n.wrapping_sub(&three))
        .into_option()
        .ok_or("tiny modulus")?;
    let nbytes = (n.bit_width() as usize).div_ceil(8);
    'rounds: for _ in 0..rounds {
        // A base in [2, n-2] (the modulo bias is negligible).
        let r = uint(&random_uint(nbytes)?, precision);
        let a = r
            .rem_vartime(&span)
            .wrapping_add(BoxedUint::from(2u64).resize(precision));
        let mut x = BoxedMontyForm::new(a, &params).pow(&d).retrieve();
        if x == one || x == n_minus_1 {
            continue;
        }
        for _ in 1..s {
            x = BoxedMontyForm::new(x, &params).square().retrieve();
            if x == n_minus_1 {
                continue 'rounds;
            }
        }
        return Ok(false);
    }
    Ok(true)
}

fn mod_pow(base: &BoxedUint, exp: &BoxedUint, modulus: &BoxedUint) -> BoxedUint {
    let params = BoxedMontyParams::new(
        Odd::new(modulus.clone())
            .into_option()
            .expect("odd modulus"),
    );
    BoxedMontyForm::new(base.clone(), &params)
        .pow(exp)
        .retrieve()
}

/// DSA domain parameters and a key pair: (p, q, g, y, x).
pub fn dsa_generate(l: u32, n: u32) -> Result<[BoxedUint; 5], String> {
    let one = BoxedUint::one_with_precision(l);
    let (p, q) = 'found: loop {
        let mut qb = random_uint((n / 8) as usize)?;
        let last = qb.len() - 1;
        qb[last] |= 1;
        qb[0] |= 0x80;
        let q = uint(&qb, l);
        if !probably_prime(&q, 40)? {
            continue;
        }
        let qnz = NonZero::new(q.clone())
            .into_option()
            .expect("q is not zero");
        for _ in 0..4 * l {
            let mut pb = random_uint((l / 8) as usize)?;
            let last = pb.len() - 1;
            pb[last] |= 1;
            pb[0] |= 0x80;
            let p = uint(&pb, l);
            let rem = p.rem_vartime(&qnz).wrapping_sub(&one);
            let p = p.wrapping_sub(&rem);
            if p.bit_width() < l {
                continue;
            }
            if !probably_prime(&p, 40)? {
                continue;
            }
            break 'found (p, q);
        }
    };
    let e = p
        .wrapping_sub(&one)
        .div_rem(
            &NonZero::new(q.clone())
                .into_option()
                .expect("q is not zero"),
        )
        .0;
    let mut h = BoxedUint::from(2u64).resize(l);
    let g = loop {
        let g = mod_pow(&h, &e, &p);
        if g != one {
            break g;
        }
        h = h.wrapping_add(&one);
    };
    let x = loop {
        let x = uint(&random_uint((q.bit_width() / 8) as usize)?, l);
        if x != BoxedUint::zero_with_precision(l) && x < q {
            break x;
        }
    };
    let y = mod_pow(&g, &x, &p);
    Ok([p, q, g, y, x])
}

/// DER of an ASN.1 INTEGER or SEQUENCE body with its tag and length.
fn der(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = body.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .iter()
            .copied()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(body);
    out
}

fn der_uint(v: &BoxedUint) -> Vec<u8> {
    let bytes = v.to_be_bytes_trimmed_vartime();
    let mut body: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
    if body.first().is_none_or(|b| b & 0x80 != 0) {
        body.insert(0, 0);
    }
    der(0x02, &body)
}

/// Sprig's `DSAKeyFormat` marshalled: SEQUENCE { 0, P, Q, G, Y, X }.
fn dsa_key_der(parts: &[BoxedUint; 5]) -> Vec<u8> {
    let mut body = der(0x02, &[0]);
    for v in parts {
        body.extend(der_uint(v));
    }
    der(0x30, &body)
}

// ---------------------------------------------------------------------------------------------
// Certificates

const CERT_TYPE: &str = "sprig.certificate";

/// Sprig's `certificate` struct: `.Cert` and `.Key`, both PEM text.
#[derive(Clone, Debug, Default)]
pub struct Certificate {
    /// The certificate, PEM encoded.
    pub cert: String,
    /// Its private key, PEM encoded.
    pub key: String,
}

impl Object for Certificate {
    fn type_name(&self) -> &'static str {
        CERT_TYPE
    }

    fn kind(&self) -> &'static str {
        "struct"
    }

    fn member(&self, name: &str) -> Option<Member> {
        match name {
            "Cert" => Some(Member::Field(Value::str(self.cert.as_str()))),
            "Key" => Some(Member::Field(Value::str(self.key.as_str()))),
            _ => None,
        }
    }

    fn format(&self) -> Cow<'_, str> {
        format!("{{{} {}}}", self.cert, self.key).into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    /// A struct without JSON tags: its exported fields by name.
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::json!({ "Cert": self.cert, "Key": self.key }))
    }
}

fn cert_arg(v: &Value) -> Result<Certificate, FuncError> {
    if let Value::Object(o) = v {
        if let Some(c) = o.as_any().downcast_ref::<Certificate>() {
            return Ok(c.clone());
        }
    }
    Err(FuncError::new(format!(
        "wrong type for value; expected {CERT_TYPE}; got {}",
        v.go_type()
    )))
}

fn parse_cert_der(der: &[u8]) -> Result<(), String> {
    x509_parser::parse_x509_certificate(der)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Sprig's `getNetIPs`.
fn net_ips(v: &Value) -> Result<Vec<IpAddr>, String> {
    let Value::List(l) = v else {
        return Ok(Vec::new());
    };
    l.items
        .iter()
        .map(|ip| match ip {
            Value::String(s) => parse_go_ip(s).ok_or_else(|| format!("error parsing ip: {s}")),
            other => Err(format!(
                "error parsing ip: {} is not a string",
                crate::gofmt::format_v(other)
            )),
        })
        .collect()
}

/// Go's `net.ParseIP`: dotted IPv4 without leading zeros, or IPv6 (no zone).
fn parse_go_ip(s: &str) -> Option<IpAddr> {
    if s.contains('.') && !s.contains(':') {
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() != 4
            || parts
                .iter()
                .any(|p| p.is_empty() || p.len() > 3 || (p.len() > 1 && p.starts_with('0')))
        {
            return None;
        }
    }
    s.parse().ok()
}

/// Sprig's `getAlternateDNSStrs`.
fn dns_names(v: &Value) -> Result<Vec<String>, String> {
    let Value::List(l) = v else {
        return Ok(Vec::new());
    };
    l.items
        .iter()
        .map(|d| match d {
            Value::String(s) => Ok(s.to_string()),
            other => Err(format!(
                "error processing alternate dns name: {} is not a string",
                crate::gofmt::format_v(other)
            )),
        })
        .collect()
}

/// The certificate Sprig's `getBaseCertTemplate` describes, to be finished by [`issue`] as Go's
/// `x509.CreateCertificate` finishes it. rcgen writes the subject, serial, validity, public key
/// and signature; the extensions are written here, as Go writes them (its set, its order, its
/// encodings), and handed to rcgen as custom extensions.
struct CertTemplate {
    params: rcgen::CertificateParams,
    /// The subject Name's DER, compared with the issuer's as Go does.
    subject: Vec<u8>,
    is_ca: bool,
    /// The SubjectAltName extension's value, when there are names.
    alt_names: Option<Vec<u8>>,
}

/// Go's `asn1` choice of string type: PrintableString when every byte is in its set, else
/// UTF8String.
fn go_printable(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b" '()+,-./:=?".contains(&b))
}

/// DER of an OBJECT IDENTIFIER.
fn der_oid(arcs: &[u64]) -> Vec<u8> {
    let mut body = vec![(arcs[0] * 40 + arcs[1]) as u8];
    for &arc in &arcs[2..] {
        let mut groups = vec![(arc & 0x7f) as u8];
        let mut rest = arc >> 7;
        while rest > 0 {
            groups.push(0x80 | (rest & 0x7f) as u8);
            rest >>= 7;
        }
        body.extend(groups.iter().rev());
    }
    der(0x06, &body)
}

const OID_KEY_USAGE: &[u64] = &[2, 5, 29, 15];
const OID_EXT_KEY_USAGE: &[u64] = &[2, 5, 29, 37];
const OID_BASIC_CONSTRAINTS: &[u64] = &[2, 5, 29, 19];
const OID_SUBJECT_KEY_ID: &[u64] = &[2, 5, 29, 14];
const OID_AUTHORITY_KEY_ID: &[u64] = &[2, 5, 29, 35];
const OID_SUBJECT_ALT_NAME: &[u64] = &[2, 5, 29, 17];

/// Sprig's `getBaseCertTemplate`: a random 128-bit serial, the common name as the subject,
/// the given DNS names and IP addresses, valid from now for `days` days; not a CA.
fn base_params(cn: &str, ips: &Value, dns: &Value, days: i64) -> Result<CertTemplate, String> {
    let ips = net_ips(ips)?;
    let dns = dns_names(dns)?;
    let mut params = rcgen::CertificateParams::default();
    let mut serial = random_bytes(16).map_err(|e| e.0)?;
    while serial.len() > 1 && serial[0] == 0 {
        serial.remove(0);
    }
    params.serial_number = Some(rcgen::SerialNumber::from_slice(&serial));
    // Go leaves an empty common name out of the Name.
    let mut dn = rcgen::DistinguishedName::new();
    let mut subject = vec![];
    if !cn.is_empty() {
        let (value, tag) = if go_printable(cn) {
            let printable = cn.try_into().map_err(|e: rcgen::Error| e.to_string())?;
            (rcgen::DnValue::PrintableString(printable), 0x13)
        } else {
            (rcgen::DnValue::Utf8String(cn.to_string()), 0x0c)
        };
        dn.push(rcgen::DnType::CommonName, value);
        let attribute = [der_oid(&[2, 5, 4, 3]), der(tag, cn.as_bytes())].concat();
        subject = der(0x31, &der(0x30, &attribute));
    }
    params.distinguished_name = dn;
    // Go's order: DNS names, then IP addresses (IPv4 in four bytes).
    let mut names = vec![];
    for d in dns {
        let name: rcgen::string::Ia5String = d
            .as_str()
            .try_into()
            .map_err(|e: rcgen::Error| e.to_string())?;
        names.extend(der(0x82, name.as_str().as_bytes()));
    }
    for ip in ips {
        let bytes = match ip {
            IpAddr::V4(v4) => v4.octets().to_vec(),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.octets().to_vec(),
                None => v6.octets().to_vec(),
            },
        };
        names.extend(der(0x87, &bytes));
    }
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now;
    params.not_after = now
        .checked_add(time::Duration::days(days))
        .ok_or("certificate validity out of range")?;
    // rcgen writes no extension of its own: `issue` writes Go's.
    params.is_ca = rcgen::IsCa::NoCa;
    Ok(CertTemplate {
        params,
        subject: der(0x30, &subject),
        is_ca: false,
        alt_names: (!names.is_empty()).then(|| der(0x30, &names)),
    })
}

/// The issuing CA's subject Name DER and subject key identifier, which Go's
/// `CreateCertificate` uses for the authority key identifier.
struct Parent {
    subject: Vec<u8>,
    key_id: Option<Vec<u8>>,
}

/// Go's `x509.CreateCertificate` for a template of Sprig's: the extensions Go writes, in its
/// order (key usage, extended key usage, basic constraints, subject key identifier of a CA,
/// authority key identifier when issued by another subject, subject alternative names), then
/// the certificate, signed by `issuer` (self-signed when `None`).
fn issue(
    mut t: CertTemplate,
    key: &Signer,
    issuer: Option<(&rcgen::Issuer<'_, Signer>, &Parent)>,
) -> Result<rcgen::Certificate, rcgen::Error> {
    use rcgen::PublicKeyData;
    let ext = |oid: &[u64], critical: bool, value: Vec<u8>| {
        let mut e = rcgen::CustomExtension::from_oid_content(oid, value);
        e.set_criticality(critical);
        e
    };
    // digitalSignature | keyEncipherment (| keyCertSign), as a BIT STRING without trailing
    // zero bits.
    let key_usage = if t.is_ca { [0x02, 0xa4] } else { [0x05, 0xa0] };
    let mut exts = vec![
        ext(OID_KEY_USAGE, true, der(0x03, &key_usage)),
        ext(
            OID_EXT_KEY_USAGE,
            false,
            der(
                0x30,
                &[
                    der_oid(&[1, 3, 6, 1, 5, 5, 7, 3, 1]),
                    der_oid(&[1, 3, 6, 1, 5, 5, 7, 3, 2]),
                ]
                .concat(),
            ),
        ),
        ext(
            OID_BASIC_CONSTRAINTS,
            true,
            der(0x30, if t.is_ca { &[0x01, 0x01, 0xff] } else { &[] }),
        ),
    ];
    if t.is_ca {
        // RFC 7093 method 1, Go's since 1.25: SHA-256 of the public key, first 160 bits.
        let hash = sha2::Sha256::digest(key.der_bytes());
        exts.push(ext(OID_SUBJECT_KEY_ID, false, der(0x04, &hash[..20])));
    }
    if let Some((_, parent)) = issuer {
        if let (Some(id), true) = (&parent.key_id, parent.subject != t.subject) {
            let value = der(0x30, &der(0x80, id));
            exts.push(ext(OID_AUTHORITY_KEY_ID, false, value));
        }
    }
    if let Some(names) = t.alt_names.take() {
        // Critical when the subject is empty (RFC 5280 4.2.1.6).
        let empty_subject = t.subject == [0x30, 0x00];
        exts.push(ext(OID_SUBJECT_ALT_NAME, empty_subject, names));
    }
    t.params.custom_extensions = exts;
    match issuer {
        Some((issuer, _)) => t.params.signed_by(key, issuer),
        None => t.params.self_signed(key),
    }
}

fn finish(cert: rcgen::Certificate, key: &PrivateKey) -> Result<Value, FuncError> {
    let key_pem = key
        .to_pem()
        .map_err(|e| FuncError::new(format!("error pem-encoding key: {e}")))?;
    Ok(Value::object(Certificate {
        cert: pem_encode("CERTIFICATE", cert.der()),
        key: key_pem,
    }))
}

fn self_signed(t: CertTemplate, key: &PrivateKey) -> Result<Value, FuncError> {
    let kp = key
        .to_rcgen()
        .map_err(|e| FuncError::new(format!("error creating certificate: {e}")))?;
    let cert = issue(t, &kp, None)
        .map_err(|e| FuncError::new(format!("error creating certificate: {e}")))?;
    finish(cert, key)
}

fn gen_ca(cn: &str, days: i64, key: PrivateKey) -> Result<Value, FuncError> {
    let mut t = base_params(cn, &Value::Nil, &Value::Nil, days).map_err(FuncError::new)?;
    t.is_ca = true;
    self_signed(t, &key)
}

fn gen_self_signed(
    cn: &str,
    ips: &Value,
    dns: &Value,
    days: i64,
    key: PrivateKey,
) -> Result<Value, FuncError> {
    let t = base_params(cn, ips, dns, days).map_err(FuncError::new)?;
    self_signed(t, &key)
}

fn gen_signed(
    cn: &str,
    ips: &Value,
    dns: &Value,
    days: i64,
    ca: &Certificate,
    key: PrivateKey,
) -> Result<Value, FuncError> {
    use x509_parser::extensions::ParsedExtension;
    let Some((_, ca_der)) = pem_decode(&ca.cert) else {
        return Err(FuncError::new("unable to decode certificate"));
    };
    let (_, parsed) = x509_parser::parse_x509_certificate(&ca_der).map_err(|e| {
        FuncError::new(format!(
            "error parsing certificate: decodedSignerCert.Bytes: {e}"
        ))
    })?;
    let parent = Parent {
        subject: parsed.subject().as_raw().to_vec(),
        key_id: parsed
            .extensions()
            .iter()
            .find_map(|e| match e.parsed_extension() {
                ParsedExtension::SubjectKeyIdentifier(id) => Some(id.0.to_vec()),
                _ => None,
            }),
    };
    let signer = PrivateKey::from_pem(&ca.key)
        .map_err(|e| FuncError::new(format!("error parsing private key: {e}")))?;
    let t = base_params(cn, ips, dns, days).map_err(FuncError::new)?;
    let signer_kp = signer
        .to_rcgen()
        .map_err(|e| FuncError::new(format!("error creating certificate: {e}")))?;
    let issuer = rcgen::Issuer::from_ca_cert_pem(&ca.cert, signer_kp)
        .map_err(|e| FuncError::new(format!("error creating certificate: {e}")))?;
    if let PrivateKey::Dsa(_) = key {
        return Err(FuncError::new(
            "error creating certificate: x509: unsupported public key type: *dsa.PublicKey",
        ));
    }
    let kp = key
        .to_rcgen()
        .map_err(|e| FuncError::new(format!("error creating certificate: {e}")))?;
    let cert = issue(t, &kp, Some((&issuer, &parent)))
        .map_err(|e| FuncError::new(format!("error creating certificate: {e}")))?;
    finish(cert, &key)
}

fn new_rsa_2048() -> Result<PrivateKey, FuncError> {
    PrivateKey::generate_rsa(2048)
        .map_err(|e| FuncError::new(format!("error generating rsa key: {e}")))
}

fn key_arg(v: &Value) -> Result<PrivateKey, FuncError> {
    PrivateKey::from_pem(s(v)).map_err(|e| FuncError::new(format!("parsing private key: {e}")))
}

fn build_custom_cert(b64cert: &str, b64key: &str) -> Result<Value, FuncError> {
    let cert = go_b64_decode(b64cert)
        .map_err(|_| FuncError::new("unable to decode base64 certificate"))?;
    let key =
        go_b64_decode(b64key).map_err(|_| FuncError::new("unable to decode base64 private key"))?;
    let cert = String::from_utf8_lossy(&cert).into_owned();
    let key = String::from_utf8_lossy(&key).into_owned();
    let Some((_, der)) = pem_decode(&cert) else {
        return Err(FuncError::new("unable to decode certificate"));
    };
    parse_cert_der(&der).map_err(|e| {
        FuncError::new(format!("error parsing certificate: decodedCert.Bytes: {e}"))
    })?;
    PrivateKey::from_pem(&key)
        .map_err(|e| FuncError::new(format!("error parsing private key: {e}")))?;
    Ok(Value::object(Certificate { cert, key }))
}

// ---------------------------------------------------------------------------------------------
// AES

type Aes256CbcEnc = cbc::Encryptor<aes::Aes256>;
type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

fn aes_key(password: &str) -> [u8; 32] {
    let mut key = [0u8; 32];
    let p = password.as_bytes();
    let n = p.len().min(32);
    key[..n].copy_from_slice(&p[..n]);
    key
}

/// Sprig's `encryptAES`: AES-256-CBC, PKCS#7 padding, random IV first, base64.
pub fn encrypt_aes(password: &str, plaintext: &str) -> Result<String, FuncError> {
    use cbc::cipher::{BlockModeEncrypt, KeyIvInit};
    if plaintext.is_empty() {
        return Ok(String::new());
    }
    let key = aes_key(password);
    let iv = random_bytes(16)?;
    let mut content = plaintext.as_bytes().to_vec();
    let pad = 16 - content.len() % 16;
    content.extend(std::iter::repeat_n(pad as u8, pad));
    let mut enc =
        Aes256CbcEnc::new_from_slices(&key, &iv).map_err(|e| FuncError::new(e.to_string()))?;
    let mut blocks: Vec<aes::Block> = content
        .chunks(16)
        .map(|c| aes::Block::try_from(c).expect("16-byte chunk"))
        .collect();
    enc.encrypt_blocks(&mut blocks);
    let mut out = iv;
    for b in &blocks {
        out.extend_from_slice(b);
    }
    Ok(B64.encode(out))
}

/// Sprig's `decryptAES`, including Go's panics for malformed input.
pub fn decrypt_aes(password: &str, crypt64: &str) -> Result<String, FuncError> {
    use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
    if crypt64.is_empty() {
        return Ok(String::new());
    }
    let key = aes_key(password);
    let crypt = go_b64_decode(crypt64).map_err(FuncError::new)?;
    if crypt.len() < 16 {
        return Err(FuncError::new(format!(
            "runtime error: slice bounds out of range [:16] with capacity {}",
            // DecodeString's buffer: DecodedLen of the input.
            crypt64.len() / 4 * 3
        )));
    }
    let (iv, body) = crypt.split_at(16);
    if body.len() % 16 != 0 {
        return Err(FuncError::new("crypto/cipher: input not full blocks"));
    }
    if body.is_empty() {
        return Err(FuncError::new("runtime error: index out of range [-1]"));
    }
    let mut dec =
        Aes256CbcDec::new_from_slices(&key, iv).map_err(|e| FuncError::new(e.to_string()))?;
    let mut blocks: Vec<aes::Block> = body
        .chunks(16)
        .map(|c| aes::Block::try_from(c).expect("16-byte chunk"))
        .collect();
    dec.decrypt_blocks(&mut blocks);
    let plain: Vec<u8> = blocks.iter().flat_map(|b| b.iter().copied()).collect();
    let pad = usize::from(plain[plain.len() - 1]);
    if pad > plain.len() {
        return Err(FuncError::new(format!(
            "runtime error: slice bounds out of range [:{}]",
            plain.len() as i64 - pad as i64
        )));
    }
    Ok(crate::gostr::from_bytes(&plain[..plain.len() - pad]).into_owned())
}

/// Go's `base64.StdEncoding.DecodeString`: line breaks are skipped, trailing bits are
/// allowed, and errors are `CorruptInputError` texts with offsets into the input.
fn go_b64_decode(input: &str) -> Result<Vec<u8>, String> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let kept: Vec<usize> = input
        .char_indices()
        .filter(|&(_, c)| c != '\n' && c != '\r')
        .map(|(i, _)| i)
        .collect();
    let clean: String = input.chars().filter(|&c| c != '\n' && c != '\r').collect();
    let engine = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
    );
    engine.decode(clean.as_bytes()).map_err(|e| {
        let at = match e {
            base64::DecodeError::InvalidByte(o, _)
            | base64::DecodeError::InvalidLastSymbol(o, _) => o,
            _ => match clean.find('=') {
                Some(p) => p,
                None => clean.len() / 4 * 4,
            },
        };
        let offset = kept.get(at).copied().unwrap_or(input.len());
        format!("illegal base64 data at input byte {offset}")
    })
}

// ---------------------------------------------------------------------------------------------
// Registration

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// The bytes of a string argument, including bytes that are not UTF-8.
fn raw(v: &Value) -> std::borrow::Cow<'_, [u8]> {
    crate::sprig::strings::go_string_bytes(v).unwrap_or_default()
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        _ => 0,
    }
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Int, String as Str};
    let list = || GoType::slice_of(GoType::Interface);
    let cert = || GoType::Named(CERT_TYPE);

    m.insert(Function::pure("sha1sum", vec![Str], None, |a| {
        Ok(Value::str(hex(&sha1::Sha1::digest(raw(&a[0])))))
    }));
    m.insert(Function::pure("sha256sum", vec![Str], None, |a| {
        Ok(Value::str(hex(&sha2::Sha256::digest(raw(&a[0])))))
    }));
    m.insert(Function::pure("sha512sum", vec![Str], None, |a| {
        Ok(Value::str(hex(&sha2::Sha512::digest(raw(&a[0])))))
    }));
    m.insert(Function::pure("adler32sum", vec![Str], None, |a| {
        Ok(Value::str(adler32(&raw(&a[0])).to_string()))
    }));
    m.insert(Function::pure("bcrypt", vec![Str], None, |a| {
        Ok(Value::str(bcrypt_hash(s(&a[0]))))
    }));
    m.insert(Function::pure("htpasswd", vec![Str, Str], None, |a| {
        Ok(Value::str(htpasswd(s(&a[0]), s(&a[1]))))
    }));
    // Go's parameter is a uint32; the template converts the counter to it.
    m.insert(Function::pure(
        "derivePassword",
        vec![Int, Str, Str, Str, Str],
        None,
        |a| {
            Ok(Value::str(derive_password(
                int(&a[0]) as u32,
                s(&a[1]),
                s(&a[2]),
                s(&a[3]),
                s(&a[4]),
            )))
        },
    ));
    m.insert(Function::pure("genPrivateKey", vec![Str], None, |a| {
        gen_private_key(s(&a[0])).map(Value::str)
    }));
    m.insert(Function::pure(
        "buildCustomCert",
        vec![Str, Str],
        None,
        |a| build_custom_cert(s(&a[0]), s(&a[1])),
    ));
    m.insert(Function::pure("genCA", vec![Str, Int], None, |a| {
        gen_ca(s(&a[0]), int(&a[1]), new_rsa_2048()?)
    }));
    m.insert(Function::pure(
        "genCAWithKey",
        vec![Str, Int, Str],
        None,
        |a| gen_ca(s(&a[0]), int(&a[1]), key_arg(&a[2])?),
    ));
    m.insert(Function::pure(
        "genSelfSignedCert",
        vec![Str, list(), list(), Int],
        None,
        |a| gen_self_signed(s(&a[0]), &a[1], &a[2], int(&a[3]), new_rsa_2048()?),
    ));
    m.insert(Function::pure(
        "genSelfSignedCertWithKey",
        vec![Str, list(), list(), Int, Str],
        None,
        |a| gen_self_signed(s(&a[0]), &a[1], &a[2], int(&a[3]), key_arg(&a[4])?),
    ));
    m.insert(Function::pure(
        "genSignedCert",
        vec![Str, list(), list(), Int, cert()],
        None,
        |a| {
            let ca = cert_arg(&a[4])?;
            gen_signed(s(&a[0]), &a[1], &a[2], int(&a[3]), &ca, new_rsa_2048()?)
        },
    ));
    m.insert(Function::pure(
        "genSignedCertWithKey",
        vec![Str, list(), list(), Int, cert(), Str],
        None,
        |a| {
            let ca = cert_arg(&a[4])?;
            gen_signed(s(&a[0]), &a[1], &a[2], int(&a[3]), &ca, key_arg(&a[5])?)
        },
    ));
    m.insert(Function::pure("encryptAES", vec![Str, Str], None, |a| {
        encrypt_aes(s(&a[0]), s(&a[1])).map(Value::str)
    }));
    m.insert(Function::pure("decryptAES", vec![Str, Str], None, |a| {
        decrypt_aes(s(&a[0]), s(&a[1])).map(Value::str)
    }));
    m.insert(Function::pure("randBytes", vec![Int], None, |a| {
        let n = int(&a[0]);
        if n < 0 {
            return Err(FuncError::new("runtime error: makeslice: len out of range"));
        }
        Ok(Value::str(B64.encode(random_bytes(n as usize)?)))
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::{call, field, text};

    #[test]
    fn checksums() {
        assert_eq!(text("adler32sum", &["".into()]), "1");
        assert_eq!(text("adler32sum", &["Wikipedia".into()]), "300286872");
        assert_eq!(
            text("sha256sum", &["{\"a\":1}".into()]),
            "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862"
        );
        assert_eq!(&text("sha1sum", &["x".into()])[..8], "11f6ad8e");
        assert_eq!(
            text("sha512sum", &["abc".into()]),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        let long = "a".repeat(100_000);
        let mut a = 1u64;
        let mut b = 0u64;
        for &x in long.as_bytes() {
            a = (a + u64::from(x)) % 65521;
            b = (b + a) % 65521;
        }
        assert_eq!(adler32(long.as_bytes()) as u64, (b << 16) | a);
    }

    #[test]
    fn bcrypt_and_htpasswd() {
        let h = text("bcrypt", &["abc".into()]);
        assert!(h.starts_with("$2a$10$"), "{h}");
        assert_eq!(h.len(), 60);
        assert!(bcrypt::verify("abc", &h).unwrap());
        assert!(!bcrypt::verify("abd", &h).unwrap());
        let hp = text("htpasswd", &["user".into(), "pass".into()]);
        let (user, hash) = hp.split_once(':').unwrap();
        assert_eq!(user, "user");
        assert!(hash.starts_with("$2a$10$"));
        assert!(bcrypt::verify("pass", hash).unwrap());
        assert_eq!(
            text("htpasswd", &["wrongus:er".into(), "x".into()]),
            "invalid username: wrongus:er"
        );
        assert_eq!(
            text("bcrypt", &["x".repeat(73).into()]),
            "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"
        );
    }

    // scrypt with N=32768 is slow in unoptimised test builds, so only a few cases run here.
    #[test]
    fn derive_password_matches_master_password() {
        let d = |c: i64, kind: &str| {
            text(
                "derivePassword",
                &[
                    Value::Int(c),
                    kind.into(),
                    "password".into(),
                    "user".into(),
                    "example.com".into(),
                ],
            )
        };
        assert_eq!(d(1, "long"), "ZedaFaxcZaso9*");
        assert_eq!(d(1, "pin"), "6685");
        assert_eq!(d(1, "bogus"), "cannot find password template bogus");
    }

    #[test]
    fn aes_round_trip() {
        let c = text("encryptAES", &["secretkey".into(), "plaintext".into()]);
        let raw = B64.decode(&c).unwrap();
        assert_eq!(raw.len(), 32);
        assert_eq!(
            text("decryptAES", &["secretkey".into(), c.as_str().into()]),
            "plaintext"
        );
        // The IV is random.
        assert_ne!(
            c,
            text("encryptAES", &["secretkey".into(), "plaintext".into()])
        );
        assert_eq!(text("encryptAES", &["k".into(), "".into()]), "");
        assert_eq!(text("decryptAES", &["k".into(), "".into()]), "");
        // A 16-byte message gets a full block of padding; keys beyond 32 bytes are cut.
        let long_key = "k".repeat(40);
        let c = text(
            "encryptAES",
            &[long_key.as_str().into(), "0123456789abcdef".into()],
        );
        assert_eq!(B64.decode(&c).unwrap().len(), 48);
        assert_eq!(
            text(
                "decryptAES",
                &["k".repeat(32).as_str().into(), c.as_str().into()]
            ),
            "0123456789abcdef"
        );
        assert_eq!(
            call("decryptAES", &["k".into(), "!!".into()])
                .unwrap_err()
                .0,
            "illegal base64 data at input byte 0"
        );
        assert_eq!(
            call(
                "decryptAES",
                &["k".into(), B64.encode([0u8; 20]).as_str().into()]
            )
            .unwrap_err()
            .0,
            "crypto/cipher: input not full blocks"
        );
    }

    #[test]
    fn rand_bytes() {
        let v = text("randBytes", &[Value::Int(24)]);
        assert_eq!(B64.decode(&v).unwrap().len(), 24);
        assert_eq!(text("randBytes", &[Value::Int(0)]), "");
    }

    #[test]
    fn pem_round_trip() {
        let der: Vec<u8> = (0..=255u8).collect();
        let pem = pem_encode("TEST", &der);
        assert!(pem.lines().all(|l| l.len() <= 64));
        assert!(pem.ends_with("-----END TEST-----\n"));
        assert_eq!(pem_decode(&pem), Some(("TEST".to_string(), der)));
        assert_eq!(pem_decode("garbage"), None);
    }

    #[test]
    fn ecdsa_and_ed25519_keys() {
        let k = text("genPrivateKey", &["ecdsa".into()]);
        assert!(
            k.starts_with("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI"),
            "{k}"
        );
        let (_, der) = pem_decode(&k).unwrap();
        let parsed = p256::SecretKey::from_sec1_der(&der).unwrap();
        assert_eq!(parsed.to_sec1_der().unwrap().as_slice(), der.as_slice());
        let k = text("genPrivateKey", &["ed25519".into()]);
        assert!(
            k.starts_with("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI"),
            "{k}"
        );
        let (_, der) = pem_decode(&k).unwrap();
        assert_eq!(der.len(), 48);
        assert_eq!(
            text("genPrivateKey", &["bogus".into()]),
            "Unknown type bogus"
        );
        // Re-encoding a parsed key gives the same text (Sprig re-marshals keys it is given).
        for kind in ["ecdsa", "ed25519"] {
            let k = text("genPrivateKey", &[kind.into()]);
            assert_eq!(PrivateKey::from_pem(&k).unwrap().to_pem().unwrap(), k);
        }
    }

    #[test]
    fn rsa_private_key_is_pkcs1_4096() {
        let k = text("genPrivateKey", &["rsa".into()]);
        assert!(k.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"), "{k}");
        assert!(k.ends_with("-----END RSA PRIVATE KEY-----\n"));
        let (_, der) = pem_decode(&k).unwrap();
        let key = rsa::PrivateKey::from_pkcs1_der(&der).unwrap();
        assert_eq!(rsa::traits::PublicKeyParts::size(&key) * 8, 4096);
        assert_eq!(PrivateKey::from_pem(&k).unwrap().to_pem().unwrap(), k);
    }

    #[test]
    fn miller_rabin() {
        let big = |hex: &str| {
            uint(
                &(0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect::<Vec<u8>>(),
                256,
            )
        };
        // 2^127 - 1 is prime; 2^128 + 1 and the Carmichael number 561 are not.
        assert!(probably_prime(&big("7fffffffffffffffffffffffffffffff"), 20).unwrap());
        assert!(!probably_prime(&big("0100000000000000000000000000000001"), 20).unwrap());
        assert!(!probably_prime(&BoxedUint::from(561u64).resize(256), 20).unwrap());
        assert!(probably_prime(&BoxedUint::from(1999u64).resize(256), 20).unwrap());
        assert!(probably_prime(&BoxedUint::from(2003u64).resize(256), 20).unwrap());
        assert!(!probably_prime(&BoxedUint::from(2003u64 * 2011).resize(256), 20).unwrap());
    }

    #[test]
    fn dsa_parameters_and_key() {
        // Small sizes keep the unoptimised test quick; genPrivateKey uses L=2048, N=256.
        let [p, q, g, y, x] = dsa_generate(512, 160).unwrap();
        assert_eq!(p.bit_width(), 512);
        assert_eq!(q.bit_width(), 160);
        assert!(probably_prime(&p, 20).unwrap());
        assert!(probably_prime(&q, 20).unwrap());
        let one = BoxedUint::one_with_precision(512);
        let qnz = NonZero::new(q.clone()).into_option().unwrap();
        assert_eq!(
            p.wrapping_sub(&one).rem_vartime(&qnz),
            BoxedUint::zero_with_precision(512)
        );
        assert_ne!(g, one);
        assert_eq!(mod_pow(&g, &q, &p), one);
        assert_eq!(mod_pow(&g, &x, &p), y);
        assert!(x < q);
        let der = dsa_key_der(&[p, q, g, y, x]);
        let pem = pem_encode("DSA PRIVATE KEY", &der);
        let Ok(PrivateKey::Dsa(back)) = PrivateKey::from_pem(&pem) else {
            panic!("DSA key does not parse back")
        };
        assert_eq!(back, der);
        // SEQUENCE { INTEGER 0, ... }
        assert_eq!(der[0], 0x30);
        let body_start = if der[1] & 0x80 != 0 {
            2 + usize::from(der[1] & 0x7f)
        } else {
            2
        };
        assert_eq!(&der[body_start..body_start + 3], &[0x02, 0x01, 0x00]);
        // Go's x509 cannot sign with DSA, so certificates fail as they do in Go.
        assert_eq!(
            call(
                "genSelfSignedCertWithKey",
                &["h".into(), Value::Nil, Value::Nil, Value::Int(1), pem.as_str().into()]
            )
            .unwrap_err()
            .0,
            "error creating certificate: x509: certificate private key does not implement crypto.Signer"
        );
    }

    #[test]
    fn dsa_private_key_is_l2048_n256() {
        let k = text("genPrivateKey", &["dsa".into()]);
        assert!(k.starts_with("-----BEGIN DSA PRIVATE KEY-----\n"), "{k}");
        assert_eq!(PrivateKey::from_pem(&k).unwrap().to_pem().unwrap(), k);
        let (_, der) = pem_decode(&k).unwrap();
        // SEQUENCE { INTEGER 0, INTEGER P (2048 bits: 257 bytes with the sign byte), ... }
        assert_eq!(&der[..2], &[0x30, 0x82]);
        assert_eq!(&der[4..7], &[0x02, 0x01, 0x00]);
        assert_eq!(&der[7..11], &[0x02, 0x82, 0x01, 0x01]);
    }

    #[test]
    fn key_parse_errors() {
        let err = |t: &str| PrivateKey::from_pem(t).err().unwrap();
        assert_eq!(err("nothing"), "no PEM data in input");
        assert_eq!(
            err(&pem_encode("CERTIFICATE", b"x")),
            "no private key data in PEM block of type CERTIFICATE"
        );
        assert_eq!(
            err(&pem_encode("FOO PRIVATE KEY", b"x")),
            "invalid private key type FOO PRIVATE KEY"
        );
        assert!(err(&pem_encode("RSA PRIVATE KEY", b"x"))
            .starts_with("parsing RSA private key from PEM: "));
    }

    fn parse_cert(pem: &str) -> (String, Vec<String>, bool) {
        let (kind, der) = pem_decode(pem).unwrap();
        assert_eq!(kind, "CERTIFICATE");
        let (_, c) = x509_parser::parse_x509_certificate(&der).unwrap();
        let cn = c
            .subject()
            .iter_common_name()
            .next()
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        let sans = c
            .subject_alternative_name()
            .unwrap()
            .map(|s| {
                s.value
                    .general_names
                    .iter()
                    .map(|g| g.to_string())
                    .collect()
            })
            .unwrap_or_default();
        let ca = c.is_ca();
        (cn, sans, ca)
    }

    #[test]
    fn certificates_with_given_keys() {
        let ek = text("genPrivateKey", &["ecdsa".into()]);
        let ca = call(
            "genCAWithKey",
            &["my-ca".into(), Value::Int(30), ek.as_str().into()],
        )
        .unwrap();
        let Value::Object(o) = &ca else { panic!() };
        assert_eq!(o.type_name(), "sprig.certificate");
        assert_eq!(o.kind(), "struct");
        assert_eq!(field(&ca, "Key"), ek);
        let (cn, _, is_ca) = parse_cert(&field(&ca, "Cert"));
        assert_eq!(cn, "my-ca");
        assert!(is_ca);

        let edk = text("genPrivateKey", &["ed25519".into()]);
        let ips = Value::list(vec!["127.0.0.1".into()]);
        let dns = Value::list(vec!["a.example".into()]);
        let c = call(
            "genSelfSignedCertWithKey",
            &[
                "host".into(),
                ips.clone(),
                dns.clone(),
                Value::Int(5),
                edk.as_str().into(),
            ],
        )
        .unwrap();
        assert_eq!(field(&c, "Key"), edk);
        let (cn, sans, is_ca) = parse_cert(&field(&c, "Cert"));
        assert_eq!(cn, "host");
        assert!(!is_ca);
        assert_eq!(sans.len(), 2);
        assert!(sans[0].contains("a.example"), "{sans:?}");
        assert_eq!(sans[1], "IPAddress(7f:00:00:01)");

        let signed = call(
            "genSignedCertWithKey",
            &[
                "svc".into(),
                Value::Nil,
                dns,
                Value::Int(5),
                ca.clone(),
                edk.as_str().into(),
            ],
        )
        .unwrap();
        assert_eq!(field(&signed, "Key"), edk);
        let (_, der) = pem_decode(&field(&signed, "Cert")).unwrap();
        let (_, parsed) = x509_parser::parse_x509_certificate(&der).unwrap();
        let (_, ca_der) = pem_decode(&field(&ca, "Cert")).unwrap();
        let (_, ca_parsed) = x509_parser::parse_x509_certificate(&ca_der).unwrap();
        assert_eq!(parsed.issuer(), ca_parsed.subject());

        let rebuilt = call(
            "buildCustomCert",
            &[
                B64.encode(field(&ca, "Cert")).as_str().into(),
                B64.encode(field(&ca, "Key")).as_str().into(),
            ],
        )
        .unwrap();
        assert_eq!(field(&rebuilt, "Cert"), field(&ca, "Cert"));
        assert_eq!(field(&rebuilt, "Key"), field(&ca, "Key"));
    }

    #[test]
    fn rsa_certificates() {
        let ca = call("genCA", &["ca".into(), Value::Int(30)]).unwrap();
        let key = field(&ca, "Key");
        assert!(key.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
        let Ok(PrivateKey::Rsa(k)) = PrivateKey::from_pem(&key) else {
            panic!("not an RSA key")
        };
        assert_eq!(rsa::traits::PublicKeyParts::size(k.as_ref()) * 8, 2048);
        let c = call(
            "genSignedCert",
            &[
                "svc".into(),
                Value::Nil,
                Value::list(vec!["svc".into()]),
                Value::Int(5),
                ca.clone(),
            ],
        )
        .unwrap();
        assert_ne!(field(&c, "Cert"), field(&ca, "Cert"));
        assert_ne!(field(&c, "Key"), key);
        let (cn, sans, is_ca) = parse_cert(&field(&c, "Cert"));
        assert_eq!((cn.as_str(), is_ca), ("svc", false));
        assert_eq!(sans, ["DNSName(svc)"]);
        let (_, der) = pem_decode(&field(&c, "Cert")).unwrap();
        let (_, parsed) = x509_parser::parse_x509_certificate(&der).unwrap();
        let (_, ca_der) = pem_decode(&field(&ca, "Cert")).unwrap();
        let (_, ca_parsed) = x509_parser::parse_x509_certificate(&ca_der).unwrap();
        assert_eq!(parsed.issuer(), ca_parsed.subject());
        assert_eq!(
            parsed.signature_algorithm.algorithm.to_id_string(),
            "1.2.840.113549.1.1.11"
        );
        // A PKCS#1 key given back is printed unchanged.
        let again = call(
            "genSelfSignedCertWithKey",
            &[
                "h".into(),
                Value::Nil,
                Value::Nil,
                Value::Int(1),
                key.as_str().into(),
            ],
        )
        .unwrap();
        assert_eq!(field(&again, "Key"), key);
        // Go signs with RSA keys of any size; so does this (ring alone refuses < 2048 bits).
        let small = PrivateKey::generate_rsa(1024).unwrap().to_pem().unwrap();
        let c = call(
            "genCAWithKey",
            &["small".into(), Value::Int(1), small.as_str().into()],
        )
        .unwrap();
        let (cn, _, is_ca) = parse_cert(&field(&c, "Cert"));
        assert_eq!((cn.as_str(), is_ca), ("small", true));
        let (_, der) = pem_decode(&field(&c, "Cert")).unwrap();
        let (_, parsed) = x509_parser::parse_x509_certificate(&der).unwrap();
        // ring (under x509-parser's own check) refuses small keys, so verify with `rsa`.
        let Ok(PrivateKey::Rsa(k)) = PrivateKey::from_pem(&small) else {
            panic!("not an RSA key")
        };
        use rsa::signature::Verifier;
        let vk = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(k.to_public_key());
        let sig = rsa::pkcs1v15::Signature::try_from(parsed.signature_value.as_ref()).unwrap();
        vk.verify(parsed.tbs_certificate.as_ref(), &sig).unwrap();
        assert!(vk.verify(b"other", &sig).is_err());
    }

    /// A 2048-bit key signs through ring, with the public key and the signature bytes the
    /// `rsa` crate gives (PKCS#1 v1.5 is deterministic), and the signature verifies.
    #[test]
    fn ring_and_rsa_sign_alike() {
        use rcgen::{PublicKeyData as _, SigningKey as _};
        let key = PrivateKey::generate_rsa(2048).unwrap();
        let fast = key.to_rcgen().unwrap();
        assert!(matches!(fast, Signer::Ring(_)), "ring takes a 2048-bit key");
        let PrivateKey::Rsa(k) = &key else {
            unreachable!()
        };
        let slow = Signer::Rsa(RsaSigner::new(k).unwrap());
        assert_eq!(fast.der_bytes(), slow.der_bytes());
        let msg = b"tbs certificate";
        let sig = fast.sign(msg).unwrap();
        assert_eq!(sig, slow.sign(msg).unwrap());
        use rsa::signature::Verifier;
        let vk = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(k.to_public_key());
        let s = rsa::pkcs1v15::Signature::try_from(sig.as_slice()).unwrap();
        vk.verify(msg, &s).unwrap();
    }

    #[test]
    fn certificate_errors() {
        assert_eq!(
            call("buildCustomCert", &["!".into(), "".into()])
                .unwrap_err()
                .0,
            "unable to decode base64 certificate"
        );
        assert_eq!(
            call(
                "buildCustomCert",
                &[B64.encode("x").as_str().into(), "".into()]
            )
            .unwrap_err()
            .0,
            "unable to decode certificate"
        );
        assert_eq!(
            call("genCAWithKey", &["x".into(), Value::Int(1), "nope".into()])
                .unwrap_err()
                .0,
            "parsing private key: no PEM data in input"
        );
        let k = text("genPrivateKey", &["ed25519".into()]);
        assert_eq!(
            call(
                "genSelfSignedCertWithKey",
                &[
                    "h".into(),
                    Value::list(vec!["1.2.3".into()]),
                    Value::Nil,
                    Value::Int(1),
                    k.as_str().into()
                ]
            )
            .unwrap_err()
            .0,
            "error parsing ip: 1.2.3"
        );
        assert_eq!(
            call(
                "genSelfSignedCertWithKey",
                &[
                    "h".into(),
                    Value::Nil,
                    Value::list(vec![Value::Int(3)]),
                    Value::Int(1),
                    k.as_str().into()
                ]
            )
            .unwrap_err()
            .0,
            "error processing alternate dns name: 3 is not a string"
        );
    }

    // -----------------------------------------------------------------------------------------
    // The keys and certificates against Go's: every RSA key is checked number by number, and
    // what these functions write has the shape of what helm 4.1.4 wrote for the same calls
    // (tests/data/helm4_sprig_crypto.pem), parsed the same way.

    const HELM: &str = include_str!("../../tests/data/helm4_sprig_crypto.pem");

    /// The PEM blocks of a text, whole.
    fn pem_blocks(text: &str) -> Vec<String> {
        let mut out = vec![];
        let mut rest = text;
        while let Some(start) = rest.find("-----BEGIN ") {
            let end_at = rest[start..].find("-----END ").expect("an END line") + start;
            let end = rest[end_at..].find('\n').expect("a newline") + end_at + 1;
            out.push(rest[start..end].to_string());
            rest = &rest[end..];
        }
        out
    }

    /// The (tag, length) of each element of a DER SEQUENCE.
    fn der_elements(der: &[u8]) -> Vec<(u8, usize)> {
        fn header(b: &[u8]) -> (u8, usize, usize) {
            let (tag, first) = (b[0], b[1] as usize);
            if first < 0x80 {
                return (tag, first, 2);
            }
            let n = first & 0x7f;
            let len = b[2..2 + n].iter().fold(0, |a, x| a << 8 | *x as usize);
            (tag, len, 2 + n)
        }
        let (tag, len, head) = header(der);
        assert_eq!((tag, head + len), (0x30, der.len()), "one SEQUENCE");
        let mut body = &der[head..];
        let mut out = vec![];
        while !body.is_empty() {
            let (tag, len, head) = header(body);
            out.push((tag, len));
            body = &body[head + len..];
        }
        out
    }

    use p256::elliptic_curve::bigint::ConcatenatingMul;

    fn big(bytes: &[u8]) -> BoxedUint {
        BoxedUint::from_be_slice_vartime(bytes)
    }

    /// A number's big-endian bytes without leading zeros (for comparing across precisions).
    fn be(v: &BoxedUint) -> Vec<u8> {
        let b = v.to_be_bytes_trimmed_vartime();
        b.iter().copied().skip_while(|x| *x == 0).collect()
    }

    fn modulo(a: &BoxedUint, m: &BoxedUint) -> BoxedUint {
        a.rem_vartime(&NonZero::new(m.clone()).into_option().expect("non-zero"))
    }

    /// Checks a PKCS#1 RSA private key number by number (n = p·q with p and q prime, e = 65537,
    /// e·d ≡ 1 mod p-1 and q-1, the CRT values) and describes its shape: bit sizes and the
    /// DER element tags (lengths vary with leading zero bytes).
    fn rsa_key_shape(der: &[u8]) -> Vec<String> {
        let k = rsa::pkcs1::RsaPrivateKeyRef::try_from(der).expect("PKCS#1 RSAPrivateKey");
        assert!(k.other_prime_infos.is_none(), "two primes");
        let [n, e, d, p, q, dp, dq, qinv] = [
            k.modulus,
            k.public_exponent,
            k.private_exponent,
            k.prime1,
            k.prime2,
            k.exponent1,
            k.exponent2,
            k.coefficient,
        ]
        .map(|u| big(u.as_bytes()));
        let one = vec![1u8];
        assert_eq!(be(&n), be(&p.concatenating_mul(&q)), "n = p·q");
        assert_eq!(be(&e), be(&BoxedUint::from(65537u64)));
        for (prime, exp) in [(&p, &dp), (&q, &dq)] {
            let minus_1 = prime.wrapping_sub(BoxedUint::one());
            assert!(crypto_primes::is_prime(crypto_primes::Flavor::Any, prime));
            assert_eq!(
                be(&modulo(&e.concatenating_mul(&d), &minus_1)),
                one,
                "e·d ≡ 1 mod p-1"
            );
            assert_eq!(be(exp), be(&modulo(&d, &minus_1)), "d mod p-1");
        }
        assert_eq!(
            be(&modulo(&qinv.concatenating_mul(&q), &p)),
            one,
            "q·qinv ≡ 1 mod p"
        );
        let tags: Vec<u8> = der_elements(der).iter().map(|(t, _)| *t).collect();
        vec![
            format!(
                "n {} bits, p {} bits, q {} bits",
                n.bit_width(),
                p.bit_width(),
                q.bit_width()
            ),
            format!("elements {tags:02x?}"),
        ]
    }

    /// A private key PEM's type and shape.
    fn key_shape(pem: &str) -> Vec<String> {
        let (kind, der) = pem_decode(pem).expect("PEM");
        let mut out = vec![kind.clone()];
        match kind.as_str() {
            "RSA PRIVATE KEY" => out.extend(rsa_key_shape(&der)),
            _ => out.push(format!("elements {:02x?}", der_elements(&der))),
        }
        out
    }

    /// A certificate's fields, without the values that differ on every call (serial, times,
    /// keys, signature), which are reduced to their sizes.
    fn cert_shape(pem: &str) -> Vec<String> {
        use x509_parser::extensions::ParsedExtension;
        let (kind, der) = pem_decode(pem).expect("PEM");
        let (_, c) = x509_parser::parse_x509_certificate(&der).expect("a certificate");
        let tbs = &c.tbs_certificate;
        let spki = tbs.subject_pki.parsed().expect("a public key");
        let mut out = vec![
            kind,
            format!("version {}", tbs.version.0),
            format!("serial at most 128 bits: {}", tbs.serial.bits() <= 128),
            format!(
                "signature {}",
                c.signature_algorithm.algorithm.to_id_string()
            ),
            format!("issuer {} subject {}", tbs.issuer, tbs.subject),
            format!(
                "string types {:?} {:?}",
                tbs.issuer
                    .iter_attributes()
                    .map(|a| a.attr_value().tag())
                    .collect::<Vec<_>>(),
                tbs.subject
                    .iter_attributes()
                    .map(|a| a.attr_value().tag())
                    .collect::<Vec<_>>()
            ),
            format!(
                "valid for {} s",
                (tbs.validity.not_after - tbs.validity.not_before)
                    .expect("an interval")
                    .whole_seconds()
            ),
            format!(
                "key {} {} bits",
                tbs.subject_pki.algorithm.algorithm.to_id_string(),
                spki.key_size()
            ),
        ];
        for ext in tbs.extensions() {
            let value = match ext.parsed_extension() {
                ParsedExtension::SubjectKeyIdentifier(id) => format!("{} bytes", id.0.len()),
                ParsedExtension::AuthorityKeyIdentifier(a) => format!(
                    "key id {:?} bytes, issuer {:?}, serial {:?}",
                    a.key_identifier.as_ref().map(|k| k.0.len()),
                    a.authority_cert_issuer,
                    a.authority_cert_serial
                ),
                // The rest do not vary between calls: compare their encodings.
                _ => format!("{:02x?}", ext.value),
            };
            out.push(format!(
                "extension {} critical {}: {value}",
                ext.oid.to_id_string(),
                ext.critical
            ));
        }
        out
    }

    #[test]
    fn generated_rsa_keys_are_valid() {
        for bits in [2048, 4096, 1024] {
            let pem = PrivateKey::generate_rsa(bits).unwrap().to_pem().unwrap();
            let shape = key_shape(&pem);
            let half = bits / 2;
            assert_eq!(
                shape[1],
                format!("n {bits} bits, p {half} bits, q {half} bits")
            );
        }
    }

    #[test]
    fn same_shapes_as_helm() {
        let helm = pem_blocks(HELM);
        assert_eq!(helm.len(), 9);
        let ca = call("genCA", &["fixture-ca".into(), Value::Int(365)]).unwrap();
        let list = |s: &str| Value::list(vec![s.into()]);
        let selfsigned = call(
            "genSelfSignedCert",
            &[
                "fixture".into(),
                list("10.0.0.1"),
                list("a.example"),
                Value::Int(365),
            ],
        )
        .unwrap();
        let signed = call(
            "genSignedCert",
            &[
                "svc".into(),
                list("10.0.0.2"),
                list("svc.example"),
                Value::Int(365),
                ca.clone(),
            ],
        )
        .unwrap();
        let mut ours = vec![];
        for c in [&ca, &selfsigned, &signed] {
            ours.push(field(c, "Cert"));
            ours.push(field(c, "Key"));
        }
        for kind in ["rsa", "ecdsa", "ed25519"] {
            ours.push(text("genPrivateKey", &[kind.into()]));
        }
        for (i, (h, o)) in helm.iter().zip(&ours).enumerate() {
            let shape = if i < 6 && i % 2 == 0 {
                cert_shape
            } else {
                key_shape
            };
            assert_eq!(shape(o), shape(h), "block {i}:\n{o}");
        }
        // The signed certificate names the CA's key as its authority.
        let key_id = |pem: &str, authority: bool| {
            let (_, der) = pem_decode(pem).unwrap();
            let (_, c) = x509_parser::parse_x509_certificate(&der).unwrap();
            c.extensions()
                .iter()
                .find_map(|e| match e.parsed_extension() {
                    x509_parser::extensions::ParsedExtension::SubjectKeyIdentifier(id)
                        if !authority =>
                    {
                        Some(id.0.to_vec())
                    }
                    x509_parser::extensions::ParsedExtension::AuthorityKeyIdentifier(a)
                        if authority =>
                    {
                        a.key_identifier.as_ref().map(|k| k.0.to_vec())
                    }
                    _ => None,
                })
                .unwrap()
        };
        assert_eq!(key_id(&ours[4], true), key_id(&ours[0], false));
        assert_eq!(key_id(&helm[4], true), key_id(&helm[0], false));
    }
}
