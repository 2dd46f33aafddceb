//! Loading `locales/` into Fluent bundles, and resolving messages with precise errors.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fluent::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use silkwire_core::{Diagnostic, Diagnostics};
use unic_langid::LanguageIdentifier;

use crate::icu::{datetime_function, number_formatter, number_function, ErrorSink};
use crate::locale::{fallback_chain, format_locale, REFERENCE};
use silkwire_core::text::{describe, first_forbidden, is_forbidden};

/// The folder of translations, relative to the root.
pub const LOCALES_DIR: &str = "locales";

/// Where a message is defined.
#[derive(Debug, Clone)]
struct Definition {
    file: usize,
    offset: usize,
}

/// The Fluent files of one locale that form one bundle: Silkwire's strings, or one release's text.
pub struct Texts {
    locale: String,
    bundle: FluentBundle<Arc<FluentResource>>,
    files: Vec<(PathBuf, Arc<FluentResource>)>,
    ids: HashMap<String, Definition>,
    sink: ErrorSink,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("locale", &self.locale)
            .field(
                "files",
                &self.files.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

/// A message that could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// No message or attribute with that id in the locale's files.
    Missing,
    /// The message exists but formatting it failed (a missing variable, an unknown function, …).
    Broken(Diagnostic),
}

impl Texts {
    fn new(locale: &str) -> Result<Self, String> {
        let fmt_locale = format_locale(locale);
        let lang: LanguageIdentifier = fmt_locale
            .parse()
            .map_err(|_| format!("\"{fmt_locale}\" is not a language tag"))?;
        let mut bundle = FluentBundle::new(vec![lang]);
        // Everything Silkwire writes is XML or HTML in a left-to-right script: no FSI/PDI marks.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_formatter));
        let sink: ErrorSink = Arc::new(Mutex::new(Vec::new()));
        bundle
            .add_function(
                "NUMBER",
                number_function(fmt_locale.to_string(), sink.clone()),
            )
            .map_err(|e| format!("cannot register NUMBER(): {e:?}"))?;
        bundle
            .add_function(
                "DATETIME",
                datetime_function(fmt_locale.to_string(), sink.clone()),
            )
            .map_err(|e| format!("cannot register DATETIME(): {e:?}"))?;
        Ok(Texts {
            locale: locale.to_string(),
            bundle,
            files: Vec::new(),
            ids: HashMap::new(),
            sink,
        })
    }

    /// The locale of these texts.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Ids of every message defined in these texts (terms excluded), sorted.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .ids
            .keys()
            .map(String::as_str)
            .filter(|id| !id.starts_with('-'))
            .collect();
        ids.sort_unstable();
        ids
    }

