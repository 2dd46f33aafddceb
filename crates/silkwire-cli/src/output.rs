//! Writing the output tree: every file atomically, only when its bytes changed, and removing what an
//! earlier build wrote that this one no longer produces.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

/// The list of files the last build wrote, kept in the output folder so the next build can remove
/// the ones it no longer produces (a deleted release, channel or locale) and nothing else.
pub const MANIFEST: &str = ".silkwire-manifest";

/// Present in the output folder while a build writes into it: a build that finds it knows the
/// last one was interrupted, and removes the temporary files it may have left beside the files
/// the manifest lists. (Two builds must not write into one output folder at the same time.)
pub const BUILDING: &str = ".silkwire-building";

/// What writing the output did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// The files created or replaced, relative to the output folder, sorted.
    pub written_paths: Vec<String>,
    /// Files whose bytes were already right (left untouched, modification time kept).
    pub unchanged: usize,
    /// Files an earlier build wrote that this one no longer produces, now deleted (relative paths).
    pub removed: Vec<String>,
    /// Files no longer produced that were left in place, with the reason.
    pub kept: Vec<(String, String)>,
    /// The publication the folder was last built for, when it was another one: its files are left alone.
    pub other_owner: Option<String>,
}

impl WriteReport {
    /// How many files were created or replaced.
    pub fn written(&self) -> usize {
        self.written_paths.len()
    }
}

/// A file that could not be written or removed.
#[derive(Debug, thiserror::Error)]
#[error("cannot {action} {}: {source}", path.display())]
pub struct OutputError {
    /// What was being done: `write` or `remove`.
    pub action: &'static str,
    /// The file or folder concerned.
    pub path: PathBuf,
    /// The cause.
    #[source]
    pub source: io::Error,
}

/// The manifest: who the folder was built for, and the files that build wrote.
struct Manifest {
    owner: String,
    files: BTreeSet<PathBuf>,
    /// It ends with a whole line (a killed build may have left half of one), so more can be
    /// appended.
    whole: bool,
}

const MANIFEST_HEAD: &str =
    "# Silkwire output manifest: the files the last build wrote. Do not edit.";

impl Manifest {
    fn read(path: &Path) -> Option<Manifest> {
        let text = fs::read_to_string(path).ok()?;
        let mut owner = String::new();
        let mut files = BTreeSet::new();
        // Only whole lines: a build killed while announcing files may have left half of one.
        for line in text
            .split_inclusive('\n')
            .filter_map(|l| l.strip_suffix('\n'))
        {
            if let Some(o) = line.strip_prefix("# publication: ") {
                owner = o.to_string();
            } else if !line.starts_with('#') && is_safe_relative(line) {
                files.insert(PathBuf::from(line));
            }
        }
        let whole = text.ends_with('\n');
        Some(Manifest {
            owner,
            files,
            whole,
        })
    }
}

/// Writes a manifest listing `files` for the publication `owner`.
fn write_manifest(path: &Path, owner: &str, files: &BTreeSet<PathBuf>) -> Result<(), OutputError> {
    let mut text = format!("{MANIFEST_HEAD}\n# publication: {owner}\n");
    for f in files {
        text.push_str(&f.to_string_lossy());
        text.push('\n');
    }
    write_atomic(path, text.as_bytes()).map_err(|source| OutputError {
        action: "write",
        path: path.to_path_buf(),
        source,
    })
}

/// Writes `files` (paths relative to `out`) under `out`, for the publication `owner` (its base URL).
///
/// Each file is written to a temporary file beside it and renamed over the old one, so a reader (or
/// a crash) never sees a half-written file. A file whose bytes are unchanged is not touched.
///
/// The manifest in `out` lists what Silkwire wrote there. Before anything is written it is extended
/// with this build's files, so an interrupted build leaves no file untracked; afterwards the files
/// the previous build of the same publication wrote and this one did not produce are deleted (only
/// those: files Silkwire did not write, and anything reached through a symbolic link, are left
/// alone), and the manifest lists this build's files.
pub fn write_tree(
    out: &Path,
    owner: &str,
    files: &[(String, Vec<u8>)],
) -> Result<WriteReport, OutputError> {
    let mut tree = TreeWriter::begin(out, owner)?;
    tree.write(files)?;
    tree.finish()
}

