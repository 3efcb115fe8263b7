//! The SQL driver (`pkg/storage/driver/sql.go`): PostgreSQL tables `releases_v1` and
//! `custom_labels_v1`, created by the same two migrations Helm runs (recorded in sql-migrate's
//! `gorp_migrations` table) when they are missing.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, NoTls, Row};

use super::{custom_labels, record_namespace, Driver, Head, Records, StorageError};
use crate::release::{codec, Release, Summary, Want};

const MIGRATION_INIT: &str = "
CREATE TABLE releases_v1 (
    key VARCHAR(90),
    type VARCHAR(64) NOT NULL,
    body TEXT NOT NULL,
    name VARCHAR(64) NOT NULL,
    namespace VARCHAR(64) NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    owner TEXT NOT NULL,
    createdAt INTEGER NOT NULL,
    modifiedAt INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(key, namespace)
);
CREATE INDEX ON releases_v1 (key, namespace);
CREATE INDEX ON releases_v1 (version);
CREATE INDEX ON releases_v1 (status);
CREATE INDEX ON releases_v1 (owner);
CREATE INDEX ON releases_v1 (createdAt);
CREATE INDEX ON releases_v1 (modifiedAt);
GRANT ALL ON releases_v1 TO PUBLIC;
ALTER TABLE releases_v1 ENABLE ROW LEVEL SECURITY;
";

const MIGRATION_LABELS: &str = "
CREATE TABLE custom_labels_v1 (
    releaseKey VARCHAR(64),
    releaseNamespace VARCHAR(67),
    key VARCHAR(317),
    value VARCHAR(63)
);
CREATE INDEX ON custom_labels_v1 (releaseKey, releaseNamespace);
GRANT ALL ON custom_labels_v1 TO PUBLIC;
ALTER TABLE custom_labels_v1 ENABLE ROW LEVEL SECURITY;
";

/// PostgreSQL-backed storage.
pub struct SqlDriver {
    client: Client,
    scope: Option<String>,
    namespace: String,
}

fn db_err(op: &'static str, e: tokio_postgres::Error) -> StorageError {
    StorageError::Backend {
        op,
        message: e.to_string(),
    }
}

fn now_unix() -> i32 {
    jiff::Timestamp::now().as_second() as i32
}

/// A record's body as the `body` column holds it.
fn encode(rls: &Release, op: &'static str) -> Result<String, StorageError> {
    codec::encode(rls).map_err(|e| StorageError::Backend {
        op,
        message: e.to_string(),
    })
}

impl SqlDriver {
    /// Helm's `Update` of one record's row (status and body), only while its status is
    /// `expected` when given; the number of rows changed.
    async fn update_row(&self, rls: &Release, expected: Option<&str>) -> Result<u64, StorageError> {
        let key = rls.storage_key();
        let ns = record_namespace(rls);
        let body = encode(rls, "update")?;
        let (version, status, now) = (rls.version as i32, rls.status(), now_unix());
        let mut params: Vec<&(dyn ToSql + Sync)> =
            vec![&body, &rls.name, &version, &status, &now, &key, &ns];
        let mut sql = String::from("UPDATE releases_v1 SET body = $1, name = $2, version = $3, status = $4, owner = 'helm', modifiedAt = $5 WHERE key = $6 AND namespace = $7");
        if let Some(expected) = &expected {
            sql.push_str(" AND status = $8");
            params.push(expected);
        }
        self.client
            .execute(sql.as_str(), &params)
            .await
            .map_err(|e| db_err("update", e))
    }

