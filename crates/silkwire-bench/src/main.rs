//! `silkwire-bench`: generates a synthetic archive and times `silkwire build` on it as a whole
//! process. Not part of the `silkwire` command.
//!
//! ```sh
//! cargo build --release -p silkwire-cli -p silkwire-bench
//! target/release/silkwire-bench run --releases 1000,10000 --write BENCHMARKS.md
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use clap::{Parser, Subcommand};
use silkwire_bench::corpus::{self, Spec};

#[derive(Debug, Parser)]
#[command(name = "silkwire-bench", about = "Silkwire's archive-scale benchmark")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Write a synthetic archive (feeds/ and locales/) into DIR.
    Corpus {
        /// Number of releases.
        #[arg(long, default_value_t = 1000)]
        releases: usize,
        /// Target locales, comma-separated.
        #[arg(long, default_value = LOCALES, value_delimiter = ',')]
        locales: Vec<String>,
        /// The seed.
        #[arg(long, default_value_t = 2023)]
        seed: u64,
        /// Full-archive feeds (no item or size cap).
        #[arg(long)]
        full_archive: bool,
        /// Only these outputs (comma-separated; default all).
        #[arg(long, value_delimiter = ',')]
        outputs: Vec<String>,
        /// The folder to write (must not exist).
        #[arg(long)]
        out: PathBuf,
    },
    /// Time `silkwire build` in every mode at each size, and print (or write) the results.
    Run {
        /// Sizes (number of releases), comma-separated.
        #[arg(long, default_value = "1000", value_delimiter = ',')]
        releases: Vec<usize>,
        /// Target locales, comma-separated.
        #[arg(long, default_value = LOCALES, value_delimiter = ',')]
        locales: Vec<String>,
        /// Runs per mode (the median is reported).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// The silkwire binary to time.
        #[arg(long, default_value = "target/release/silkwire")]
        silkwire: PathBuf,
        /// Where corpora and outputs go.
        #[arg(long, default_value = "target/bench")]
        work: PathBuf,
        /// Replace the results section of this Markdown file (e.g. BENCHMARKS.md).
        #[arg(long)]
        write: Option<PathBuf>,
    },
    /// (internal) The minimal writer: writes files of the sizes and paths a listing names (`SIZE
    /// PATH` per line, as `run` saves from a build's output), one after the other on one thread,
    /// each filled with one byte, and nothing else: what writing the files alone costs here.
    Floor {
        /// The listing.
        #[arg(long)]
        list: PathBuf,
        /// The folder to write into.
        #[arg(long)]
        out: PathBuf,
        /// Write through a temporary file and a rename (as silkwire does), or straight into place.
        #[arg(long)]
        rename: bool,
        /// The byte every file is filled with (change it to change every file).
        #[arg(long, default_value_t = b'a')]
        fill: u8,
        /// Writer threads, each taking a contiguous share of the listing.
        #[arg(long, default_value_t = 1)]
        threads: usize,
    },
    /// (internal) Runs a command and prints its wall time, CPU time and peak memory.
    Measure {
        /// The command and its arguments.
        #[arg(trailing_var_arg = true, required = true)]
        command: Vec<String>,
    },
}

const LOCALES: &str = "en,zh-Hans,zh-Hant,id,ms,th,vi,fil,my,km,lo";
const MARK: &str = "silkwire-bench-measure:";
const NOW: &str = "2026-01-01T00:00:00+08:00";

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Cmd::Corpus {
            releases,
            locales,
            seed,
            full_archive,
            outputs,
            out,
        } => make_corpus(
            &out,
            &Spec {
                releases,
                locales,
                seed,
                full_archive,
                outputs,
                base_url: "https://news.example.com/".into(),
            },
        )
        .map(|bytes| {
            println!(
                "wrote {releases} releases ({} MB of release text) in {}",
                bytes / 1_000_000,
                out.display()
            );
        }),
        Cmd::Measure { command } => return measure(&command),
        Cmd::Floor {
            list,
            out,
            rename,
            fill,
            threads,
        } => floor(&list, &out, rename, fill, threads),
        Cmd::Run {
            releases,
            locales,
            runs,
            silkwire,
            work,
            write,
        } => run(
            &releases,
            &locales,
            runs.max(1),
            &silkwire,
            &work,
            write.as_deref(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| PathBuf::from("."))
}

