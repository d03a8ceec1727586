//! Time and randomness enter the system only through these traits, so tests control both.

use time::OffsetDateTime;

pub trait Clock: Send + Sync {
    fn now(&self) -> OffsetDateTime;
}

pub trait Entropy: Send + Sync {
    fn fill(&self, buf: &mut [u8]);
}

/// A clock that stands still until told to move: for tests and for building demo histories.
#[derive(Debug)]
pub struct FixedClock(std::sync::Mutex<OffsetDateTime>);

impl FixedClock {
    pub fn new(at: OffsetDateTime) -> Self {
        Self(std::sync::Mutex::new(at))
    }

    pub fn set(&self, at: OffsetDateTime) {
        if let Ok(mut g) = self.0.lock() {
            *g = at;
        }
    }

    pub fn advance(&self, by: time::Duration) {
        if let Ok(mut g) = self.0.lock() {
            *g += by;
        }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        match self.0.lock() {
            Ok(g) => *g,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }
}
