//! The `helm status` / `helm get all` text layout (Helm 4 `statusPrinter.WriteTable`).

use std::fmt::Write as _;

use crate::chart::coalesce::coalesce_stored;
use crate::chart::values::sorted;
use crate::release::Release;

/// Options of the status layout.
#[derive(Clone, Copy, Debug, Default)]
pub struct StatusOptions {
    /// Print values, hooks and manifest (`--debug`, always for `get all`).
    pub debug: bool,
    /// Print chart name, version and app version (`get all`).
    pub show_metadata: bool,
    /// Colour the namespace and status (Helm 4 on a terminal).
    pub color: bool,
    /// Leave out NOTES (`--hide-notes` of install and upgrade).
    pub hide_notes: bool,
}

fn yaml(v: &serde_json::Value) -> String {
    goyaml::to_string(&crate::release::gojson::go_numbers(v))
}

/// Renders the status text. `resources` is the already formatted RESOURCES block body, if any.
pub fn render(rel: &Release, resources: Option<&str>, opts: StatusOptions) -> String {
    let mut out = String::new();
    let info = rel.info.clone().unwrap_or_default();
    let _ = writeln!(out, "NAME: {}", rel.name);
    if !info.last_deployed.is_zero() {
        let _ = writeln!(out, "LAST DEPLOYED: {}", info.last_deployed.time().ansic());
    }
    let _ = writeln!(
        out,
        "NAMESPACE: {}",
        super::color::namespace(&rel.namespace, opts.color)
    );
    let _ = writeln!(
        out,
        "STATUS: {}",
        super::color::status(&info.status, opts.color)
    );
    let _ = writeln!(out, "REVISION: {}", rel.version);
    if opts.show_metadata {
        let md = rel.metadata().cloned().unwrap_or_default();
        let _ = writeln!(out, "CHART: {}", md.name);
        let _ = writeln!(out, "VERSION: {}", md.version);
        let _ = writeln!(out, "APP_VERSION: {}", md.app_version);
    }
    let _ = writeln!(out, "DESCRIPTION: {}", info.description);
    if let Some(res) = resources {
        let _ = writeln!(out, "RESOURCES:\n{res}");
    }
    let tests: Vec<_> = rel
        .hooks
        .iter()
        .filter(|h| h.events.iter().any(|e| e == "test"))
        .collect();
    if tests.is_empty() {
        out.push_str("TEST SUITE: None\n");
    } else {
        for h in tests {
            if h.last_run.started_at.is_zero() {
                continue;
            }
            let _ = writeln!(out, "TEST SUITE:     {}", h.name);
            let _ = writeln!(
                out,
                "Last Started:   {}",
                h.last_run.started_at.time().ansic()
            );
            let _ = writeln!(
                out,
                "Last Completed: {}",
                h.last_run.completed_at.time().ansic()
            );
            let _ = writeln!(out, "Phase:          {}", h.last_run.phase);
        }
    }
    if opts.debug {
        let config = match &rel.config {
            Some(c) => serde_json::Value::Object(c.clone()),
            None => serde_json::Value::Null,
        };
        let _ = writeln!(out, "USER-SUPPLIED VALUES:");
        out.push_str(&yaml(&sorted(&config)));
        out.push('\n');
        let computed = coalesce_stored(
            rel.metadata().map_or("", |m| m.name.as_str()),
            rel.chart.as_ref().and_then(|c| c.values.as_ref()),
            rel.config.as_ref(),
        )
        .values;
        let _ = writeln!(out, "COMPUTED VALUES:");
        out.push_str(&yaml(&sorted(&serde_json::Value::Object(computed))));
        out.push('\n');
    }
    if info.description.eq_ignore_ascii_case("Dry run complete") || opts.debug {
        out.push_str("HOOKS:\n");
        out.push_str(&crate::release::manifest::hooks_text(&rel.hooks));
        let _ = writeln!(out, "MANIFEST:\n{}", rel.manifest);
    }
    if !opts.hide_notes && !info.notes.is_empty() {
        let _ = writeln!(out, "NOTES:\n{}", info.notes.trim());
    }
    out
}
