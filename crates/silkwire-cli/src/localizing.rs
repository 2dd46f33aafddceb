//! Loading, checking and localizing an archive a chunk of releases at a time, on every core.
//!
//! A Fluent bundle can be used on one thread only, and the parsed text of a whole archive is
//! several times its size on disk; so each worker loads the text of one chunk of releases into its
//! own [`Catalog`], checks and localizes it, hands the plain localized data back and drops the
//! catalog before taking the next chunk. The chunks are releases in the order `localize_with`
//! gives them (newest first, ties by id), so joining the chunks' editions in chunk order gives
//! every locale's editions in that order, and the result is the same as one call over the whole
//! project whatever the scheduling.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use silkwire_core::time::Timestamp;
use silkwire_core::{Diagnostic, Diagnostics, Project, Release};
use silkwire_l10n::{localize_with, Catalog, Localized, NeededLocales, Policy};

/// Releases per chunk in a build: enough that a chunk's fixed cost (every locale's strings, parsed
/// again on its worker) is small, few enough that a chunk's text is a small share of memory.
pub const CHUNK: usize = 64;

/// The localized project.
#[derive(Debug)]
pub struct Localization {
    /// The releases that are public at the build's clock, as of that clock.
    pub public: Localized,
    /// The releases still under embargo (`None` if there are none).
    pub held: Option<Localized>,
    /// The publication's strings, for what is formatted after the join (the home pages' counts).
    pub strings: Catalog,
}

/// What to localize: the releases of `project` (only those in `only`, if given) as of `now`,
/// `chunk` releases at a time (at least one).
#[derive(Debug, Clone, Copy)]
pub struct Job<'a> {
    /// The project, every release as loaded.
    pub project: &'a Project,
    /// Its locales ([`silkwire_l10n::needed_locales`]).
    pub needed: &'a NeededLocales,
    /// Only these releases (an incremental build's); `None`: all.
    pub only: Option<&'a BTreeSet<String>>,
    /// The build's clock.
    pub now: &'a Timestamp,
    /// Gaps skipped or refused.
    pub policy: Policy,
    /// Releases per chunk ([`CHUNK`] in a build).
    pub chunk: usize,
}

/// One chunk's work: its releases as loaded (every update and withdrawal, scheduled or past) and
/// whether they are held.
struct Chunk<'a> {
    releases: Vec<&'a Release>,
    held: bool,
}

/// Why a chunk failed. Errors are kept by stage, so that the build reports the first stage that
/// failed anywhere, as a single pass over the whole project would.
enum Failure {
    /// The release text did not load.
    Load(Diagnostics),
    /// The text loaded, but a note or placeholder is wrong.
    Notes(Diagnostics),
    /// The text did not resolve.
    Localize(Diagnostics),
}

/// What [`localize_stream`] does with each chunk on its worker: (the chunk's localization, whether
/// it is held, how to send something on) to its result.
pub type Work<'a, S, R> = dyn Fn(Localized, bool, &dyn Fn(S)) -> R + Sync + 'a;

/// What a worker sends to the thread that called [`localize_stream`].
enum Msg<S, R> {
    /// Something `work` sends as it goes.
    Side(S),
    /// A chunk is done: what `work` made of it (`None` if work was skipped after a failure), or
    /// why it failed.
    Done(usize, Result<Option<R>, Failure>),
}

/// Loads, checks and localizes what `job` says: the releases under embargo apart from the public
/// ones. The result does not depend on the chunk size, only the order of errors from several
/// chunks does.
pub fn localize_archive(job: Job<'_>) -> Result<Localization, Diagnostics> {
    let mut public = Vec::new();
    let mut held = Vec::new();
    let strings = localize_stream::<(), Localized>(
        job,
        &|part, _, _| part,
        &mut |_| {},
        &mut |part, is_held| {
            if is_held { &mut held } else { &mut public }.push(part);
        },
    )?;
    let public = join(public, &strings)?.unwrap_or_else(|| Localized {
        locales: Vec::new(),
        warnings: Vec::new(),
        skipped: Vec::new(),
    });
    let held = join(held, &strings)?;
    Ok(Localization {
        public,
        held,
        strings,
    })
}

