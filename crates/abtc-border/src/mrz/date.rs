//! Zone dates, which carry only two year digits.
//!
//! The century is not in the zone, so it is resolved against a reference date the caller passes
//! in (the kiosk's trusted "today"), never against a clock read here.

use std::fmt;

use serde::Serialize;
use time::{Date, Month};

/// A `YYMMDD` date exactly as the zone states it, checked to be a real calendar day in at least
/// one of the two centuries it could mean (so `000229` and `960229` pass, `970229` does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct MrzDate {
    year: u8,
    month: u8,
    day: u8,
}

impl MrzDate {
    /// `None` unless `year` is 0–99, `month` 1–12 and `day` exists in that month of 19yy or 20yy.
    pub fn new(year: u8, month: u8, day: u8) -> Option<Self> {
        if year > 99 {
            return None;
        }
        let month_of_year = Month::try_from(month).ok()?;
        let exists = [1900, 2000].into_iter().any(|century| {
            Date::from_calendar_date(century + i32::from(year), month_of_year, day).is_ok()
        });
        exists.then_some(Self { year, month, day })
    }

    /// Reads six ASCII digits `YYMMDD`.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 6 || !bytes.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut pairs = bytes.chunks_exact(2).map(|pair| {
            pair.iter()
                .fold(0u8, |acc, digit| acc * 10 + (digit - b'0'))
        });
        let year = pairs.next()?;
        let month = pairs.next()?;
        let day = pairs.next()?;
        Self::new(year, month, day)
    }

    /// Two-digit year, 0–99.
    pub fn year(self) -> u8 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The date in the century starting at `century_start` (e.g. 1900), if that day exists there.
    pub fn in_century(self, century_start: i32) -> Option<Date> {
        let month = Month::try_from(self.month).ok()?;
        Date::from_calendar_date(century_start + i32::from(self.year), month, self.day).ok()
    }

    /// A birth date is never in the future: the latest century that keeps it on or before
    /// `today`. `None` only for 29 February in a century where that year is not a leap year.
    pub fn birth_date(self, today: Date) -> Option<Date> {
        let century = century_start(today);
        let same = self.in_century(century);
        match same {
            Some(date) if date <= today => Some(date),
            _ => self.in_century(century - 100),
        }
    }

    /// An expiry date may be past or future, so the century chosen is the one that puts it nearest
    /// to `today`, which is the same as keeping it within fifty years either side of `today`.
    /// `None` only for 29 February in a century where that year is not a leap year.
    pub fn expiry_date(self, today: Date) -> Option<Date> {
        let century = century_start(today);
        [century - 100, century, century + 100]
            .into_iter()
            .filter_map(|start| self.in_century(start))
            .min_by_key(|date| (*date - today).whole_days().unsigned_abs())
    }
}

/// First year of `today`'s century, e.g. 2000 for 2026.
fn century_start(today: Date) -> i32 {
    let year = today.year();
    year - year.rem_euclid(100)
}

impl fmt::Display for MrzDate {
    /// The zone's own `YYMMDD` form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}{:02}{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parses_yymmdd() {
        let parsed = MrzDate::parse("740812").unwrap();
        assert_eq!((parsed.year(), parsed.month(), parsed.day()), (74, 8, 12));
        assert_eq!(parsed.to_string(), "740812");
    }

    #[test]
    fn rejects_impossible_days() {
        assert_eq!(MrzDate::parse("741312"), None);
        assert_eq!(MrzDate::parse("740012"), None);
        assert_eq!(MrzDate::parse("740800"), None);
        assert_eq!(MrzDate::parse("740431"), None);
        assert_eq!(MrzDate::parse("970229"), None);
        assert_eq!(MrzDate::parse("74081"), None);
        assert_eq!(MrzDate::parse("74O812"), None);
        assert_eq!(MrzDate::parse("7408122"), None);
    }

    #[test]
    fn leap_day_needs_one_leap_century() {
        // 1996 and 2096 are leap years; 2000 is, 1900 is not.
        assert!(MrzDate::parse("960229").is_some());
        let y2k = MrzDate::parse("000229").unwrap();
        assert_eq!(y2k.in_century(2000), Some(date!(2000 - 02 - 29)));
        assert_eq!(y2k.in_century(1900), None);
    }

    #[test]
    fn birth_dates_are_never_in_the_future() {
        let today = date!(2026 - 03 - 01);
        let d = |s| MrzDate::parse(s).unwrap().birth_date(today);
        assert_eq!(d("740812"), Some(date!(1974 - 08 - 12)));
        assert_eq!(d("050101"), Some(date!(2005 - 01 - 01)));
        assert_eq!(d("260301"), Some(date!(2026 - 03 - 01)));
        assert_eq!(d("260302"), Some(date!(1926 - 03 - 02)));
        assert_eq!(d("301231"), Some(date!(1930 - 12 - 31)));
    }

    #[test]
    fn expiry_dates_land_within_fifty_years_of_today() {
        let today = date!(2026 - 03 - 01);
        let d = |s| MrzDate::parse(s).unwrap().expiry_date(today);
        assert_eq!(d("120415"), Some(date!(2012 - 04 - 15)));
        assert_eq!(d("360101"), Some(date!(2036 - 01 - 01)));
        assert_eq!(d("750101"), Some(date!(2075 - 01 - 01)));
        assert_eq!(d("770101"), Some(date!(1977 - 01 - 01)));
        let late = date!(2095 - 06 - 01);
        assert_eq!(
            MrzDate::parse("050101").unwrap().expiry_date(late),
            Some(date!(2105 - 01 - 01))
        );
    }
}
