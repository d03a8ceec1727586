#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The acceptance check for the tamper-evident audit log: a demo scheme's log is edited,
//! shortened, reordered and added to directly in its database file, one tampering per fresh copy,
//! and `abtc audit verify` names each tampered record (exit 1); the untouched log passes (exit 0).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::str::FromStr;

use abtc_store::audit_chain::{record_hash, ChainFields};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};
use sqlx::Row;

fn abtc(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .env("ABTC_LOG", "warn")
        .output()
        .unwrap()
}

/// `abtc audit verify` on `dir`: its exit code and its output lines.
fn verify(dir: &Path) -> (i32, Vec<String>) {
    let out = abtc(&["audit", "verify"], dir);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        stdout.lines().map(str::to_owned).collect(),
    )
}

/// A copy of the demo's database in a folder of its own (WAL files too, if any were left).
fn fresh_copy(original: &Path, parent: &Path, name: &str) -> PathBuf {
    let dir = parent.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["abtc.db", "abtc.db-wal", "abtc.db-shm"] {
        let from = original.join(file);
        if from.exists() {
            std::fs::copy(&from, dir.join(file)).unwrap();
        }
    }
    dir
}

async fn open(dir: &Path) -> SqlitePool {
    let url = format!("sqlite://{}", dir.join("abtc.db").display());
    SqlitePool::connect_with(SqliteConnectOptions::from_str(&url).unwrap())
        .await
        .unwrap()
}

const COLUMNS: [&str; 10] = [
    "seq",
    "at",
    "actor_account",
    "actor_role",
    "actor_economy",
    "action",
    "subject",
    "outcome",
    "prev_hash",
    "hash",
];

/// Makes row `to` hold every column of row `from` but its id.
async fn copy_row(db: &SqlitePool, from: i64, to: i64) {
    let set = COLUMNS
        .iter()
        .map(|c| format!("{c} = (SELECT {c} FROM audit_log WHERE id = $1)"))
        .collect::<Vec<_>>()
        .join(", ");
    sqlx::query(&format!("UPDATE audit_log SET {set} WHERE id = $2"))
        .bind(from)
        .bind(to)
        .execute(db)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_names_every_tampered_record() {
    let root = tempfile::tempdir().unwrap();
    let demo = root.path().join("demo");
    let out = abtc(
        &[
            "demo",
            "--no-serve",
            "--listen",
            "127.0.0.1:0",
            "--applications",
            "20",
            "--seed",
            "7",
        ],
        &demo,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Untouched: intact, and every record counted.
    let (code, lines) = verify(&demo);
    assert_eq!(code, 0, "{lines:?}");
    let records: i64 = {
        let db = open(&demo).await;
        let n = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
            .fetch_one(&db)
            .await
            .unwrap()
            .get("n");
        db.close().await;
        n
    };
    assert!(records > 100, "the demo leaves a real log ({records})");
    assert_eq!(lines, [format!("audit chain intact: {records} records")]);

    let problems = |lines: &[String]| lines.iter().skip(1).cloned().collect::<Vec<_>>();

    // One statement run on a fresh copy of the demo's database; what the verifier then says.
    let tampered = |name: &'static str, sql: &'static str| {
        let dir = fresh_copy(&demo, root.path(), name);
        async move {
            let db = open(&dir).await;
            sqlx::query(sql).execute(&db).await.unwrap();
            db.close().await;
            verify(&dir)
        }
    };

    // A field edited in place.
    let (code, lines) = tampered(
        "modified",
        "UPDATE audit_log SET outcome = 'tampered' WHERE id = 42",
    )
    .await;
    assert_eq!(code, 1);
    assert_eq!(problems(&lines), ["record 42 was modified"]);

    // A record deleted.
    let (code, lines) = tampered("deleted", "DELETE FROM audit_log WHERE id = 43").await;
    assert_eq!(code, 1);
    assert_eq!(problems(&lines), ["record 43 is missing"]);

    // Two records' contents swapped.
    let dir = fresh_copy(&demo, root.path(), "reordered");
    let db = open(&dir).await;
    let spare = records + 1000;
    sqlx::query(
        "INSERT INTO audit_log (id, at, action, subject, outcome) VALUES ($1, 0, '', '', '')",
    )
    .bind(spare)
    .execute(&db)
    .await
    .unwrap();
    copy_row(&db, 50, spare).await;
    copy_row(&db, 51, 50).await;
    copy_row(&db, spare, 51).await;
    sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(spare)
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    let (code, lines) = verify(&dir);
    assert_eq!(code, 1);
    assert_eq!(problems(&lines), ["records 50 and 51 are out of order"]);

    // A forged record appended, well formed and chained to the last one: the head still tells.
    let dir = fresh_copy(&demo, root.path(), "inserted");
    let db = open(&dir).await;
    let last_hash: String = sqlx::query("SELECT hash FROM audit_log WHERE id = $1")
        .bind(records)
        .fetch_one(&db)
        .await
        .unwrap()
        .get("hash");
    let forged = records + 1;
    let fields = ChainFields {
        at: 1_700_000_000_000_000,
        actor_account: None,
        actor_role: Some("auditor"),
        actor_economy: None,
        action: "login",
        subject: "session",
        outcome: "ok",
    };
    let hash = record_hash(forged, &fields, &last_hash);
    sqlx::query(
        "INSERT INTO audit_log (id, seq, at, actor_role, action, subject, outcome, prev_hash, hash) \
         VALUES ($1, $1, $2, 'auditor', 'login', 'session', 'ok', $3, $4)",
    )
    .bind(forged)
    .bind(fields.at)
    .bind(&last_hash)
    .bind(&hash)
    .execute(&db)
    .await
    .unwrap();
    // And a crude one in the middle of nowhere, without chain columns.
    sqlx::query("INSERT INTO audit_log (at, action, subject, outcome) VALUES (0, 'x', 'y', 'ok')")
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    let (code, lines) = verify(&dir);
    assert_eq!(code, 1);
    assert_eq!(
        problems(&lines),
        [
            format!("record {forged} was inserted"),
            format!("record {} was inserted", forged + 1)
        ]
    );

    // A log written before the chain existed (no chain columns, a gap left by a rolled-back
    // identity on PostgreSQL) is chained once when the store opens, and then verifies.
    let dir = fresh_copy(&demo, root.path(), "legacy");
    let db = open(&dir).await;
    sqlx::query("UPDATE audit_log SET seq = NULL, prev_hash = NULL, hash = NULL")
        .execute(&db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM audit_log WHERE id = 10")
        .execute(&db)
        .await
        .unwrap();
    sqlx::query("UPDATE audit_head SET last_id = 0, last_hash = $1")
        .bind(abtc_store::audit_chain::GENESIS)
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    let (code, lines) = verify(&dir);
    assert_eq!(code, 0, "{lines:?}");
    assert_eq!(
        lines,
        [format!("audit chain intact: {} records", records - 1)]
    );

    // The original is still intact: every tampering above was on a copy.
    assert_eq!(verify(&demo).0, 0);
}