    /// True if the message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (msg, attr) = split_id(id);
        self.bundle.get_message(msg).is_some_and(|m| match attr {
            None => m.value().is_some(),
            Some(a) => m.get_attribute(a).is_some(),
        })
    }

    fn add_file(&mut self, path: &Path, diags: &mut Diagnostics) {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                diags.push(Diagnostic::file(
                    path,
                    "",
                    format!("cannot read the file: {e}"),
                    "check that it exists, is readable and is UTF-8",
                ));
                return;
            }
        };
        check_characters(path, &text, diags);
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let entry = e.slice.as_ref().map_or("", |s| &r.source()[s.clone()]);
                    diags.push(Diagnostic::at_offset(
                        path,
                        r.source(),
                        e.pos.start,
                        entry_id(entry),
                        format!("Fluent syntax error: {}", e.kind),
                        "correct the Fluent syntax at this position (guide: https://projectfluent.org/fluent/guide/)",
                    ));
                }
                r
            }
        };
        let resource = Arc::new(resource);
        let file = self.files.len();
        for entry in resource.entries() {
            let (id, is_term) = match entry {
                ast::Entry::Message(m) => (m.id.name, false),
                ast::Entry::Term(t) => (t.id.name, true),
                _ => continue,
            };
            let offset = offset_in(resource.source(), id);
            let key = if is_term {
                format!("-{id}")
            } else {
                id.to_string()
            };
            if let Some(first) = self.ids.get(&key) {
                let (first_path, first_res) = &self
                    .files
                    .get(first.file)
                    .map_or((path.to_path_buf(), resource.clone()), |(p, r)| {
                        (p.clone(), r.clone())
                    });
                let (l, c) = silkwire_core::diag::line_col(first_res.source(), first.offset);
                diags.push(Diagnostic::at_offset(
                    path,
                    resource.source(),
                    offset,
                    &key,
                    format!(
                        "`{key}` is defined twice (first at {}:{l}:{c})",
                        first_path.display()
                    ),
                    "remove one definition or give it another id",
                ));
            } else {
                self.ids.insert(key, Definition { file, offset });
            }
        }
        self.files.push((path.to_path_buf(), resource.clone()));
        // Duplicates are reported above; the first definition stays in force.
        let _ = self.bundle.add_resource(resource);
    }

    /// Formats a message (`id`, or `id.attribute`) with `args`.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, Unresolved> {
        let (msg, attr) = split_id(id);
        let message = self.bundle.get_message(msg).ok_or(Unresolved::Missing)?;
        let pattern = match attr {
            None => message.value(),
            Some(a) => message.get_attribute(a).map(|a| a.value()),
        }
        .ok_or(Unresolved::Missing)?;
        let mut errors = Vec::new();
        let value = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        let mut problems: Vec<String> = errors.iter().map(describe_fluent_error).collect();
        if let Ok(mut sink) = self.sink.lock() {
            problems.append(&mut sink);
        }
        // fluent-bundle writes some failures into the text without reporting them (a variable a term
        // was not given, a function that returned an error): `{$x}`, `{FOO()}`.
        if problems.is_empty() {
            if let Some(at) = value.find("{$").or_else(|| value.find("()}")) {
                let start = value[..at].rfind('{').unwrap_or(at);
                let end = value[at..].find('}').map_or(value.len(), |e| at + e + 1);
                problems.push(format!(
                    "the text contains the unresolved placeable {}",
                    &value[start..end]
                ));
            }
        }
        if problems.is_empty() {
            if let Some((_, c)) = first_forbidden(&value) {
                return Err(Unresolved::Broken(self.diagnostic(
                    msg,
                    id,
                    format!("the text contains {}", describe(c)),
                    &format!(
                        "remove the escape sequence or argument that produces it (\\u{:04X})",
                        c as u32
                    ),
                )));
            }
            Ok(value)
        } else {
            let fix = fix_for(&problems[0]);
            Err(Unresolved::Broken(self.diagnostic(
                msg,
                id,
                problems.join("; "),
                fix,
            )))
        }
    }

    /// `path:line:col` of the definition of `msg`, if it is defined.
    pub fn location(&self, msg: &str) -> Option<String> {
        let d = self.ids.get(msg)?;
        let (path, res) = self.files.get(d.file)?;
        let (line, col) = silkwire_core::diag::line_col(res.source(), d.offset);
        Some(format!("{}:{line}:{col}", path.display()))
    }

    /// A diagnostic located at the definition of `msg` (or at the first file if it is not defined).
    pub fn diagnostic(&self, msg: &str, field: &str, message: String, fix: &str) -> Diagnostic {
        match self
            .ids
            .get(msg)
            .and_then(|d| self.files.get(d.file).map(|f| (f, d.offset)))
        {
            Some(((path, res), offset)) => {
                Diagnostic::at_offset(path, res.source(), offset, field, message, fix)
            }
            None => match self.files.first() {
                Some((path, _)) => Diagnostic::file(path, field, message, fix),
                None => Diagnostic::file(Path::new(LOCALES_DIR), field, message, fix),
            },
        }
    }
}

/// The message or term id an entry's text starts with, if any (for naming broken entries).
fn entry_id(entry: &str) -> &str {
    let end = entry
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(entry.len());
    let id = &entry[..end];
    if entry[end..].trim_start().starts_with('=') {
        id
    } else {
        ""
    }
}

