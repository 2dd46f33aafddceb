//! All of Silkwire's time handling: strict parsing, and the two machine formats feeds need.
//!
//! Every instant carries an explicit UTC offset. A time without one is ambiguous (is `10:00` in Beijing,
//! Bangkok or UTC?) and partners have run releases hours early because of it, so parsing refuses it.
//! Machine dates are never localized: RSS wants RFC 822 with English names and a numeric offset,
//! Atom and NewsML-G2 want RFC 3339.

use chrono::{DateTime, FixedOffset, SecondsFormat};

/// An instant with the UTC offset it was written with.
pub type Timestamp = DateTime<FixedOffset>;

/// The system clock, in UTC. Builds take their clock from `--now` in tests and reproducible builds.
pub fn system_now() -> Timestamp {
    DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).fixed_offset()
}

/// Why a date-time string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// A date and time without a UTC offset.
    #[error("\"{0}\" has no UTC offset, so the instant it names is ambiguous")]
    NoOffset(String),
    /// A date without a time of day.
    #[error("\"{0}\" is a date without a time of day")]
    NoTime(String),
    /// Not an RFC 3339 date-time at all.
    #[error("\"{0}\" is not an RFC 3339 date-time ({1})")]
    Malformed(String, String),
}

impl TimeError {
    /// A one-line fix for the error, for diagnostics.
    pub fn fix(&self) -> String {
        match self {
            TimeError::NoOffset(s) => {
                format!(
                    "write the offset explicitly, e.g. {s}+08:00 (Beijing) or {s}+07:00 (Bangkok)"
                )
            }
            TimeError::NoTime(s) => format!("add a time and an offset, e.g. {s}T10:00:00+08:00"),
            TimeError::Malformed(..) => {
                "use the form YYYY-MM-DDTHH:MM:SS+HH:MM, e.g. 2023-09-18T10:00:00+08:00".to_string()
            }
        }
    }
}

/// Parses an RFC 3339 date-time that must carry an explicit offset (`Z` or `±HH:MM`).
///
/// ```
/// use silkwire_core::time::{parse_rfc3339, TimeError};
/// let t = parse_rfc3339("2023-09-18T10:00:00+08:00").unwrap();
/// assert_eq!(t.offset().local_minus_utc(), 8 * 3600);
/// assert!(matches!(parse_rfc3339("2023-09-18T10:00:00"), Err(TimeError::NoOffset(_))));
/// ```
pub fn parse_rfc3339(s: &str) -> Result<Timestamp, TimeError> {
    let trimmed = s.trim();
    match DateTime::parse_from_rfc3339(trimmed) {
        Ok(t) => Ok(t),
        Err(e) => {
            let naive_dt = chrono::NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M:%S%.f")
                .or_else(|_| {
                    chrono::NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M:%S%.f")
                });
            if naive_dt.is_ok() {
                Err(TimeError::NoOffset(trimmed.to_string()))
            } else if chrono::NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").is_ok() {
                Err(TimeError::NoTime(trimmed.to_string()))
            } else {
                Err(TimeError::Malformed(trimmed.to_string(), e.to_string()))
            }
        }
    }
}

/// RFC 822 (as profiled by RSS 2.0) with English names, a four-digit year and a numeric offset:
/// `Mon, 18 Sep 2023 10:00:00 +0800`.
///
/// ```
/// let t = silkwire_core::time::parse_rfc3339("2023-09-08T10:00:00+06:30").unwrap();
/// assert_eq!(silkwire_core::time::rfc822(&t), "Fri, 08 Sep 2023 10:00:00 +0630");
/// ```
pub fn rfc822(t: &Timestamp) -> String {
    // A fixed English pattern: never a locale-aware formatter.
    t.format("%a, %d %b %Y %H:%M:%S %z").to_string()
}

/// RFC 3339 with whole seconds and the original offset: `2023-09-18T10:00:00+08:00`.
///
/// ```
/// let t = silkwire_core::time::parse_rfc3339("2023-09-18T10:00:00+08:00").unwrap();
/// assert_eq!(silkwire_core::time::rfc3339(&t), "2023-09-18T10:00:00+08:00");
/// ```
pub fn rfc3339(t: &Timestamp) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_naive_and_date_only_and_garbage() {
        assert_eq!(
            parse_rfc3339("2023-09-18T10:00:00"),
            Err(TimeError::NoOffset("2023-09-18T10:00:00".into()))
        );
        assert_eq!(
            parse_rfc3339("2023-09-18"),
            Err(TimeError::NoTime("2023-09-18".into()))
        );
        assert!(matches!(
            parse_rfc3339("18 Sept 2023"),
            Err(TimeError::Malformed(..))
        ));
    }

    #[test]
    fn rss_and_atom_forms() {
        let t = parse_rfc3339("2023-09-18T10:00:00+08:00").unwrap();
        assert_eq!(rfc822(&t), "Mon, 18 Sep 2023 10:00:00 +0800");
        assert_eq!(rfc3339(&t), "2023-09-18T10:00:00+08:00");
        let z = parse_rfc3339("2023-09-18T02:00:00Z").unwrap();
        assert_eq!(rfc822(&z), "Mon, 18 Sep 2023 02:00:00 +0000");
        assert_eq!(rfc3339(&z), "2023-09-18T02:00:00Z");
        let neg = parse_rfc3339("2024-02-29T23:59:59-05:00").unwrap();
        assert_eq!(rfc822(&neg), "Thu, 29 Feb 2024 23:59:59 -0500");
    }
}