/// [`write_tree`] in batches: a build can write each part of the output as soon as it is rendered
/// and let it go. Before a batch is written, the manifest is extended with its files (if it does not
/// list them yet), so an interrupted build still leaves no file untracked.
#[derive(Debug)]
pub struct TreeWriter {
    out: PathBuf,
    owner: String,
    tracked: BTreeSet<PathBuf>,
    listed: BTreeSet<PathBuf>,
    produced: BTreeSet<PathBuf>,
    /// `written_paths` are the files written to their temporary names, renamed into place by
    /// [`TreeWriter::finish`] (and removed if the writer is dropped unfinished).
    report: WriteReport,
}

impl TreeWriter {
    /// Starts writing into `out` for the publication `owner` (its base URL).
    pub fn begin(out: &Path, owner: &str) -> Result<Self, OutputError> {
        let previous = Manifest::read(&out.join(MANIFEST));
        fs::create_dir_all(out).map_err(|source| OutputError {
            action: "write",
            path: out.to_path_buf(),
            source,
        })?;
        let marker = out.join(BUILDING);
        if marker.exists() {
            // Every file a build writes is announced in the manifest first.
            for rel in previous.iter().flat_map(|m| &m.files) {
                let _ = fs::remove_file(temp_path(&out.join(rel)));
            }
        }
        fs::write(&marker, b"").map_err(|source| OutputError {
            action: "write",
            path: marker,
            source,
        })?;
        let mut report = WriteReport::default();
        let (tracked, appendable) = match previous {
            Some(m) if m.owner == owner => (m.files, m.whole),
            Some(m) => {
                report.other_owner = Some(m.owner);
                (BTreeSet::new(), false)
            }
            None => (BTreeSet::new(), false),
        };
        // Announced files are appended to the manifest as the build goes (it is written whole
        // again when the build finishes): it must exist, name this publication and end with a
        // whole line.
        if !appendable {
            write_manifest(&out.join(MANIFEST), owner, &tracked)?;
        }
        Ok(TreeWriter {
            out: out.to_path_buf(),
            owner: owner.to_string(),
            listed: tracked.clone(),
            tracked,
            produced: BTreeSet::new(),
            report,
        })
    }

