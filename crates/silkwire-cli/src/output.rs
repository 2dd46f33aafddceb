//! Writing the output tree: every file atomically, and only when its bytes changed.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What writing the output did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or replaced.
    pub written: usize,
    /// Files whose bytes were already right (left untouched, modification time kept).
    pub unchanged: usize,
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
/// a crash) never sees a half-written file. A file whose bytes are unchanged is not touched.
pub fn write_tree(out: &Path, files: &[(String, Vec<u8>)]) -> Result<WriteReport, OutputError> {
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
                unchanged: 0
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
                unchanged: 1
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
}
