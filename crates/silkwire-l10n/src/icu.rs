//! CLDR formatting through ICU4X, plugged into Fluent as `DATETIME()` and a locale-aware `NUMBER()`.
//!
//! fluent-bundle 0.16 has no `DATETIME()` and formats numbers the same in every locale; these fill
//! the gap with ICU4X compiled data (CLDR 49).

use std::borrow::Cow;
use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDate};
use fluent::types::FluentType;
use fluent::{FluentArgs, FluentValue};
use icu::calendar::Date;
use icu::datetime::fieldsets::{YMD, YMDE};
use icu::datetime::DateTimeFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::options::GroupingStrategy;
use icu::decimal::DecimalFormatter;
use icu::locale::Locale;

/// A calendar date passed to Fluent, to be formatted with `DATETIME($date, dateStyle: "long")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FluentDate(pub NaiveDate);

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(*self)
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        // Placed without DATETIME(): the unambiguous ISO form.
        Cow::Owned(self.0.format("%Y-%m-%d").to_string())
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        Cow::Owned(self.0.format("%Y-%m-%d").to_string())
    }
}

/// A number handed to Fluent by Silkwire, carrying the format locale that writes it.
///
/// fluent-bundle writes a bare `{ $count }` through a formatter that only knows the bundle's language,
/// not the publication's digits; this type writes itself in the target's format locale instead, and
/// `NUMBER()` and plural selection read its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LocalNumber {
    /// The number as a decimal string (`1234.5`).
    pub(crate) text: String,
    /// The format locale, e.g. `my-u-nu-latn`.
    pub(crate) format_locale: Arc<str>,
    /// Thousands separators (off for years and days).
    pub(crate) grouping: bool,
}

impl LocalNumber {
    fn written(&self) -> Cow<'static, str> {
        let grouping = if self.grouping {
            GroupingStrategy::Auto
        } else {
            GroupingStrategy::Never
        };
        let written = Decimal::try_from_str(&self.text)
            .map_err(|e| e.to_string())
            .and_then(|d| format_decimal(&self.format_locale, &d, grouping));
        Cow::Owned(written.unwrap_or_else(|_| self.text.clone()))
    }
}

impl FluentType for LocalNumber {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.written()
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.written()
    }
}

/// The decimal text of a numeric Fluent value (a number, or a [`LocalNumber`]).
fn numeric_text(value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().into_owned()),
        FluentValue::Custom(c) => c
            .as_any()
            .downcast_ref::<LocalNumber>()
            .map(|n| n.text.clone()),
        _ => None,
    }
}

/// The options of a `NUMBER()` call.
struct NumberOptions {
    grouping: GroupingStrategy,
    min_fraction: Option<i16>,
    ordinal: bool,
}

/// Reads `NUMBER()`'s options: `useGrouping` and `minimumFractionDigits`, and `type` in a selector
/// (`selector`). Anything else is reported to `sink` and gives `None`.
fn number_options(
    named: &FluentArgs<'_>,
    selector: bool,
    sink: &ErrorSink,
) -> Option<NumberOptions> {
    let mut options = NumberOptions {
        grouping: GroupingStrategy::Auto,
        min_fraction: None,
        ordinal: false,
    };
    for (key, value) in named.iter() {
        match (key, value) {
            ("type", FluentValue::String(t)) if selector && t == "cardinal" => {}
            ("type", FluentValue::String(t)) if selector && t == "ordinal" => {
                options.ordinal = true
            }
            ("useGrouping", FluentValue::String(v)) if v == "false" => {
                options.grouping = GroupingStrategy::Never
            }
            ("useGrouping", FluentValue::String(v)) if v == "true" || v == "auto" => {}
            ("minimumFractionDigits", FluentValue::Number(n))
                if n.value >= 0.0 && n.value <= 20.0 && n.value.fract() == 0.0 =>
            {
                options.min_fraction = Some(n.value as i16)
            }
            _ => {
                let hint = if selector {
                    " in a selector (use type: \"ordinal\", useGrouping: \"false\" or minimumFractionDigits: N)"
                } else {
                    " (use useGrouping: \"false\" or minimumFractionDigits: N)"
                };
                report(sink, format!("NUMBER(): unsupported option {key}{hint}"));
                return None;
            }
        }
    }
    Some(options)
}

/// The name of the function that plural selectors are routed through (see [`crate::plural`]).
pub(crate) const PLURAL_FUNCTION: &str = "SILKWIRE-PLURAL";

