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
    }
}
