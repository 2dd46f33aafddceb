//! The build cache: a rebuild whose inputs, program, options and clock state are those of the last
//! build, and whose outputs are still as that build wrote them, writes nothing and renders nothing.
//!
//! `.silkwire-cache` in the output folder records, after a successful build: the project root, the
//! `silkwire` executable (size and modification time), the options, every input file under
//! `feeds/` and `locales/` (size, modification time) as it was when the build started (the
//! [`Snapshot`]: an input edited while a build runs is seen by the next), every output file (size,
//! modification time),
//! the times at which embargoes, updates and withdrawals take effect with how many had taken effect
//! at the build's clock, and the build's report. `.silkwire-index` beside it records each
//! listed edition's headline and dateline (what a home page shows of it).
//!
//! The [`verdict`]: with nothing different, the last report stands ([`Verdict::Fresh`]). When the
//! only differences are releases' files (`feeds/releases/<id>.toml` and
//! `locales/*/releases/<id>.ftl`, changed, new or gone: releases edited, added, withdrawn or
//! deleted), and the last build had no warning and skipped no edition, an incremental build redoes
//! only those releases ([`Verdict::Partial`], see [`crate::build`]). Any other difference
//! (strings, organisations, settings, anything else) means a full build.
//! An input modified less than two seconds before the last build started counts as changed, so an
//! edit made in the same clock tick as the snapshot is never missed (the "racy" case git also
//! guards against).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use silkwire_core::time::Timestamp;

use crate::build::{BuildReport, Held, LocaleSummary, Options};
use crate::output::{write_atomic_with, WriteReport};

/// The cache file, in the output folder.
pub const CACHE: &str = ".silkwire-cache";
/// The index of listed editions, in the output folder.
pub const INDEX: &str = ".silkwire-index";
const VERSION: u64 = 2;
/// Inputs modified this close before the last build started count as changed.
const RACY: Duration = Duration::from_secs(2);

fn mtime_ns(m: &fs::Metadata) -> u64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64)
}

/// `.silkwire-cache`. Files are (path, size, modification time in nanoseconds), sorted by path;
/// `S` is `String` when it is read and `&str` when it is written (no copy of 200,000 paths).
#[derive(serde::Serialize, serde::Deserialize)]
struct CacheFile<S> {
    version: u64,
    program: String,
    options: String,
    /// When the build started (the time of its [`Snapshot`]).
    written_at: u64,
    events: Vec<i64>,
    taken: u64,
    inputs: Vec<(S, u64, u64)>,
    outputs: Vec<(S, u64, u64)>,
    report: Value,
}

/// Every file under `dir`, as paths relative to `base` with `/`, sorted.
fn walk(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(base, &entry.path(), out)?;
        } else {
            out.push(
                entry
                    .path()
                    .strip_prefix(base)
                    .unwrap_or(&entry.path())
                    .to_path_buf(),
            );
        }
    }
    Ok(())
}

fn inputs(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for top in ["feeds", "locales"] {
        let dir = root.join(top);
        if dir.is_dir() {
            walk(root, &dir, &mut files)?;
        }
    }
    files.sort();
    Ok(files)
}