/// The plural-selection function for one text locale: `SILKWIRE-PLURAL($n, k1, k2, …)` returns the
/// numeric key that equals `$n` if there is one (exact matches win, as in Fluent), else the CLDR 49
/// plural category of `$n` as a string. With `type: "ordinal"` it uses ordinal rules. A string
/// selector is returned unchanged, so string keys keep matching exactly.
pub(crate) fn plural_function(
    text_locale: String,
    sink: ErrorSink,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs<'_>) -> FluentValue<'a> + Send + Sync + 'static
{
    let cardinal = crate::locale::plural_rules(&text_locale, false);
    let ordinal = crate::locale::plural_rules(&text_locale, true);
    move |positional, named| {
        let Some(selector) = positional.first() else {
            return FluentValue::Error;
        };
        let Some(text) = numeric_text(selector) else {
            return selector.clone();
        };
        let Ok(value) = Decimal::try_from_str(&text) else {
            return FluentValue::Error;
        };
        // The options of the NUMBER() this selector came from, checked as NUMBER() checks them.
        let Some(options) = number_options(named, true, &sink) else {
            return FluentValue::Error;
        };
        let (ordinal_type, min_fraction) = (options.ordinal, options.min_fraction);
        // Exact numeric keys, as Fluent compares them: a number shown with fraction digits (1.0) is
        // not the key [1].
        let exact_keys = if min_fraction.is_some() {
            &[][..]
        } else {
            &positional[1..]
        };
        for key in exact_keys {
            if let FluentValue::Number(k) = key {
                if Decimal::try_from_str(&k.as_string()).is_ok_and(|d| d == value)
                    || k.value.to_string() == text
                {
                    return key.clone();
                }
            }
        }
        // Visible fraction digits change the category: 1.0 is `other` in English.
        let mut value = value;
        if let Some(digits) = min_fraction {
            value.absolute.pad_end(-digits);
        }
        let rules = if ordinal_type { &ordinal } else { &cardinal };
        let category = rules
            .as_ref()
            .map_or(icu::plurals::PluralCategory::Other, |r| {
                r.category_for(&value)
            });
        FluentValue::String(category_name(category).into())
    }
}

fn category_name(c: icu::plurals::PluralCategory) -> &'static str {
    use icu::plurals::PluralCategory as P;
    match c {
        P::Zero => "zero",
        P::One => "one",
        P::Two => "two",
        P::Few => "few",
        P::Many => "many",
        P::Other => "other",
    }
}

/// Errors raised inside Fluent functions, which fluent-bundle itself does not report.
pub(crate) type ErrorSink = Arc<Mutex<Vec<String>>>;

fn report(sink: &ErrorSink, message: String) {
    if let Ok(mut v) = sink.lock() {
        v.push(message);
    }
}

/// Formats `date` in `locale` with a CLDR date style: `full` (with weekday), `long`, `medium` or `short`.
///
/// ```
/// use chrono::NaiveDate;
/// use silkwire_l10n::icu::format_date;
/// let d = NaiveDate::from_ymd_opt(2023, 9, 18).unwrap();
/// assert_eq!(format_date("zh-Hans", d, "long").unwrap(), "2023年9月18日");
/// assert_eq!(format_date("en", d, "long").unwrap(), "September 18, 2023");
/// assert_eq!(format_date("th", d, "long").unwrap(), "18 กันยายน 2566");
/// ```
pub fn format_date(locale: &str, date: NaiveDate, style: &str) -> Result<String, String> {
    let loc: Locale = locale
        .parse()
        .map_err(|e| format!("locale \"{locale}\": {e}"))?;
    let month = u8::try_from(date.month()).map_err(|e| e.to_string())?;
    let day = u8::try_from(date.day()).map_err(|e| e.to_string())?;
    let iso = Date::try_new_iso(date.year(), month, day).map_err(|e| e.to_string())?;
    let err = |e: icu::datetime::DateTimeFormatterLoadError| {
        format!("no CLDR date data for {locale}: {e}")
    };
    Ok(match style {
        "full" => DateTimeFormatter::try_new(loc.into(), YMDE::long())
            .map_err(err)?
            .format(&iso)
            .to_string(),
        "long" => DateTimeFormatter::try_new(loc.into(), YMD::long())
            .map_err(err)?
            .format(&iso)
            .to_string(),
        "medium" => DateTimeFormatter::try_new(loc.into(), YMD::medium())
            .map_err(err)?
            .format(&iso)
            .to_string(),
        "short" => DateTimeFormatter::try_new(loc.into(), YMD::short())
            .map_err(err)?
            .format(&iso)
            .to_string(),
        other => {
            return Err(format!(
                "unknown dateStyle \"{other}\" (use \"full\", \"long\", \"medium\" or \"short\")"
            ))
        }
    })
}