    /// Records files about to be written in the manifest (if it does not list them yet), appended
    /// to it: the manifest grows with the build instead of being written again each time.
    pub fn announce(&mut self, paths: &[String]) -> Result<(), OutputError> {
        let mut lines = String::new();
        for p in paths {
            if self.listed.insert(PathBuf::from(p)) {
                lines.push_str(p);
                lines.push('\n');
            }
        }
        if lines.is_empty() {
            return Ok(());
        }
        let path = self.out.join(MANIFEST);
        fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(lines.as_bytes()))
            .map_err(|source| OutputError {
                action: "write",
                path,
                source,
            })
    }

    /// Writes a batch of files (paths relative to the output folder).
    pub fn write(&mut self, files: &[(String, Vec<u8>)]) -> Result<(), OutputError> {
        // Files not announced are recorded now, before they are written.
        if files
            .iter()
            .any(|(p, _)| !self.listed.contains(Path::new(p)))
        {
            let paths: Vec<String> = files.iter().map(|(p, _)| p.clone()).collect();
            self.announce(&paths)?;
        }
        self.produced
            .extend(files.iter().map(|(p, _)| PathBuf::from(p)));
        let r = write_files(&self.out, files)?;
        self.report.unchanged += r.unchanged;
        self.report.written_paths.extend(r.written_paths);
        Ok(())
    }

    /// Writes one file made of `pieces` in order (some of them files of their own, so that a file
    /// larger than memory should hold need not be held): like [`TreeWriter::write`], compared with
    /// the file in place first and written to its temporary name only if it differs.
    pub fn write_joined(&mut self, rel: &str, pieces: &[Piece]) -> Result<(), OutputError> {
        if !self.listed.contains(Path::new(rel)) {
            self.announce(&[rel.to_string()])?;
        }
        self.produced.insert(PathBuf::from(rel));
        let path = self.out.join(rel);
        let failed = |source| OutputError {
            action: "write",
            path: path.clone(),
            source,
        };
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(failed)?;
        }
        let len = pieces
            .iter()
            .map(|p| match p {
                Piece::Bytes(b) => Ok(b.len() as u64),
                Piece::File(f) => fs::metadata(f).map(|m| m.len()),
            })
            .sum::<io::Result<u64>>()
            .map_err(failed)?;
        let same = fs::metadata(&path).is_ok_and(|m| m.len() == len)
            && same_bytes(fs::File::open(&path), pieces).unwrap_or(false);
        if same {
            self.report.unchanged += 1;
            return Ok(());
        }
        // Piece by piece, file to file: the kernel copies a piece that is a file (no trip through
        // this process's memory).
        write_temp_file(&path, |file| {
            for p in pieces {
                match p {
                    Piece::Bytes(b) => file.write_all(b)?,
                    Piece::File(f) => drop(io::copy(&mut fs::File::open(f)?, file)?),
                }
            }
            Ok(())
        })
        .map_err(failed)?;
        self.report.written_paths.push(rel.to_string());
        Ok(())
    }

    /// Keeps files the previous build wrote that this build leaves as they are (an incremental
    /// build's untouched outputs, which the caller knows to be unchanged): they count as produced
    /// and unchanged, so [`TreeWriter::finish`] does not remove them. Files of this build are
    /// not counted twice.
    pub fn keep(&mut self, paths: &[String]) {
        for p in paths {
            if self.produced.insert(PathBuf::from(p)) {
                self.report.unchanged += 1;
            }
        }
    }

    /// Renames every written file into place, removes what the previous build wrote and this one
    /// did not, and records this build's files.
    pub fn finish(mut self) -> Result<WriteReport, OutputError> {
        commit(&self.out, &self.report.written_paths)?;
        let out = std::mem::take(&mut self.out);
        let owner = std::mem::take(&mut self.owner);
        let tracked = std::mem::take(&mut self.tracked);
        let produced = std::mem::take(&mut self.produced);
        let mut report = std::mem::take(&mut self.report);
        for old in tracked.difference(&produced) {
            let shown = old.to_string_lossy().into_owned();
            match remove_tracked(&out, old) {
                Ok(Removal::Removed) => report.removed.push(shown),
                Ok(Removal::Gone) => {}
                Ok(Removal::Kept(why)) => report.kept.push((shown, why)),
                Err(source) => {
                    return Err(OutputError {
                        action: "remove",
                        path: out.join(old),
                        source,
                    })
                }
            }
        }
        report.written_paths.sort();
        write_manifest(&out.join(MANIFEST), &owner, &produced)?;
        let _ = fs::remove_file(out.join(BUILDING));
        Ok(report)
    }
}

impl Drop for TreeWriter {
    /// An unfinished writer (a build that failed) leaves the folder as it was: its temporary files
    /// go.
    fn drop(&mut self) {
        for rel in &self.report.written_paths {
            let _ = fs::remove_file(temp_path(&self.out.join(rel)));
        }
        if !self.out.as_os_str().is_empty() {
            let _ = fs::remove_file(self.out.join(BUILDING));
        }
    }
}