fn key(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// The executable's identity: another build of silkwire may write other bytes.
fn program() -> String {
    std::env::current_exe()
        .and_then(fs::metadata)
        .map(|m| format!("{}:{}:{}", env!("CARGO_PKG_VERSION"), m.len(), mtime_ns(&m)))
        .unwrap_or_default()
}

fn options_key(root: &Path, options: &Options) -> String {
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    format!("root={} strict={}", root.display(), options.strict)
}

/// How many of `events` (sorted) have taken effect at `now`.
fn taken(events: &[i64], now: &Timestamp) -> usize {
    events.partition_point(|t| *t <= now.timestamp())
}

/// Every instant at which a release's state changes: embargo ends, updates, withdrawals.
pub fn events(project: &silkwire_core::Project) -> Vec<i64> {
    let mut out: Vec<i64> = project
        .releases
        .iter()
        .flat_map(|r| {
            r.embargo
                .iter()
                .copied()
                .chain(r.updates.iter().map(|u| u.time))
                .chain(r.withdrawn.iter().map(|w| w.time))
                .map(|t| t.timestamp())
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort_unstable();
    out
}

/// Every input's size and modification time, taken as a build starts: an input edited while the
/// build runs differs from it at the next build.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// When it was taken (nanoseconds since the Unix epoch), before the first input was looked at.
    taken_at: u64,
    /// (path relative to the root, size, modification time in nanoseconds), sorted.
    inputs: Vec<(String, u64, u64)>,
}

/// Takes the [`Snapshot`] of `root`'s inputs (`None` if one cannot be read: then no cache).
pub fn snapshot(root: &Path) -> Option<Snapshot> {
    let taken_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut out = Vec::new();
    for f in inputs(root).ok()? {
        let m = fs::metadata(root.join(&f)).ok()?;
        out.push((key(&f), m.len(), mtime_ns(&m)));
    }
    Some(Snapshot {
        taken_at,
        inputs: out,
    })
}

/// What the last build leaves to this one.
#[derive(Debug)]
pub enum Verdict {
    /// Nothing changed: the last build's report stands, and nothing is rendered.
    Fresh(Box<BuildReport>),
    /// Only some releases' files changed (or are new, or gone): they can be built again alone.
    Partial(Increment),
    /// Build everything.
    Full,
}

/// What an incremental build needs of the last build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Increment {
    /// The releases whose files changed, the new ones and the deleted ones.
    pub releases: BTreeSet<String>,
    /// Every file the last build wrote (path relative to the output folder, size, modification
    /// time), all untouched since.
    pub outputs: Vec<(String, u64, u64)>,
    /// Per target locale, release id: the headline and dateline of every edition the last build
    /// listed on that locale's home page.
    pub index: BTreeMap<String, BTreeMap<String, (String, String)>>,
}

/// The release an input file belongs to, if it is one of a release's files: its settings
/// (`feeds/releases/<id>.toml`) or a text (see [`release_text_id`]).
fn release_file_id(path: &str) -> Option<&str> {
    release_settings_id(path).or_else(|| release_text_id(path))
}

/// The release an input file belongs to, if it is a release's settings (`feeds/releases/<id>.toml`).
fn release_settings_id(path: &str) -> Option<&str> {
    path.strip_prefix("feeds/releases/")?
        .strip_suffix(".toml")
        .filter(|id| !id.contains('/'))
}

/// The release an input file belongs to, if it is a release text file
/// (`locales/<folder>/releases/<id>.ftl`).
fn release_text_id(path: &str) -> Option<&str> {
    let mut parts = path.split('/');
    match (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) {
        (Some("locales"), Some(_), Some("releases"), Some(file), None) => file.strip_suffix(".ftl"),
        _ => None,
    }
}

/// Compares this build with the last one: same program, options, clock state and untouched
/// outputs are required for anything but [`Verdict::Full`]; then the inputs decide.
pub fn verdict(
    root: &Path,
    out: &Path,
    options: &Options,
    now: &Timestamp,
    snapshot: &Snapshot,
) -> Verdict {
    verdict_of(root, out, options, now, snapshot).unwrap_or(Verdict::Full)
}

fn verdict_of(
    root: &Path,
    out: &Path,
    options: &Options,
    now: &Timestamp,
    snapshot: &Snapshot,
) -> Option<Verdict> {
    let text = fs::read(out.join(CACHE)).ok()?;
    let cache: CacheFile<String> = serde_json::from_slice(&text).ok()?;
    if cache.version != VERSION
        || cache.program != program()
        || cache.options != options_key(root, options)
    {
        return None;
    }
    let racy_after = cache.written_at.saturating_sub(RACY.as_nanos() as u64);
    // The clock: as many events taken effect as at the last build.
    if taken(&cache.events, now) as u64 != cache.taken {
        return None;
    }
    // Inputs: those that differ, are new or are gone must all be releases' files (a release
    // edited, added or deleted).
    let recorded: std::collections::HashMap<&str, (u64, u64)> = cache
        .inputs
        .iter()
        .map(|(f, len, mtime)| (f.as_str(), (*len, *mtime)))
        .collect();
    let mut changed = BTreeSet::new();
    let mut kept = 0;
    for (path, len, mtime) in &snapshot.inputs {
        let id = match recorded.get(path.as_str()) {
            // A file changed as recently as the last build's start may have changed again within
            // the same clock tick, keeping its time: it counts as changed.
            Some(&(was_len, was_mtime)) => {
                kept += 1;
                if *mtime < racy_after && *len == was_len && *mtime == was_mtime {
                    continue;
                }
                release_file_id(path)?
            }
            None => release_file_id(path)?,
        };
        changed.insert(id.to_string());
    }
    if kept != cache.inputs.len() {
        let present: std::collections::HashSet<&str> =
            snapshot.inputs.iter().map(|(f, _, _)| f.as_str()).collect();
        for (f, _, _) in &cache.inputs {
            if !present.contains(f.as_str()) {
                changed.insert(release_file_id(f)?.to_string());
            }
        }
    }
    // Outputs: still there, as written.
    for (f, len, mtime) in &cache.outputs {
        let m = fs::symlink_metadata(out.join(f)).ok()?;
        if !m.is_file() || m.len() != *len || mtime_ns(&m) != *mtime {
            return None;
        }
    }
    let outputs = cache.outputs;
    let report = report_from(&cache.report, outputs.len())?;
    if changed.is_empty() {
        return Some(Verdict::Fresh(Box::new(report)));
    }
    // What an edition of an unchanged release contributes to the report is known only when it
    // contributed nothing: no warning, no skipped edition.
    if !report.warnings.is_empty() || !report.skipped.is_empty() {
        return None;
    }
    let index: IndexFile<Vec<(String, Vec<[String; 3]>)>> =
        serde_json::from_slice(&fs::read(out.join(INDEX)).ok()?).ok()?;
    if index.build != cache.written_at {
        return None;
    }
    let index = index
        .locales
        .into_iter()
        .map(|(locale, entries)| {
            let entries = entries
                .into_iter()
                .map(|[release, headline, dateline]| (release, (headline, dateline)))
                .collect();
            (locale, entries)
        })
        .collect();
    Some(Verdict::Partial(Increment {
        releases: changed,
        outputs,
        index,
    }))
}

/// `.silkwire-index`: which build wrote it (the cache's `written_at`), and per target locale, the
/// (release id, headline, dateline) its home page lists.
#[derive(serde::Serialize, serde::Deserialize)]
struct IndexFile<L> {
    build: u64,
    locales: L,
}

/// What [`save`] records of a build besides its report.
#[derive(Debug)]
pub struct Record<'a> {
    /// The build's inputs as it started.
    pub snapshot: &'a Snapshot,
    /// Every instant at which a release's state changes.
    pub events: &'a [i64],
    /// Every output file (paths relative to the output folder, sorted).
    pub produced: &'a [String],
    /// What the last build recorded of the outputs this build left alone, if it was incremental.
    pub kept: Option<&'a Increment>,
    /// Per target locale, what its home page lists.
    pub index: &'a [(String, Vec<[String; 3]>)],
}

