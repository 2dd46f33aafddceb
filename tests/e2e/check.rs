//! `silkwire check` and `silkwire status` on small trees that each break one thing, with the exact
//! output a translator sees, and on the shipped tree, which must be clean.

use std::fs;

use crate::support::Fixture;

const EN: &str = "# The greeting on the home page; $name is the reader's name.
hello = Hello, { $name }!
# Title of the page.
title = Press room
    .tooltip = All our releases
";

/// Runs `silkwire check ARGS` on a tree of `en` plus the given files; returns (code, stdout).
fn check(tag: &str, files: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut all = vec![("locales/en/silkwire.ftl", EN)];
    all.extend_from_slice(files);
    let f = Fixture::files(tag, &all);
    let mut argv = vec!["check"];
    argv.extend_from_slice(args);
    f.run(&argv)
}

#[test]
fn a_clean_translation_passes() {
    let (code, out, err) = check(
        "check-clean",
        &[(
            "locales/th/silkwire.ftl",
            "hello = สวัสดี { $name }!\ntitle = ห้องข่าว\n    .tooltip = ข่าวทั้งหมดของเรา\n",
        )],
        &[],
    );
    // Never reviewed: a warning, not an error.
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.ends_with("check: 0 error(s), 2 warning(s)\n"), "{out}");
    assert!(out.contains("warning[unreviewed]"), "{out}");
}

#[test]
fn syntax_errors_and_missing_default_variants_are_located() {
    let (code, out, _) = check(
        "check-syntax",
        &[(
            "locales/th/silkwire.ftl",
            "hello = สวัสดี { $name\ntitle =\n    { $n ->\n        [one] x\n        [other] y\n    }\n",
        )],
        &["--locale", "th"],
    );
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "error[syntax-error]: Fluent syntax error: Expected a token starting with \"}\"
  --> <root>/locales/th/silkwire.ftl:2:1
   |
 2 | title =
   | ^
   = fix: correct the Fluent syntax at this position (guide: https://projectfluent.org/fluent/guide/)

error[missing-default-variant]: Fluent syntax error: The select expression must have a default variant
  --> <root>/locales/th/silkwire.ftl:6:5
   |
 6 |     }
   |     ^
   = fix: mark one variant as the default with `*`, e.g. *[other]

check: 2 error(s), 0 warning(s)
"
    );
}