fn make_corpus(out: &Path, spec: &Spec) -> Result<u64, String> {
    if out.exists() {
        return Err(format!(
            "{} exists: give a folder that does not exist yet",
            out.display()
        ));
    }
    corpus::generate(&repo_root(), out, spec).map_err(|e| format!("{}: {e}", out.display()))
}

/// Runs `command` as a child, waits, and prints `MARK wall_ms cpu_ms maxrss_kib exit` on stderr.
/// Run in a process of its own, so that the children's resource usage is this one child's.
fn measure(command: &[String]) -> ExitCode {
    let start = Instant::now();
    let status = Command::new(&command[0]).args(&command[1..]).status();
    let wall = start.elapsed();
    let Ok(status) = status else {
        eprintln!("error: cannot run {}", command[0]);
        return ExitCode::FAILURE;
    };
    let usage = match nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("error: getrusage: {e}");
            return ExitCode::FAILURE;
        }
    };
    let cpu = |t: nix::sys::time::TimeVal| t.tv_sec() as f64 * 1000.0 + t.tv_usec() as f64 / 1000.0;
    eprintln!(
        "{MARK} {} {:.0} {} {}",
        wall.as_millis(),
        cpu(usage.user_time()) + cpu(usage.system_time()),
        usage.max_rss(),
        status.code().unwrap_or(-1)
    );
    ExitCode::SUCCESS
}

/// The minimal writer (see `Cmd::Floor`). Prints `wrote N file(s), 0 unchanged` as silkwire does.
fn floor(list: &Path, out: &Path, rename: bool, fill: u8, threads: usize) -> Result<(), String> {
    let text = std::fs::read_to_string(list).map_err(|e| format!("{}: {e}", list.display()))?;
    let files = text
        .lines()
        .map(|line| {
            let (size, rel) = line
                .split_once(' ')
                .ok_or_else(|| format!("{}: not `SIZE PATH`: {line}", list.display()))?;
            let size: usize = size.parse().map_err(|e| format!("{line}: {e}"))?;
            Ok((size, rel))
        })
        .collect::<Result<Vec<_>, String>>()?;
    // Each thread a contiguous share, as silkwire's writer does.
    let share = files.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(share)
            .map(|part| scope.spawn(move || write_floor(out, part, rename, fill)))
            .collect();
        handles
            .into_iter()
            .try_for_each(|h| h.join().unwrap_or_else(|_| Err("a writer panicked".into())))
    })?;
    println!(
        "wrote {} file(s), 0 unchanged, in {}",
        files.len(),
        out.display()
    );
    Ok(())
}

fn write_floor(out: &Path, files: &[(usize, &str)], rename: bool, fill: u8) -> Result<(), String> {
    use std::io::Write as _;
    let mut made = std::collections::HashSet::new();
    let mut bytes = Vec::new();
    for &(size, rel) in files {
        let path = out.join(rel);
        let dir = path.parent().unwrap_or(out);
        if made.insert(dir.to_path_buf()) {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        bytes.clear();
        bytes.resize(size, fill);
        let io = |e: std::io::Error| format!("{}: {e}", path.display());
        if rename {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let temp = dir.join(format!(".{name}.floor.tmp"));
            let mut f = std::fs::File::create(&temp).map_err(io)?;
            f.write_all(&bytes).map_err(io)?;
            drop(f);
            std::fs::rename(&temp, &path).map_err(io)?;
        } else {
            std::fs::write(&path, &bytes).map_err(io)?;
        }
    }
    Ok(())
}

/// Saves `SIZE PATH` of every file under `dir`, sorted by path, for [`floor`].
fn listing(dir: &Path, to: &Path) -> Result<(), String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, u64)>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                out.push((rel.to_string_lossy().into_owned(), entry.metadata()?.len()));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    files.sort();
    let mut text = String::new();
    for (rel, size) in files {
        let _ = writeln!(text, "{size} {rel}");
    }
    std::fs::write(to, text).map_err(|e| format!("{}: {e}", to.display()))
}

