//! The PR desk's commands: `silkwire import` (plain text to a release) and `silkwire new` (an empty
//! release to fill in). Every file is written atomically, and nothing is overwritten.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::console::Console;
use crate::output::write_atomic;
use crate::{EXIT_FAILURE, EXIT_OK, EXIT_USAGE};

/// What `silkwire import` was asked.
#[derive(Debug, Clone)]
pub struct ImportArgs {
    /// The text file.
    pub file: PathBuf,
    /// `--id`.
    pub id: Option<String>,
    /// `--locale` (as typed).
    pub locale: String,
    /// `--published` (as typed).
    pub published: Option<String>,
    /// `--issuer`.
    pub issuer: Option<String>,
}

/// The project must exist before a release is added to it.
fn require_project(con: &mut Console<'_>, root: &Path) -> bool {
    let file = root.join(silkwire_core::load::PUBLICATION_FILE);
    if file.is_file() {
        return true;
    }
    con.error(
        &format!(
            "{} not found: this is not a Silkwire project",
            file.display()
        ),
        "run the command in the folder that holds feeds/ and locales/, or pass --root DIR",
    );
    false
}

/// Paths (relative to `root`, as shown) that must not exist yet.
fn refuse_existing(con: &mut Console<'_>, root: &Path, paths: &[String], fix: &str) -> bool {
    let existing: Vec<&String> = paths.iter().filter(|p| root.join(p).exists()).collect();
    for p in &existing {
        con.error(
            &format!(
                "{} already exists: nothing was written",
                root.join(p).display()
            ),
            fix,
        );
    }
    existing.is_empty()
}

fn write_all(con: &mut Console<'_>, root: &Path, files: &[(String, String)]) -> bool {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Err(e) = write_atomic(&path, text.as_bytes()) {
            con.error(
                &format!("cannot write {}: {e}", path.display()),
                "check that the folder is writable",
            );
            return false;
        }
        con.say(&format!("wrote {}", path.display()));
    }
    true
}

fn canonical_locale(con: &mut Console<'_>, tag: &str) -> Option<String> {
    match silkwire_l10n::locale::canonicalize(tag) {
        Ok(t) => Some(t),
        Err(e) => {
            con.error(&e.to_string(), &e.fix());
            None
        }
    }
}

/// `silkwire import FILE [--id] [--locale] [--published] [--issuer]`.
pub fn import(con: &mut Console<'_>, root: &Path, args: &ImportArgs) -> i32 {
    let Some(locale) = canonical_locale(con, &args.locale) else {
        return EXIT_USAGE;
    };
    if let Some(id) = args
        .id
        .as_deref()
        .filter(|id| !silkwire_core::load::is_slug(id))
    {
        con.error(
            &format!("--id {id}: a release id is a slug"),
            "use lower-case letters, digits and single hyphens, e.g. --id qingxiu-nev-cluster",
        );
        return EXIT_USAGE;
    }
    let published = match &args.published {
        None => None,
        Some(t) => match silkwire_core::time::parse_rfc3339(t) {
            Ok(t) => Some(t),
            Err(e) => {
                con.error(&format!("--published: {e}"), &e.fix());
                return EXIT_USAGE;
            }
        },
    };
    if !require_project(con, root) {
        return EXIT_FAILURE;
    }
    let text = match std::fs::read(&args.file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let (line, col) = silkwire_core::diag::line_col(
                    &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
                    e.utf8_error().valid_up_to(),
                );
                con.diagnostic(&format!(
                    "{}:{line}:{col}: error: the file is not UTF-8\n  = fix: save it as UTF-8 and import again",
                    args.file.display()
                ));
                return EXIT_FAILURE;
            }
        },
        Err(e) => {
            con.error(
                &format!("cannot read {}: {e}", args.file.display()),
                "give the path of a plain-text release",
            );
            return EXIT_FAILURE;
        }
    };
    let options = silkwire_import::Options {
        id: args.id.clone(),
        locale: locale.clone(),
        published,
        issuer: args.issuer.clone(),
    };
    let orgs = silkwire_import::known_orgs(root, &locale);
    let imported = match silkwire_import::import(&text, &options, &orgs) {
        Ok(i) => i,
        Err(e) => {
            con.diagnostic(&format!(
                "{}:{}:{}: error: {}\n  = fix: {}",
                args.file.display(),
                e.line,
                e.column,
                e.message,
                e.fix
            ));
            return EXIT_FAILURE;
        }
    };
    let release = format!("feeds/releases/{}.toml", imported.id);
    let ftl = format!("locales/{locale}/releases/{}.ftl", imported.id);
    let mut files = vec![
        (release.clone(), imported.toml.clone()),
        (ftl, imported.ftl.clone()),
    ];
    // Organisations the text names that the project does not know yet.
    let orgs_ftl = format!("locales/{locale}/orgs.ftl");
    if !imported.new_orgs.is_empty() {
        let mut names = std::fs::read_to_string(root.join(&orgs_ftl)).unwrap_or_default();
        if !names.is_empty() && !names.ends_with('\n') {
            names.push('\n');
        }
        for o in &imported.new_orgs {
            let org_file = format!("feeds/orgs/{}.toml", o.id);
            if root.join(&org_file).exists() {
                continue;
            }
            files.push((
                org_file,
                format!(
                    "# {}: added by `silkwire import` from {} (line {}).\n# Optional keys: url, and [[contacts]] with name, email, phone (see the README).\n",
                    o.name,
                    args.file.display(),
                    o.line
                ),
            ));
            names.push_str(&silkwire_import::ftl::serialize(&[silkwire_import::ftl::Entry::Message {
                comment: vec![format!("Added by `silkwire import`: the name of {}, as the imported text gives it.", o.id)],
                id: format!("org-{}", o.id),
                value: o.name.clone(),
                attributes: vec![],
            }]));
            con.diagnostic(&format!(
                "{}:{}: note: \"{}\" is a new organisation: defined as feeds/orgs/{}.toml and org-{} in {orgs_ftl}; translate its name for the other locales",
                args.file.display(),
                o.line,
                o.name,
                o.id,
                o.id
            ));
        }
        files.push((orgs_ftl, names));
    }
    let fix = format!(
        "choose another id with --id, or remove {} and its .ftl files first",
        release
    );
    let new_paths: Vec<String> = files
        .iter()
        .filter(|(p, _)| !p.ends_with("orgs.ftl"))
        .map(|(p, _)| p.clone())
        .collect();
    if !refuse_existing(con, root, &new_paths, &fix) {
        return EXIT_FAILURE;
    }
    for n in &imported.notes {
        con.diagnostic(&format!(
            "{}:{}: note: {}",
            args.file.display(),
            n.line,
            n.message
        ));
    }
    if !write_all(con, root, &files) {
        return EXIT_FAILURE;
    }
    // What was written must load: anything else is a bug in the import, said plainly.
    if let Err(d) = silkwire_core::load::load_release(&root.join(&release)) {
        con.diagnostic(&d.to_string());
        con.error(
            "the imported release does not load (a bug in silkwire import)",
            "fix the fields named above by hand, and report the text that caused it",
        );
        return EXIT_FAILURE;
    }
    con.say(&format!(
        "imported {}: review the notes above, then run `silkwire check` and `silkwire build`",
        imported.id
    ));
    EXIT_OK
}

