//! `abtc demo`: a fresh scheme with every economy's staff and national-system token, applicants who
//! can sign in, and hundreds of generated cases; its logins go to DATA_DIR/demo-logins.json so that
//! scripts can drive it.

use std::sync::Arc;

use abtc_domain::{AccountId, Clock, EconomyCode, Entropy, Role};
use abtc_server::auth::{new_token, Passwords, API_TOKEN_PREFIX};
use abtc_server::system::{OsEntropy, SystemClock};
use abtc_store::{NewAccount, StaffAuthority, Store};
use anyhow::{anyhow, Context};
use serde::Serialize;

use crate::config::Config;
use crate::demo_data::{self, DemoOptions};

#[derive(Debug, Serialize)]
pub struct Login {
    pub role: String,
    pub economy: Option<String>,
    pub username: String,
    pub password: String,
}

#[derive(Debug, Serialize)]
pub struct ApiToken {
    pub economy: String,
    pub role: String,
    pub token: String,
}

#[derive(Debug, Serialize)]
pub struct DemoLogins {
    pub base_url: String,
    pub logins: Vec<Login>,
    pub api_tokens: Vec<ApiToken>,
    pub applicants: Vec<serde_json::Value>,
}

const ECONOMY_ROLES: [(Role, &str); 4] = [
    (Role::CaseOfficer, "case"),
    (Role::PreClearanceOfficer, "preclear"),
    (Role::BorderOfficer, "border"),
    (Role::EconomyAdmin, "admin"),
];
const LOGIN_APPLICANTS: usize = 6;

/// The passport's TD3 zone as a reader would give it, from the application's passport details.
fn passport_zone(form: &abtc_domain::ApplicationForm) -> Option<String> {
    use abtc_border::mrz::write::{td3, Td3Fields};
    use abtc_border::Sex;
    let passport = form.passport.as_ref()?;
    // As the passport itself writes it: Hong Kong, China's (HKSAR) passports say CHN.
    let state = match passport.issuing_state.as_str() {
        "HKG" => "CHN".to_owned(),
        other => other.to_owned(),
    };
    let zone = td3(&Td3Fields {
        issuing_state: &state,
        family_name: form.family_name.as_ref()?.as_str(),
        given_names: form.given_names.as_ref().map_or("", |n| n.as_str()),
        document_number: passport.number.as_str(),
        nationality: &state,
        date_of_birth: form.date_of_birth?,
        sex: match form.sex? {
            abtc_domain::Sex::F => Sex::Female,
            abtc_domain::Sex::M => Sex::Male,
            abtc_domain::Sex::X => Sex::Unspecified,
        },
        date_of_expiry: passport.expires_on,
    });
    zone.ok()
}

fn new_id(entropy: &dyn Entropy) -> AccountId {
    let mut b = [0u8; 16];
    entropy.fill(&mut b);
    AccountId::from_bytes(b)
}

/// Hashes all demo passwords on the blocking pool, both cores at once.
async fn hash_all(passwords: Arc<Passwords>, list: Vec<String>) -> anyhow::Result<Vec<String>> {
    let mut tasks = Vec::with_capacity(list.len());
    for p in list {
        let pw = passwords.clone();
        tasks.push(tokio::task::spawn_blocking(move || pw.hash(&p, &OsEntropy)));
    }
    let mut out = Vec::with_capacity(tasks.len());
    for t in tasks {
        out.push(t.await??);
    }
    Ok(out)
}

struct Planned {
    role: Role,
    economy: Option<EconomyCode>,
    username: String,
    password: String,
}

