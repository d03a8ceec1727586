// The reports' SQL, shared by both backends like common.rs (and included after it). Every query is
// an indexed range or group over columns kept for the purpose (migration 0007): decisions in the
// period by their decision time, backlogs by status, cards by issue date and status, applicants by
// submission time. Rows hold economy codes, instants and counts only; the statistics are computed
// by crate::report, which has no I/O. All queries read one snapshot, so the figures agree.

use crate::report::{
    monthly, share, sum_counts, Decided, EconomyFigures, ProcessingReport, ReportQuery,
    TimeFigures, YearFigures,
};

/// Pre-clearance states that mean the economy answered (a withdrawal follows an approval).
const ANSWERED: &str = "('approved', 'declined', 'withdrawn')";
/// Application states that wait for the home economy.
const IN_HOME_REVIEW: &str = "('submitted', 'home_review', 'info_requested')";

fn stored_economy(s: &str) -> StoreResult<EconomyCode> {
    EconomyCode::parse(s).map_err(|_| StoreError::Other("stored economy unreadable".into()))
}

fn count(r: &<Db as sqlx::Database>::Row, col: &str) -> StoreResult<u64> {
    Ok(u64::try_from(r.try_get::<i64, _>(col)?).unwrap_or(0))
}

/// `AND <column> = $n` when the report is about one economy; nothing for the scheme-wide report.
fn economy_filter(column: &str, n: usize, economy: Option<EconomyCode>) -> String {
    match economy {
        Some(_) => format!(" AND {column} = ${n}"),
        None => String::new(),
    }
}

async fn decided(
    c: &mut Conn,
    sql: &str,
    lo: i64,
    hi: i64,
    economy: Option<EconomyCode>,
) -> StoreResult<Vec<Decided>> {
    let mut q = sqlx::query(sql).bind(lo).bind(hi);
    if let Some(e) = economy {
        q = q.bind(e.to_string());
    }
    let mut out = Vec::new();
    for r in q.fetch_all(&mut *c).await? {
        let code: String = r.try_get("economy")?;
        out.push(Decided {
            economy: stored_economy(&code)?,
            asked_at: from_us(r.try_get("asked_at")?),
            decided_at: from_us(r.try_get("decided_at")?),
        });
    }
    Ok(out)
}

/// Pending and overdue counts per economy, from a `GROUP BY` query returning economy, n, late.
async fn backlog(
    c: &mut Conn,
    sql: &str,
    today: &str,
    economy: Option<EconomyCode>,
) -> StoreResult<Vec<(EconomyCode, u64, u64)>> {
    let mut q = sqlx::query(sql).bind(today.to_owned());
    if let Some(e) = economy {
        q = q.bind(e.to_string());
    }
    let mut out = Vec::new();
    for r in q.fetch_all(&mut *c).await? {
        let code: String = r.try_get("economy")?;
        out.push((stored_economy(&code)?, count(&r, "n")?, count(&r, "late")?));
    }
    Ok(out)
}

fn row_for(rows: &mut [EconomyFigures], code: EconomyCode) -> Option<&mut EconomyFigures> {
    rows.iter_mut().find(|r| r.economy == Some(code))
}

fn days_of<'a>(ds: impl Iterator<Item = &'a Decided>) -> Vec<f64> {
    ds.map(Decided::days).collect()
}

