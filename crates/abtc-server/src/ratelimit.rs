//! Per-address token buckets for the unauthenticated routes (login, registration, public tracker).
//! In-process on purpose: each server limits what reaches it; the per-account lockout is in storage.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

pub struct RateLimiter {
    per_minute: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: f64::from(per_minute.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `ip`; false when its bucket is empty.
    pub fn allow(&self, ip: IpAddr, now: Instant) -> bool {
        let Ok(mut buckets) = self.buckets.lock() else {
            return true;
        };
        if buckets.len() > 100_000 {
            // Forget idle addresses rather than grow without bound.
            buckets.retain(|_, (_, t)| now.duration_since(*t).as_secs() < 120);
        }
        let (tokens, last) = buckets.entry(ip).or_insert((self.per_minute, now));
        let refill = now.duration_since(*last).as_secs_f64() * self.per_minute / 60.0;
        *tokens = (*tokens + refill).min(self.per_minute);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn bucket_empties_and_refills() {
        let l = RateLimiter::new(3);
        let ip: IpAddr = [127, 0, 0, 1].into();
        let t = Instant::now();
        assert!(l.allow(ip, t));
        assert!(l.allow(ip, t));
        assert!(l.allow(ip, t));
        assert!(!l.allow(ip, t));
        assert!(l.allow(ip, t + Duration::from_secs(20)));
        let other: IpAddr = [127, 0, 0, 2].into();
        assert!(l.allow(other, t));
    }
}