pub async fn run(
    config: &Config,
    applications: usize,
    seed: u64,
    no_serve: bool,
) -> anyhow::Result<()> {
    let clock = SystemClock;
    let entropy = OsEntropy;
    if config.database.is_none() {
        // The demo always starts from scratch in its own folder.
        for f in ["abtc.db", "abtc.db-wal", "abtc.db-shm", "demo-logins.json"] {
            let p = config.data_dir.join(f);
            if p.exists() {
                std::fs::remove_file(&p)
                    .with_context(|| format!("cannot remove {}", p.display()))?;
            }
        }
    }
    let store: Arc<dyn Store> = crate::open_store(config, Arc::new(OsEntropy)).await?;
    let listener = crate::bind_listener(&config.listen).await?;
    let address = listener.local_addr()?;
    let now = clock.now();
    let economies = store.economies().await.map_err(|e| anyhow!("{e}"))?;

    let mut planned = Vec::new();
    for e in economies.iter() {
        for (role, suffix) in ECONOMY_ROLES {
            planned.push(Planned {
                role,
                economy: Some(e.code),
                username: format!("{}.{suffix}", e.code.as_str().to_lowercase()),
                password: crate::random_password(&entropy),
            });
        }
    }
    for (role, name) in [
        (Role::SchemeAdmin, "scheme.admin"),
        (Role::Auditor, "auditor"),
    ] {
        planned.push(Planned {
            role,
            economy: None,
            username: name.into(),
            password: crate::random_password(&entropy),
        });
    }
    for i in 1..=LOGIN_APPLICANTS {
        planned.push(Planned {
            role: Role::Applicant,
            economy: None,
            username: format!("applicant{i}@demo.example"),
            password: crate::random_password(&entropy),
        });
    }
    let passwords = Arc::new(Passwords::new(config.password_cost, &entropy)?);
    let hashes = hash_all(
        passwords,
        planned.iter().map(|p| p.password.clone()).collect(),
    )
    .await?;

    let mut logins = Vec::new();
    let mut login_applicants = Vec::new();
    for (p, hash) in planned.iter().zip(hashes) {
        let id = new_id(&entropy);
        let account = NewAccount {
            id,
            username: p.username.clone(),
            password_hash: Some(hash),
            role: p.role,
            economy: p.economy,
            display_name: p.username.clone(),
        };
        let done = if p.role == Role::Applicant {
            login_applicants.push((id, p.username.clone()));
            store.create_applicant(account, now).await
        } else {
            store
                .create_staff(StaffAuthority::Operator, account, now)
                .await
        };
        done.map_err(|e| anyhow!("cannot create {}: {e}", p.username))?;
        if p.role == Role::Applicant {
            // The demo's applicants confirmed their addresses long ago.
            let (_, hash) = new_token("abtce_", &entropy);
            store
                .add_email_confirmation(id, &hash, now + time::Duration::days(1))
                .await
                .and(store.confirm_email(&hash, now).await)
                .map_err(|e| anyhow!("cannot confirm {}: {e}", p.username))?;
        }
        logins.push(Login {
            role: p.role.as_str().into(),
            economy: p.economy.map(|e| e.to_string()),
            username: p.username.clone(),
            password: p.password.clone(),
        });
    }

    let mut api_tokens = Vec::new();
    for e in economies.iter() {
        let (token, hash) = new_token(API_TOKEN_PREFIX, &entropy);
        store
            .create_api_client(
                StaffAuthority::Operator,
                e.code,
                new_id(&entropy),
                "national system (demo)",
                &hash,
                now,
            )
            .await
            .map_err(|err| anyhow!("cannot create the API client of {}: {err}", e.code))?;
        api_tokens.push(ApiToken {
            economy: e.code.to_string(),
            role: Role::NationalSystem.as_str().into(),
            token,
        });
    }

    let started = std::time::Instant::now();
    let summary = demo_data::generate(
        store.as_ref(),
        &DemoOptions {
            applications,
            seed,
            now,
        },
        &login_applicants,
    )
    .await?;
    let applicants = summary
        .login_applicants
        .iter()
        .map(|a| {
            let password = logins
                .iter()
                .find(|l| l.username == a.username)
                .map(|l| l.password.clone())
                .unwrap_or_default();
            serde_json::json!({
                "username": a.username, "password": password, "reference": a.reference, "state": a.state,
            })
        })
        .collect();

    // Who hears about overdue requests: a desk per economy and the scheme's efficiency channel, so
    // the running demo mails escalations and weekly digests into DATA_DIR/mail.
    let operator = abtc_domain::Principal::new(new_id(&entropy), Role::SchemeAdmin, None)?;
    for e in economies.iter() {
        let channel = abtc_domain::escalation::Channel::Economy(e.code);
        let desk = abtc_domain::escalation::Contact {
            address: abtc_domain::Email::parse(&format!(
                "processing-desk@{}.abtc.example",
                e.code.as_str().to_ascii_lowercase()
            ))?,
            language: None,
        };
        store
            .set_contacts(&operator.contacts(channel)?, &[desk], now)
            .await
            .map_err(|e| anyhow!("{e}"))?;
    }
    let efficiency = abtc_domain::escalation::Contact {
        address: abtc_domain::Email::parse("efficiency@scheme.abtc.example")?,
        language: None,
    };
    store
        .set_contacts(
            &operator.contacts(abtc_domain::escalation::Channel::Efficiency)?,
            &[efficiency],
            now,
        )
        .await
        .map_err(|e| anyhow!("{e}"))?;

    // The virtual card: every economy's keys, a published trust list, the offline verifier's
    // bundle, and the sign-in applicants' current credentials as QR texts.
    let economy_codes: Vec<EconomyCode> = economies.iter().map(|e| e.code).collect();
    crate::keys_cmd::create(store.as_ref(), &economy_codes, &entropy, now).await?;
    abtc_server::keyring::publish_trust_list(store.as_ref(), &entropy, now).await?;
    let verifier_dir = config.data_dir.join("verifier");
    crate::keys_cmd::export_verifier(store.as_ref(), &verifier_dir, now).await?;
    let cards_dir = config.data_dir.join("cards");
    std::fs::create_dir_all(&cards_dir)?;
    let mut card_files = Vec::new();
    for (account, _) in &login_applicants {
        let Ok(scope) = abtc_domain::Principal::new(*account, Role::Applicant, None)
            .and_then(|p| p.applicant())
        else {
            continue;
        };
        for card in store
            .my_cards(&scope)
            .await
            .map_err(|e| anyhow!("{e}"))?
            .iter()
            .filter(|c| c.is_active())
        {
            let issued = abtc_server::issuance::current_credential(
                store.as_ref(),
                abtc_store::CaseAccess::Applicant(scope),
                &card.number,
                now,
            )
            .await?;
            let qr = abtc_credential::verify::qr_text(&issued.cose);
            let path = cards_dir.join(format!("{}.txt", card.number));
            std::fs::write(&path, &qr)?;
            // The holder's passport zone, for trying the e-gate (`abtc gate`, /kiosk).
            let case = store
                .case(
                    abtc_store::CaseAccess::Applicant(scope),
                    card.application,
                    now,
                )
                .await
                .map_err(|e| anyhow!("{e}"))?;
            if let Some(zone) = passport_zone(&case.application.form) {
                std::fs::write(cards_dir.join(format!("{}.mrz", card.number)), zone)?;
            }
            std::fs::write(
                cards_dir.join(format!("{}.png", card.number)),
                abtc_credential::qr::to_png(&qr, 4)?,
            )?;
            card_files.push(path);
        }
    }

    let base_url = format!("http://{address}");
    let file = DemoLogins {
        base_url: base_url.clone(),
        logins,
        api_tokens,
        applicants,
    };
    let path = config.data_dir.join("demo-logins.json");
    std::fs::create_dir_all(&config.data_dir)?;
    std::fs::write(&path, serde_json::to_vec_pretty(&file)?)
        .with_context(|| format!("cannot write {}", path.display()))?;

    println!(
        "abtc demo: {} applications, {} pre-clearance requests, {} cards, built in {:.1}s",
        summary.applications,
        summary.pre_clearances,
        summary.cards,
        started.elapsed().as_secs_f64()
    );
    for (state, n) in &summary.by_state {
        println!("  {state:<15} {n}");
    }
    println!(
        "logins (all of them, with API tokens, in {}):",
        path.display()
    );
    for l in file.logins.iter().filter(|l| {
        l.economy
            .as_deref()
            .is_none_or(|e| e == "TWN" || e == "JPN")
            || l.role == "applicant"
    }) {
        println!(
            "  {:<22} {:<4} {:<28} {}",
            l.role,
            l.economy.as_deref().unwrap_or("-"),
            l.username,
            l.password
        );
    }
    if let Some(card) = card_files.first() {
        println!(
            "virtual cards (static QR texts) in {}; verify one offline with:",
            cards_dir.display()
        );
        println!(
            "  abtc verify --economy JPN --trust-list {} --anchor {} --status {} --qr-file {}",
            verifier_dir
                .join(crate::keys_cmd::TRUST_LIST_FILE)
                .display(),
            verifier_dir.join(crate::keys_cmd::ANCHOR_FILE).display(),
            verifier_dir.join(crate::keys_cmd::STATUS_DIR).display(),
            card.display()
        );
    }
    if no_serve {
        store.close().await;
        return Ok(());
    }
    println!("serving the demo at {base_url}  (Ctrl-C stops it)");
    println!("  pages:    {base_url}/  (sign in with a login above; a new applicant registers at {base_url}/register)");
    println!(
        "  verifier: {base_url}/verify   wallet: {base_url}/wallet   mail: {}",
        config.data_dir.join("mail").display()
    );
    crate::run_server(config, store, listener).await
}