/// `silkwire new ID [--source-locale L]`.
pub fn new(
    con: &mut Console<'_>,
    root: &Path,
    id: &str,
    locale: &str,
    now: Option<silkwire_core::time::Timestamp>,
) -> i32 {
    if !silkwire_core::load::is_slug(id) {
        con.error(
            &format!("\"{id}\" is not a release id"),
            "use lower-case letters, digits and single hyphens, e.g. qingxiu-nev-cluster",
        );
        return EXIT_USAGE;
    }
    let Some(locale) = canonical_locale(con, locale) else {
        return EXIT_USAGE;
    };
    if !require_project(con, root) {
        return EXIT_FAILURE;
    }
    let publisher = match silkwire_core::load::load_publication(root) {
        Ok(p) => p.publisher.value,
        Err(d) => {
            con.diagnostic(&d.to_string());
            return EXIT_FAILURE;
        }
    };
    let now = now.unwrap_or_else(silkwire_core::time::system_now);
    // To the minute, in UTC: a clean starting value for the desk to correct.
    let now = now
        .with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:00Z")
        .to_string();
    let now = silkwire_core::time::parse_rfc3339(&now).unwrap_or_else(|_| unreachable!());
    let s = silkwire_import::scaffold(id, &locale, &now, &publisher);
    let release = format!("feeds/releases/{id}.toml");
    let ftl = format!("locales/{locale}/releases/{id}.ftl");
    if !refuse_existing(
        con,
        root,
        &[release.clone(), ftl.clone()],
        "choose another id, or remove the existing release first",
    ) {
        return EXIT_FAILURE;
    }
    let files = [
        (release.clone(), s.toml.clone()),
        (ftl.clone(), s.ftl.clone()),
    ];
    if !write_all(con, root, &files) {
        return EXIT_FAILURE;
    }
    let mut todo = String::from("fill in these placeholders (marked TODO):");
    for (file, field, what) in &s.placeholders {
        let (path, text) = if *file == "toml" {
            (&release, &s.toml)
        } else {
            (&ftl, &s.ftl)
        };
        let line = text
            .lines()
            .position(|l| l.starts_with(&format!("{field} =")))
            .map_or(1, |i| i + 1);
        let _ = write!(
            todo,
            "\n  {}:{line}: {field}: {what}",
            root.join(path).display()
        );
    }
    con.say(&todo);
    con.say("then run `silkwire check` and `silkwire build`");
    EXIT_OK
}