/// Records this build (after its files are written).
pub fn save(
    root: &Path,
    out: &Path,
    options: &Options,
    now: &Timestamp,
    report: &BuildReport,
    record: &Record<'_>,
) -> std::io::Result<()> {
    let Record {
        snapshot,
        events,
        produced,
        kept,
        index,
    } = record;
    let written_at = snapshot.taken_at;
    let index = IndexFile {
        build: written_at,
        locales: index,
    };
    write_atomic_with(&out.join(INDEX), |w| {
        serde_json::to_writer(w, &index).map_err(std::io::Error::other)
    })?;
    // A file this build did not write is as the last build recorded it (an incremental build
    // checked that); any other is looked at.
    let written: BTreeSet<&str> = report
        .files
        .written_paths
        .iter()
        .map(String::as_str)
        .collect();
    let known: std::collections::HashMap<&str, (u64, u64)> = kept
        .iter()
        .flat_map(|i| &i.outputs)
        .filter(|(f, _, _)| !written.contains(f.as_str()))
        .map(|(f, len, mtime)| (f.as_str(), (*len, *mtime)))
        .collect();
    let mut outputs = Vec::with_capacity(produced.len());
    for f in produced.iter() {
        let (len, mtime) = match known.get(f.as_str()) {
            Some(&known) => known,
            None => {
                let m = fs::metadata(out.join(f))?;
                (m.len(), mtime_ns(&m))
            }
        };
        outputs.push((f.as_str(), len, mtime));
    }
    let cache = CacheFile {
        version: VERSION,
        program: program(),
        options: options_key(root, options),
        written_at,
        events: events.to_vec(),
        taken: taken(events, now) as u64,
        inputs: snapshot
            .inputs
            .iter()
            .map(|(f, len, mtime)| (f.as_str(), *len, *mtime))
            .collect(),
        outputs,
        report: report_json(report),
    };
    write_atomic_with(&out.join(CACHE), |w| {
        serde_json::to_writer(w, &cache).map_err(std::io::Error::other)
    })
}

