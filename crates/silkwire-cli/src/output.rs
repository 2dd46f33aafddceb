//! Writing the output tree: every file atomically, only when its bytes changed, and removing what an
//! earlier build wrote that this one no longer produces.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// The list of files the last build wrote, kept in the output folder so the next build can remove
/// the ones it no longer produces (a deleted release, channel or locale) and nothing else.
pub const MANIFEST: &str = ".silkwire-manifest";

/// What writing the output did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or replaced.
    pub written: usize,
    /// Files whose bytes were already right (left untouched, modification time kept).
    pub unchanged: usize,
    /// Files an earlier build wrote that this one no longer produces, now deleted (relative paths).
    pub removed: Vec<String>,
}

/// A file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {source}", path.display())]
pub struct OutputError {
    /// The file or folder concerned.
    pub path: PathBuf,
    /// The cause.
    #[source]
    pub source: io::Error,
}

/// Writes `files` (paths relative to `out`) under `out`.
///
/// Each file is written to a temporary file beside it and renamed over the old one, so a reader (or
/// a crash) never sees a half-written file. A file whose bytes are unchanged is not touched. Then the
/// files listed in the previous build's manifest that this build did not produce are deleted (only
/// those: files Silkwire never wrote are left alone), and the manifest is replaced.
pub fn write_tree(out: &Path, files: &[(String, Vec<u8>)]) -> Result<WriteReport, OutputError> {
    let mut report = write_files(out, files)?;
    let manifest = out.join(MANIFEST);
    let produced: BTreeSet<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    let previous = fs::read_to_string(&manifest).unwrap_or_default();
    for old in previous.lines().filter(|l| is_safe_relative(l)) {
        if produced.contains(old) {
            continue;
        }
        let path = out.join(old);
        match fs::remove_file(&path) {
            Ok(()) => {
                report.removed.push(old.to_string());
                remove_empty_parents(out, &path);
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(source) => return Err(OutputError { path, source }),
        }
    }
    let mut list = String::new();
    for p in &produced {
        list.push_str(p);
        list.push('\n');
    }
    write_atomic(&manifest, list.as_bytes()).map_err(|source| OutputError {
        path: manifest.clone(),
        source,
    })?;
    Ok(report)
}

/// A manifest line is only ever a plain relative path inside the output folder.
fn is_safe_relative(p: &str) -> bool {
    !p.is_empty()
        && Path::new(p)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

fn remove_empty_parents(out: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == out || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

fn write_files(out: &Path, files: &[(String, Vec<u8>)]) -> Result<WriteReport, OutputError> {
    let mut report = WriteReport::default();
    for (rel, bytes) in files {
        let path = out.join(rel);
        if fs::read(&path).is_ok_and(|old| old == *bytes) {
            report.unchanged += 1;
            continue;
        }
        write_atomic(&path, bytes).map_err(|source| OutputError {
            path: path.clone(),
            source,
        })?;
        report.written += 1;
    }
    Ok(report)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.silkwire-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_files_are_not_rewritten() {
        let dir = std::env::temp_dir().join(format!("silkwire-output-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let files = vec![("a/b.xml".to_string(), b"<x/>".to_vec())];
        assert_eq!(
            write_tree(&dir, &files).unwrap(),
            WriteReport {
                written: 1,
                unchanged: 0,
                removed: vec![]
            }
        );
        let mtime = fs::metadata(dir.join("a/b.xml"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(
            write_tree(&dir, &files).unwrap(),
            WriteReport {
                written: 0,
                unchanged: 1,
                removed: vec![]
            }
        );
        assert_eq!(
            fs::metadata(dir.join("a/b.xml"))
                .unwrap()
                .modified()
                .unwrap(),
            mtime
        );
        let changed = vec![("a/b.xml".to_string(), b"<y/>".to_vec())];
        assert_eq!(write_tree(&dir, &changed).unwrap().written, 1);
        assert_eq!(fs::read(dir.join("a/b.xml")).unwrap(), b"<y/>");
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.join("a")).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_no_longer_produced_are_removed_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("silkwire-stale-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let both = vec![
            ("a/old.xml".to_string(), b"1".to_vec()),
            ("b.xml".to_string(), b"2".to_vec()),
        ];
        write_tree(&dir, &both).unwrap();
        fs::write(dir.join("a/mine.txt"), "not Silkwire's").unwrap();
        fs::create_dir_all(dir.join("c")).unwrap();
        // A tampered manifest never lets a build delete outside the output folder.
        let mut manifest = fs::read_to_string(dir.join(MANIFEST)).unwrap();
        manifest.push_str("../outside.txt\n/etc/hostname\n");
        fs::write(dir.join(MANIFEST), manifest).unwrap();
        let one = vec![("b.xml".to_string(), b"2".to_vec())];
        let report = write_tree(&dir, &one).unwrap();
        assert_eq!(report.removed, vec!["a/old.xml".to_string()]);
        assert!(!dir.join("a/old.xml").exists());
        assert!(
            dir.join("a/mine.txt").exists(),
            "a file Silkwire did not write is kept"
        );
        assert_eq!(fs::read_to_string(dir.join(MANIFEST)).unwrap(), "b.xml\n");
        // A second run removes nothing more.
        assert!(write_tree(&dir, &one).unwrap().removed.is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }
}
