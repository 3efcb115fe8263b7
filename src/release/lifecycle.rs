//! Moving a record through Helm's statuses.

use super::{Info, Release, Status};

impl Release {
    /// The record's status, parsed (`None` for a status this version does not know).
    pub fn state(&self) -> Option<Status> {
        Status::parse(self.status())
    }

    /// Sets the status, and the description when given.
    pub fn set_status(&mut self, status: Status, description: Option<String>) {
        let info = self.info.get_or_insert_with(Info::default);
        info.status = status.as_str().to_string();
        if let Some(d) = description {
            info.description = d;
        }
    }

    /// The record's description (`""` when there is no info).
    pub fn description(&self) -> &str {
        self.info.as_ref().map_or("", |i| i.description.as_str())
    }

    /// The description on one line: at most its first two lines, joined by `; ` (a failure's
    /// description can hold a long explanation written by an older client).
    pub fn short_description(&self) -> String {
        let mut lines = self.description().lines().filter(|l| !l.trim().is_empty());
        let mut out: Vec<&str> = lines.by_ref().take(2).map(str::trim_end).collect();
        if lines.next().is_some() {
            out.push("…");
        }
        out.join("; ")
    }

    /// A revision that was deployed successfully: deployed now, or superseded later by a newer
    /// one, and not described as a failure (Helm marks the current record superseded even when
    /// a rollback away from a failed revision fails).
    pub fn deployed_successfully(&self) -> bool {
        matches!(self.state(), Some(Status::Deployed | Status::Superseded))
            && !self.description().contains(" failed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_set_and_read_typed() {
        let mut r = Release::default();
        assert_eq!(r.state(), None);
        r.set_status(Status::PendingUpgrade, Some("Preparing upgrade".into()));
        assert_eq!(r.state(), Some(Status::PendingUpgrade));
        assert_eq!(r.description(), "Preparing upgrade");
        r.set_status(Status::Deployed, None);
        assert_eq!(r.status(), "deployed");
        assert_eq!(r.description(), "Preparing upgrade");
        assert!(r.deployed_successfully());
        r.set_status(
            Status::Superseded,
            Some("Upgrade \"x\" failed: boom".into()),
        );
        assert!(!r.deployed_successfully());
        assert_eq!(r.short_description(), "Upgrade \"x\" failed: boom");
        r.set_status(
            Status::Failed,
            Some("Release \"x\" failed: resource Deployment/n/x not ready. status: InProgress, message: Available: 0/1\ncontext deadline exceeded".into()),
        );
        assert_eq!(
            r.short_description(),
            "Release \"x\" failed: resource Deployment/n/x not ready. status: InProgress, message: Available: 0/1; context deadline exceeded"
        );
        r.set_status(
            Status::Failed,
            Some("Release \"x\" failed: resources cannot become ready:\nDeployment/x is not ready: 0/1 replicas ready\n  pod x-1: Unschedulable: 0/1 nodes\n  recent events:\n".into()),
        );
        assert_eq!(
            r.short_description(),
            "Release \"x\" failed: resources cannot become ready:; Deployment/x is not ready: 0/1 replicas ready; …"
        );
    }
}