    /// Connects and makes sure the schema exists.
    pub async fn connect(
        conn: &str,
        scope: Option<String>,
        namespace: &str,
    ) -> Result<SqlDriver, String> {
        if conn.is_empty() {
            return Err("HELM_DRIVER_SQL_CONNECTION_STRING is empty; set it to a PostgreSQL connection string such as 'host=127.0.0.1 port=5432 user=helm dbname=helm sslmode=disable'".into());
        }
        let (client, connection) = tokio_postgres::connect(conn, NoTls)
            .await
            .map_err(|e| e.to_string())?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!("postgres connection closed: {e}");
            }
        });
        let d = SqlDriver {
            client,
            scope,
            namespace: namespace.to_string(),
        };
        d.migrate().await.map_err(|e| e.to_string())?;
        Ok(d)
    }

    async fn migrate(&self) -> Result<(), tokio_postgres::Error> {
        self.client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS gorp_migrations (id text NOT NULL PRIMARY KEY, applied_at timestamp with time zone)",
            )
            .await?;
        for (id, sql) in [
            ("init", MIGRATION_INIT),
            ("custom_labels", MIGRATION_LABELS),
        ] {
            let done = self
                .client
                .query_opt("SELECT id FROM gorp_migrations WHERE id = $1", &[&id])
                .await?
                .is_some();
            if !done {
                self.client.batch_execute(sql).await?;
                self.client
                    .execute(
                        "INSERT INTO gorp_migrations (id, applied_at) VALUES ($1, now())",
                        &[&id],
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn labels_of(
        &self,
        key: &str,
        ns: &str,
    ) -> Result<BTreeMap<String, String>, StorageError> {
        let rows = self
            .client
            .query(
                "SELECT key, value FROM custom_labels_v1 WHERE releaseKey = $1 AND releaseNamespace = $2",
                &[&key, &ns],
            )
            .await
            .map_err(|e| db_err("get", e))?;
        Ok(rows
            .iter()
            .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1)))
            .collect())
    }

    /// Custom labels of every record.
    async fn all_custom_labels(&self) -> Result<CustomLabels, StorageError> {
        let rows = self
            .client
            .query(
                "SELECT releaseKey, releaseNamespace, key, value FROM custom_labels_v1",
                &[],
            )
            .await
            .map_err(|e| db_err("list", e))?;
        let mut custom = CustomLabels::new();
        for r in &rows {
            custom
                .entry((r.get(0), r.get(1)))
                .or_default()
                .insert(r.get(2), r.get(3));
        }
        Ok(custom)
    }

    /// The `want`ed parts of one record's body.
    async fn body(&self, key: &str, ns: &str, want: Want) -> Result<Release, StorageError> {
        let body = self.body_text(key, ns).await?;
        codec::decode_parts(&body, want).map_err(|source| StorageError::Decode {
            key: key.to_string(),
            source,
        })
    }

    /// The stored release string of one record.
    async fn body_text(&self, key: &str, ns: &str) -> Result<String, StorageError> {
        let row = self
            .client
            .query_opt(
                "SELECT body FROM releases_v1 WHERE key = $1 AND namespace = $2",
                &[&key, &ns],
            )
            .await
            .map_err(|e| db_err("get", e))?
            .ok_or(StorageError::NotFound)?;
        Ok(row.get(0))
    }
}

/// The query for the records in `scope` ($1, all when NULL) of release `name` ($2, all when
/// NULL), reading `columns`.
fn records_query(columns: &str) -> String {
    format!("SELECT {columns} FROM releases_v1 WHERE owner = 'helm' AND ($1::text IS NULL OR namespace = $1) AND ($2::text IS NULL OR name = $2)")
}

/// Custom labels of every record, by record key and namespace.
type CustomLabels = BTreeMap<(String, String), BTreeMap<String, String>>;

/// The head of a row whose first columns are key, name, namespace, version and status; its
/// labels are the record's custom labels plus the system labels from those columns.
fn head_of(r: &Row, custom: &CustomLabels) -> Head {
    let key: String = r.get(0);
    let name: String = r.get(1);
    let namespace: String = r.get(2);
    let version: i32 = r.get(3);
    let status: String = r.get(4);
    let mut labels = custom
        .get(&(key.clone(), namespace.clone()))
        .cloned()
        .unwrap_or_default();
    labels.insert("name".into(), name.clone());
    labels.insert("owner".into(), "helm".into());
    labels.insert("status".into(), status.clone());
    labels.insert("version".into(), version.to_string());
    Head {
        key,
        name,
        namespace,
        version: version as i64,
        status,
        labels,
        labelled: true,
    }
}

/// What `list` and `history` print of a record's body; labels are its custom labels (what
/// Helm's `Query` returns; the storage layer puts the head's in place for `List`).
fn summary_of(head: &Head, body: &str) -> Result<Summary, StorageError> {
    let mut s = codec::decode_summary(body).map_err(|source| StorageError::Decode {
        key: head.key.clone(),
        source,
    })?;
    s.labels = custom_labels(&head.labels);
    Ok(s)
}