/// [`localize_archive`] as a stream, for a build that renders each chunk as soon as it is
/// localized. On a worker, after a chunk is localized, `work` takes it (and whether it is held) and
/// may `send` things on, which reach `side` on this thread as they come; then `fold` gets what
/// `work` returned for each chunk (and whether it is held), on this thread, in chunk order (the
/// public chunks, newest first, then the held ones). After a chunk fails, no more chunks go to
/// `work` or `fold`, but every chunk is still checked, so that the error lists every chunk's errors
/// of the first stage that failed. Returns the publication's strings.
pub fn localize_stream<S: Send, R: Send>(
    job: Job<'_>,
    work: &Work<'_, S, R>,
    side: &mut dyn FnMut(S),
    fold: &mut dyn FnMut(R, bool),
) -> Result<Catalog, Diagnostics> {
    let Job {
        project,
        needed,
        only,
        now,
        chunk,
        ..
    } = job;
    let chunk = chunk.max(1);
    // (Its errors are every chunk's too, reported with the chunks' own.)
    let strings = Catalog::load(&project.root, &needed.targets, &needed.sources, &[]);
    let mut chosen: Vec<&Release> = project
        .releases
        .iter()
        .filter(|r| only.is_none_or(|only| only.contains(&r.id)))
        .collect();
    chosen.sort_by(|a, b| Release::newest_first(a, b));
    let (held, public): (Vec<&Release>, Vec<&Release>) =
        chosen.into_iter().partition(|r| r.is_held(now));
    let mut chunks: Vec<Chunk<'_>> = public
        .chunks(chunk)
        .map(|c| Chunk {
            releases: c.to_vec(),
            held: false,
        })
        .collect();
    // No public release still has publication text (and empty feeds and home pages).
    if chunks.is_empty() {
        chunks.push(Chunk {
            releases: Vec::new(),
            held: false,
        });
    }
    chunks.extend(held.chunks(chunk).map(|c| Chunk {
        releases: c.to_vec(),
        held: true,
    }));

    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chunks.len());
    let mut load = Diagnostics::default();
    let mut notes = Diagnostics::default();
    let mut localize = Diagnostics::default();
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Msg<S, R>>(16);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, failed, chunks, job) = (&next, &failed, &chunks, &job);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(chunk) = chunks.get(i) else {
                    break;
                };
                let done = match localize_chunk(job, chunk) {
                    Ok(part) if !failed.load(Ordering::Relaxed) => {
                        let send = |s: S| {
                            let _ = tx.send(Msg::Side(s));
                        };
                        Ok(Some(work(part, chunk.held, &send)))
                    }
                    Ok(_) => Ok(None),
                    Err(failure) => {
                        failed.store(true, Ordering::Relaxed);
                        Err(failure)
                    }
                };
                if tx.send(Msg::Done(i, done)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Chunks done out of turn wait here for the ones before them.
        let mut waiting: BTreeMap<usize, Result<Option<R>, Failure>> = BTreeMap::new();
        let mut turn = 0;
        for msg in rx {
            match msg {
                Msg::Side(s) => side(s),
                Msg::Done(i, done) => {
                    waiting.insert(i, done);
                    while let Some(done) = waiting.remove(&turn) {
                        turn += 1;
                        match done {
                            Err(Failure::Load(d)) => add_once(&mut load, &d),
                            Err(Failure::Notes(d)) => add_once(&mut notes, &d),
                            Err(Failure::Localize(d)) => add_once(&mut localize, &d),
                            Ok(made) => {
                                let clean =
                                    load.is_empty() && notes.is_empty() && localize.is_empty();
                                if let (true, Some(made)) = (clean, made) {
                                    fold(made, chunks[turn - 1].held);
                                }
                            }
                        }
                    }
                }
            }
        }
    });
    for stage in [load, notes, localize] {
        if !stage.is_empty() {
            return Err(stage);
        }
    }
    strings
}

/// Appends the diagnostics of `more` that `all` does not have yet.
fn add_once(all: &mut Diagnostics, more: &Diagnostics) {
    for d in &more.0 {
        if !all.0.contains(d) {
            all.push(d.clone());
        }
    }
}

