//! One Fluent file, parsed once into owned facts: messages with their location, comment, variables,
//! references, functions and variant keys, and syntax errors.

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Message, Pattern, PatternElement, Resource,
    VariantKey,
};
use fluent_syntax::parser::ErrorKind;

/// A reference from one message to another message or a term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reference {
    /// `-brand` for a term, `other-message` for a message.
    pub(crate) id: String,
    /// `.attribute`, if the reference names one.
    pub(crate) attribute: Option<String>,
    pub(crate) offset: usize,
}

/// What a pattern (a value or an attribute) uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Pat {
    /// Its canonical serialization, to compare texts.
    pub(crate) text: String,
    /// Every variable used, with the offset of each use.
    pub(crate) vars: Vec<(String, usize)>,
    /// The variables whose value reaches the text (not only a selector's choice).
    pub(crate) placed: Vec<String>,
    /// Function options Silkwire refuses, with their offsets.
    pub(crate) bad_options: Vec<(String, usize)>,
    pub(crate) references: Vec<Reference>,
    pub(crate) functions: Vec<(String, usize)>,
    /// Identifier keys of select expressions over a variable or NUMBER(), with their offsets and
    /// whether the selector asks for ordinal rules.
    pub(crate) plural_keys: Vec<(String, usize, bool)>,
    /// True if text outside placeables has a letter.
    pub(crate) has_letters: bool,
    /// True if it renders to nothing but white space.
    pub(crate) empty: bool,
}

/// A message or a term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Msg {
    /// The id; terms keep their leading `-`.
    pub(crate) id: String,
    pub(crate) offset: usize,
    /// It has a comment of its own, or stands under a group comment.
    pub(crate) commented: bool,
    /// Its comment has a line starting `identical-ok`.
    pub(crate) identical_ok: bool,
    pub(crate) value: Option<Pat>,
    /// Attribute name → (offset, pattern).
    pub(crate) attributes: BTreeMap<String, (usize, Pat)>,
    /// Canonical serialization of the message without its comment (its fingerprint's input).
    pub(crate) canonical: String,
}

/// A syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub(crate) offset: usize,
    pub(crate) message: String,
    pub(crate) missing_default: bool,
    /// The id of the broken entry, if it has one.
    pub(crate) entry: String,
}

/// A parsed file.
#[derive(Debug, Clone)]
pub(crate) struct FtlFile {
    pub(crate) path: PathBuf,
    /// The path inside the locale folder (`silkwire.ftl`, `releases/x.ftl`).
    pub(crate) rel: String,
    pub(crate) text: String,
    pub(crate) messages: Vec<Msg>,
    pub(crate) errors: Vec<SyntaxError>,
    /// The file started with a byte order mark (removed from `text`).
    pub(crate) bom: bool,
    /// The file could not be read as UTF-8 text.
    pub(crate) unreadable: bool,
    index: std::collections::HashMap<String, usize>,
}

impl FtlFile {
    /// The first definition of `id`.
    pub(crate) fn get(&self, id: &str) -> Option<&Msg> {
        self.index.get(id).and_then(|i| self.messages.get(*i))
    }

    /// A file that could not be read: it exists, but has no messages.
    pub(crate) fn unreadable(path: PathBuf, rel: String) -> FtlFile {
        let mut f = parse(path, rel, String::new());
        f.unreadable = true;
        f
    }
}

pub(crate) use silkwire_l10n::catalog::{offset_in, too_deep, MAX_NESTING};

