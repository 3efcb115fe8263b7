//! Provenance files (`CHART-VERSION.tgz.prov`, Helm's `pkg/provenance`): an OpenPGP
//! clear-signed message holding the chart's `Chart.yaml`, a `...` line, and a YAML `files:` map
//! from the archive's file name to its `sha256:` digest. A chart verifies when the signature
//! was made by a key of the keyring (a GnuPG legacy keyring file, binary or armored) and the
//! archive's digest is the one listed for its file name. Error texts are Helm's (Go's
//! `go-crypto` and `os` texts included), since scripts match on them.

use std::path::{Path, PathBuf};

use pgp::composed::{CleartextSignedMessage, Deserializable, SignedPublicKey};
use pgp::crypto::public_key::PublicKeyAlgorithm;
use pgp::types::{Fingerprint, KeyDetails, KeyId};

use super::loader::go_io_error;
use super::repo::sha256_hex;

/// A failed verification, with Helm's text.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ProvenanceError(String);

fn err(s: impl Into<String>) -> ProvenanceError {
    ProvenanceError(s.into())
}

/// What a verified chart was signed by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// The user IDs of the signing key (`Name <email>`).
    pub signed_by: Vec<String>,
    /// The primary key's fingerprint, upper-case hex.
    pub fingerprint: String,
    /// `sha256:<hex>` of the archive.
    pub file_hash: String,
    /// The archive's file name, as the provenance file names it.
    pub file_name: String,
}

impl Verification {
    /// The lines `helm pull --verify` and `helm verify` print.
    pub fn report(&self) -> String {
        let mut s = String::new();
        for id in &self.signed_by {
            s.push_str(&format!("Signed by: {id}\n"));
        }
        s.push_str(&format!(
            "Using Key With Fingerprint: {}\n",
            self.fingerprint
        ));
        s.push_str(&format!("Chart Hash Verified: {}\n", self.file_hash));
        s
    }
}

/// Helm's `defaultKeyring`: `$GNUPGHOME/pubring.gpg`, else `~/.gnupg/pubring.gpg`.
pub fn default_keyring() -> PathBuf {
    match std::env::var_os("GNUPGHOME") {
        Some(dir) => Path::new(&dir).join("pubring.gpg"),
        None => Path::new(&std::env::var_os("HOME").unwrap_or_default())
            .join(".gnupg")
            .join("pubring.gpg"),
    }
}

/// The public keys of a keyring file. Keys the OpenPGP library cannot read (unknown
/// algorithms, GnuPG trust packets around them) are skipped, as Go's `ReadKeyRing` skips
/// unsupported keys; a file with nothing readable gives the reader's error.
pub fn load_keyring(path: &Path) -> Result<Vec<SignedPublicKey>, ProvenanceError> {
    let data = std::fs::read(path).map_err(|e| {
        err(format!(
            "failed to load keyring: {}",
            go_io_error("open", path, &e)
        ))
    })?;
    if data.is_empty() {
        return Ok(Vec::new());
    }
    let (keys, _) = SignedPublicKey::from_reader_many(&data[..]).map_err(|e| {
        err(format!(
            "failed to load keyring: openpgp: invalid data: {e}"
        ))
    })?;
    let mut found = Vec::new();
    let mut first_error = None;
    for k in keys {
        match k {
            Ok(k) => found.push(k),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    match first_error {
        Some(e) if found.is_empty() => Err(err(format!(
            "failed to load keyring: openpgp: invalid data: {e}"
        ))),
        _ => Ok(found),
    }
}

/// Helm's `Signatory.Verify`: the provenance of `archive` (saved as `file_name`) checked
/// against `keyring`.
pub fn verify(
    archive: &[u8],
    prov: &[u8],
    file_name: &str,
    keyring: &[SignedPublicKey],
) -> Result<Verification, ProvenanceError> {
    let text = String::from_utf8_lossy(prov);
    let Some(start) = text.find("-----BEGIN PGP SIGNED MESSAGE-----") else {
        return Err(err("signature block not found"));
    };
    let (msg, _) = CleartextSignedMessage::from_string(&text[start..])
        .map_err(|_| err("signature block not found"))?;
    let signer = check_signature(&msg, keyring)?;
    let sum = format!("sha256:{}", sha256_hex(archive));
    let plain = msg.signed_text().replace("\r\n", "\n");
    let files = parse_message_block(&plain)?;
    match files.iter().find(|(name, _)| name == file_name) {
        None => Err(err(format!(
            "provenance does not contain a SHA for a file named {}",
            gostd::strconv::quote(file_name)
        ))),
        Some((_, sha)) if *sha != sum => Err(err(format!(
            "sha256 sum does not match for {file_name}: {} != {}",
            gostd::strconv::quote(sha),
            gostd::strconv::quote(&sum)
        ))),
        Some(_) => Ok(Verification {
            signed_by: signer
                .details
                .users
                .iter()
                .map(|u| String::from_utf8_lossy(u.id.id()).into_owned())
                .collect(),
            fingerprint: format!("{:X}", signer.fingerprint()),
            file_hash: sum,
            file_name: file_name.to_string(),
        }),
    }
}

/// Go's `CheckDetachedSignature`: the key named by a signature's issuer must be in the
/// keyring (else `signature made by unknown entity`), and the signature must verify with it.
fn check_signature<'k>(
    msg: &CleartextSignedMessage,
    keyring: &'k [SignedPublicKey],
) -> Result<&'k SignedPublicKey, ProvenanceError> {
    let signed = msg.signed_text();
    let mut failure = None;
    for sig in msg.signatures() {
        // None when the key is not the issuer, else whether the signature verifies.
        let check = |key: &dyn Fn() -> (KeyId, Fingerprint), verify: &dyn Fn() -> bool| {
            let (id, fp) = key();
            let named = sig.issuer_key_id().iter().any(|i| **i == id)
                || sig.issuer_fingerprint().iter().any(|f| **f == fp);
            named.then(verify)
        };
        for entity in keyring {
            let pk = &entity.primary_key;
            let mut results = vec![(
                check(&|| (pk.legacy_key_id(), pk.fingerprint()), &|| {
                    sig.verify(pk, signed.as_bytes()).is_ok()
                }),
                pk.algorithm(),
            )];
            for sub in &entity.public_subkeys {
                let k = &sub.key;
                results.push((
                    check(&|| (k.legacy_key_id(), k.fingerprint()), &|| {
                        sig.verify(k, signed.as_bytes()).is_ok()
                    }),
                    k.algorithm(),
                ));
            }
            for (result, algorithm) in results {
                match result {
                    Some(true) => return Ok(entity),
                    Some(false) => {
                        failure.get_or_insert_with(|| {
                            format!(
                                "openpgp: invalid signature: {} verification failure",
                                algorithm_name(algorithm)
                            )
                        });
                    }
                    None => {}
                }
            }
        }
    }
    Err(err(failure.unwrap_or_else(|| {
        "openpgp: signature made by unknown entity".to_string()
    })))
}