/// A one-line fix for a Fluent resolver problem.
fn fix_for(problem: &str) -> &'static str {
    if problem.starts_with("Unknown term") {
        "define the term in this locale's files, or remove the reference"
    } else if problem.starts_with("Unknown message") {
        "define the message in this locale's files, or remove the reference"
    } else if problem.starts_with("Unknown variable") {
        "use only the variables that the message's comment lists"
    } else if problem.starts_with("Unknown function") {
        "use one of the functions Silkwire provides: DATETIME() or NUMBER()"
    } else if problem.starts_with("DATETIME()") {
        "correct the DATETIME() call as the message says"
    } else if problem.starts_with("NUMBER()") {
        "correct the NUMBER() call as the message says"
    } else if problem.starts_with("the text contains the unresolved placeable") {
        "give the term the arguments it uses ({ -term(name: \"…\") }), or use only variables this message receives"
    } else {
        "correct the message as the error says"
    }
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// The byte offset of `slice` inside `source`, when it is a sub-slice of it (the AST borrows the source).
fn offset_in(source: &str, slice: &str) -> usize {
    let start = source.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    if at >= start && at <= start + source.len() {
        at - start
    } else {
        0
    }
}

fn describe_fluent_error(e: &fluent::FluentError) -> String {
    match e {
        fluent::FluentError::ResolverError(r) => r.to_string(),
        other => format!("{other:?}"),
    }
}

/// Characters XML 1.0 forbids, and Unicode bidi isolation marks, are refused in every Fluent file.
fn check_characters(path: &Path, text: &str, diags: &mut Diagnostics) {
    for (offset, ch) in text.char_indices().filter(|&(_, c)| is_forbidden(c)) {
        diags.push(Diagnostic::at_offset(
            path,
            text,
            offset,
            "",
            format!("{} in the file", describe(ch)),
            "delete the invisible character (it often comes with text pasted from Word or PDF)",
        ));
    }
}

/// All Fluent text for a build: per locale, Silkwire's strings and each release's text.
#[derive(Debug)]
pub struct Catalog {
    root: PathBuf,
    strings: BTreeMap<String, Texts>,
    releases: BTreeMap<(String, String), Texts>,
}

impl Catalog {
    /// Loads `locales/<locale>/*.ftl` and `locales/<locale>/releases/<id>.ftl` for each locale
    /// (plus the reference locale) and each release id. Every problem is reported, not only the first.
    ///
    /// `targets` are the locales the build publishes: each needs its folder with Silkwire's strings.
    /// `sources` are further locales that releases are written in: only their release files are needed.
    pub fn load(
        root: &Path,
        targets: &[&str],
        sources: &[&str],
        release_ids: &[&str],
    ) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut required: Vec<&str> = targets.to_vec();
        if !required.contains(&REFERENCE) {
            required.push(REFERENCE);
        }
        let mut all = required.clone();
        all.extend(sources.iter().filter(|l| !required.contains(l)));
        let mut strings = BTreeMap::new();
        let mut releases = BTreeMap::new();
        for locale in all {
            let dir = root.join(LOCALES_DIR).join(locale);
            if !dir.is_dir() {
                if required.contains(&locale) {
                    diags.push(Diagnostic::file(
                        &dir,
                        "",
                        format!("locale {locale} has no translations folder"),
                        format!(
                            "create {}/ with the same files as {}/",
                            dir.display(),
                            root.join(LOCALES_DIR).join(REFERENCE).display()
                        ),
                    ));
                }
                // A source-only locale without a folder: the release that needs it is reported,
                // with its place, when its text is looked up.
                continue;
            }
            let mut texts = match Texts::new(locale) {
                Ok(t) => t,
                Err(e) => {
                    diags.push(Diagnostic::file(&dir, "", e, ""));
                    continue;
                }
            };
            match ftl_files(&dir) {
                Ok(files) => {
                    for f in files {
                        texts.add_file(&f, &mut diags);
                    }
                }
                Err(d) => diags.push(d),
            }
            strings.insert(locale.to_string(), texts);
            for id in release_ids {
                let path = dir.join("releases").join(format!("{id}.ftl"));
                if !path.is_file() {
                    continue;
                }
                let mut texts = match Texts::new(locale) {
                    Ok(t) => t,
                    Err(e) => {
                        diags.push(Diagnostic::file(&path, "", e, ""));
                        continue;
                    }
                };
                texts.add_file(&path, &mut diags);
                releases.insert((locale.to_string(), id.to_string()), texts);
            }
        }
        diags.into_result(Catalog {
            root: root.to_path_buf(),
            strings,
            releases,
        })
    }

    /// The project root the texts were loaded from.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Silkwire's strings in `locale`, if loaded.
    pub fn strings(&self, locale: &str) -> Option<&Texts> {
        self.strings.get(locale)
    }

    /// A release's text in `locale`, if that locale has a file for it.
    pub fn release(&self, locale: &str, release_id: &str) -> Option<&Texts> {
        self.releases
            .get(&(locale.to_string(), release_id.to_string()))
    }

    /// Formats one of Silkwire's strings in `locale`, falling back along the locale's chain.
    ///
    /// Returns the text and the locale that supplied it.
    pub fn string(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<(String, String), Diagnostic> {
        for l in fallback_chain(locale) {
            let Some(texts) = self.strings.get(l) else {
                continue;
            };
            match texts.format(id, args) {
                Ok(s) => return Ok((s, l.to_string())),
                // Only a missing message falls back; a broken one is an error to fix where it is.
                Err(Unresolved::Missing) => {}
                Err(Unresolved::Broken(d)) => return Err(d),
            }
        }
        let path = self.root.join(LOCALES_DIR).join(REFERENCE);
        Err(Diagnostic::file(
            &path,
            id,
            format!(
                "the message `{id}` is missing in {locale} and in the reference locale {REFERENCE}"
            ),
            format!(
                "add `{id} = …` to {}/silkwire.ftl and translate it",
                path.display()
            ),
        ))
    }
}

fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    let entries = fs::read_dir(dir)
        .map_err(|e| Diagnostic::file(dir, "", format!("cannot list the folder: {e}"), ""))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_file() && p.extension().is_some_and(|x| x == "ftl") {
            files.push(p);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::icu::FluentDate;
    use fluent::FluentValue;

    fn texts(locale: &str, source: &str) -> (Texts, Diagnostics) {
        let dir =
            std::env::temp_dir().join(format!("silkwire-l10n-{}-{locale}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{}.ftl", source.len()));
        fs::write(&path, source).unwrap();
        let mut t = Texts::new(locale).unwrap();
        let mut diags = Diagnostics::default();
        t.add_file(&path, &mut diags);
        (t, diags)
    }

    #[test]
    fn number_and_datetime_follow_the_locale_without_isolation_marks() {
        let src =
            "n = Readers: { NUMBER($n) }\nd = { $place }{ DATETIME($date, dateStyle: \"long\") }\n";
        let mut args = FluentArgs::new();
        args.set("n", 1234567.89);
        args.set("place", "北京");
        args.set(
            "date",
            FluentValue::Custom(Box::new(FluentDate(
                chrono::NaiveDate::from_ymd_opt(2023, 9, 18).unwrap(),
            ))),
        );
        let cases = [
            ("en", "Readers: 1,234,567.89", "北京September 18, 2023"),
            ("id", "Readers: 1.234.567,89", "北京18 September 2023"),
            ("zh-Hans", "Readers: 1,234,567.89", "北京2023年9月18日"),
            ("th", "Readers: 1,234,567.89", "北京18 กันยายน 2566"),
            // Tamil is formatted as Singapore writes it, not with Indian grouping (12,34,567.89).
            ("ta", "Readers: 1,234,567.89", "北京18 செப்டம்பர் 2023"),
        ];
        for (locale, n, d) in cases {
            let (t, diags) = texts(locale, src);
            assert!(diags.is_empty(), "{diags}");
            assert_eq!(t.format("n", Some(&args)).unwrap(), n, "{locale}");
            assert_eq!(t.format("d", Some(&args)).unwrap(), d, "{locale}");
        }
    }

    #[test]
    fn unresolvable_messages_are_reported_with_their_location() {
        let src = "ok = fine\nbad = { FOO() }\nvar = Hello { $name }\nstyle = { DATETIME($date, dateStyle: \"huge\") }\n";
        let (t, diags) = texts("en", src);
        assert!(diags.is_empty());
        assert_eq!(t.format("missing", None), Err(Unresolved::Missing));
        let Err(Unresolved::Broken(d)) = t.format("bad", None) else {
            panic!("FOO() must fail")
        };
        assert_eq!((d.line, d.column, d.field.as_str()), (2, 1, "bad"));
        assert!(d.message.contains("FOO"), "{}", d.message);
        let Err(Unresolved::Broken(d)) = t.format("var", None) else {
            panic!("a missing variable must fail")
        };
        assert_eq!(d.line, 3);
        let mut args = FluentArgs::new();
        args.set("date", "2023-09-18");
        let Err(Unresolved::Broken(d)) = t.format("style", Some(&args)) else {
            panic!("an unknown dateStyle must fail")
        };
        assert!(
            d.message.contains("unknown dateStyle \"huge\""),
            "{}",
            d.message
        );
    }

    #[test]
    fn duplicates_syntax_errors_and_invisible_characters_are_located() {
        let src = "a = one\nb = { $x\na = two\nc = x\u{2068}y\n";
        let (_, diags) = texts("en", src);
        let found: Vec<(usize, usize, &str)> = diags
            .0
            .iter()
            .map(|d| (d.line, d.column, d.field.as_str()))
            .collect();
        assert_eq!(found, vec![(4, 6, ""), (3, 1, "b"), (3, 1, "a")], "{diags}");
        assert!(diags.0[0].message.contains("U+2068"));
        assert!(diags.0[2].message.contains("defined twice"));
    }
}