/// One tree that breaks a little of everything: every finding kind but syntax errors, each with its
/// location, the line and a caret.
#[test]
fn every_kind_of_finding_is_located() {
    let count =
        "count =\n    { $n ->\n        [one] one release\n       *[other] { $n } releases\n    }\n";
    let en = format!("{EN}{count}");
    let th = "hello = สวัสดี { $user }!\nhello = ซ้ำ\ntitle = Press room\n    .label = ห้องข่าว\ncount =\n    { $n ->\n        [one] { $n } ฉบับ\n       *[other] { $n } ฉบับ { $m } { -brand } { FOO() }\n    }\nextra = { \"\" }\n";
    let f = Fixture::files(
        "check-everything",
        &[
            ("locales/en/silkwire.ftl", en.as_str()),
            ("locales/th/silkwire.ftl", th),
            (
                "locales/ms/silkwire.ftl",
                "hello = Halo { $name }\u{2068}!\n",
            ),
            ("locales/ms/releases/old.ftl", "title = x\n"),
            ("locales/zh_CN/silkwire.ftl", ""),
            ("locales/de/silkwire.ftl", ""),
        ],
    );
    let (code, out, err) = f.run(&["check"]);
    assert_eq!((code, err.as_str()), (1, ""));
    // The JSON report holds the same findings, in the same order, at the same places.
    let (code, json, _) = f.run(&["check", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let from_json: Vec<String> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let at = if f["line"] == 0 {
                f["path"].as_str().unwrap_or("").to_string()
            } else {
                format!(
                    "{}:{}:{}",
                    f["path"].as_str().unwrap_or(""),
                    f["line"],
                    f["column"]
                )
            };
            format!(
                "{}[{}]|{at}",
                f["severity"].as_str().unwrap_or(""),
                f["code"].as_str().unwrap_or("")
            )
        })
        .collect();
    let lines: Vec<&str> = out.lines().collect();
    let from_text: Vec<String> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("error[") || l.starts_with("warning["))
        .map(|(i, l)| {
            let head = l.split(':').next().unwrap_or("");
            let at = lines[i + 1].trim_start().trim_start_matches("--> ");
            format!("{head}|{at}")
        })
        .collect();
    assert_eq!(from_json, from_text);
    assert_eq!(
        out,
        "error[locale-folder]: the folder name \"de\" is not a supported locale
  --> <root>/locales/de
   = fix: use one of: en, zh-Hans, zh-Hant, id, ms, th, vi, fil, my, km, lo, ta, pt, tet (optionally with a region, e.g. zh-Hant-HK, ms-SG; pseudo-locales: en-XA, en-XB)

warning[missing-comment]: `count` has no comment: translators cannot tell where it appears
  --> <root>/locales/en/silkwire.ftl:6:1
   |
 6 | count =
   | ^^^^^
   = fix: add a `# …` comment above it saying where it appears and what its variables mean (or a `## …` group comment for a run of similar messages)

warning[obsolete-file]: releases/old.ftl has no source text: locales/en/releases/old.ftl does not exist
  --> <root>/locales/ms/releases/old.ftl
   = fix: remove the file if the release is gone, or restore its source text

error[missing-message]: `count` is missing
  --> <root>/locales/ms/silkwire.ftl
   = fix: translate `count` from <root>/locales/en/silkwire.ftl:6:1

error[missing-message]: `title` is missing
  --> <root>/locales/ms/silkwire.ftl
   = fix: translate `title` from <root>/locales/en/silkwire.ftl:4:1

warning[unreviewed]: `hello` has never been recorded as reviewed
  --> <root>/locales/ms/silkwire.ftl:1:1
   |
 1 | hello = Halo { $name }\u{2068}!
   | ^^^^^
   = fix: review it, then run `silkwire status --accept ms`

error[forbidden-character]: U+2068, a bidi isolation mark in the file
  --> <root>/locales/ms/silkwire.ftl:1:23
   |
 1 | hello = Halo { $name }\u{2068}!
   |                       ^
   = fix: delete the invisible character (it often comes with text pasted from Word or PDF)

warning[unreviewed]: `hello` has never been recorded as reviewed
  --> <root>/locales/th/silkwire.ftl:1:1
   |
 1 | hello = สวัสดี { $user }!
   | ^^^^^
   = fix: review it, then run `silkwire status --accept th`

error[variable-dropped]: `hello` drops { $name }, which the en text uses
  --> <root>/locales/th/silkwire.ftl:1:1
   |
 1 | hello = สวัสดี { $user }!
   | ^^^^^
   = fix: put { $name } where your language needs it

error[variable-unknown]: `hello` uses { $user }, which the en text does not have
  --> <root>/locales/th/silkwire.ftl:1:19
   |
 1 | hello = สวัสดี { $user }!
   |                 ^^^^
   = fix: use only the variables of the source: $name

error[duplicate-id]: `hello` is defined twice (first at <root>/locales/th/silkwire.ftl:1:1); the first one is used
  --> <root>/locales/th/silkwire.ftl:2:1
   |
 2 | hello = ซ้ำ
   | ^^^^^
   = fix: remove one definition or give it another id

warning[identical-to-source]: `title` is the same as the en text: is it translated?
  --> <root>/locales/th/silkwire.ftl:3:1
   |
 3 | title = Press room
   | ^^^^^
   = fix: translate it; if it must stay the same (a brand name), add a comment line `identical-ok: <why>` to the message in the source file

error[missing-attribute]: `title.tooltip` is missing
  --> <root>/locales/th/silkwire.ftl:3:1
   |
 3 | title = Press room
   | ^^^^^
   = fix: add `.tooltip = …` under `title`, translated from <root>/locales/en/silkwire.ftl:5:6

warning[unreviewed]: `title` has never been recorded as reviewed
  --> <root>/locales/th/silkwire.ftl:3:1
   |
 3 | title = Press room
   | ^^^^^
   = fix: review it, then run `silkwire status --accept th`

warning[obsolete-attribute]: `title.label` is not in the source, so it is never used
  --> <root>/locales/th/silkwire.ftl:4:6
   |
 4 |     .label = ห้องข่าว
   |      ^^^^^
   = fix: remove `.label`

warning[unreviewed]: `count` has never been recorded as reviewed
  --> <root>/locales/th/silkwire.ftl:5:1
   |
 5 | count =
   | ^^^^^
   = fix: review it, then run `silkwire status --accept th`

warning[plural-category]: `[one]` is not a plural category of th (it has: other), so this variant is never used
  --> <root>/locales/th/silkwire.ftl:7:10
   |
 7 |         [one] { $n } ฉบับ
   |          ^^^
   = fix: remove the variant, or use the categories other

error[variable-unknown]: `count` uses { $m }, which the en text does not have
  --> <root>/locales/th/silkwire.ftl:8:32
   |
 8 |        *[other] { $n } ฉบับ { $m } { -brand } { FOO() }
   |                               ^
   = fix: use only the variables of the source: $n

error[unresolved-reference]: `count` refers to the term `-brand`, which th does not define here
  --> <root>/locales/th/silkwire.ftl:8:38
   |
 8 |        *[other] { $n } ฉบับ { $m } { -brand } { FOO() }
   |                                     ^^^^^^
   = fix: define `-brand` in this locale's files, or remove the reference

error[unknown-function]: `count` calls FOO(), which Silkwire does not provide
  --> <root>/locales/th/silkwire.ftl:8:49
   |
 8 |        *[other] { $n } ฉบับ { $m } { -brand } { FOO() }
   |                                                ^^^
   = fix: use DATETIME() or NUMBER()

error[empty-value]: `extra` is empty: it would publish nothing
  --> <root>/locales/th/silkwire.ftl:10:1
    |
 10 | extra = { \"\" }
    | ^^^^^
    = fix: write the text, or remove the message if it is not needed

warning[obsolete-message]: `extra` is not in the source (<root>/locales/en/silkwire.ftl), so it is never used
  --> <root>/locales/th/silkwire.ftl:10:1
    |
 10 | extra = { \"\" }
    | ^^^^^
    = fix: remove it (or rename it to the id the source uses now)

error[locale-folder]: \"zh_CN\" is not a canonical locale tag; Silkwire looks for zh-Hans-CN
  --> <root>/locales/zh_CN
   = fix: rename the folder to zh-Hans-CN

check: 13 error(s), 10 warning(s)
"
    );
}

#[test]
fn json_output_is_the_documented_schema() {
    let (code, out, _) = check(
        "check-json",
        &[("locales/th/silkwire.ftl", "hello = สวัสดี { $name }!\n")],
        &["--format", "json", "--locale", "th"],
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["schema"], "silkwire-check/1");
    assert_eq!(
        (v["errors"].as_u64(), v["warnings"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        v["findings"][0],
        serde_json::json!({
            "severity": "error",
            "code": "missing-message",
            "path": "<root>/locales/th/silkwire.ftl",
            "line": 0,
            "column": 0,
            "locale": "th",
            "message_id": "title",
            "message": "`title` is missing",
            "fix": "translate `title` from <root>/locales/en/silkwire.ftl:4:1",
        })
    );
    assert_eq!(v["findings"][1]["code"], "unreviewed");
    assert_eq!(
        (
            v["findings"][1]["line"].as_u64(),
            v["findings"][1]["column"].as_u64()
        ),
        (Some(1), Some(1))
    );
}

#[test]
fn missing_files_and_values_and_the_exemptions_from_identical() {
    let en = "# The publisher. identical-ok: a brand name.\n# identical-ok: the brand is not translated\nbrand = Silkwire News\n# A label; $n is a number.\nlabel = { $n }: { $n }\n# Place.\nplace = Beijing\n# Heading with a tooltip.\nheading = Latest\n    .title = Latest releases\n";
    let f = Fixture::files(
        "check-identical",
        &[
            ("locales/en/silkwire.ftl", en),
            ("locales/en/orgs.ftl", "# An organisation.\norg-x = X Corp\n"),
            (
                "locales/glossary.toml",
                "[[term]]\nid = \"beijing\"\nreleases = []\n[term.text]\nen = \"Beijing\"\nid = \"Beijing\"\n",
            ),
            (
                "locales/id/silkwire.ftl",
                "brand = Silkwire News\nlabel = { $n }: { $n }\nplace = Beijing\nheading =\n    .title = Rilis terbaru\n",
            ),
        ],
    );
    let (code, out, _) = f.run(&["check", "--locale", "id"]);
    assert_eq!(code, 1);
    // The brand (identical-ok), a value without letters and the glossary's name are not reported.
    assert!(!out.contains("identical-to-source"), "{out}");
    assert!(
        out.contains("error[missing-file]: id has no orgs.ftl (1 messages to translate)\n  --> <root>/locales/id/orgs.ftl\n   = fix: create <root>/locales/id/orgs.ftl translated from <root>/locales/en/orgs.ftl\n"),
        "{out}"
    );
    // `heading =` with only an attribute is a syntax error in Fluent? No: a message may have only
    // attributes; the source has a value, so it is missing.
    assert!(
        out.contains("error[missing-value]: `heading` has attributes but no value; the source has a value\n  --> <root>/locales/id/silkwire.ftl:4:1\n"),
        "{out}"
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings_and_bad_locales_are_usage_errors() {
    let th = [(
        "locales/th/silkwire.ftl",
        "hello = สวัสดี { $name }!\ntitle = ห้องข่าว\n    .tooltip = ข่าวทั้งหมด\n",
    )];
    assert_eq!(check("check-warn", &th, &[]).0, 0);
    assert_eq!(check("check-deny", &th, &["--deny-warnings"]).0, 1);
    let (code, out, err) = check("check-usage", &th, &["--locale", "xx-!"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with(
            "error: \"xx-!\" is not a well-formed BCP 47 language tag\n  = fix: use one of: en,"
        ),
        "{err}"
    );
    // --locale limits the report.
    let (_, out, _) = check("check-only", &th, &["--locale", "ms"]);
    assert_eq!(out, "check: no problems found\n");
}

#[test]
fn the_shipped_tree_is_clean() {
    let f = Fixture::sample("check-shipped");
    let (code, out, err) = f.run(&["check", "--deny-warnings"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "check: no problems found\n", "")
    );
}

#[test]
fn release_files_are_checked_against_their_source_locale() {
    // With zh-Hans as the release's source, English is a translation of it.
    let f = Fixture::sample_in("check-zh-source", &["en", "zh-Hans"]);
    f.edit(
        "feeds/releases/qingxiu-nev-cluster.toml",
        "source_locale = \"en\"",
        "source_locale = \"zh-Hans\"",
    );
    let path = f.root().join("locales/en/releases/qingxiu-nev-cluster.ftl");
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, text.replace("body-7 = ", "body-8 = ")).expect("write");
    let (code, out, _) = f.run(&["check", "--locale", "en", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let codes: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or(""),
                f["message_id"].as_str().unwrap_or(""),
            )
        })
        .filter(|(c, _)| *c != "unreviewed")
        .collect();
    assert_eq!(
        codes,
        [("missing-message", "body-7"), ("extra-paragraph", "body-8")]
    );
}

#[test]
fn status_tracks_outdated_translations_until_accepted() {
    let en = "# Title of the page.\ntitle = Press room\n";
    let f = Fixture::files(
        "status",
        &[
            ("locales/en/silkwire.ftl", en),
            ("locales/th/silkwire.ftl", "title = ห้องข่าว\n"),
            ("locales/vi/silkwire.ftl", "title = Phòng tin\n"),
        ],
    );
    // Never reviewed.
    let (code, out, _) = f.run(&["status"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "locale  part     total  translated  missing  outdated  unreviewed  obsolete  identical  errors  complete\nth      strings      1           1        0         0           1         0          0       0      100%\nvi      strings      1           1        0         0           1         0          0       0      100%\n"
    );
    // A review is recorded per locale.
    let (code, _, err) = f.run(&["status", "--accept", "th", "--accept", "vi"]);
    assert_eq!(code, 0);
    assert_eq!(err, "accepted 1 message(s) of th as reviewed against the current source\naccepted 1 message(s) of vi as reviewed against the current source\n");
    let lock = fs::read_to_string(f.root().join("locales/translations.lock")).expect("lock");
    assert!(
        lock.contains("[th.\"silkwire.ftl\"]\ntitle = \"fnv1a64:"),
        "{lock}"
    );
    // The source text changes under the same id: both translations are outdated.
    fs::write(
        f.root().join("locales/en/silkwire.ftl"),
        "# Title of the page.\ntitle = Newsroom\n",
    )
    .expect("edit");
    let (_, out, _) = f.run(&["status", "--format", "markdown"]);
    assert_eq!(
        out,
        "| locale | part | total | translated | missing | outdated | unreviewed | obsolete | identical | errors | complete |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n| th | strings | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0% |\n| vi | strings | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0% |\n"
    );
    let (code, out, _) = f.run(&["check", "--locale", "th"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "warning[outdated]: the source text of `title` changed after this translation was reviewed\n  --> <root>/locales/th/silkwire.ftl:1:1\n   |\n 1 | title = ห้องข่าว\n   | ^^^^^\n   = fix: compare with <root>/locales/en/silkwire.ftl:2:1, update the translation, then run `silkwire status --accept th`\n\ncheck: 0 error(s), 1 warning(s)\n"
    );
    // A comment or formatting change does not outdate anything; accepting th clears th only.
    let (_, out, _) = f.run(&["status", "--accept", "th", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["schema"], "silkwire-status/1");
    assert_eq!(v["rows"][0]["locale"], "th");
    assert_eq!(v["rows"][0]["outdated"], 0);
    assert_eq!(v["rows"][0]["complete_percent"], 100);
    assert_eq!(v["rows"][1]["outdated"], 1);
    fs::write(
        f.root().join("locales/en/silkwire.ftl"),
        "# The page title, shown in the tab.\ntitle =\n    Newsroom\n",
    )
    .expect("edit");
    let (_, out, _) = f.run(&["status", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["rows"][0]["outdated"], 0);
}

#[test]
fn locations_hold_with_wide_text_crlf_and_a_leading_bom() {
    let en = "# A greeting; $name is the reader.\r\nhello = Hello, { $name }!\r\n";
    let (_, out, _) = check(
        "check-wide",
        &[
            ("locales/en/silkwire.ftl", en),
            (
                "locales/zh-Hans/silkwire.ftl",
                "\u{FEFF}hello = 你好世界，{ $nom }！\r\n",
            ),
        ],
        &["--locale", "zh-Hans"],
    );
    // The caret stands under `nom`: the five Chinese characters before it take two columns each.
    // Column 17 in characters; 21 terminal columns before the caret (8 + 5 × 2 + 3).
    let caret = format!(
        "  --> <root>/locales/zh-Hans/silkwire.ftl:1:17\n   |\n 1 | hello = 你好世界，{{ $nom }}！\n   | {}^^^\n",
        " ".repeat(21)
    );
    assert!(out.contains(&caret), "{out}");
    assert!(out.contains("warning[byte-order-mark]: the file starts with a byte order mark, which Silkwire ignores\n"), "{out}");
    assert!(
        !out.contains("syntax-error") && !out.contains("forbidden-character"),
        "{out}"
    );
}

#[test]
fn control_characters_are_shown_escaped_and_a_lone_carriage_return_is_refused() {
    let (code, out, _) = check(
        "check-controls",
        &[(
            "locales/th/silkwire.ftl",
            "hello = a\u{1b}[31m { $name }\ntitle = b\rc\n    .tooltip = d\n",
        )],
        &["--locale", "th"],
    );
    assert_eq!(code, 1);
    assert!(
        !out.contains('\u{1b}'),
        "an escape sequence reached the terminal: {out:?}"
    );
    assert!(
        out.contains(" 1 | hello = a\\u{001B}[31m { $name }\n   |          ^^^^^^^^\n"),
        "{out}"
    );
    assert!(out.contains("error[forbidden-character]: U+000D, a character XML forbids in the file\n  --> <root>/locales/th/silkwire.ftl:2:10\n"), "{out}");
}

#[test]
fn variables_per_variant_ordinals_references_and_options() {
    let en = "# Count of releases; $n is the number.\ncount =\n    { $n ->\n        [one] One release\n       *[other] { $n } releases\n    }\n# Rank; $n is the position.\nrank =\n    { NUMBER($n, type: \"ordinal\") ->\n        [one] { $n }st\n        [two] { $n }nd\n        [few] { $n }rd\n       *[other] { $n }th\n    }\n# Title of the page.\ntitle = Press room\n    .tooltip = All our releases\n# The title again.\nagain = { title }\n";
    let th = "count = { $n ->\n       *[other] ข่าว\n    }\nrank = ที่ { NUMBER($n, style: \"percent\") }\ntitle = ห้องข่าว\n    .tooltip = ข่าวทั้งหมด\nagain = { title.label }\n";
    let (_, out, _) = check(
        "check-variants",
        &[
            ("locales/en/silkwire.ftl", en),
            ("locales/th/silkwire.ftl", th),
        ],
        &[],
    );
    // A translation that only selects on { $n } never shows the number.
    assert!(
        out.contains("error[variable-dropped]: `count` drops { $n }, which the en text uses\n"),
        "{out}"
    );
    // English ordinals have `two` and `few`: no warning on the reference.
    assert!(!out.contains("`[two]` is not a plural category"), "{out}");
    assert!(out.contains("error[function-option]: `rank`: NUMBER() does not accept style: \"percent\"\n  --> <root>/locales/th/silkwire.ftl:4:25\n"), "{out}");
    assert!(out.contains("error[unresolved-reference]: `again` refers to the message `title.label`, which has no attribute .label\n"), "{out}");
}

#[test]
fn check_fails_where_the_build_would() {
    // The source text of a release the publication lists is gone, and a target has no folder.
    let f = Fixture::sample_in("check-build", &["en", "zh-Hans", "km"]);
    fs::remove_file(f.root().join("locales/en/releases/qingxiu-nev-cluster.ftl")).expect("rm");
    fs::remove_dir_all(f.root().join("locales/km")).expect("rm km");
    let (code, out, _) = f.run(&["check", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let found: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            (
                f["code"].as_str().unwrap_or(""),
                f["path"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        found.contains(&(
            "missing-file",
            "<root>/locales/en/releases/qingxiu-nev-cluster.ftl"
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&("missing-locale", "<root>/locales/km")),
        "{found:?}"
    );
    let (code, _, _) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 1);
}

#[test]
fn a_broken_lock_is_a_finding_and_a_build_warning() {
    let f = Fixture::sample_in("check-lock", &["en", "zh-Hans"]);
    let lock = f.root().join("locales/translations.lock");
    let text = fs::read_to_string(&lock).expect("lock");
    fs::write(
        &lock,
        text.replacen("[fil.\"orgs.ftl\"]", "<<<<<<< HEAD\n[fil.\"orgs.ftl\"]", 1),
    )
    .expect("write");
    let (code, out, _) = f.run(&["check", "--locale", "zh-Hans"]);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = f.run(&["check"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("error[lock-file]: the review lock is not valid: key with no value, expected `=`\n  --> <root>/locales/translations.lock:4:9\n"),
        "{out}"
    );
    let (code, _, err) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 0);
    assert!(
        err.contains("until then no translation counts as outdated"),
        "{err}"
    );
}

#[test]
fn a_regional_source_locale_finds_its_text_in_its_language_folder() {
    // Written in Hong Kong Chinese, kept in locales/zh-Hant/ (as the build reads it).
    let f = Fixture::sample_in("check-regional-source", &["en", "zh-Hant"]);
    f.edit(
        "feeds/releases/qingxiu-nev-cluster.toml",
        "source_locale = \"en\"",
        "source_locale = \"zh-Hant-HK\"",
    );
    fs::remove_file(f.root().join("locales/translations.lock")).expect("rm lock");
    let (code, out, _) = f.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let codes: std::collections::BTreeSet<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(code, 0, "{codes:?}");
    assert_eq!(codes, ["unreviewed"].into_iter().collect());
}