/// The algorithm name go-crypto puts in its verification failures.
fn algorithm_name(algorithm: PublicKeyAlgorithm) -> &'static str {
    use PublicKeyAlgorithm as A;
    match algorithm {
        A::RSA | A::RSASign | A::RSAEncrypt => "RSA",
        A::DSA => "DSA",
        A::ECDSA => "ECDSA",
        A::EdDSALegacy | A::Ed25519 => "EdDSA",
        A::Ed448 => "ed448",
        _ => "signature",
    }
}

/// Helm's `parseMessageBlock`: the `files:` map after the `...` line.
fn parse_message_block(plain: &str) -> Result<Vec<(String, String)>, ProvenanceError> {
    let Some((_, sums)) = plain.split_once("\n...\n") else {
        return Err(err("message block must have at least two parts"));
    };
    // Only the part up to a further separator is the sums document, as in Go's split.
    let sums = sums.split("\n...\n").next().unwrap_or(sums);
    let value = goyaml::from_str(sums).map_err(|e| err(e.to_string()))?;
    let files = value
        .get("files")
        .and_then(|f| f.as_object())
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default();
    Ok(files)
}

/// Helm's `VerifyChart`: the archive at `path` (a `.tgz` file) checked against the provenance
/// file `prov` and the keys of `keyring`.
pub fn verify_chart(
    path: &Path,
    prov: &Path,
    keyring: &Path,
) -> Result<Verification, ProvenanceError> {
    match std::fs::metadata(path) {
        Err(e) => return Err(err(go_io_error("stat", path, &e))),
        Ok(m) if m.is_dir() => return Err(err("unpacked charts cannot be verified")),
        Ok(_) if !is_tgz(path) => return Err(err("chart must be a tgz file")),
        Ok(_) => {}
    }
    if let Err(e) = std::fs::metadata(prov) {
        return Err(err(format!(
            "could not load provenance file {}: {}",
            prov.display(),
            go_io_error("stat", prov, &e)
        )));
    }
    let keys = load_keyring(keyring)?;
    let archive = std::fs::read(path).map_err(|e| {
        err(format!(
            "failed to read chart archive: {}",
            go_io_error("open", path, &e)
        ))
    })?;
    let prov_data = std::fs::read(prov).map_err(|e| {
        err(format!(
            "failed to read provenance file: {}",
            go_io_error("open", prov, &e)
        ))
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    verify(&archive, &prov_data, &name, &keys)
}

/// Helm's `isTar`: the extension `.tgz`, in any case.
fn is_tgz(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tgz"))
}
