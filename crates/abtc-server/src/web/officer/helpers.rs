//! What the home-review and pre-clearance pages share: the two queues' common filters and pager,
//! economy names, photos, and the `done=…` of a redirect back to a case or request.

use std::collections::BTreeMap;

use abtc_domain::views::Page;
use abtc_domain::Economies;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use minijinja::{context, Value};
use serde::{Deserialize, Serialize};

use crate::web::pages::filled;

/// Rows per queue page: enough to work through, small enough to read.
pub(super) const PER_PAGE: u32 = 25;

#[derive(Debug, Default, Deserialize)]
pub struct DoneQuery {
    pub(super) done: Option<String>,
}

pub(super) fn names_of(economies: &Economies) -> BTreeMap<String, String> {
    economies
        .iter()
        .map(|e| (e.code.to_string(), e.name.clone()))
        .collect()
}

/// A photo of a case or request: personal data, so no cache keeps it.
pub(super) fn jpeg(bytes: Vec<u8>) -> Response {
    (
        [
            (CONTENT_TYPE, "image/jpeg"),
            (CACHE_CONTROL, "private, no-store"),
        ],
        bytes,
    )
        .into_response()
}

fn page_number(v: &Option<String>) -> u32 {
    filled(v)
        .and_then(|p| p.parse::<u32>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

/// The pager of a queue: where the previous and next pages are, with the same filters.
fn pager(base: &str, filters: &[(&str, String)], page: u32, total: u64) -> Value {
    let pages = u32::try_from(total.div_ceil(u64::from(PER_PAGE)))
        .unwrap_or(u32::MAX)
        .max(1);
    let link = |n: u32| {
        let mut params: Vec<(&str, String)> = filters
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .cloned()
            .collect();
        params.push(("page", n.to_string()));
        let query = serde_urlencoded::to_string(&params).unwrap_or_default();
        format!("{base}?{query}")
    };
    context! {
        page => page,
        pages => pages,
        total => total,
        prev => (page > 1).then(|| link(page.min(pages + 1) - 1)),
        next => (page < pages).then(|| link(page + 1)),
    }
}

/// What both queues take from their query besides their own filters: the overdue box, the
/// search and the page, read the same way so that the two queues behave alike.
pub(super) struct Queue {
    pub(super) overdue: bool,
    pub(super) search: Option<String>,
    pub(super) page: u32,
}

impl Queue {
    pub(super) fn read(
        overdue: &Option<String>,
        q: &Option<String>,
        page: &Option<String>,
    ) -> Self {
        Self {
            overdue: filled(overdue).is_some(),
            search: filled(q).map(str::to_owned),
            page: page_number(page),
        }
    }

    /// The overdue box as the pager's links repeat it.
    pub(super) fn overdue_filter(&self) -> (&'static str, String) {
        let value = if self.overdue { "1" } else { "" };
        ("overdue", value.to_owned())
    }

    /// The search as the pager's links repeat it.
    pub(super) fn search_filter(&self) -> (&'static str, String) {
        ("q", self.search.clone().unwrap_or_default())
    }

    /// The part of a queue page both queues have: the rows, the shared filters as chosen, and
    /// the pager, whose links keep `filters`.
    pub(super) fn view<T: Serialize>(
        self,
        base: &str,
        filters: &[(&str, String)],
        result: &Page<T>,
    ) -> Value {
        context! {
            items => Value::from_serialize(&result.items),
            overdue => self.overdue,
            q => self.search,
            pager => pager(base, filters, result.page, result.total),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn pager_keeps_filters_and_stays_in_range() {
        let filters = [("state", "submitted".to_owned()), ("q", String::new())];
        let p = pager("/work/applications", &filters, 2, 60);
        assert_eq!(p.get_attr("pages").unwrap(), Value::from(3));
        assert_eq!(
            p.get_attr("prev").unwrap().as_str(),
            Some("/work/applications?state=submitted&page=1")
        );
        assert_eq!(
            p.get_attr("next").unwrap().as_str(),
            Some("/work/applications?state=submitted&page=3")
        );
        let empty = pager("/work/applications", &[], 1, 0);
        assert_eq!(empty.get_attr("pages").unwrap(), Value::from(1));
        assert!(empty.get_attr("next").unwrap().is_none());
    }

    #[test]
    fn page_numbers_default_to_the_first() {
        assert_eq!(page_number(&None), 1);
        assert_eq!(page_number(&Some("0".into())), 1);
        assert_eq!(page_number(&Some("x".into())), 1);
        assert_eq!(page_number(&Some(" 4 ".into())), 4);
    }
}