impl Driver for SqlDriver {
    fn name(&self) -> &'static str {
        "SQL"
    }

    fn heads<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Vec<Head>, StorageError>> {
        Box::pin(async move {
            let rows = self
                .client
                .query(
                    &records_query("key, name, namespace, version, status"),
                    &[&self.scope, &name],
                )
                .await
                .map_err(|e| db_err("list", e))?;
            let custom = self.all_custom_labels().await?;
            Ok(rows.iter().map(|r| head_of(r, &custom)).collect())
        })
    }

    /// Reads the bodies in one query, each summarised as its row arrives (the rows are not
    /// held), instead of one query per record.
    fn summaries<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records<Summary>, StorageError>> {
        Box::pin(async move {
            use futures::TryStreamExt as _;
            let custom = self.all_custom_labels().await?;
            let params: [&(dyn ToSql + Sync); 2] = [&self.scope, &name];
            let rows = self
                .client
                .query_raw(
                    &records_query("key, name, namespace, version, status, body"),
                    params,
                )
                .await
                .map_err(|e| db_err("list", e))?;
            let mut rows = std::pin::pin!(rows);
            let mut out = Vec::new();
            while let Some(row) = rows.try_next().await.map_err(|e| db_err("list", e))? {
                let head = head_of(&row, &custom);
                let s = summary_of(&head, row.get(5));
                out.push((head, s));
            }
            Ok(out)
        })
    }

    fn fetch<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Release, StorageError>> {
        self.fetch_parts(head, Want::ALL)
    }

    fn fetch_parts<'a>(
        &'a self,
        head: &'a Head,
        want: Want,
    ) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            // Query returns custom labels only; List (the storage layer) uses the head's.
            let mut r = self.body(&head.key, &head.namespace, want).await?;
            r.labels = custom_labels(&head.labels);
            Ok(r)
        })
    }

    fn fetch_summary<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Summary, StorageError>> {
        Box::pin(async move {
            let body = self.body_text(&head.key, &head.namespace).await?;
            summary_of(head, &body)
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        self.get_parts(key, Want::ALL)
    }

    fn get_parts<'a>(
        &'a self,
        key: &'a str,
        want: Want,
    ) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            let mut r = self.body(key, &self.namespace, want).await?;
            r.labels = self.labels_of(key, &self.namespace).await?;
            Ok(r)
        })
    }

    fn create<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move {
            let key = rls.storage_key();
            let ns = record_namespace(rls);
            let body = encode(rls, "create")?;
            let res = self
                .client
                .execute(
                    "INSERT INTO releases_v1 (key, type, body, name, namespace, version, status, owner, createdAt) VALUES ($1, 'helm.sh/release.v1', $2, $3, $4, $5, $6, 'helm', $7)",
                    &[&key, &body, &rls.name, &ns, &(rls.version as i32), &rls.status(), &now_unix()],
                )
                .await;
            if let Err(e) = res {
                let exists = self
                    .client
                    .query_opt(
                        "SELECT key FROM releases_v1 WHERE key = $1 AND namespace = $2",
                        &[&key, &ns],
                    )
                    .await
                    .ok()
                    .flatten()
                    .is_some();
                return Err(if exists {
                    StorageError::AlreadyExists
                } else {
                    db_err("create", e)
                });
            }
            for (k, v) in custom_labels(&rls.labels) {
                self.client
                    .execute(
                        "INSERT INTO custom_labels_v1 (releaseKey, releaseNamespace, key, value) VALUES ($1, $2, $3, $4)",
                        &[&key, &ns, &k, &v],
                    )
                    .await
                    .map_err(|e| db_err("create", e))?;
            }
            Ok(())
        })
    }

    fn update<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move {
            self.update_row(rls, None).await?;
            Ok(())
        })
    }

    fn update_if_status<'a>(
        &'a self,
        rls: &'a Release,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move {
            if self.update_row(rls, Some(expected)).await? == 1 {
                return Ok(());
            }
            // Nothing matched: the row is gone, or another client changed its status.
            let row = self
                .client
                .query_opt(
                    "SELECT status FROM releases_v1 WHERE key = $1 AND namespace = $2",
                    &[&rls.storage_key(), &record_namespace(rls)],
                )
                .await
                .map_err(|e| db_err("update", e))?;
            match row {
                None => Err(StorageError::NotFound),
                Some(row) => Err(StorageError::changed(rls, row.get::<_, String>(0))),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            let rls = self.body(key, &self.namespace, Want::ALL).await?;
            self.client
                .execute(
                    "DELETE FROM releases_v1 WHERE key = $1 AND namespace = $2",
                    &[&key, &self.namespace],
                )
                .await
                .map_err(|e| db_err("delete", e))?;
            self.client
                .execute(
                    "DELETE FROM custom_labels_v1 WHERE releaseKey = $1 AND releaseNamespace = $2",
                    &[&key, &self.namespace],
                )
                .await
                .map_err(|e| db_err("delete", e))?;
            Ok(rls)
        })
    }
}