/// The minimal writer, timed as a whole process like a build.
fn timed_floor(
    list: &Path,
    out: &Path,
    rename: bool,
    fill: u8,
    threads: usize,
) -> Result<Sample, String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut args = vec![
        me.into_os_string(),
        "floor".into(),
        "--list".into(),
        list.into(),
        "--out".into(),
        out.into(),
        "--fill".into(),
        fill.to_string().into(),
        "--threads".into(),
        threads.to_string().into(),
    ];
    if rename {
        args.push("--rename".into());
    }
    measured(&args, "the minimal writer")
}

/// One timed build.
#[derive(Debug, Clone, Copy, Default)]
struct Sample {
    wall_ms: f64,
    cpu_ms: f64,
    rss_kib: f64,
    written: usize,
    unchanged: usize,
}

fn build(silkwire: &Path, corpus: &Path, out: &Path) -> Result<Sample, String> {
    let args = [
        silkwire.as_os_str(),
        "--root".as_ref(),
        corpus.as_os_str(),
        "build".as_ref(),
        "--now".as_ref(),
        NOW.as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    measured(&args, "silkwire build")
}

/// Runs `command` under `measure` and reads its figures and its "wrote N file(s), M unchanged".
fn measured<S: AsRef<std::ffi::OsStr>>(command: &[S], what: &str) -> Result<Sample, String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new(me)
        .arg("measure")
        .args(command)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run the measurement: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix(MARK))
        .ok_or_else(|| format!("no measurement:\n{stderr}"))?;
    let f: Vec<f64> = line
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(-1.0))
        .collect();
    if f.get(3) != Some(&0.0) {
        return Err(format!("{what} failed:\n{stdout}\n{stderr}"));
    }
    // "wrote N file(s), M unchanged, in DIR"
    let (written, unchanged) = stdout
        .lines()
        .find_map(|l| {
            let rest = l.strip_prefix("wrote ")?;
            let (n, rest) = rest.split_once(" file(s), ")?;
            let (m, _) = rest.split_once(" unchanged")?;
            Some((n.parse().ok()?, m.parse().ok()?))
        })
        .unwrap_or_default();
    Ok(Sample {
        wall_ms: f[0],
        cpu_ms: f[1],
        rss_kib: f[2],
        written,
        unchanged,
    })
}

fn median(mut v: Vec<Sample>) -> Sample {
    let mid = v.len() / 2;
    let pick = |v: &mut Vec<Sample>, key: fn(&Sample) -> f64| {
        v.sort_by(|a, b| key(a).total_cmp(&key(b)));
        key(&v[mid])
    };
    Sample {
        wall_ms: pick(&mut v, |s| s.wall_ms),
        cpu_ms: pick(&mut v, |s| s.cpu_ms),
        rss_kib: pick(&mut v, |s| s.rss_kib),
        written: v[mid].written,
        unchanged: v[mid].unchanged,
    }
}

/// Sets the modification time of every file under `dir` a day back.
fn age(dir: &Path) -> std::io::Result<()> {
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            age(&entry.path())?;
        } else {
            std::fs::File::options()
                .append(true)
                .open(entry.path())?
                .set_modified(day_ago)?;
        }
    }
    Ok(())
}

fn remove(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: {e}", dir.display())),
    }
}

/// A mode's result row.
struct Row {
    releases: usize,
    mode: String,
    sample: Sample,
}

