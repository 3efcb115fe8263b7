//! `rhelm version`: rhelm's own version in helm's layout (`version.BuildInfo{…}`, `--short`,
//! `--template` over the same fields).

use std::collections::BTreeMap;

use clap::Args;

use super::{out, Ctx};

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// print the version number
    #[arg(long)]
    short: bool,
    /// template for version string format
    #[arg(long, default_value = "")]
    template: String,
    #[arg(hide = true)]
    extra: Vec<String>,
}

/// The build's facts, as Helm's `version.BuildInfo` names them.
fn build_info() -> Vec<(&'static str, String)> {
    vec![
        ("Version", format!("v{}", env!("CARGO_PKG_VERSION"))),
        ("GitCommit", env!("RHELM_GIT_COMMIT").to_string()),
        ("GitTreeState", env!("RHELM_GIT_TREE_STATE").to_string()),
        // The compiler rhelm was built with, where helm names its Go.
        ("GoVersion", env!("RHELM_RUSTC_VERSION").to_string()),
        ("KubeClientVersion", "v1.33".to_string()),
    ]
}

pub fn run(_ctx: &Ctx, a: VersionArgs) -> anyhow::Result<()> {
    if !a.extra.is_empty() {
        anyhow::bail!("\"rhelm version\" accepts no arguments\n\nUsage:  rhelm version [flags]");
    }
    let info = build_info();
    if !a.template.is_empty() {
        let data: BTreeMap<String, gotemplate::Value> = info
            .iter()
            .map(|(k, v)| (k.to_string(), gotemplate::Value::from(v.as_str())))
            .collect();
        let mut set = gotemplate::Templates::new("_", gotemplate::FuncMap::new());
        set.parse("_", &a.template)?;
        let text = set.execute("_", &gotemplate::Value::map(data))?;
        return out(text.as_bytes());
    }
    let line = if a.short {
        let version = &info[0].1;
        let commit = &info[1].1;
        if commit.len() >= 7 {
            format!("{version}+g{}", &commit[..7])
        } else {
            version.clone()
        }
    } else {
        let fields: Vec<String> = info
            .iter()
            .map(|(k, v)| format!("{k}:{}", gostd::strconv::quote(v)))
            .collect();
        format!("version.BuildInfo{{{}}}", fields.join(", "))
    };
    out(format!("{line}\n").as_bytes())
}
