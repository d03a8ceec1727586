//! The ABTC scheme's facts and rules, with no I/O: economies and their policies, the application
//! lifecycle, pre-clearances, cards, and the events each change produces. Time and identifiers are
//! handed in, so every rule is a pure function that tests can drive.

pub mod application;
pub mod card;
pub mod card_number;
pub mod case;
pub mod clock;
pub mod economy;
pub mod email;
pub mod error;
pub mod escalation;
pub mod event;
pub mod ids;
pub mod name;
mod newtype;
pub mod passport;
pub mod photo;
pub mod policy;
pub mod preclearance;
pub mod retention;
pub mod role;
pub mod text;
pub mod ticket;
pub mod views;

pub use application::{
    Application, ApplicationForm, ApplicationState, PassportDetails, PhotoInfo, Sex,
};
pub use card::{CancellationReason, Card, CardStatus, ReplacementReason};
pub use card_number::CardNumber;
pub use case::{Case, Command, Context, IdSource};
pub use clock::{Clock, Entropy};
pub use economy::{Economies, Economy, EconomyCode, Membership};
pub use email::Email;
pub use error::{DomainError, ErrorKind};
pub use event::{Event, EventKind};
pub use ids::{AccountId, ApplicationId, EventId, PreClearanceId, Reference, TicketId};
pub use name::{MrzName, PersonName};
pub use passport::PassportNumber;
pub use photo::{Photo, PhotoLimits};
pub use policy::IssuancePolicy;
pub use preclearance::{Decision, PreClearance, PreClearanceStatus};
pub use role::{Actor, Principal, Role};
pub use views::{PreClearanceView, PublicStatus};