/// Parses `text` (the content of `path`, `rel` inside its locale folder).
pub(crate) fn parse(path: PathBuf, rel: String, text: String) -> FtlFile {
    // Windows line endings read as `\n`: lines and columns stay the same.
    let text = if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text
    };
    let (text, bom) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => (rest.to_string(), true),
        None => (text, false),
    };
    if let Some(offset) = too_deep(&text) {
        return FtlFile {
            path,
            rel,
            text,
            messages: Vec::new(),
            errors: vec![SyntaxError {
                offset,
                message: format!("placeables are nested more than {MAX_NESTING} deep"),
                missing_default: false,
                entry: String::new(),
            }],
            bom,
            unreadable: false,
            index: Default::default(),
        };
    }
    let (resource, errors) = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    let errors = errors
        .into_iter()
        .map(|e| {
            let entry = e.slice.as_ref().map_or("", |s| &text[s.clone()]);
            let id_end = entry
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(entry.len());
            let entry_id = if entry[id_end..].trim_start().starts_with('=') {
                entry[..id_end].to_string()
            } else {
                String::new()
            };
            SyntaxError {
                offset: e.pos.start,
                message: e.kind.to_string(),
                missing_default: e.kind == ErrorKind::MissingDefaultVariant,
                entry: entry_id,
            }
        })
        .collect();
    let messages = collect(&text, &resource);
    let mut index = std::collections::HashMap::new();
    for (i, m) in messages.iter().enumerate() {
        index.entry(m.id.clone()).or_insert(i);
    }
    FtlFile {
        path,
        rel,
        text: text.clone(),
        messages,
        errors,
        bom,
        unreadable: false,
        index,
    }
}

fn collect(text: &str, resource: &Resource<&str>) -> Vec<Msg> {
    let mut out = Vec::new();
    let mut group = false;
    for entry in &resource.body {
        match entry {
            Entry::GroupComment(c) => group = c.content.iter().any(|l| !l.trim().is_empty()),
            Entry::Message(m) => out.push(message(text, m, group, "")),
            Entry::Term(t) => {
                let as_message = Message {
                    id: t.id.clone(),
                    value: Some(t.value.clone()),
                    attributes: t.attributes.clone(),
                    comment: t.comment.clone(),
                };
                out.push(message(text, &as_message, group, "-"));
            }
            _ => {}
        }
    }
    out
}

fn message(text: &str, m: &Message<&str>, group: bool, prefix: &str) -> Msg {
    let own = m
        .comment
        .as_ref()
        .is_some_and(|c| c.content.iter().any(|l| !l.trim().is_empty()));
    let identical_ok = m.comment.as_ref().is_some_and(|c| {
        c.content
            .iter()
            .any(|l| l.trim_start().starts_with("identical-ok"))
    });
    let bare = Message {
        id: m.id.clone(),
        value: m.value.clone(),
        attributes: m.attributes.clone(),
        comment: None,
    };
    let canonical = fluent_syntax::serializer::serialize(&Resource {
        body: vec![Entry::Message(bare)],
    });
    Msg {
        id: format!("{prefix}{}", m.id.name),
        // A term's location is its `-`.
        offset: offset_in(text, m.id.name).saturating_sub(prefix.len()),
        commented: own || group,
        identical_ok,
        value: m.value.as_ref().map(|p| pattern(text, p)),
        attributes: m
            .attributes
            .iter()
            .map(|a| {
                (
                    a.id.name.to_string(),
                    (offset_in(text, a.id.name), pattern(text, &a.value)),
                )
            })
            .collect(),
        canonical,
    }
}

fn pattern(text: &str, p: &Pattern<&str>) -> Pat {
    let mut pat = Pat {
        empty: true,
        ..Pat::default()
    };
    walk_pattern(text, p, &mut pat, true);
    pat.text = serialize_pattern(p);
    pat
}

/// The pattern's canonical text (as the serializer writes it after `id =`).
fn serialize_pattern(p: &Pattern<&str>) -> String {
    let s = fluent_syntax::serializer::serialize(&Resource {
        body: vec![Entry::Message(Message {
            id: fluent_syntax::ast::Identifier { name: "x" },
            value: Some(p.clone()),
            attributes: vec![],
            comment: None,
        })],
    });
    s.strip_prefix("x =").unwrap_or(&s).trim().to_string()
}

fn walk_pattern(text: &str, p: &Pattern<&str>, pat: &mut Pat, placed: bool) {
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => {
                if value.chars().any(char::is_alphabetic) {
                    pat.has_letters = true;
                }
                if !value.trim().is_empty() {
                    pat.empty = false;
                }
            }
            PatternElement::Placeable { expression } => {
                walk_expression(text, expression, pat, placed)
            }
        }
    }
}

