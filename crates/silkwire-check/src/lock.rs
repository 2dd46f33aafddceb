//! The review lock, `locales/translations.lock`: for each translated message, the fingerprint of the
//! source text it was last reviewed against.
//!
//! A translation whose source message has changed since (same id, new text) is *outdated* until a
//! translator reviews it and records that with `silkwire status --accept <locale>`. The file is TOML,
//! sorted, written atomically, meant to be committed beside the translations, and works whatever
//! edits the `.ftl` files (an editor, Pontoon, Weblate):
//!
//! ```toml
//! [th."releases/qingxiu-nev-cluster.ftl"]
//! headline = "fnv1a64:5d0e0f7f3c1a2b94"
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Where the lock lives, relative to the project root.
pub const LOCK_FILE: &str = "locales/translations.lock";

/// Why the lock could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// The file exists but cannot be read.
    #[error("{path}: cannot read the file: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a valid lock.
    #[error("{path}: not a valid lock file: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What the TOML parser said.
        message: String,
        /// Where in the file, as a byte offset.
        offset: Option<usize>,
        /// The file's text.
        text: String,
    },
    /// The file cannot be written.
    #[error("{path}: cannot write the file: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Locale → file inside the locale folder → message id → fingerprint.
pub type Entries = BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>;

/// The review lock of a project.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    /// Every recorded review.
    pub entries: Entries,
}

impl Lock {
    /// Reads the lock under `root`; a missing file is an empty lock.
    pub fn load(root: &Path) -> Result<Self, LockError> {
        let path = root.join(LOCK_FILE);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Lock::default()),
            Err(source) => return Err(LockError::Read { path, source }),
        };
        let entries: Entries = toml::from_str(&text).map_err(|e| LockError::Parse {
            path: path.clone(),
            message: e.message().to_string(),
            offset: e.span().map(|s| s.start),
            text: text.clone(),
        })?;
        Ok(Lock { entries })
    }

    /// The fingerprint recorded for a message, if any.
    pub fn get(&self, locale: &str, file: &str, id: &str) -> Option<&str> {
        self.entries
            .get(locale)?
            .get(file)?
            .get(id)
            .map(String::as_str)
    }

    /// Writes the lock under `root` atomically (temporary file, then rename).
    pub fn save(&self, root: &Path) -> Result<(), LockError> {
        let path = root.join(LOCK_FILE);
        let body = toml::to_string(&self.entries).map_err(|e| LockError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        let text = format!(
            "# Written by `silkwire status --accept <locale>`: for each translated message, the\n# fingerprint of the source text it was last reviewed against. Commit it with the translations.\n\n{body}"
        );
        let tmp = path.with_extension(format!("lock.{}.tmp", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            fs::rename(&tmp, &path)
        };
        write().map_err(|source| {
            let _ = fs::remove_file(&tmp);
            LockError::Write { path, source }
        })
    }
}

/// The fingerprint of a source message: FNV-1a (64 bit) of its canonical Fluent serialization without
/// comments, so reformatting or a new comment does not outdate translations, and any change of text,
/// attribute or variant does.
///
/// ```
/// use silkwire_check::lock::fingerprint;
/// assert_eq!(fingerprint("a = b\n"), fingerprint("a = b\n"));
/// assert_ne!(fingerprint("a = b\n"), fingerprint("a = c\n"));
/// assert!(fingerprint("a = b\n").starts_with("fnv1a64:"));
/// ```
pub fn fingerprint(canonical: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canonical.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}