fn run(
    sizes: &[usize],
    locales: &[String],
    runs: usize,
    silkwire: &Path,
    work: &Path,
    write: Option<&Path>,
) -> Result<(), String> {
    if !silkwire.is_file() {
        return Err(format!(
            "{} not found: build it first with `cargo build --release -p silkwire-cli`",
            silkwire.display()
        ));
    }
    let mut rows = Vec::new();
    let mut edited_file = String::new();
    for &n in sizes {
        // The comparison with other tools: full-archive RSS and Atom per locale and one NewsML
        // item per edition, nothing else.
        let table = Spec {
            releases: n,
            locales: locales.to_vec(),
            seed: 2023,
            full_archive: true,
            outputs: vec!["rss".into(), "atom".into(), "newsml".into()],
            base_url: "https://news.example.com/".into(),
        };
        let corpus_dir = work.join(format!("corpus-full-{n}"));
        remove(&corpus_dir)?;
        eprintln!("generating {n} releases × {} locales…", locales.len());
        let bytes = make_corpus(&corpus_dir, &table)?;
        eprintln!("  {} MB of release text", bytes / 1_000_000);
        let out = work.join(format!("out-full-{n}"));
        // `runs` builds, each after `prepare(run)`, as one row of medians.
        let timed = |mode: &'static str,
                     corpus_dir: &Path,
                     out: &Path,
                     prepare: &mut dyn FnMut(usize) -> Result<(), String>|
         -> Result<Row, String> {
            let mut samples = Vec::new();
            for r in 0..runs {
                prepare(r)?;
                eprintln!("  [{n}] {mode} {}/{runs}", r + 1);
                samples.push(build(silkwire, corpus_dir, out)?);
            }
            Ok(Row {
                releases: n,
                mode: mode.to_string(),
                sample: median(samples),
            })
        };
        rows.push(timed(
            "full archive (RSS, Atom, NewsML), fresh output folder",
            &corpus_dir,
            &out,
            &mut |_| remove(&out),
        )?);
        rows.push(timed(
            "full archive (RSS, Atom, NewsML), over the previous output, every file changed",
            &corpus_dir,
            &out,
            &mut |r| {
                // A new base URL changes every link, so every file changes.
                let mut spec = table.clone();
                spec.base_url = if r % 2 == 0 {
                    "https://news.example.org/".into()
                } else {
                    "https://news.example.com/".into()
                };
                corpus::write_publication(&corpus_dir, &spec).map_err(|e| e.to_string())
            },
        )?);
        // The floor: the same files (paths and sizes) written by a program that does nothing else,
        // on one thread and on every core, in the same conditions (after deleting the previous
        // output; over it).
        let list = work.join(format!("files-full-{n}.txt"));
        listing(&out, &list)?;
        let floor_out = work.join(format!("out-floor-{n}"));
        let mut fill = b'a';
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let one = "minimal writer, same files, one thread";
        let every = "minimal writer, same files, every core";
        for (threads, who, rename, fresh, how) in [
            (
                1,
                one,
                false,
                true,
                "fresh output folder, straight into place",
            ),
            (
                1,
                one,
                true,
                true,
                "fresh output folder, temporary file and rename",
            ),
            (
                cores,
                every,
                true,
                true,
                "fresh output folder, temporary file and rename",
            ),
            (1, one, false, false, "over the previous output, in place"),
            (
                1,
                one,
                true,
                false,
                "over the previous output, temporary file and rename",
            ),
            (
                cores,
                every,
                true,
                false,
                "over the previous output, temporary file and rename",
            ),
        ] {
            let mut samples = Vec::new();
            for r in 0..runs {
                // Each fresh run deletes the previous output first, as mode 1 does (the first
                // deletes silkwire's); every run over the previous output changes every byte.
                if fresh {
                    remove(&out)?;
                    remove(&floor_out)?;
                }
                fill = if fill == b'z' { b'a' } else { fill + 1 };
                eprintln!("  [{n}] {who}: {how} {}/{runs}", r + 1);
                samples.push(timed_floor(&list, &floor_out, rename, fill, threads)?);
            }
            rows.push(Row {
                releases: n,
                mode: format!("{who}: {how}"),
                sample: median(samples),
            });
        }
        remove(&floor_out)?;
        std::fs::remove_file(&list).map_err(|e| format!("{}: {e}", list.display()))?;
        remove(&out)?;
        remove(&corpus_dir)?;

        // Default feed caps, every output: the daily rebuilds.
        let daily = Spec {
            full_archive: false,
            outputs: vec![],
            ..table.clone()
        };
        let corpus_dir = work.join(format!("corpus-default-{n}"));
        remove(&corpus_dir)?;
        make_corpus(&corpus_dir, &daily)?;
        // An archive's files were written long before today's build (a file written within two
        // seconds of a build is not trusted by the build cache).
        age(&corpus_dir).map_err(|e| format!("{}: {e}", corpus_dir.display()))?;
        let out = work.join(format!("out-default-{n}"));
        remove(&out)?;
        eprintln!("  [{n}] default caps, all outputs: first build");
        let first = build(silkwire, &corpus_dir, &out)?;
        rows.push(Row {
            releases: n,
            mode: "default caps, all outputs, fresh output folder".into(),
            sample: first,
        });
        rows.push(timed(
            "default caps, all outputs, rebuild with nothing changed",
            &corpus_dir,
            &out,
            &mut |_| Ok(()),
        )?);
        // The newest release, corrected in English: its editions and the feeds that list it change.
        let rel = corpus::release_ftl(n - 1, "en");
        if !edited_file.is_empty() {
            edited_file.push_str(", ");
        }
        let _ = write!(edited_file, "`{}` at {n} releases", rel.display());
        rows.push(timed(
            "default caps, all outputs, rebuild after one release's text changed",
            &corpus_dir,
            &out,
            &mut |r| {
                let path = corpus_dir.join(&rel);
                let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
                let text = text.replacen(
                    "\nbody-1 = ",
                    &format!("\nbody-1 = (Corrected {}.) ", r + 1),
                    1,
                );
                std::fs::write(&path, text).map_err(|e| e.to_string())
            },
        )?);
        remove(&out)?;
        remove(&corpus_dir)?;
    }
    let report = report(&rows, locales, runs, &edited_file);
    print!("{report}");
    if let Some(path) = write {
        replace_results(path, &report)?;
        eprintln!("wrote the results into {}", path.display());
    }
    Ok(())
}

