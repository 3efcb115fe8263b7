//! `rhelm verify PATH`: checks a chart archive against its provenance file (`PATH.prov`) and
//! the keyring, and prints who signed it, as `helm verify` does.

use std::path::{Path, PathBuf};

use clap::Args;

/// The description `verify --help` shows.
pub const LONG_ABOUT: &str = "\nVerify that the given chart has a valid provenance file.\n\nProvenance files provide cryptographic verification that a chart has not been\ntampered with, and was packaged by a trusted provider.\n\nThis command can be used to verify a local chart. Several other commands provide\n'--verify' flags that run the same validation. To generate a signed package, use\nthe 'helm package --sign' command.\n";

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[arg(value_name = "PATH")]
    args: Vec<String>,
    /// keyring containing public keys
    // Helm's default (`$GNUPGHOME/pubring.gpg`, else `~/.gnupg/pubring.gpg`) is shown by help.
    #[arg(long)]
    keyring: Option<String>,
}

pub fn run(a: VerifyArgs) -> anyhow::Result<()> {
    let [path] = a.args.as_slice() else {
        anyhow::bail!("\"rhelm verify\" requires 1 argument\n\nUsage:  rhelm verify PATH [flags]");
    };
    let prov = PathBuf::from(format!("{path}.prov"));
    let keyring = super::flags::keyring_path(a.keyring.as_deref());
    let v = crate::chart::provenance::verify_chart(Path::new(path), &prov, &keyring)?;
    super::out(v.report().as_bytes())
}