/// Renames the temporary file of each of `files` into place, on every core.
fn commit(out: &Path, files: &[String]) -> Result<(), OutputError> {
    let rename = |rel: &String| {
        let path = out.join(rel);
        fs::rename(temp_path(&path), &path).map_err(|source| OutputError {
            action: "write",
            path,
            source,
        })
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if files.len() < 64 || threads < 2 {
        return files.iter().try_for_each(rename);
    }
    let share = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(share)
            .map(|part| scope.spawn(move || part.iter().try_for_each(rename)))
            .collect();
        handles
            .into_iter()
            .try_for_each(|h| h.join().unwrap_or(Ok(())))
    })
}

enum Removal {
    Removed,
    Gone,
    Kept(String),
}

/// Removes `out/rel` if it is a file reached without passing through a symbolic link.
fn remove_tracked(out: &Path, rel: &Path) -> io::Result<Removal> {
    let mut dir = out.to_path_buf();
    let mut components: Vec<Component<'_>> = rel.components().collect();
    let Some(name) = components.pop() else {
        return Ok(Removal::Gone);
    };
    for c in components {
        dir.push(c);
        match fs::symlink_metadata(&dir) {
            Ok(m) if m.file_type().is_symlink() => {
                return Ok(Removal::Kept(format!(
                    "{} is a symbolic link",
                    dir.display()
                )))
            }
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Ok(Removal::Kept(format!("{} is not a folder", dir.display()))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Removal::Gone),
            Err(e) => return Err(e),
        }
    }
    let path = dir.join(name);
    match fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => Ok(Removal::Kept("it is a folder now".to_string())),
        Ok(_) => {
            fs::remove_file(&path)?;
            remove_empty_parents(out, &path);
            Ok(Removal::Removed)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Removal::Gone),
        Err(e) => Err(e),
    }
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
    // The folders first, once each (files are sorted, so a folder's files are together).
    let mut dirs: Vec<&Path> = files
        .iter()
        .filter_map(|(rel, _)| Path::new(rel).parent())
        .collect();
    dirs.dedup();
    for d in dirs {
        let dir = out.join(d);
        fs::create_dir_all(&dir).map_err(|source| OutputError {
            action: "write",
            path: dir,
            source,
        })?;
    }
    // Then the files, on every core: each thread takes a contiguous share, and the shares' reports
    // are joined in order, so the report is the same as a single thread's. A few files are not
    // worth a thread.
    if files.len() < 16 {
        return write_share(out, files);
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let share = files.len().div_ceil(threads.max(1)).max(1);
    let reports: Vec<Result<WriteReport, OutputError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(share)
            .map(|chunk| scope.spawn(move || write_share(out, chunk)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Ok(WriteReport::default())))
            .collect()
    });
    let mut report = WriteReport::default();
    for r in reports {
        let r = r?;
        report.unchanged += r.unchanged;
        report.written_paths.extend(r.written_paths);
    }
    Ok(report)
}

fn write_share(out: &Path, files: &[(String, Vec<u8>)]) -> Result<WriteReport, OutputError> {
    // Each file goes to its temporary name beside it; the writer renames them all at the end.
    let mut report = WriteReport::default();
    let mut buffer = vec![0u8; 1 << 16];
    for (rel, bytes) in files {
        let path = out.join(rel);
        // Same size first: reading the old file is only worth it when it could be equal.
        let same = fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64)
            && holds(&path, bytes, &mut buffer);
        if same {
            report.unchanged += 1;
            continue;
        }
        write_temp(&path, |w| w.write_all(bytes)).map_err(|source| OutputError {
            action: "write",
            path: path.clone(),
            source,
        })?;
        report.written_paths.push(rel.clone());
    }
    Ok(report)
}

/// Whether the file at `path` holds exactly `bytes` (compared a buffer at a time, up to the first
/// difference; any error counts as a difference, so the file is written).
fn holds(path: &Path, bytes: &[u8], buffer: &mut [u8]) -> bool {
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    next_bytes_are(&mut file, bytes, buffer).unwrap_or(false)
        && file.read(buffer).is_ok_and(|n| n == 0)
}

