//! The build cache: a rebuild whose inputs, program, options and clock state are those of the last
//! build, and whose outputs are still as that build wrote them, writes nothing and renders nothing.
//!
//! `.silkwire-cache` in the output folder records, after a successful build: the project root, the
//! `silkwire` executable (size and modification time), the options, every input file under
//! `feeds/` and `locales/` (size, modification time), every output file (size, modification time),
//! the times at which embargoes, updates and withdrawals take effect with how many had taken effect
//! at the build's clock, and the build's report. Any difference means a full build. An input
//! modified less than two seconds before the cache was written counts as changed, so an edit made
//! in the same clock tick as a build is never missed (the "racy" case git also guards against).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use silkwire_core::time::Timestamp;

use crate::build::{BuildReport, Held, LocaleSummary, Options};
use crate::output::{write_atomic, WriteReport};

/// The cache file, in the output folder.
pub const CACHE: &str = ".silkwire-cache";
const VERSION: u64 = 1;
/// Files changed this close to the cache's time are compared by content.
const RACY: Duration = Duration::from_secs(2);

fn mtime_ns(m: &fs::Metadata) -> u128 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
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

/// The last build's report, if this build would do exactly the same: same program, options,
/// inputs, clock state, and outputs untouched since. `None` means "build".
pub fn fresh(root: &Path, out: &Path, options: &Options, now: &Timestamp) -> Option<BuildReport> {
    let text = fs::read_to_string(out.join(CACHE)).ok()?;
    let cache: Value = serde_json::from_str(&text).ok()?;
    if cache["version"].as_u64() != Some(VERSION)
        || cache["program"].as_str()? != program()
        || cache["options"].as_str()? != options_key(root, options)
    {
        return None;
    }
    let written_at = UNIX_EPOCH + Duration::from_nanos(cache["written_at"].as_u64()?);
    let racy_after = written_at.checked_sub(RACY).unwrap_or(UNIX_EPOCH);
    // The clock: as many events taken effect as at the last build.
    let events: Vec<i64> = cache["events"]
        .as_array()?
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    if taken(&events, now) as u64 != cache["taken"].as_u64()? {
        return None;
    }
    // Inputs: the same files, each the same.
    let recorded = cache["inputs"].as_object()?;
    let files = inputs(root).ok()?;
    if files.len() != recorded.len() {
        return None;
    }
    for f in &files {
        let r = recorded.get(&key(f))?.as_array()?;
        let m = fs::metadata(root.join(f)).ok()?;
        // A file changed as recently as the last build may have changed again within the same
        // clock tick, keeping its time: it counts as changed.
        let racy = m.modified().ok().is_none_or(|t| t >= racy_after);
        if racy
            || m.len() != r.first()?.as_u64()?
            || mtime_ns(&m).to_string() != r.get(1)?.as_str()?
        {
            return None;
        }
    }
    // Outputs: still there, as written.
    for (f, r) in cache["outputs"].as_object()? {
        let r = r.as_array()?;
        let m = fs::symlink_metadata(out.join(f)).ok()?;
        if !m.is_file()
            || m.len() != r.first()?.as_u64()?
            || mtime_ns(&m).to_string() != r.get(1)?.as_str()?
        {
            return None;
        }
    }
    report_from(&cache["report"], cache["outputs"].as_object()?.len())
}

/// Records this build (after its files are written).
pub fn save(
    root: &Path,
    out: &Path,
    options: &Options,
    now: &Timestamp,
    events: &[i64],
    report: &BuildReport,
    produced: &[String],
) -> std::io::Result<()> {
    let written_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut inputs_map = serde_json::Map::new();
    for f in inputs(root)? {
        let m = fs::metadata(root.join(&f))?;
        inputs_map.insert(key(&f), json!([m.len(), mtime_ns(&m).to_string()]));
    }
    let mut outputs_map = serde_json::Map::new();
    for f in produced {
        let m = fs::metadata(out.join(f))?;
        outputs_map.insert(f.clone(), json!([m.len(), mtime_ns(&m).to_string()]));
    }
    let cache = json!({
        "version": VERSION,
        "program": program(),
        "options": options_key(root, options),
        "written_at": written_at,
        "events": events,
        "taken": taken(events, now),
        "inputs": inputs_map,
        "outputs": outputs_map,
        "report": report_json(report),
    });
    write_atomic(&out.join(CACHE), cache.to_string().as_bytes())
}

/// Removes the cache (a build that fails or writes elsewhere must not leave a stale one).
pub fn clear(out: &Path) {
    let _ = fs::remove_file(out.join(CACHE));
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
    })
}