/// Removes the cache and its index (a build that fails or writes elsewhere must not leave a stale
/// one).
pub fn clear(out: &Path) {
    let _ = fs::remove_file(out.join(CACHE));
    let _ = fs::remove_file(out.join(INDEX));
}

fn report_json(r: &BuildReport) -> Value {
    json!({
        "locales": r.locales.iter().map(|l| json!([l.locale, l.editions, l.skipped, l.held, l.warnings])).collect::<Vec<_>>(),
        "warnings": r.warnings.iter().map(|w| json!([w.locale, w.message])).collect::<Vec<_>>(),
        "skipped": r.skipped,
        "held": r.held.iter().map(|h| json!([h.release, silkwire_core::time::rfc3339(&h.until)])).collect::<Vec<_>>(),
    })
}

fn report_from(v: &Value, outputs: usize) -> Option<BuildReport> {
    let locales = v["locales"]
        .as_array()?
        .iter()
        .map(|l| {
            let n = |i: usize| l.get(i).and_then(Value::as_u64).map(|x| x as usize);
            Some(LocaleSummary {
                locale: l.get(0)?.as_str()?.to_string(),
                editions: n(1)?,
                skipped: n(2)?,
                held: n(3)?,
                warnings: n(4)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let warnings = v["warnings"]
        .as_array()?
        .iter()
        .map(|w| {
            Some(silkwire_l10n::Warning {
                locale: w.get(0)?.as_str().map(str::to_string),
                message: w.get(1)?.as_str()?.to_string(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let skipped = v["skipped"]
        .as_array()?
        .iter()
        .map(|s| {
            Some((
                s.get(0)?.as_str()?.to_string(),
                s.get(1)?.as_str()?.to_string(),
            ))
        })
        .collect::<Option<Vec<_>>>()?;
    let held = v["held"]
        .as_array()?
        .iter()
        .map(|h| {
            Some(Held {
                release: h.get(0)?.as_str()?.to_string(),
                until: silkwire_core::time::parse_rfc3339(h.get(1)?.as_str()?).ok()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(BuildReport {
        locales,
        files: WriteReport {
            unchanged: outputs,
            ..WriteReport::default()
        },
        warnings,
        skipped,
        held,
        partner: None,
        cached: true,
        rebuilt: Vec::new(),
    })
}