/// Whether the next `expected.len()` bytes `old` gives are `expected`, read into `buffer` a part at
/// a time and compared up to the first difference.
fn next_bytes_are(old: &mut impl Read, expected: &[u8], buffer: &mut [u8]) -> io::Result<bool> {
    let mut at = 0;
    while at < expected.len() {
        let want = (expected.len() - at).min(buffer.len());
        let n = old.read(&mut buffer[..want])?;
        if n == 0 || buffer[..n] != expected[at..at + n] {
            return Ok(false);
        }
        at += n;
    }
    Ok(true)
}

/// A piece of a file that [`TreeWriter::write_joined`] writes: bytes, or the content of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// These bytes.
    Bytes(Vec<u8>),
    /// What this file holds.
    File(PathBuf),
}

/// Whether `file` holds exactly the pieces' bytes (whose total length it is known to have).
fn same_bytes(file: io::Result<fs::File>, pieces: &[Piece]) -> io::Result<bool> {
    let mut old = io::BufReader::new(file?);
    let (mut a, mut b) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    for p in pieces {
        match p {
            Piece::Bytes(bytes) => {
                if !next_bytes_are(&mut old, bytes, &mut a)? {
                    return Ok(false);
                }
            }
            Piece::File(f) => {
                let mut new = fs::File::open(f)?;
                loop {
                    let n = new.read(&mut b)?;
                    if n == 0 {
                        break;
                    }
                    if !next_bytes_are(&mut old, &b[..n], &mut a)? {
                        return Ok(false);
                    }
                }
            }
        }
    }
    Ok(true)
}

/// The temporary file beside `path` that it is written to before it is renamed into place.
fn temp_path(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.silkwire.tmp"))
}

/// Writes what `write` writes (buffered) to [`temp_path`] of `path`, removed again if that fails.
fn write_temp(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    write_temp_file(path, |file| {
        let mut w = io::BufWriter::new(file);
        write(&mut w)?;
        w.flush()
    })
}

