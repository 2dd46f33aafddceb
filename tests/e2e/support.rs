//! Helpers shared by the end-to-end tests.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The repository root (the shipped sample lives in its `feeds/` and `locales/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The schemas copied into the repository (tests never read ../shared).
pub fn schema(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(rel)
}

/// A fresh, empty temporary folder, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("silkwire-e2e-{}-{tag}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The clock of every test build: long after the sample release, before any test's own times matter.
pub const NOW: &str = "2024-01-01T00:00:00Z";

/// The sample rendered in memory as of [`NOW`].
pub fn render_sample() -> silkwire_cli::build::Rendered {
    let options = silkwire_cli::build::Options {
        now: silkwire_core::time::parse_rfc3339(NOW).ok(),
        ..Default::default()
    };
    silkwire_cli::build::render_with(&repo_root(), &options).expect("the shipped sample builds")
}

/// The sample built into `out` as of [`NOW`].
pub fn build_sample(
    out: &Path,
) -> Result<silkwire_cli::build::BuildReport, silkwire_cli::build::BuildError> {
    let options = silkwire_cli::build::Options {
        now: silkwire_core::time::parse_rfc3339(NOW).ok(),
        ..Default::default()
    };
    silkwire_cli::build::build_with(&repo_root(), out, None, &options)
}

/// A copy of the shipped sample (`feeds/` and `locales/`) that a test may break.
pub struct Fixture {
    pub dir: TempDir,
}

impl Fixture {
    /// A tree made of just these files (path relative to the root, content).
    pub fn files(tag: &str, files: &[(&str, &str)]) -> Self {
        let dir = TempDir::new(tag);
        for (rel, content) in files {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(path, content).expect("write fixture file");
        }
        Fixture { dir }
    }

    pub fn sample(tag: &str) -> Self {
        let dir = TempDir::new(tag);
        let root = repo_root();
        copy_tree(&root.join("feeds"), &dir.path().join("feeds"));
        copy_tree(&root.join("locales"), &dir.path().join("locales"));
        Fixture { dir }
    }

    /// The sample publishing only `locales` (written on one line: `locales = ["en", "zh-Hans"]`), for
    /// tests about one thing that need not build every language.
    pub fn sample_in(tag: &str, locales: &[&str]) -> Self {
        let f = Fixture::sample(tag);
        let path = f.root().join("feeds/silkwire.toml");
        let text = fs::read_to_string(&path).expect("read silkwire.toml");
        let start = text
            .find("locales = [\n")
            .expect("the sample lists its locales");
        let end = start + text[start..].find("]\n").expect("the list ends") + 2;
        let list: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
        let mut out = format!(
            "{}locales = [{}]\n{}",
            &text[..start],
            list.join(", "),
            &text[end..]
        );
        // The sample's [formats] sections apply to locales this fixture may not publish.
        if let Some(at) = out.find("\n[formats.") {
            out.truncate(at + 1);
        }
        fs::write(&path, out).expect("write silkwire.toml");
        f
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Replaces the one occurrence of `from` in the file `rel` by `to`.
    pub fn edit(&self, rel: &str, from: &str, to: &str) -> &Self {
        let path = self.root().join(rel);
        let text = fs::read_to_string(&path).expect("read fixture file");
        assert_eq!(
            text.matches(from).count(),
            1,
            "{rel} must contain {from:?} exactly once"
        );
        fs::write(&path, text.replacen(from, to, 1)).expect("write fixture file");
        self
    }

    /// Runs `silkwire --root <fixture> ARGS…` in-process; returns (exit code, stdout, stderr) with the
    /// fixture's path shown as `<root>`.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let root = self.root().to_string_lossy().into_owned();
        let mut argv = vec!["silkwire", "--root", root.as_str()];
        argv.extend_from_slice(args);
        // Builds in tests never read the system clock.
        if args.first() == Some(&"build") && !args.contains(&"--now") {
            argv.extend_from_slice(&["--now", NOW]);
        }
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = silkwire_cli::run(argv, &mut out, &mut err);
        let clean = |b: Vec<u8>| {
            String::from_utf8(b)
                .expect("utf-8")
                .replace(&root, "<root>")
        };
        (code, clean(out), clean(err))
    }
}

/// Every file under `dir`, as sorted paths relative to it with `/` separators.
pub fn list_files(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).expect("read_dir") {
            let entry = entry.expect("entry");
            let p = entry.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).expect("under base");
                out.push(
                    rel.components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/"),
                );
            }
        }
    }
    let mut out = Vec::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out.sort();
    out
}

/// True if `program args…` runs and exits 0.
pub fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether an outside tool that a test needs is there (`found`).
///
/// In CI (`CI` set) a missing tool fails the test: a check must never pass by being skipped.
/// Elsewhere the test is skipped, with a notice that says what did not run and how to install it.
pub fn tool_available(found: bool, what: &str, install: &str) -> bool {
    if found {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("{what} is missing and CI is set: {install}");
    }
    // Straight to the process's stderr: the test harness captures `eprintln!` of passing tests,
    // and a skipped check must be seen.
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIPPED: {what} is missing, so its check did NOT run. {install} ***\n"
    );
    false
}

/// The `xmllint` program, if installed.
pub fn xmllint() -> Option<&'static str> {
    tool_available(
        runs("xmllint", &["--version"]),
        "xmllint",
        "install libxml2-utils (apt-get install -y libxml2-utils)",
    )
    .then_some("xmllint")
}

/// The numbers of `locale`'s row in a build summary: editions, skipped, held, warnings.
pub fn summary_row(stdout: &str, locale: &str) -> [usize; 4] {
    let row = stdout
        .lines()
        .find(|l| l.split_whitespace().next() == Some(locale))
        .unwrap_or_else(|| panic!("no summary row for {locale} in:\n{stdout}"));
    let n: Vec<usize> = row
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().expect("a count"))
        .collect();
    [n[0], n[1], n[2], n[3]]
}

/// Sets the modification time of every input under `root` an hour back, as if edited long before
/// the build (the build cache does not trust a file changed within two seconds of a build).
pub fn age_inputs(root: &Path) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for top in ["feeds", "locales"] {
        for rel in list_files(&root.join(top)) {
            let file = fs::File::options()
                .append(true)
                .open(root.join(top).join(rel))
                .expect("open");
            file.set_modified(hour_ago).expect("set mtime");
        }
    }
}
