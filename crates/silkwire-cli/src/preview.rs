//! `silkwire preview ID --locale L`: an edition as a reader sees it, in the terminal, so that a
//! translator can check a translation without opening XML.

use std::fmt::Write as _;
use std::path::Path;

use silkwire_l10n::cut::wrap;
use silkwire_l10n::{Edition, LocaleBuild};

use crate::console::Console;
use crate::{EXIT_FAILURE, EXIT_OK, EXIT_USAGE};

/// The width previews are wrapped to when standard output is not a terminal.
pub const DEFAULT_WIDTH: usize = 80;

/// `silkwire preview`: prints release `id`'s edition in `locale`, wrapped to `width` columns.
pub fn preview(
    con: &mut Console<'_>,
    root: &Path,
    id: &str,
    locale: &str,
    width: usize,
    now: Option<silkwire_core::time::Timestamp>,
) -> i32 {
    let locale = match silkwire_l10n::locale::canonicalize(locale) {
        Ok(l) => l,
        Err(e) => {
            con.error(&e.to_string(), &e.fix());
            return EXIT_USAGE;
        }
    };
    let project = match silkwire_core::load_project(root) {
        Ok(p) => p,
        Err(d) => {
            con.diagnostic(&d.to_string());
            return EXIT_FAILURE;
        }
    };
    if !project.releases.iter().any(|r| r.id == id) {
        let ids: Vec<&str> = project.releases.iter().map(|r| r.id.as_str()).collect();
        con.error(
            &format!(
                "there is no release \"{id}\" in {}",
                root.join("feeds/releases").display()
            ),
            &format!("name one of: {}", ids.join(", ")),
        );
        return EXIT_USAGE;
    }
    let targets: Vec<String> = project
        .publication
        .locales
        .iter()
        .filter_map(|l| silkwire_l10n::locale::canonicalize(&l.value).ok())
        .collect();
    if !targets.contains(&locale) {
        con.error(
            &format!("{locale} is not one of the publication's locales"),
            &format!(
                "name one of: {} (feeds/silkwire.toml lists them)",
                targets.join(", ")
            ),
        );
        return EXIT_USAGE;
    }
    // Updates and withdrawals as of the clock; an embargo does not hide the preview.
    let mut project = project;
    let now = now.unwrap_or_else(silkwire_core::time::system_now);
    for r in &mut project.releases {
        r.as_of(&now);
    }
    let policy = silkwire_l10n::Policy {
        strict: false,
        skip_keyword_check: true,
    };
    let localized = match silkwire_l10n::load_and_localize(&project, policy) {
        Ok(l) => l,
        Err(d) => {
            con.diagnostic(&d.to_string());
            return EXIT_FAILURE;
        }
    };
    if let Some(s) = localized
        .skipped
        .iter()
        .find(|s| s.locale == locale && s.release == id)
    {
        for d in &s.problems {
            con.diagnostic(&d.to_string());
        }
        con.error(
            &format!("the {locale} edition of {id} cannot be shown: its translation is incomplete or broken"),
            &format!("fix the problems above (`silkwire check --locale {locale}` lists them all)"),
        );
        return EXIT_FAILURE;
    }
    for w in localized
        .warnings
        .iter()
        .filter(|w| w.locale.as_deref().is_none_or(|l| l == locale))
    {
        con.warning(&w.message);
    }
    let Some((build, edition)) = localized.locales.iter().find_map(|b| {
        (b.locale == locale)
            .then(|| {
                b.editions
                    .iter()
                    .find(|e| e.release.id == id)
                    .map(|e| (b, e))
            })
            .flatten()
    }) else {
        con.error(&format!("no {locale} edition of {id} was built"), "");
        return EXIT_FAILURE;
    };
    let text = render(build, edition, width, con.color_out);
    con.print(&text);
    EXIT_OK
}

/// A space after a label, unless it ends in full-width punctuation (`原文链接：`).
fn space_after(label: &str) -> &'static str {
    if silkwire_l10n::width::space_after(label) {
        " "
    } else {
        ""
    }
}

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// The edition as plain text, paragraphs wrapped to `width` columns (headings in bold when
/// `color`).
pub fn render(build: &LocaleBuild, e: &Edition, width: usize, color: bool) -> String {
    let width = width.max(20);
    let mut out = String::new();
    let style = |s: &str, code: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let para = |out: &mut String, text: &str, indent: &str| {
        for line in wrap(text, width.saturating_sub(indent.len())) {
            let _ = writeln!(out, "{indent}{line}");
        }
    };
    let headline = wrap(&e.headline, width);
    for line in &headline {
        let _ = writeln!(out, "{}", style(line, BOLD));
    }
    let rule = headline
        .iter()
        .map(|l| silkwire_l10n::width::display_width(l))
        .max()
        .unwrap_or(0)
        .max(3);
    let _ = writeln!(out, "{}", "=".repeat(rule));
    let version = if e.version > 1 {
        format!(" · version {}", e.version)
    } else {
        String::new()
    };
    let meta = format!(
        "{} · {} · {}{version}",
        e.locale,
        silkwire_core::time::rfc3339(&e.release.published),
        e.release.id,
    );
    let _ = writeln!(out, "{}", style(&meta, DIM));
    out.push('\n');
    for n in e.notices.iter().rev() {
        para(&mut out, &format!("[{}]", n.text), "");
        out.push('\n');
    }
    if e.withdrawn {
        return out;
    }
    if let Some(t) = &e.translation {
        para(
            &mut out,
            &format!("[{}{}{}]", t.text, space_after(&t.text), t.link_text),
            "",
        );
        // Links are never wrapped: they must stay whole to be copied.
        let _ = writeln!(out, "<{}>", t.href);
        out.push('\n');
    }
    for (i, p) in e.paragraphs.iter().enumerate() {
        let n = i + 1;
        if n == 1 {
            para(
                &mut out,
                &format!("{}{}{p}", e.dateline, e.dateline_separator),
                "",
            );
        } else {
            para(&mut out, p, "");
        }
        out.push('\n');
        for (photo, t) in e.release.photos.iter().zip(&e.photos) {
            if *photo.after_paragraph != n {
                continue;
            }
            let _ = writeln!(out, "  {}", style(&format!("[{}]", photo.url), DIM));
            para(&mut out, &t.caption, "  ");
            para(&mut out, &t.credit_line, "  ");
            para(&mut out, &format!("alt: {}", t.alt), "  ");
            out.push('\n');
        }
    }
    let label = &build.text.label_original_link;
    let _ = writeln!(
        out,
        "{label}{}{}",
        space_after(label),
        e.release.original_link
    );
    let b = &e.boilerplate;
    for (heading, about) in &b.about {
        out.push('\n');
        let _ = writeln!(out, "{}", style(heading, BOLD));
        para(&mut out, about, "");
    }
    if let Some((heading, contacts)) = &b.contacts {
        out.push('\n');
        let _ = writeln!(out, "{}", style(heading, BOLD));
        for c in contacts {
            let _ = writeln!(out, "{}", c.name);
            for v in [&c.email, &c.phone].into_iter().flatten() {
                let _ = writeln!(out, "{v}");
            }
        }
    }
    for d in &b.disclaimers {
        out.push('\n');
        para(&mut out, d, "");
    }
    out
}