/// Creates [`temp_path`] of `path` and lets `write` fill it; removed again if that fails.
fn write_temp_file(
    path: &Path,
    write: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = fs::File::create(&tmp).and_then(|mut file| write(&mut file));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Renames [`temp_path`] of `path` into place (removed if that fails).
fn rename_temp(path: &Path) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = fs::rename(&tmp, path);
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes `bytes` to `path` through a temporary file beside it and a rename: readers see the old
/// file or the new one, never half of it. Missing folders are created.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// [`write_atomic`] of what `write` writes (buffered), without holding it all in memory.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?;
    write_temp(path, write)?;
    rename_temp(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: &str = "https://news.example.com/";

    #[test]
    fn unchanged_files_are_not_rewritten() {
        let dir = std::env::temp_dir().join(format!("silkwire-output-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let files = vec![("a/b.xml".to_string(), b"<x/>".to_vec())];
        assert_eq!(
            write_tree(&dir, OWNER, &files).unwrap(),
            WriteReport {
                written_paths: vec!["a/b.xml".to_string()],
                unchanged: 0,
                ..Default::default()
            }
        );
        let mtime = fs::metadata(dir.join("a/b.xml"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(
            write_tree(&dir, OWNER, &files).unwrap(),
            WriteReport {
                unchanged: 1,
                ..Default::default()
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
        assert_eq!(write_tree(&dir, OWNER, &changed).unwrap().written(), 1);
        assert_eq!(fs::read(dir.join("a/b.xml")).unwrap(), b"<y/>");
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.join("a")).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_are_renamed_into_place_only_when_the_writer_finishes() {
        let dir = std::env::temp_dir().join(format!("silkwire-staged-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        write_tree(&dir, OWNER, &[("a/b.xml".to_string(), b"<old/>".to_vec())]).unwrap();
        let mut tree = TreeWriter::begin(&dir, OWNER).unwrap();
        tree.write(&[
            ("a/b.xml".to_string(), b"<new/>".to_vec()),
            ("a/c.xml".to_string(), b"<c/>".to_vec()),
        ])
        .unwrap();
        // Written, but not in place yet.
        assert_eq!(fs::read(dir.join("a/b.xml")).unwrap(), b"<old/>");
        assert!(!dir.join("a/c.xml").exists());
        // A build that fails drops its writer: the folder is as it was, without temporary files.
        drop(tree);
        assert_eq!(fs::read(dir.join("a/b.xml")).unwrap(), b"<old/>");
        assert_eq!(fs::read_dir(dir.join("a")).unwrap().count(), 1);
        assert!(!dir.join(BUILDING).exists());
        // A build killed while writing leaves its marker and temporary files: the next writer
        // removes those of the files the manifest lists.
        fs::write(dir.join(BUILDING), b"").unwrap();
        fs::write(temp_path(&dir.join("a/b.xml")), b"<ha").unwrap();
        drop(TreeWriter::begin(&dir, OWNER).unwrap());
        assert_eq!(fs::read_dir(dir.join("a")).unwrap().count(), 1);
        assert!(!dir.join(BUILDING).exists());
        let mut tree = TreeWriter::begin(&dir, OWNER).unwrap();
        tree.write(&[("a/b.xml".to_string(), b"<new/>".to_vec())])
            .unwrap();
        tree.finish().unwrap();
        assert_eq!(fs::read(dir.join("a/b.xml")).unwrap(), b"<new/>");
        assert_eq!(fs::read_dir(dir.join("a")).unwrap().count(), 1);
        assert!(!dir.join(BUILDING).exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn announced_files_are_appended_and_a_torn_line_is_ignored() {
        let dir = std::env::temp_dir().join(format!("silkwire-announce-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        write_tree(&dir, OWNER, &[("a.xml".to_string(), b"1".to_vec())]).unwrap();
        let mut tree = TreeWriter::begin(&dir, OWNER).unwrap();
        tree.announce(&["b.xml".to_string(), "a.xml".to_string()])
            .unwrap();
        tree.announce(&["c.xml".to_string(), "b.xml".to_string()])
            .unwrap();
        // Each file once, in the order announced, after those of the last build.
        assert_eq!(
            fs::read_to_string(dir.join(MANIFEST)).unwrap(),
            format!("{MANIFEST_HEAD}\n# publication: {OWNER}\na.xml\nb.xml\nc.xml\n")
        );
        drop(tree);
        // A build killed halfway through a line: the half line names no file.
        fs::OpenOptions::new()
            .append(true)
            .open(dir.join(MANIFEST))
            .unwrap()
            .write_all(b"d.x")
            .unwrap();
        let listed: Vec<PathBuf> = Manifest::read(&dir.join(MANIFEST))
            .unwrap()
            .files
            .into_iter()
            .collect();
        assert_eq!(listed, ["a.xml", "b.xml", "c.xml"].map(PathBuf::from));
        // The next build writes the manifest whole before it appends to it.
        let mut tree = TreeWriter::begin(&dir, OWNER).unwrap();
        tree.announce(&["e.xml".to_string()]).unwrap();
        assert_eq!(
            fs::read_to_string(dir.join(MANIFEST)).unwrap(),
            format!("{MANIFEST_HEAD}\n# publication: {OWNER}\na.xml\nb.xml\nc.xml\ne.xml\n")
        );
        drop(tree);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn comparisons_stop_at_the_first_difference_and_see_every_byte() {
        let dir = std::env::temp_dir().join(format!("silkwire-compare-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let old = dir.join("old");
        let items = dir.join("items");
        // Larger than the buffer, so the compare takes several reads.
        let body: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(&items, &body).unwrap();
        let whole = [b"<head>".as_slice(), &body, b"</tail>"].concat();
        fs::write(&old, &whole).unwrap();
        let pieces = |tail: &[u8]| {
            vec![
                Piece::Bytes(b"<head>".to_vec()),
                Piece::File(items.clone()),
                Piece::Bytes(tail.to_vec()),
            ]
        };
        assert!(same_bytes(fs::File::open(&old), &pieces(b"</tail>")).unwrap());
        assert!(!same_bytes(fs::File::open(&old), &pieces(b"</tale>")).unwrap());
        let mut buffer = vec![0u8; 1 << 16];
        assert!(holds(&old, &whole, &mut buffer));
        let mut changed = whole.clone();
        changed[150_000] ^= 1;
        assert!(!holds(&old, &changed, &mut buffer));
        assert!(!holds(&old, &whole[..whole.len() - 1], &mut buffer));
        assert!(!holds(&dir.join("missing"), b"", &mut buffer));
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
        write_tree(&dir, OWNER, &both).unwrap();
        fs::write(dir.join("a/mine.txt"), "not Silkwire's").unwrap();
        fs::create_dir_all(dir.join("c")).unwrap();
        // A tampered manifest never lets a build delete outside the output folder, through a
        // symbolic link, or a file it produces (`b.xml/` is `b.xml`).
        let outside = std::env::temp_dir().join(format!("silkwire-outside-{}", std::process::id()));
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("victim.txt"), "keep").unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("link")).unwrap();
        let mut manifest = fs::read_to_string(dir.join(MANIFEST)).unwrap();
        manifest.push_str("../outside.txt\n/etc/hostname\nlink/victim.txt\nb.xml/\n");
        fs::write(dir.join(MANIFEST), manifest).unwrap();
        let one = vec![("b.xml".to_string(), b"2".to_vec())];
        let report = write_tree(&dir, OWNER, &one).unwrap();
        assert_eq!(report.removed, vec!["a/old.xml".to_string()]);
        assert!(
            outside.join("victim.txt").exists(),
            "nothing is removed through a link"
        );
        assert_eq!(report.kept.len(), 1, "{:?}", report.kept);
        fs::remove_dir_all(&outside).unwrap();
        assert!(!dir.join("a/old.xml").exists());
        assert!(
            dir.join("a/mine.txt").exists(),
            "a file Silkwire did not write is kept"
        );
        assert_eq!(
            fs::read_to_string(dir.join(MANIFEST)).unwrap(),
            format!("{MANIFEST_HEAD}\n# publication: {OWNER}\nb.xml\n")
        );
        // A second run removes nothing more.
        assert!(write_tree(&dir, OWNER, &one).unwrap().removed.is_empty());
        // Another publication built into the same folder removes nothing of this one's.
        let other = vec![("c.xml".to_string(), b"3".to_vec())];
        let report = write_tree(&dir, "https://other.example.com/", &other).unwrap();
        assert!(report.removed.is_empty());
        assert_eq!(report.other_owner.as_deref(), Some(OWNER));
        assert!(dir.join("b.xml").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_interrupted_build_leaves_no_untracked_file() {
        let dir = std::env::temp_dir().join(format!("silkwire-interrupt-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        write_tree(&dir, OWNER, &[("a.xml".to_string(), b"1".to_vec())]).unwrap();
        // A folder where a file must go makes the second write fail after the first succeeded.
        fs::create_dir_all(dir.join("z.xml")).unwrap();
        let files = vec![
            ("b.xml".to_string(), b"2".to_vec()),
            ("z.xml".to_string(), b"3".to_vec()),
        ];
        let err = write_tree(&dir, OWNER, &files).unwrap_err();
        assert_eq!(err.action, "write");
        fs::remove_dir(dir.join("z.xml")).unwrap();
        // The next build, producing only a.xml, removes the b.xml the failed build left behind.
        let report = write_tree(&dir, OWNER, &[("a.xml".to_string(), b"1".to_vec())]).unwrap();
        assert_eq!(report.removed, vec!["b.xml".to_string()]);
        fs::remove_dir_all(&dir).unwrap();
    }
}
