//! Loading `locales/` into Fluent bundles, and resolving messages with precise errors.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use silkwire_core::{Diagnostic, Diagnostics};
use unic_langid::LanguageIdentifier;

use crate::icu::{
    datetime_function, number_formatter, number_function, plural_function, ErrorSink, LocalNumber,
    PLURAL_FUNCTION,
};
use crate::locale::{base, info_of, release_chain, text_chain, Pseudo, REFERENCE};
use silkwire_core::text::{describe, first_forbidden, is_forbidden};

/// How deep placeables may nest in a Fluent file.
pub const MAX_NESTING: usize = 50;

/// The offset at which `{` nesting first exceeds [`MAX_NESTING`], if it does.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

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
    format_locale: Arc<str>,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Each file's path and its text as written (diagnostics point into it).
    files: Vec<(PathBuf, FileText)>,
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

/// A file's text as written: held by the Fluent resource built from it, or on its own when the
/// resource was built from a rewritten text (plural selectors routed through ICU4X).
enum FileText {
    Resource(Arc<FluentResource>),
    Own(String),
}

impl FileText {
    fn as_str(&self) -> &str {
        match self {
            FileText::Resource(r) => r.source(),
            FileText::Own(s) => s,
        }
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
    /// Texts of `locale` (a folder's tag) whose dates and numbers are written in `fmt_locale`.
    fn new(locale: &str, fmt_locale: &str) -> Result<Self, String> {
        // The bundle's own language only serves number literals written in the .ftl files; numbers
        // Silkwire passes carry the full format locale (with its calendar and digits) themselves.
        let lang_tag = fmt_locale.split("-u-").next().unwrap_or(fmt_locale);
        let lang: LanguageIdentifier = lang_tag
            .parse()
            .map_err(|_| format!("\"{fmt_locale}\" is not a language tag"))?;
        let mut bundle = FluentBundle::new(vec![lang]);
        // Everything Silkwire writes is XML or HTML in a left-to-right script: no FSI/PDI marks.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_formatter));
        match info_of(locale).and_then(|i| i.pseudo) {
            Some(Pseudo::Accented) => {
                bundle.set_transform(Some(|s| fluent_pseudo::transform(s, false, true)))
            }
            Some(Pseudo::Mirrored) => {
                bundle.set_transform(Some(|s| fluent_pseudo::transform(s, true, false)))
            }
            None => {}
        }
        let sink: ErrorSink = Arc::new(Mutex::new(Vec::new()));
        bundle
            .add_function(
                PLURAL_FUNCTION,
                plural_function(locale.to_string(), sink.clone()),
            )
            .map_err(|e| format!("cannot register plural selection: {e:?}"))?;
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
            format_locale: fmt_locale.into(),
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
        // Windows line endings: the parser keeps each line's text apart; read them as `\n`
        // (lines and columns stay the same).
        let text = if text.contains("\r\n") {
            text.replace("\r\n", "\n")
        } else {
            text
        };
        // A byte order mark at the start is an encoding signature, not text.
        let text = match text.strip_prefix('\u{FEFF}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        check_characters(path, &text, diags);
        // The parser recurses into nested placeables: refuse nesting deep enough to exhaust the stack.
        if let Some(offset) = too_deep(&text) {
            diags.push(Diagnostic::at_offset(
                path,
                &text,
                offset,
                "",
                format!("placeables are nested more than {MAX_NESTING} deep"),
                "simplify the message",
            ));
            return;
        }
        // A file without select expressions needs no plural routing: it is parsed once, by the
        // Fluent resource, whose text the diagnostics then share. Otherwise the syntax tree is
        // parsed on its own, rewritten, and the resource built from the rewritten text.
        if !text.contains("->") {
            let (resource, errors_found) = match FluentResource::try_new(text) {
                Ok(r) => (Arc::new(r), Vec::new()),
                Err((r, e)) => (Arc::new(r), e),
            };
            let source = resource.source();
            self.report_syntax(path, source, &errors_found, diags);
            let ids = entry_ids(resource.entries(), source);
            self.record_ids(path, source, ids, diags);
            self.files
                .push((path.to_path_buf(), FileText::Resource(resource.clone())));
            // Duplicates are reported above; the first definition stays in force.
            let _ = self.bundle.add_resource(resource);
            return;
        }
        let (mut ast, errors_found) = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        self.report_syntax(path, &text, &errors_found, diags);
        let ids = entry_ids(ast.body.iter(), &text);
        self.record_ids(path, &text, ids, diags);
        // Plural selectors go through ICU4X (CLDR 49), not fluent-bundle's own rules (CLDR 37).
        let had_errors = !errors_found.is_empty();
        let runtime = if crate::plural::route_plurals(&mut ast) {
            let serialized = fluent_syntax::serializer::serialize(&ast);
            match fluent_syntax::parser::parse(serialized.as_str()) {
                Ok(again) if again == ast => serialized,
                // Broken entries are reported above and left out at run time either way.
                _ if had_errors => serialized,
                _ => {
                    diags.push(Diagnostic::file(
                        path,
                        "",
                        "Silkwire could not prepare this file's plural selectors (an internal error)".to_string(),
                        "report this file to the Silkwire maintainers",
                    ));
                    text.clone()
                }
            }
        } else {
            text.clone()
        };
        drop(ast);
        let resource = match FluentResource::try_new(runtime) {
            Ok(r) | Err((r, _)) => Arc::new(r),
        };
        self.files.push((path.to_path_buf(), FileText::Own(text)));
        // Duplicates are reported above; the first definition stays in force.
        let _ = self.bundle.add_resource(resource);
    }

    /// Reports the syntax errors of a file.
    fn report_syntax(
        &self,
        path: &Path,
        text: &str,
        errors: &[fluent_syntax::parser::ParserError],
        diags: &mut Diagnostics,
    ) {
        for e in errors {
            let entry = e.slice.as_ref().map_or("", |s| &text[s.clone()]);
            diags.push(Diagnostic::at_offset(
                path,
                text,
                e.pos.start,
                entry_id(entry),
                format!("Fluent syntax error: {}", e.kind),
                "correct the Fluent syntax at this position (guide: https://projectfluent.org/fluent/guide/)",
            ));
        }
    }

    /// Records where each message and term of the file being added is defined, reporting a second
    /// definition of an id.
    fn record_ids(
        &mut self,
        path: &Path,
        source: &str,
        ids: Vec<(String, usize)>,
        diags: &mut Diagnostics,
    ) {
        let file = self.files.len();
        for (key, offset) in ids {
            if let Some(first) = self.ids.get(&key) {
                let (first_path, first_text) = self
                    .files
                    .get(first.file)
                    .map_or((path, source), |(p, t)| (p.as_path(), t.as_str()));
                let (l, c) = silkwire_core::diag::line_col(first_text, first.offset);
                diags.push(Diagnostic::at_offset(
                    path,
                    source,
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
        let local = args.map(|a| self.localize_numbers(a));
        let mut errors = Vec::new();
        let value = self
            .bundle
            .format_pattern(pattern, local.as_ref(), &mut errors)
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
            // Every text Silkwire publishes is in Unicode Normalization Form C.
            let nfc = icu::normalizer::ComposingNormalizerBorrowed::new_nfc();
            Ok(match nfc.normalize(&value) {
                std::borrow::Cow::Borrowed(_) => value,
                std::borrow::Cow::Owned(normalized) => normalized,
            })
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

    /// The arguments with every number replaced by one that writes itself in the format locale.
    fn localize_numbers<'b>(&self, args: &'b FluentArgs<'_>) -> FluentArgs<'b> {
        let mut out = FluentArgs::with_capacity(args.iter().count());
        for (k, v) in args.iter() {
            let value = match v {
                FluentValue::Number(n) => FluentValue::Custom(Box::new(LocalNumber {
                    text: n.as_string().into_owned(),
                    format_locale: self.format_locale.clone(),
                    grouping: n.options.use_grouping,
                })),
                other => other.clone(),
            };
            out.set(k.to_string(), value);
        }
        out
    }

    /// `path:line:col` of the definition of `msg`, if it is defined.
    pub fn location(&self, msg: &str) -> Option<String> {
        let d = self.ids.get(msg)?;
        let (path, text) = self.files.get(d.file)?;
        let (line, col) = silkwire_core::diag::line_col(text.as_str(), d.offset);
        Some(format!("{}:{line}:{col}", path.display()))
    }

    /// A diagnostic located at the definition of `msg` (or at the first file if it is not defined).
    pub fn diagnostic(&self, msg: &str, field: &str, message: String, fix: &str) -> Diagnostic {
        match self
            .ids
            .get(msg)
            .and_then(|d| self.files.get(d.file).map(|f| (f, d.offset)))
        {
            Some(((path, text), offset)) => {
                Diagnostic::at_offset(path, text.as_str(), offset, field, message, fix)
            }
            None => match self.files.first() {
                Some((path, _)) => Diagnostic::file(path, field, message, fix),
                None => Diagnostic::file(Path::new(LOCALES_DIR), field, message, fix),
            },
        }
    }
}

/// Each message's and term's id (terms with their `-`) and its byte offset in `source`.
fn entry_ids<'s>(
    entries: impl Iterator<Item = &'s ast::Entry<&'s str>>,
    source: &str,
) -> Vec<(String, usize)> {
    entries
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((m.id.name.to_string(), offset_in(source, m.id.name))),
            ast::Entry::Term(t) => Some((format!("-{}", t.id.name), offset_in(source, t.id.name))),
            _ => None,
        })
        .collect()
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
pub fn offset_in(source: &str, slice: &str) -> usize {
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
    // A carriage return left after reading Windows line endings is a lone one: XML parsers turn it
    // into a line feed, so the text would not come back as written.
    if !silkwire_core::text::has_forbidden(text, true) {
        return;
    }
    for (offset, ch) in text
        .char_indices()
        .filter(|&(_, c)| is_forbidden(c) || c == '\r')
    {
        diags.push(Diagnostic::at_offset(
            path,
            text,
            offset,
            message_at(text, offset),
            format!("{} in the file", describe(ch)),
            "delete the invisible character (it often comes with text pasted from Word or PDF)",
        ));
    }
}

/// The id of the message (or term) whose definition holds `offset`: the nearest line at or before it
/// that starts an entry (`id =`).
fn message_at(text: &str, offset: usize) -> &str {
    text[..offset]
        .rsplit('\n')
        .chain(text[offset..].split('\n').take(1))
        .find_map(|line| {
            let id = line.trim_end().split_once('=')?.0.trim_end();
            let name = id.strip_prefix('-').unwrap_or(id);
            let starts = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
            let valid = !name.is_empty()
                && name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (starts && valid && line.starts_with(id)).then_some(id)
        })
        .unwrap_or("")
}

/// A locale a build publishes (or a release's source locale), and the CLDR locale of its dates and
/// numbers (see [`crate::locale::format_locale`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The canonical tag.
    pub tag: String,
    /// The format locale, e.g. `ta-SG` or `th-u-ca-gregory`.
    pub format_locale: String,
}

impl Target {
    /// A target with its default format locale.
    pub fn new(tag: &str) -> Result<Self, crate::locale::LocaleError> {
        Ok(Target {
            tag: tag.to_string(),
            format_locale: crate::locale::format_locale(tag, None, None, None)?,
        })
    }
}

/// A release's text for one locale: the files along its release chain (`zh-Hant-HK`, then `zh-Hant`),
/// resolved per message, most specific first.
#[derive(Debug, Clone, Copy)]
pub struct ReleaseText<'a> {
    layers: &'a [Texts],
}

impl<'a> ReleaseText<'a> {
    /// The locale of the most specific layer.
    pub fn locale(&self) -> &'a str {
        self.layers.first().map_or("", |t| t.locale())
    }

    /// Ids of every message defined in any layer, sorted.
    pub fn message_ids(&self) -> Vec<&'a str> {
        let mut ids: Vec<&str> = self.layers.iter().flat_map(|t| t.message_ids()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// True if the message (or `message.attribute`) exists in a layer.
    pub fn has(&self, id: &str) -> bool {
        self.layers.iter().any(|t| t.has(id))
    }

    /// Formats a message from the first layer that has it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, Unresolved> {
        for t in self.layers {
            match t.format(id, args) {
                Err(Unresolved::Missing) => continue,
                other => return other,
            }
        }
        Err(Unresolved::Missing)
    }

    fn defining(&self, msg: &str) -> Option<&'a Texts> {
        self.layers.iter().find(|t| t.ids.contains_key(msg))
    }

    /// `path:line:col` of the definition of `msg`, if it is defined.
    pub fn location(&self, msg: &str) -> Option<String> {
        self.defining(msg)?.location(msg)
    }

    /// A diagnostic located at the definition of `msg` (or at the most specific file).
    pub fn diagnostic(&self, msg: &str, field: &str, message: String, fix: &str) -> Diagnostic {
        match self.defining(msg).or(self.layers.first()) {
            Some(t) => t.diagnostic(msg, field, message, fix),
            None => Diagnostic::file(Path::new(LOCALES_DIR), field, message, fix),
        }
    }
}

/// All Fluent text for a build: per target, Silkwire's strings along its text chain and each
/// release's text along its release chain.
#[derive(Debug)]
pub struct Catalog {
    root: PathBuf,
    strings: BTreeMap<String, Vec<Texts>>,
    releases: BTreeMap<(String, String), Vec<Texts>>,
}

/// The folder that holds a locale's files: its own, or `en` for a pseudo-locale.
pub(crate) fn folder_of(locale: &str) -> &str {
    if info_of(locale).is_some_and(|i| i.pseudo.is_some()) {
        REFERENCE
    } else {
        locale
    }
}

impl Catalog {
    /// Loads, for each target, `locales/<l>/*.ftl` for every `l` of its text chain and
    /// `locales/<l>/releases/<id>.ftl` along its release chain, formatting with the target's format
    /// locale. `sources` are further locales releases are written in: only their release files are
    /// loaded. Every problem is reported, not only the first.
    pub fn load(
        root: &Path,
        targets: &[Target],
        sources: &[Target],
        release_ids: &[&str],
    ) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut strings = BTreeMap::new();
        let mut releases = BTreeMap::new();
        let locales_dir = root.join(LOCALES_DIR);
        let new_texts =
            |locale: &str, target: &Target, at: &Path, diags: &mut Diagnostics| match Texts::new(
                locale,
                &target.format_locale,
            ) {
                Ok(t) => Some(t),
                Err(e) => {
                    diags.push(Diagnostic::file(at, "", e, ""));
                    None
                }
            };
        let all = targets
            .iter()
            .map(|t| (t, true))
            .chain(sources.iter().map(|t| (t, false)));
        for (target, is_target) in all {
            if is_target {
                let required = [folder_of(base(&target.tag)), REFERENCE];
                let mut layers = Vec::new();
                for l in text_chain(&target.tag) {
                    let dir = locales_dir.join(folder_of(&l));
                    if !dir.is_dir() {
                        if required.contains(&folder_of(&l)) {
                            diags.push(Diagnostic::file(
                                &dir,
                                "",
                                format!("locale {l} has no translations folder"),
                                format!(
                                    "create {}/ with the same files as {}/",
                                    dir.display(),
                                    locales_dir.join(REFERENCE).display()
                                ),
                            ));
                        }
                        continue;
                    }
                    let Some(mut texts) = new_texts(&l, target, &dir, &mut diags) else {
                        continue;
                    };
                    match ftl_files(&dir) {
                        Ok(files) => {
                            for f in files {
                                texts.add_file(&f, &mut diags);
                            }
                        }
                        Err(d) => diags.push(d),
                    }
                    layers.push(texts);
                }
                strings.insert(target.tag.clone(), layers);
            }
            for id in release_ids {
                let mut layers = Vec::new();
                for l in release_chain(&target.tag) {
                    let path = locales_dir
                        .join(folder_of(&l))
                        .join("releases")
                        .join(format!("{id}.ftl"));
                    if !path.is_file() {
                        continue;
                    }
                    let Some(mut texts) = new_texts(&l, target, &path, &mut diags) else {
                        continue;
                    };
                    texts.add_file(&path, &mut diags);
                    layers.push(texts);
                }
                if !layers.is_empty() {
                    releases.insert((target.tag.clone(), id.to_string()), layers);
                }
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

    /// Silkwire's strings for a target, along its text chain (empty if the target was not loaded).
    pub fn strings(&self, target: &str) -> &[Texts] {
        self.strings.get(target).map_or(&[], Vec::as_slice)
    }

    /// A release's text for a target (or source locale), if any layer of its chain has a file.
    pub fn release(&self, locale: &str, release_id: &str) -> Option<ReleaseText<'_>> {
        self.releases
            .get(&(locale.to_string(), release_id.to_string()))
            .map(|layers| ReleaseText { layers })
    }

    /// Formats one of Silkwire's strings for a target, falling back along its text chain.
    ///
    /// Returns the text and the locale that supplied it.
    pub fn string(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<(String, String), Diagnostic> {
        for texts in self.strings(locale) {
            match texts.format(id, args) {
                Ok(s) => return Ok((s, texts.locale().to_string())),
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
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("silkwire-l10n-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{locale}.ftl"));
        fs::write(&path, source).unwrap();
        let mut t = Texts::new(
            locale,
            &crate::locale::format_locale(locale, None, None, None).unwrap(),
        )
        .unwrap();
        let mut diags = Diagnostics::default();
        t.add_file(&path, &mut diags);
        fs::remove_dir_all(&dir).unwrap();
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
    fn plural_selection_follows_cldr_49_through_icu4x() {
        let src = "n =\n    { $n ->\n        [0] zero\n        [one] one\n        [two] two\n        [few] few\n        [many] many\n       *[other] other\n    }\nfd = { NUMBER($n, minimumFractionDigits: 1) ->\n        [one] one\n       *[other] other\n    }\ns = { $g ->\n        [one] string one\n       *[other] string other\n    }\nshow = { $n }\nc = { $n ->\n        [one] one\n       *[other] other\n    }\n";
        let category = |locale: &str, n: f64| {
            let (t, diags) = texts(locale, src);
            assert!(diags.is_empty(), "{diags}");
            let mut args = FluentArgs::new();
            args.set("n", n);
            t.format("n", Some(&args)).unwrap()
        };
        // Exact numeric keys win over categories.
        assert_eq!(category("en", 0.0), "zero");
        assert_eq!(category("en", 1.0), "one");
        assert_eq!(category("en", 5.0), "other");
        // CLDR 49: Vietnamese has `one`; Portuguese `many` for whole millions ("1 000 000 de
        // comunicados"); Filipino `one` covers 1, 2, 3, 5, 7, 8 …; Tetum, absent from CLDR, is `other`
        // (fluent-bundle's own rules gave it English `one`).
        assert_eq!(category("vi", 1.0), "one");
        assert_eq!(category("pt", 1.0), "one");
        // European Portuguese: 0 is `other` (Brazilian CLDR `pt` would say `one`).
        let (pt, _) = texts("pt", src);
        let mut zero = FluentArgs::new();
        zero.set("n", 0);
        assert_eq!(pt.format("c", Some(&zero)).unwrap(), "other");
        assert_eq!(category("pt", 1_000_000.0), "many");
        assert_eq!(category("pt", 2.0), "other");
        assert_eq!(category("fil", 2.0), "one");
        assert_eq!(category("fil", 4.0), "other");
        assert_eq!(category("tet", 1.0), "other");
        assert_eq!(category("zh-Hant", 1.0), "other");
        assert_eq!(category("ta", 1.0), "one");

        let (t, _) = texts("en", src);
        let mut args = FluentArgs::new();
        args.set("n", 1);
        args.set("g", "one");
        // NUMBER()'s visible fraction digits count: 1.0 is `other` in English.
        assert_eq!(t.format("fd", Some(&args)).unwrap(), "other");
        // A string selector still matches its key exactly.
        assert_eq!(t.format("s", Some(&args)).unwrap(), "string one");
        // Numbers Silkwire passes are written in the format locale, digits included.
        let (my, _) = texts("my", src);
        let mut args = FluentArgs::new();
        args.set("n", 1234);
        assert_eq!(my.format("show", Some(&args)).unwrap(), "၁,၂၃၄");
        let latin = {
            let dir =
                std::env::temp_dir().join(format!("silkwire-l10n-{}-my-latn", std::process::id()));
            fs::create_dir_all(&dir).unwrap();
            let path = dir.join("x.ftl");
            fs::write(&path, src).unwrap();
            let mut t = Texts::new("my", "my-u-nu-latn").unwrap();
            let mut diags = Diagnostics::default();
            t.add_file(&path, &mut diags);
            fs::remove_dir_all(&dir).unwrap();
            t
        };
        assert_eq!(latin.format("show", Some(&args)).unwrap(), "1,234");
    }

    #[test]
    fn exact_numbers_win_wherever_they_are_written_and_crlf_files_load() {
        // `[one]` before `[0]`: fluent-bundle would match 0 against `one` with its own (Brazilian
        // CLDR 37) rules in Portuguese, and in Tetum, which has no `one` at all.
        let src = "n =\r\n    { $n ->\r\n        [one] one\r\n        [0] zero\r\n       *[other] other\r\n    }\r\nlong =\r\n    line one\r\n    line two\r\n";
        for locale in ["pt", "tet", "en"] {
            let (t, diags) = texts(locale, src);
            assert!(diags.is_empty(), "{locale}: {diags}");
            let mut args = FluentArgs::new();
            args.set("n", 0);
            assert_eq!(t.format("n", Some(&args)).unwrap(), "zero", "{locale}");
            args.set("n", 1);
            let one = if locale == "tet" { "other" } else { "one" };
            assert_eq!(t.format("n", Some(&args)).unwrap(), one, "{locale}");
            assert_eq!(t.format("long", None).unwrap(), "line one\nline two");
        }
    }

    #[test]
    fn text_comes_out_in_nfc() {
        // "Việt" written with combining marks (as some keyboards and PDFs produce it).
        let (t, diags) = texts("vi", "v = Vie\u{0323}\u{0302}t { $x }\n");
        assert!(diags.is_empty(), "{diags}");
        let mut args = FluentArgs::new();
        args.set("x", "Nam\u{0301}");
        // U+1EC7 (ệ) and U+1E3F (ḿ), each one code point.
        assert_eq!(
            t.format("v", Some(&args)).unwrap(),
            "Vi\u{1EC7}t Na\u{1E3F}"
        );
    }

    #[test]
    fn pseudo_locales_transform_text_but_not_arguments() {
        let src = "hello = Press releases from { $publisher }\n";
        let mut args = FluentArgs::new();
        args.set("publisher", "Silkwire");
        let (xa, _) = texts("en-XA", src);
        let accented = xa.format("hello", Some(&args)).unwrap();
        assert!(accented.ends_with(" Silkwire"), "{accented}");
        assert!(!accented.starts_with("Press"), "{accented}");
        assert!(
            accented.chars().count() > "Press releases from Silkwire".len(),
            "{accented}"
        );
        let (xb, _) = texts("en-XB", src);
        let mirrored = xb.format("hello", Some(&args)).unwrap();
        assert!(mirrored.ends_with(" Silkwire"), "{mirrored}");
        assert!(!mirrored.contains("Press"), "{mirrored}");
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
        assert_eq!(
            found,
            vec![(4, 6, "c"), (3, 1, "b"), (3, 1, "a")],
            "{diags}"
        );
        assert!(diags.0[0].message.contains("U+2068"));
        assert!(diags.0[2].message.contains("defined twice"));
    }
}

#[cfg(test)]
mod number_tests {
    use super::*;

    fn texts(source: &str, locale: &str) -> Texts {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("silkwire-number-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{locale}.ftl"));
        fs::write(&path, source).unwrap();
        let mut t = Texts::new(
            locale,
            &crate::locale::format_locale(locale, None, None, None).unwrap(),
        )
        .unwrap();
        let mut diags = Diagnostics::default();
        t.add_file(&path, &mut diags);
        fs::remove_dir_all(&dir).unwrap();
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
    fn number_options_in_a_selector_are_checked_and_years_are_not_grouped() {
        let src = "p = { NUMBER($n, style: \"percent\") ->\n        [one] a\n       *[other] b\n    }\nfd = { NUMBER($n, minimumFractionDigits: 1) ->\n        [1] exactly one\n       *[other] { NUMBER($n, minimumFractionDigits: 1) }\n    }\ny = { $y }\n";
        let mut args = FluentArgs::new();
        args.set("n", 1);
        args.set(
            "y",
            FluentValue::Number(fluent::types::FluentNumber::new(
                2023.0,
                fluent::types::FluentNumberOptions {
                    use_grouping: false,
                    ..Default::default()
                },
            )),
        );
        let vi = texts(src, "vi");
        assert!(broken(&vi, "p", Some(&args)).contains("unsupported option style in a selector"));
        // Shown as 1,0, the number is not the key [1] (as in Fluent).
        assert_eq!(vi.format("fd", Some(&args)).unwrap(), "1,0");
        // Vietnamese groups thousands with a dot; a year never is.
        assert_eq!(vi.format("y", Some(&args)).unwrap(), "2023");
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