fn walk_expression(text: &str, e: &Expression<&str>, pat: &mut Pat, placed: bool) {
    match e {
        Expression::Inline(i) => walk_inline(text, i, pat, placed),
        Expression::Select { selector, variants } => {
            // A selector's value chooses a variant; it reaches the text only if a variant places it.
            walk_inline(text, selector, pat, false);
            let (numeric, ordinal) = match selector {
                InlineExpression::VariableReference { .. } => (true, false),
                InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => (
                    true,
                    arguments.named.iter().any(|n| {
                        n.name.name == "type"
                            && matches!(n.value, InlineExpression::StringLiteral { value } if value == "ordinal")
                    }),
                ),
                _ => (false, false),
            };
            for v in variants {
                if let VariantKey::Identifier { name } = v.key {
                    if numeric {
                        pat.plural_keys
                            .push((name.to_string(), offset_in(text, name), ordinal));
                    }
                }
                walk_pattern(text, &v.value, pat, placed);
            }
        }
    }
}

/// The options Silkwire's functions accept, checked as the build checks them.
fn check_options(
    text: &str,
    function: &str,
    a: &CallArguments<&str>,
    selector: bool,
    pat: &mut Pat,
) {
    for n in &a.named {
        let name = n.name.name;
        let value = match &n.value {
            InlineExpression::StringLiteral { value } => Some(*value),
            InlineExpression::NumberLiteral { value } => Some(*value),
            _ => None,
        };
        let ok = match (function, name) {
            ("NUMBER", "useGrouping") => matches!(value, Some("false" | "true" | "auto")),
            ("NUMBER", "minimumFractionDigits") => value
                .and_then(|v| v.parse::<u8>().ok())
                .is_some_and(|d| d <= 20),
            ("NUMBER", "type") => selector && matches!(value, Some("cardinal" | "ordinal")),
            ("DATETIME", "dateStyle") => {
                matches!(value, Some("full" | "long" | "medium" | "short"))
            }
            _ => false,
        };
        if !ok {
            let shown = value.map_or(String::new(), |v| format!(": \"{v}\""));
            pat.bad_options.push((
                format!("{function}() does not accept {name}{shown}"),
                offset_in(text, name),
            ));
        }
    }
}

fn walk_inline(text: &str, i: &InlineExpression<&str>, pat: &mut Pat, placed: bool) {
    match i {
        InlineExpression::StringLiteral { value } => {
            if !value.trim().is_empty() {
                pat.empty = false;
            }
        }
        InlineExpression::NumberLiteral { .. } => pat.empty = false,
        InlineExpression::VariableReference { id } => {
            pat.empty = false;
            pat.vars
                .push((id.name.to_string(), offset_in(text, id.name)));
            if placed {
                pat.placed.push(id.name.to_string());
            }
        }
        InlineExpression::MessageReference { id, attribute } => {
            pat.empty = false;
            pat.references.push(Reference {
                id: id.name.to_string(),
                attribute: attribute.as_ref().map(|a| a.name.to_string()),
                offset: offset_in(text, id.name),
            });
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            pat.empty = false;
            pat.references.push(Reference {
                id: format!("-{}", id.name),
                attribute: attribute.as_ref().map(|a| a.name.to_string()),
                offset: offset_in(text, id.name).saturating_sub(1),
            });
            if let Some(a) = arguments {
                walk_call(text, a, pat, placed);
            }
        }
        InlineExpression::FunctionReference { id, arguments } => {
            pat.empty = false;
            pat.functions
                .push((id.name.to_string(), offset_in(text, id.name)));
            if id.name == "NUMBER" || id.name == "DATETIME" {
                check_options(text, id.name, arguments, !placed, pat);
            }
            walk_call(text, arguments, pat, placed);
        }
        InlineExpression::Placeable { expression } => {
            walk_expression(text, expression, pat, placed)
        }
    }
}

fn walk_call(text: &str, a: &CallArguments<&str>, pat: &mut Pat, placed: bool) {
    for p in &a.positional {
        walk_inline(text, p, pat, placed);
    }
    for n in &a.named {
        walk_inline(text, &n.value, pat, placed);
    }
}
