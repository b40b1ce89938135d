//! Dates as sources give them: a year, a month, or a day (`2014`, `2019-10`, `2025-06-03`).
//!
//! Invariant: a [`PartialDate`] is a real calendar date at its precision (no month 13, no 30 February).
//! Ordering compares the earliest day a date can mean, so `2019` sorts before `2019-01-02`.
//! How a date reads in German or English (`PartialDate::format`, with the month names) is in
//! the i18n module: this module only reads, checks and orders dates.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    /// Only present when `month` is.
    pub day: Option<u8>,
}

/// Why a string is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Form,
    /// A year outside 1900–2199.
    Year,
    /// A month outside 01–12.
    Month,
    /// A day the month does not have; `days` is how many it has.
    Day { days: u8 },
}

/// The years a date may have.
pub const YEARS: std::ops::RangeInclusive<u16> = 1900..=2199;

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1900–2199).
    pub fn parse(s: &str) -> Option<PartialDate> {
        PartialDate::check(s).ok()
    }

    /// [`PartialDate::parse`], saying why a string is not a date.
    pub fn check(s: &str) -> Result<PartialDate, DateProblem> {
        let mut parts = s.split('-');
        let year = parts
            .next()
            .and_then(|y| parse_digits(y, 4))
            .ok_or(DateProblem::Form)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2).ok_or(DateProblem::Form)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_digits(d, 2).ok_or(DateProblem::Form)?),
            None => None,
        };
        if parts.next().is_some() {
            return Err(DateProblem::Form);
        }
        let year = u16::try_from(year)
            .ok()
            .filter(|y| YEARS.contains(y))
            .ok_or(DateProblem::Year)?;
        let month = month
            .map(|m| u8::try_from(m).ok().filter(|m| (1..=12).contains(m)))
            .map(|m| m.ok_or(DateProblem::Month))
            .transpose()?;
        if let (Some(m), Some(d)) = (month, day) {
            let days = days_in_month(year, m);
            if !(1..=u32::from(days)).contains(&d) {
                return Err(DateProblem::Day { days });
            }
        }
        let day = day.and_then(|d| u8::try_from(d).ok());
        Ok(PartialDate { year, month, day })
    }

    /// The ISO form it was written in.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (None, _) => format!("{:04}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
        }
    }

    /// Whether the date lies surely more than `years` years before `reference`: even its latest
    /// possible day (31 December for a bare year) is before the same day `years` years earlier
    /// than the reference's earliest day. "2020" is not older than three years on 2023-06-01.
    pub fn older_than(&self, years: u16, reference: PartialDate) -> bool {
        let latest = (self.year, self.month.unwrap_or(12), self.day.unwrap_or(31));
        let limit = (
            reference.year.saturating_sub(years),
            reference.month.unwrap_or(1),
            reference.day.unwrap_or(1),
        );
        latest < limit
    }

    fn sort_key(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

fn parse_digits(s: &str, len: usize) -> Option<u32> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_all_three_precisions() {
        assert_eq!(
            PartialDate::parse("2014").map(|d| d.iso()),
            Some("2014".into())
        );
        assert_eq!(
            PartialDate::parse("2019-10").map(|d| d.iso()),
            Some("2019-10".into())
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").map(|d| d.iso()),
            Some("2024-02-29".into())
        );
    }

    #[test]
    fn refuses_impossible_or_odd_dates() {
        for bad in [
            "",
            "20",
            "2019-1",
            "2019-13",
            "2019-00",
            "2023-02-29",
            "1900-02-29",
            "2019-04-31",
            "19-10-10",
            "2019-10-10-1",
            "2019/10",
            "1899",
            "2200",
            "２０１９",
            "2019-10-1a",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?}");
        }
        assert!(PartialDate::parse("2000-02-29").is_some());
    }

    #[test]
    fn says_why_a_string_is_not_a_date() {
        for (bad, why) in [
            ("27.11.2026", DateProblem::Form),
            ("2019-1", DateProblem::Form),
            ("", DateProblem::Form),
            ("1899", DateProblem::Year),
            ("2200-01-01", DateProblem::Year),
            ("2019-13", DateProblem::Month),
            ("2019-00-10", DateProblem::Month),
            ("2025-02-30", DateProblem::Day { days: 28 }),
            ("2024-02-30", DateProblem::Day { days: 29 }),
            ("2019-04-31", DateProblem::Day { days: 30 }),
            ("2019-05-00", DateProblem::Day { days: 31 }),
        ] {
            assert_eq!(PartialDate::check(bad), Err(why), "{bad:?}");
        }
    }

    #[test]
    fn orders_by_earliest_day() {
        let p = |s| PartialDate::parse(s).unwrap();
        assert!(p("2019") < p("2019-01"));
        assert!(p("2019-01") < p("2019-01-01"));
        assert!(p("2019-12-31") < p("2020"));
    }
}