fn localize_chunk(job: &Job<'_>, chunk: &Chunk<'_>) -> Result<Localized, Failure> {
    let Job {
        project,
        needed,
        now,
        policy,
        ..
    } = *job;
    // The files in the project's order (by id), as one catalog of the whole project reads them.
    let mut ids: Vec<&str> = chunk.releases.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    let catalog = match Catalog::load(&project.root, &needed.targets, &needed.sources, &ids) {
        Ok(c) => c,
        Err(d) => return Err(Failure::Load(d)),
    };
    let mut in_order = chunk.releases.clone();
    in_order.sort_by(|a, b| a.id.cmp(&b.id));
    let notes = check_notes(&catalog, &in_order);
    if !notes.is_empty() {
        return Err(Failure::Notes(notes));
    }
    // The releases as of `now`: the updates and withdrawal that have happened.
    let releases = chunk
        .releases
        .iter()
        .map(|r| {
            let mut r = (*r).clone();
            r.as_of(now);
            r
        })
        .collect();
    let part = Project {
        root: project.root.clone(),
        publication: project.publication.clone(),
        releases,
        orgs: project.orgs.clone(),
    };
    localize_with(&part, &catalog, policy).map_err(Failure::Localize)
}

/// Joins the chunks' localizations: editions in chunk order, the home pages' counts of the whole,
/// warnings once each, grouped by locale in the publication's order and sorted, and skipped
/// editions grouped by locale.
pub fn join(parts: Vec<Localized>, strings: &Catalog) -> Result<Option<Localized>, Diagnostics> {
    let mut parts = parts.into_iter();
    let Some(mut all) = parts.next() else {
        return Ok(None);
    };
    let mut seen: HashSet<silkwire_l10n::Warning> = all.warnings.iter().cloned().collect();
    for part in parts {
        for (build, more) in all.locales.iter_mut().zip(part.locales) {
            build.editions.extend(more.editions);
        }
        for w in part.warnings {
            if seen.insert(w.clone()) {
                all.warnings.push(w);
            }
        }
        all.skipped.extend(part.skipped);
    }
    let order: Vec<String> = all.locales.iter().map(|b| b.locale.clone()).collect();
    sort_warnings(&mut all.warnings, &order);
    all.skipped
        .sort_by_key(|s| locale_position(&order, Some(&s.locale)));
    for build in &mut all.locales {
        let listed = build.editions.iter().filter(|e| !e.withdrawn).count();
        build.text.release_count = silkwire_l10n::release_count(strings, &build.locale, listed)
            .map_err(|d| Diagnostics(vec![d]))?;
    }
    Ok(Some(all))
}

/// Where warnings about `locale` go among those of `order` (the publication's locales): the whole
/// publication's first, then each locale's in order.
pub fn locale_position(order: &[String], locale: Option<&String>) -> usize {
    locale.map_or(0, |l| {
        order
            .iter()
            .position(|o| o == l)
            .map_or(order.len() + 1, |i| i + 1)
    })
}

/// Sorts localization warnings by [`locale_position`], and within a locale by text (mostly the file
/// they name first): a warning that several chunks find comes first from whichever chunk is first,
/// so chunk order is no order for them.
pub fn sort_warnings(warnings: &mut [silkwire_l10n::Warning], order: &[String]) {
    warnings.sort_by(|a, b| {
        (locale_position(order, a.locale.as_ref()), &a.message)
            .cmp(&(locale_position(order, b.locale.as_ref()), &b.message))
    });
}

/// Every note of every update and withdrawal, scheduled or past, must be in the source text now
/// (a missing one must not break the build only when its time comes); and no text may still be a
/// `TODO` placeholder of `silkwire new`.
fn check_notes(catalog: &Catalog, releases: &[&Release]) -> Diagnostics {
    let mut notes = Diagnostics::default();
    for r in releases {
        let Ok(source) = silkwire_l10n::locale::canonicalize(&r.source_locale.value) else {
            continue;
        };
        let Some(text) = catalog.release(&source, &r.id) else {
            continue;
        };
        for id in text.message_ids() {
            if text
                .format(id, None)
                .is_ok_and(|v| silkwire_core::text::is_placeholder(&v))
            {
                notes.push(text.diagnostic(
                    id,
                    id,
                    format!("`{id}` is still a placeholder (TODO)"),
                    "write the text in place of the TODO placeholder",
                ));
            }
        }
        let ids = r
            .updates
            .iter()
            .map(|u| &u.note)
            .chain(r.withdrawn.as_ref().map(|w| &w.note));
        for note in ids {
            if !text.has(&note.value) {
                notes.push(Diagnostic {
                    path: note.origin.path.clone(),
                    line: note.origin.line,
                    column: note.origin.column,
                    field: "note".into(),
                    message: format!("the release's {source} text has no `{}`", note.value),
                    fix: format!(
                        "add `{} = …` saying what changed to the release's .ftl file",
                        note.value
                    ),
                });
            }
        }
    }
    notes
}