#[cfg(test)]
mod number_tests {
    use super::*;

    fn texts(source: &str, locale: &str) -> Texts {
        let dir = std::env::temp_dir().join(format!("silkwire-number-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{locale}-{}.ftl", source.len()));
        fs::write(&path, source).unwrap();
        let mut t = Texts::new(locale).unwrap();
        let mut diags = Diagnostics::default();
        t.add_file(&path, &mut diags);
        assert!(diags.is_empty(), "{diags}");
        t
    }

    fn broken(t: &Texts, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        match t.format(id, args) {
            Err(Unresolved::Broken(d)) => d.message,
            other => panic!("{id}: expected an error, got {other:?}"),
        }
    }

    #[test]
    fn number_formats_digit_strings_and_honours_its_options() {
        let src = "y = { NUMBER($year, useGrouping: \"false\") }\nm = { NUMBER($n, minimumFractionDigits: 2) }\nbad = { NUMBER($word) }\nopt = { NUMBER($n, style: \"percent\") }\n";
        let mut args = FluentArgs::new();
        args.set("year", "2023");
        args.set("n", 1234.5);
        args.set("word", "Sept.");
        let en = texts(src, "en");
        assert_eq!(en.format("y", Some(&args)).unwrap(), "2023");
        assert_eq!(en.format("m", Some(&args)).unwrap(), "1,234.50");
        // Burmese digits by default in Burmese.
        let my = texts(src, "my");
        assert_eq!(my.format("y", Some(&args)).unwrap(), "၂၀၂၃");
        assert_eq!(
            broken(&en, "bad", Some(&args)),
            "NUMBER(): \"Sept.\" is not a number"
        );
        assert!(broken(&en, "opt", Some(&args)).contains("unsupported option style"));
    }

    #[test]
    fn a_variable_a_term_was_not_given_is_an_error() {
        let src = "-brand = Silk { $publisher }\nlabel = Subscribe to { -brand }\nok = { -brand(publisher: \"Wire\") }\n";
        let t = texts(src, "en");
        assert_eq!(
            broken(&t, "label", None),
            "the text contains the unresolved placeable {$publisher}"
        );
        assert_eq!(t.format("ok", None).unwrap(), "Silk Wire");
    }
}