fn machine() -> String {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|r| r.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mem = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:").map(|r| r.trim().to_string()))
        .unwrap_or_default();
    let kernel = read("/proc/sys/kernel/osrelease").trim().to_string();
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    format!("{model}, {cores} cores available, {mem} memory, Linux {kernel}, {rustc}")
}

fn report(rows: &[Row], locales: &[String], runs: usize, edited: &str) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "Machine: {}.", machine());
    let _ = writeln!(
        t,
        "Locales: {} ({}). Median of {runs} runs per mode (the first build of the default-caps corpus is one run). Clock: `--now {NOW}`. Edited file: {edited} (the newest release's English text, a few words added to `body-1`; the cache finds only that release changed, so the build is incremental).",
        locales.len(),
        locales.join(", ")
    );
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "| releases | editions | mode | wall | CPU | peak memory | files written | unchanged |"
    );
    let _ = writeln!(t, "|---:|---:|---|---:|---:|---:|---:|---:|");
    for r in rows {
        let _ = writeln!(
            t,
            "| {} | {} | {} | {:.2} s | {:.2} s | {:.0} MiB | {} | {} |",
            r.releases,
            r.releases * locales.len(),
            r.mode,
            r.sample.wall_ms / 1000.0,
            r.sample.cpu_ms / 1000.0,
            r.sample.rss_kib / 1024.0,
            r.sample.written,
            r.sample.unchanged
        );
    }
    t
}

const START: &str = "<!-- silkwire-bench results: start -->";
const END: &str = "<!-- silkwire-bench results: end -->";

/// Replaces the text between the results markers of `path` (created if missing) with `report`.
fn replace_results(path: &Path, report: &str) -> Result<(), String> {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    let new = match (old.find(START), old.find(END)) {
        (Some(a), Some(b)) if a < b => format!("{}{START}\n{report}{}", &old[..a], &old[b..]),
        _ => format!("{old}\n{START}\n{report}{END}\n"),
    };
    std::fs::write(path, new).map_err(|e| format!("{}: {e}", path.display()))
}
