//! `rhelm push CHART.tgz oci://HOST/PATH`: uploads a chart archive (and its `.prov` beside it)
//! to an OCI registry as `HOST/PATH/<name>:<version>`, with Helm's manifest, so helm pulls it.

use anyhow::bail;
use clap::Args;

use super::flags::{print_log, RegistryTlsFlags};
use super::Ctx;
use crate::chart::repo::oci::{self, Reference, Registry};

/// The description `push --help` shows.
pub const LONG_ABOUT: &str = "\nUpload a chart to a registry.\n\nIf the chart has an associated provenance file,\nit will also be uploaded.\n";

#[derive(Debug, Args)]
pub struct PushArgs {
    /// [chart] [remote]
    #[arg(value_name = "ARGS")]
    args: Vec<String>,
    #[command(flatten)]
    registry: RegistryTlsFlags,
    /// skip tls certificate checks for the chart upload
    #[arg(long = "insecure-skip-tls-verify")]
    insecure_skip_tls_verify: bool,
    /// chart repository username where to locate the requested chart
    #[arg(long, default_value = "")]
    username: String,
    /// chart repository password where to locate the requested chart
    #[arg(long, default_value = "")]
    password: String,
}

pub async fn run(ctx: &Ctx, a: PushArgs) -> anyhow::Result<()> {
    if a.args.len() < 2 {
        bail!(
            "\"rhelm push\" requires at least 2 arguments\n\nUsage:  rhelm push [chart] [remote] [flags]"
        );
    }
    let (chart_ref, remote) = (&a.args[0], &a.args[1]);
    // Helm's ChartUploader: the remote needs a scheme, and only oci:// has a pusher.
    let Some(rest) = remote.strip_prefix(oci::SCHEME_PREFIX) else {
        if remote.contains("://") {
            let scheme = remote.split("://").next().unwrap_or("");
            bail!("scheme {scheme:?} not supported");
        }
        if remote.contains(':') && !remote.starts_with(':') {
            bail!("invalid chart URL format: {remote}");
        }
        bail!("scheme prefix missing from remote (e.g. \"oci://\")");
    };
    let path = std::path::Path::new(chart_ref);
    let meta = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!("{chart_ref}: no such file"),
        Err(e) => bail!("cannot read {chart_ref}: {e}"),
        Ok(m) if m.is_dir() => bail!("cannot push directory, must provide chart archive (.tgz)"),
        Ok(_) => std::fs::read(path)?,
    };
    let chart = crate::chart::loader::load_archive(&meta)?;
    let prov_path = format!("{chart_ref}.prov");
    let prov = std::fs::read(&prov_path).ok();
    let target = format!(
        "{}/{}:{}",
        rest.trim_end_matches('/'),
        chart.metadata.name,
        chart.metadata.version
    );
    let reference = Reference::parse(&target)?;
    let settings = oci::Settings {
        tls: a.registry.tls(a.insecure_skip_tls_verify),
        plain_http: a.registry.plain_http,
        username: a.username,
        password: a.password,
        registry_config: super::env::registry_config(&ctx.global),
    };
    let reg = Registry::new(&reference.registry, &settings)
        .map_err(|e| anyhow::anyhow!("missing registry client: {e}"))?;
    let created = oci::created_time(path);
    let pushed = oci::push(
        &reg,
        &reference,
        &chart.metadata,
        &meta,
        prov.as_deref(),
        &created,
    )
    .await?;
    print_log(&pushed.log);
    Ok(())
}