#[async_trait]
impl ReportStore for Backend {
    async fn processing_report(
        &self,
        _scope: &abtc_domain::role::ReportScope,
        query: ReportQuery,
    ) -> StoreResult<ProcessingReport> {
        // Aggregates only: any staff scope may read any economy's figures, so the scope is the
        // proof of a staff caller and nothing below depends on whose economy it is.
        let economies = self.economies().await?;
        let wanted: Vec<&Economy> = economies
            .iter()
            .filter(|e| query.economy.is_none_or(|code| e.code == code))
            .collect();
        if wanted.is_empty() {
            return Err(StoreError::NotFound);
        }
        let (start, end) = query.instants();
        let (lo, hi) = (us(start), us(end));
        let today = iso(query.now.date());
        let one = query.economy;
        let mut c = self.pool.begin_with(SNAPSHOT_READ).await?;

        let home = decided(
            &mut c,
            &format!(
                "SELECT home AS economy, submitted_at AS asked_at, home_decided_at AS decided_at \
                 FROM applications WHERE home_decided_at >= $1 AND home_decided_at < $2 \
                 AND submitted_at IS NOT NULL{}",
                economy_filter("home", 3, one)
            ),
            lo,
            hi,
            one,
        )
        .await?;
        let pre = decided(
            &mut c,
            &format!(
                "SELECT economy, requested_at AS asked_at, decided_at FROM pre_clearances \
                 WHERE decided_at >= $1 AND decided_at < $2 AND status IN {ANSWERED}{}",
                economy_filter("economy", 3, one)
            ),
            lo,
            hi,
            one,
        )
        .await?;
        let home_backlog = backlog(
            &mut c,
            &format!(
                "SELECT home AS economy, COUNT(*) AS n, \
                 COUNT(CASE WHEN review_due_on < $1 THEN 1 END) AS late \
                 FROM applications WHERE state IN {IN_HOME_REVIEW}{} GROUP BY home",
                economy_filter("home", 2, one)
            ),
            &today,
            one,
        )
        .await?;
        let pre_backlog = backlog(
            &mut c,
            &format!(
                "SELECT economy, COUNT(*) AS n, COUNT(CASE WHEN due_on < $1 THEN 1 END) AS late \
                 FROM pre_clearances WHERE status = 'pending'{} GROUP BY economy",
                economy_filter("economy", 2, one)
            ),
            &today,
            one,
        )
        .await?;

        let mut rows: Vec<EconomyFigures> = wanted
            .iter()
            .map(|e| EconomyFigures {
                economy: Some(e.code),
                home_review: TimeFigures::of(
                    &days_of(home.iter().filter(|d| d.economy == e.code)),
                    Some(e.home_review_target_days),
                ),
                pre_clearance: TimeFigures::of(
                    &days_of(pre.iter().filter(|d| d.economy == e.code)),
                    Some(e.pre_clearance_target_days),
                ),
                ..EconomyFigures::default()
            })
            .collect();
        for r in rows.iter_mut() {
            r.requests_processed = r.pre_clearance.decisions;
        }
        for (code, n, late) in home_backlog {
            if let Some(r) = row_for(&mut rows, code) {
                r.home_pending = n;
                r.home_overdue = late;
            }
        }
        for (code, n, late) in pre_backlog {
            if let Some(r) = row_for(&mut rows, code) {
                r.pre_clearance_pending = n;
                r.pre_clearance_overdue = late;
            }
        }

        // Cards issued in the period, by economy, year and form.
        let sql = format!(
            "SELECT home, SUBSTR(issued_on, 1, 4) AS year, is_virtual, COUNT(*) AS n FROM cards \
             WHERE issued_on >= $1 AND issued_on <= $2{} \
             GROUP BY home, SUBSTR(issued_on, 1, 4), is_virtual",
            economy_filter("home", 3, one)
        );
        let mut q = sqlx::query(&sql).bind(iso(query.from)).bind(iso(query.to));
        if let Some(e) = one {
            q = q.bind(e.to_string());
        }
        let mut years: Vec<YearFigures> = Vec::new();
        for r in q.fetch_all(&mut *c).await? {
            let code = stored_economy(&r.try_get::<String, _>("home")?)?;
            let year: i32 = r.try_get::<String, _>("year")?.parse().unwrap_or(0);
            let is_virtual: bool = r.try_get("is_virtual")?;
            let n = count(&r, "n")?;
            if let Some(row) = row_for(&mut rows, code) {
                row.cards_issued += n;
                if is_virtual {
                    row.virtual_issued += n;
                } else {
                    row.physical_issued += n;
                }
            }
            let y = match years.iter_mut().position(|y| y.year == year) {
                Some(i) => years.get_mut(i),
                None => {
                    years.push(YearFigures {
                        year,
                        issued: 0,
                        virtual_issued: 0,
                        physical_issued: 0,
                    });
                    years.last_mut()
                }
            };
            if let Some(y) = y {
                y.issued += n;
                if is_virtual {
                    y.virtual_issued += n;
                } else {
                    y.physical_issued += n;
                }
            }
        }
        years.sort_by_key(|y| y.year);

        // Active cards now, by economy and form.
        let sql = format!(
            "SELECT home, is_virtual, COUNT(*) AS n FROM cards WHERE status = 'active'{} \
             GROUP BY home, is_virtual",
            economy_filter("home", 1, one)
        );
        let mut q = sqlx::query(&sql);
        if let Some(e) = one {
            q = q.bind(e.to_string());
        }
        for r in q.fetch_all(&mut *c).await? {
            let code = stored_economy(&r.try_get::<String, _>("home")?)?;
            let is_virtual: bool = r.try_get("is_virtual")?;
            let n = count(&r, "n")?;
            if let Some(row) = row_for(&mut rows, code) {
                row.cards_active += n;
                if is_virtual {
                    row.virtual_active += n;
                } else {
                    row.physical_active += n;
                }
            }
        }

        // Applicants who submitted in the period, by sex and employer size.
        let sql = format!(
            "SELECT home, sex, small_or_medium, COUNT(*) AS n FROM applications \
             WHERE submitted_at >= $1 AND submitted_at < $2{} GROUP BY home, sex, small_or_medium",
            economy_filter("home", 3, one)
        );
        let mut q = sqlx::query(&sql).bind(lo).bind(hi);
        if let Some(e) = one {
            q = q.bind(e.to_string());
        }
        for r in q.fetch_all(&mut *c).await? {
            let code = stored_economy(&r.try_get::<String, _>("home")?)?;
            let sex: Option<String> = r.try_get("sex")?;
            let sme: Option<bool> = r.try_get("small_or_medium")?;
            let n = count(&r, "n")?;
            if let Some(row) = row_for(&mut rows, code) {
                row.applicants += n;
                match sex.as_deref() {
                    Some("F") => row.applicants_f += n,
                    Some("M") => row.applicants_m += n,
                    Some("X") => row.applicants_x += n,
                    _ => {}
                }
                if sme == Some(true) {
                    row.applicants_sme += n;
                }
            }
        }
        // Cardholder service: tickets raised in the period by the economy they are routed to.
        let sql = format!(
            "SELECT economy, kind, refund_status, COUNT(*) AS n FROM tickets \
             WHERE created_at >= $1 AND created_at < $2{} GROUP BY economy, kind, refund_status",
            economy_filter("economy", 3, one)
        );
        let mut q = sqlx::query(&sql).bind(lo).bind(hi);
        if let Some(e) = one {
            q = q.bind(e.to_string());
        }
        for r in q.fetch_all(&mut *c).await? {
            let code = stored_economy(&r.try_get::<String, _>("economy")?)?;
            let kind: String = r.try_get("kind")?;
            let refund: Option<String> = r.try_get("refund_status")?;
            let n = count(&r, "n")?;
            if let Some(row) = row_for(&mut rows, code) {
                row.tickets_raised += n;
                match kind.as_str() {
                    "complaint" => row.complaints_raised += n,
                    "refund" => row.refunds_requested += n,
                    _ => {}
                }
                if refund.as_deref() == Some("approved") {
                    row.refunds_approved += n;
                }
            }
        }
        let open_tickets = backlog(
            &mut c,
            &format!(
                "SELECT economy, COUNT(*) AS n, \
                 COUNT(CASE WHEN status = 'open' AND due_on < $1 THEN 1 END) AS late \
                 FROM tickets WHERE status <> 'closed'{} GROUP BY economy",
                economy_filter("economy", 2, one)
            ),
            &today,
            one,
        )
        .await?;
        for (code, n, late) in open_tickets {
            if let Some(r) = row_for(&mut rows, code) {
                r.tickets_open = n;
                r.tickets_overdue = late;
            }
        }
        c.commit().await?;
        for r in rows.iter_mut() {
            r.sme_share = share(r.applicants_sme, r.applicants);
        }

        let mut total = sum_counts(&rows);
        // One economy's total is its row; the scheme's times run over every decision, with no
        // single target because each economy sets its own.
        let targets = |f: &dyn Fn(&Economy) -> u16| match wanted.as_slice() {
            [only] => Some(f(only)),
            _ => None,
        };
        total.home_review = TimeFigures::of(
            &days_of(home.iter()),
            targets(&|e| e.home_review_target_days),
        );
        total.pre_clearance = TimeFigures::of(
            &days_of(pre.iter()),
            targets(&|e| e.pre_clearance_target_days),
        );
        total.requests_processed = total.pre_clearance.decisions;
        // Scheme-wide, "within target" means within each deciding economy's own target.
        if wanted.len() > 1 {
            let home_within = rows
                .iter()
                .filter_map(|r| r.home_review.within_target)
                .sum();
            let pre_within = rows
                .iter()
                .filter_map(|r| r.pre_clearance.within_target)
                .sum();
            total.home_review.within_target = Some(home_within);
            total.home_review.within_target_share = share(home_within, total.home_review.decisions);
            total.pre_clearance.within_target = Some(pre_within);
            total.pre_clearance.within_target_share =
                share(pre_within, total.pre_clearance.decisions);
        }
        Ok(ProcessingReport {
            economy: one,
            from: query.from,
            to: query.to,
            as_of: query.now.date(),
            months: monthly(query.from, query.to, &home, &pre),
            economies: rows,
            total,
            years,
        })
    }
}