/// Formats a decimal number as `locale` writes it (grouping, decimal separator, digits).
///
/// ```
/// use silkwire_l10n::icu::format_number;
/// assert_eq!(format_number("en", "1234567.89").unwrap(), "1,234,567.89");
/// assert_eq!(format_number("id", "1234567.89").unwrap(), "1.234.567,89");
/// assert_eq!(format_number("ta-SG", "1234567.89").unwrap(), "1,234,567.89");
/// ```
pub fn format_number(locale: &str, number: &str) -> Result<String, String> {
    let value = Decimal::try_from_str(number).map_err(|e| format!("number \"{number}\": {e}"))?;
    format_decimal(locale, &value, GroupingStrategy::Auto)
}

/// Formats `value` in `locale` with CLDR data and the given grouping.
fn format_decimal(
    locale: &str,
    value: &Decimal,
    grouping: GroupingStrategy,
) -> Result<String, String> {
    let loc: Locale = locale
        .parse()
        .map_err(|e| format!("locale \"{locale}\": {e}"))?;
    let f = DecimalFormatter::try_new(loc.into(), grouping.into())
        .map_err(|e| format!("no CLDR number data for {locale}: {e}"))?;
    Ok(f.format(value).to_string())
}

/// The `DATETIME()` Fluent function for one format locale.
pub(crate) fn datetime_function(
    format_locale: String,
    sink: ErrorSink,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs<'_>) -> FluentValue<'a> + Send + Sync + 'static
{
    move |positional, named| {
        let date = match positional.first() {
            Some(FluentValue::Custom(c)) => c.as_any().downcast_ref::<FluentDate>().map(|d| d.0),
            Some(FluentValue::String(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            _ => None,
        };
        let Some(date) = date else {
            report(
                &sink,
                "DATETIME() needs a date argument, e.g. DATETIME($date)".into(),
            );
            return FluentValue::Error;
        };
        let style = match named.get("dateStyle") {
            Some(FluentValue::String(s)) => s.to_string(),
            None => "medium".to_string(),
            Some(_) => {
                report(&sink, "DATETIME(): dateStyle must be a string".into());
                return FluentValue::Error;
            }
        };
        match format_date(&format_locale, date, &style) {
            Ok(s) => FluentValue::String(s.into()),
            Err(e) => {
                report(&sink, format!("DATETIME(): {e}"));
                FluentValue::Error
            }
        }
    }
}

/// The `NUMBER()` Fluent function for one format locale: formats a number (or a string of digits, such
/// as `$day`) with CLDR data. Options: `useGrouping: "false"` (no thousands separators, e.g. for
/// years) and `minimumFractionDigits`. Anything else is reported, never silently ignored.
pub(crate) fn number_function(
    format_locale: String,
    sink: ErrorSink,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs<'_>) -> FluentValue<'a> + Send + Sync + 'static
{
    move |positional, named| {
        let text = match positional.first() {
            Some(FluentValue::String(s)) => s.trim().to_string(),
            Some(v) if numeric_text(v).is_some() => numeric_text(v).unwrap_or_default(),
            _ => {
                report(
                    &sink,
                    "NUMBER() needs a number argument, e.g. NUMBER($count)".into(),
                );
                return FluentValue::Error;
            }
        };
        let Ok(mut decimal) = Decimal::try_from_str(&text) else {
            report(&sink, format!("NUMBER(): \"{text}\" is not a number"));
            return FluentValue::Error;
        };
        let Some(NumberOptions {
            grouping,
            min_fraction,
            ..
        }) = number_options(named, false, &sink)
        else {
            return FluentValue::Error;
        };
        if let Some(digits) = min_fraction {
            decimal.absolute.pad_end(-digits);
        }
        match format_decimal(&format_locale, &decimal, grouping) {
            Ok(s) => FluentValue::String(s.into()),
            Err(e) => {
                report(&sink, format!("NUMBER(): {e}"));
                FluentValue::Error
            }
        }
    }
}

/// Memoized ICU4X decimal formatter for numbers placed without `NUMBER()` (the memoizer holds the
/// bundle's format locale).
struct IcuDecimal(DecimalFormatter);

impl intl_memoizer::Memoizable for IcuDecimal {
    type Args = ();
    type Error = String;
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, String> {
        let loc: Locale = lang.to_string().parse().map_err(|e| format!("{e}"))?;
        DecimalFormatter::try_new(loc.into(), Default::default())
            .map(IcuDecimal)
            .map_err(|e| e.to_string())
    }
}

/// The bundle formatter that writes numeric arguments placed without `NUMBER()`, with ICU4X in the
/// bundle's locale.
pub(crate) fn number_formatter(
    value: &FluentValue<'_>,
    intls: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let decimal = Decimal::try_from_str(&n.as_string()).ok()?;
    intls
        .with_try_get::<IcuDecimal, _, _>((), |f| f.0.format(&decimal).to_string())
        .ok()
}
