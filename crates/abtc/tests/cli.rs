#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::zombie_processes
)]
//! The operator's commands: they create working accounts and tokens, and refuse bad input with a
//! message and a non-zero exit, never a panic.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use abtc_client::Client;

fn abtc(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[tokio::test]
async fn staff_and_tokens_work_and_bad_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ok = abtc(
        dir.path(),
        &[
            "staff",
            "--role",
            "pre_clearance_officer",
            "--economy",
            "twn",
            "--username",
            "TWN.Lin",
            "--password-stdin",
        ],
        Some("a long enough password\n"),
    );
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    assert!(text(&ok.stdout).contains("twn.lin"));

    let token = abtc(
        dir.path(),
        &[
            "api-token",
            "--economy",
            "JPN",
            "--name",
            "JPN national system",
        ],
        None,
    );
    assert!(token.status.success(), "{}", text(&token.stderr));
    let token = text(&token.stdout).trim().to_owned();
    assert!(token.starts_with("abtct_"));

    let refusals: [(&[&str], Option<&str>, &str); 6] = [
        (
            &[
                "staff",
                "--role",
                "wizard",
                "--economy",
                "TWN",
                "--username",
                "x",
            ],
            None,
            "unknown role",
        ),
        (
            &[
                "staff",
                "--role",
                "case_officer",
                "--economy",
                "TAIWAN",
                "--username",
                "x",
            ],
            None,
            "three letters",
        ),
        (
            &["staff", "--role", "case_officer", "--username", "x"],
            None,
            "economy",
        ),
        (
            &[
                "staff",
                "--role",
                "case_officer",
                "--economy",
                "TWN",
                "--username",
                "y",
                "--password-stdin",
            ],
            Some("short\n"),
            "10 characters",
        ),
        (
            &["staff", "--role", "applicant", "--username", "z"],
            None,
            "register themselves",
        ),
        (
            &["api-token", "--economy", "XXX", "--name", "n"],
            None,
            "cannot create",
        ),
    ];
    for (args, stdin, expected) in refusals {
        let out = abtc(dir.path(), args, stdin);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = text(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let dup = abtc(
        dir.path(),
        &[
            "staff",
            "--role",
            "case_officer",
            "--economy",
            "TWN",
            "--username",
            "twn.lin",
            "--password-stdin",
        ],
        Some("another long password\n"),
    );
    assert!(!dup.status.success());

    // The accounts work against the server.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir.path())
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let client = Client::new(format!("http://127.0.0.1:{port}"));
    let mut ready = false;
    for _ in 0..200 {
        if client
            .get::<serde_json::Value>("/api/v1/ready")
            .await
            .is_ok()
        {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ready);
    let (officer, login) = client
        .login("twn.lin", "a long enough password")
        .await
        .unwrap();
    assert_eq!(login.economy.unwrap().as_str(), "TWN");
    officer.pre_clearance_queue("").await.unwrap();
    let me: abtc_api::Me = client.with_token(token).get("/api/v1/me").await.unwrap();
    assert_eq!(me.role.as_str(), "national_system");
    assert_eq!(me.economy.unwrap().as_str(), "JPN");
    server.kill().unwrap();
    server.wait().unwrap();
}

#[test]
fn keys_rotate_and_trust_lists() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| abtc(dir.path(), args, None);
    let ok = |args: &[&str]| {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    ok(&["keys", "create", "--economy", "TWN"]);
    assert!(ok(&["trust-list", "build"]).contains("version 1"));
    let listed = ok(&["keys", "list"]);
    assert!(
        listed.contains("TWN   csca") && listed.contains("TWN   dsc"),
        "{listed}"
    );
    ok(&["keys", "rotate", "--economy", "TWN"]);
    assert!(ok(&["trust-list", "build"]).contains("version 2"));
    // After a rotation both signers are trusted: credentials of the old one stay valid.
    let shown = ok(&["trust-list", "show"]);
    assert_eq!(shown.matches("TWN dsc").count(), 2, "{shown}");
    assert_eq!(shown.matches("TWN csca").count(), 1, "{shown}");
    assert!(
        ok(&["keys", "list"])
            .lines()
            .filter(|l| l.starts_with("TWN   dsc"))
            .count()
            == 2
    );

    let export = dir.path().join("bundle");
    let export_arg = export.to_str().unwrap();
    ok(&["trust-list", "export", "--out", export_arg]);
    let list = export.join("trust-list.cose");
    let anchor = export.join("anchor.der");
    assert!(export.join("status").join("TWN.cose").exists());
    let file_args = |l: &std::path::Path| {
        vec![
            "trust-list".to_owned(),
            "show".into(),
            "--file".into(),
            l.to_str().unwrap().into(),
            "--anchor".into(),
            anchor.to_str().unwrap().into(),
        ]
    };
    let shown = ok(&file_args(&list)
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    assert!(shown.contains("version 2"));
    // A tampered trust list is refused with a message.
    let mut bytes = std::fs::read(&list).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    let bad = export.join("tampered.cose");
    std::fs::write(&bad, bytes).unwrap();
    let out = run(&file_args(&bad)
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("trust list"),
        "{}",
        text(&out.stderr)
    );

    for (args, expected) in [
        (&["keys", "rotate", "--economy", "JPN"][..], "no CSCA"),
        (&["keys", "create", "--economy", "XXX"][..], "not a member"),
        (
            &["keys", "create", "--economy", "TOOLONG"][..],
            "three letters",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(expected),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}
