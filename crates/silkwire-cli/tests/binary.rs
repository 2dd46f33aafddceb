//! The real `silkwire` process: exit codes and where it prints.

use std::path::Path;
use std::process::Command;

fn silkwire() -> Command {
    Command::new(env!("CARGO_BIN_EXE_silkwire"))
}

fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn build_exits_0_and_reports_on_stdout() {
    let out = std::env::temp_dir().join(format!("silkwire-bin-{}", std::process::id()));
    let result = silkwire()
        .arg("--root")
        .arg(repo_root())
        .args(["build", "--now", "2024-01-01T00:00:00Z", "--out"])
        .arg(&out)
        .output()
        .expect("run silkwire");
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert_eq!(
        result.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    // The summary: one row per locale (editions, skipped, held, warnings), no colour into a pipe.
    assert!(
        stdout
            .lines()
            .any(|l| l.split_whitespace().eq(["zh-Hans", "1", "0", "0", "0"])),
        "{stdout}"
    );
    assert!(!stdout.contains('\x1b'), "{stdout}");
    assert!(out.join("zh-Hans/rss.xml").is_file());
    std::fs::remove_dir_all(&out).expect("clean up");
}

#[test]
fn invalid_input_exits_1_and_usage_errors_exit_2() {
    let missing = silkwire()
        .args(["--root", "/nonexistent/silkwire", "build"])
        .output()
        .expect("run silkwire");
    assert_eq!(missing.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("/nonexistent/silkwire/feeds/silkwire.toml: error: cannot read the file"),
        "{stderr}"
    );
    let usage = silkwire().arg("bild").output().expect("run silkwire");
    assert_eq!(usage.status.code(), Some(2));
    let help = silkwire().arg("--help").output().expect("run silkwire");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Usage: silkwire"));
}
