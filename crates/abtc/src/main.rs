//! `abtc`: run the scheme's server, a demo scheme, and the operator's administration commands.

mod audit_cmd;
mod config;
mod demo;
mod demo_data;
mod demo_photo;
mod gate_cmd;
mod keys_cmd;
mod purge_cmd;
mod report_cmd;
mod verify_cmd;

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

use abtc_domain::{AccountId, Economies, EconomyCode, Entropy, Role};
use abtc_server::auth::{new_token, normalize_username, Passwords, API_TOKEN_PREFIX};
use abtc_server::system::{OsEntropy, SystemClock};
use abtc_server::{ServerConfig, Services};
use abtc_store::{NewAccount, StaffAuthority, Store};
use anyhow::{anyhow, bail, Context};
use clap::{Args, Parser, Subcommand};
use tokio::net::TcpListener;

use crate::config::{Config, Overrides};

#[derive(Parser)]
#[command(
    name = "abtc",
    version,
    about = "The APEC Business Travel Card scheme: server, demo and administration"
)]
struct Cli {
    /// A TOML settings file (its keys: listen, data_dir, database, log, password_cost, secure_cookies, workers).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Args, Clone, Default)]
struct ServeArgs {
    /// Address to listen on, e.g. 127.0.0.1:8080.
    #[arg(long, global = true)]
    listen: Option<String>,
    /// Folder for the SQLite database (created if missing).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// A postgres:// URL to use PostgreSQL instead of SQLite.
    #[arg(long, global = true)]
    database: Option<String>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Runs the server (SQLite in the data folder unless --database names PostgreSQL).
    Serve(ServeArgs),
    /// Creates a fresh demo scheme (21 economies, officers, hundreds of applications), writes its
    /// logins to DATA_DIR/demo-logins.json and serves it.
    Demo {
        #[command(flatten)]
        serve: ServeArgs,
        /// How many applications to generate.
        #[arg(long, default_value_t = 420)]
        applications: usize,
        /// Seed for the generated data.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Build the demo data and exit without serving.
        #[arg(long)]
        no_serve: bool,
    },
    /// Creates a staff account (officer, administrator, auditor) directly in the database.
    Staff {
        #[command(flatten)]
        db: ServeArgs,
        /// case_officer, pre_clearance_officer, border_officer, economy_admin, scheme_admin or auditor.
        #[arg(long)]
        role: String,
        /// The staff member's economy (not for scheme_admin or auditor).
        #[arg(long)]
        economy: Option<String>,
        #[arg(long)]
        username: String,
        #[arg(long)]
        display_name: Option<String>,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Manages the economies' signing keys (CSCA roots and document signers).
    Keys {
        #[command(flatten)]
        db: ServeArgs,
        #[command(subcommand)]
        action: KeysAction,
    },
    /// Builds, shows and exports the scheme's signed trust list.
    TrustList {
        #[command(flatten)]
        db: ServeArgs,
        #[command(subcommand)]
        action: TrustListAction,
    },
    /// Verifies a virtual card offline, from the trust list, anchor and status lists a verifier keeps
    /// (by default those of DATA_DIR/verifier, as `abtc trust-list export` and the demo write them).
    /// Exit status 0 for admit and lane_only, 1 for refer, 2 for a usage error.
    Verify(CardArgs),
    /// The e-gate's decision offline, as a kiosk makes it: the passport's zone and the card's QR,
    /// checked against each other and the verifier's lists (DATA_DIR/verifier by default; the demo
    /// writes each sign-in cardholder's zone to DATA_DIR/cards/NUMBER.mrz). Exit status 0 for open,
    /// 1 for refer_to_officer, 2 for a usage error.
    Gate {
        #[command(flatten)]
        card: CardArgs,
        /// The passport's machine-readable zone (lines separated by newlines).
        #[arg(long, conflicts_with = "mrz_file")]
        mrz: Option<String>,
        /// Read the zone from a file.
        #[arg(long)]
        mrz_file: Option<PathBuf>,
        /// Decide without the issuer's status list (revocation then goes unchecked). Without this
        /// flag an unattended gate refers every card whose issuer's list it does not hold.
        #[arg(long)]
        allow_no_status: bool,
    },
    /// Creates an API token for an economy's national system; prints it once.
    ApiToken {
        #[command(flatten)]
        db: ServeArgs,
        #[arg(long)]
        economy: String,
        #[arg(long)]
        name: String,
    },
    /// Prints an economy's (or, without --economy, the whole scheme's) processing times, backlog,
    /// issuance, inclusivity and virtual versus physical cards: the same figures, CSV and JSON as
    /// GET /api/v1/reports and the /reports page.
    Report {
        #[command(flatten)]
        db: ServeArgs,
        /// The economy, e.g. TWN; the whole scheme when absent.
        #[arg(long)]
        economy: Option<String>,
        /// First day (YYYY-MM-DD); a year before --to by default.
        #[arg(long)]
        from: Option<String>,
        /// Last day, included (YYYY-MM-DD); today by default.
        #[arg(long)]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: report_cmd::Format,
    },
    /// Removes the personal data of records past their retention period now (the server's worker
    /// does it hourly), keeping the aggregates and the audit chain; prints what it removed.
    Purge {
        #[command(flatten)]
        db: ServeArgs,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Checks the tamper-evident audit log.
    Audit {
        #[command(flatten)]
        db: ServeArgs,
        #[command(subcommand)]
        action: AuditAction,
    },
}

/// What `verify` and `gate` read: the verifying economy, the verifier's lists and the card.
#[derive(clap::Args)]
struct CardArgs {
    /// The verifying economy, e.g. JPN.
    #[arg(long)]
    economy: String,
    #[arg(long)]
    trust_list: Option<PathBuf>,
    /// The trust anchor certificate (DER) this verifier pins.
    #[arg(long)]
    anchor: Option<PathBuf>,
    /// A folder of signed status lists (*.cose).
    #[arg(long)]
    status: Option<PathBuf>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    /// Refuse cards shown without a fresh device proof.
    #[arg(long)]
    require_proof: bool,
    /// Read the QR code from a PNG image.
    #[arg(long, conflicts_with_all = ["qr_file", "qr"])]
    image: Option<PathBuf>,
    /// Read the QR text from a file.
    #[arg(long, conflicts_with = "qr")]
    qr_file: Option<PathBuf>,
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// The QR text (ABTC1:...).
    qr: Option<String>,
}

impl CardArgs {
    fn into_verify_args(self) -> anyhow::Result<verify_cmd::VerifyArgs> {
        let verifier = self
            .data_dir
            .unwrap_or_else(|| PathBuf::from("data"))
            .join("verifier");
        let status_dir = self
            .status
            .or_else(|| Some(verifier.join(keys_cmd::STATUS_DIR)).filter(|d| d.is_dir()));
        let qr_text = match (self.qr, self.qr_file) {
            (Some(q), _) => Some(q),
            (None, Some(f)) => Some(read_text(&f)?),
            (None, None) => None,
        };
        if qr_text.is_none() && self.image.is_none() {
            bail!("give the QR text, --qr-file FILE or --image FILE.png");
        }
        Ok(verify_cmd::VerifyArgs {
            economy: self.economy,
            trust_list: self
                .trust_list
                .unwrap_or_else(|| verifier.join(keys_cmd::TRUST_LIST_FILE)),
            anchor: self
                .anchor
                .unwrap_or_else(|| verifier.join(keys_cmd::ANCHOR_FILE)),
            status_dir,
            json: self.json,
            qr_text,
            image: self.image,
            require_proof: self.require_proof,
            now: abtc_domain::Clock::now(&SystemClock),
        })
    }
}

fn read_text(path: &std::path::Path) -> anyhow::Result<String> {
    Ok(std::fs::read_to_string(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .trim()
        .to_owned())
}

#[derive(Subcommand)]
enum AuditAction {
    /// Verifies the hash chain: exit status 0 when intact, 1 naming each modified, missing,
    /// reordered or inserted record, 2 for a usage error.
    Verify,
}

#[derive(Subcommand)]
enum KeysAction {
    /// Creates the CSCA and a document signer for the economy (or every economy) lacking them.
    Create {
        #[arg(long, required_unless_present = "all")]
        economy: Option<String>,
        #[arg(long)]
        all: bool,
    },
    /// Issues a new document signer for the economy and retires the old one.
    Rotate {
        #[arg(long)]
        economy: String,
    },
    /// Lists every key with its kid and validity.
    List,
}

#[derive(Subcommand)]
enum TrustListAction {
    /// Signs a new trust list version from the keys in force.
    Build,
    /// Verifies and prints a trust list (the latest in the database, or a file against an anchor).
    Show {
        #[arg(long, requires = "anchor")]
        file: Option<PathBuf>,
        #[arg(long)]
        anchor: Option<PathBuf>,
    },
    /// Writes the trust list, the anchor certificate and every status list to a folder, for offline
    /// verifiers (`abtc verify --trust-list DIR/trust-list.cose --anchor DIR/anchor.der --status DIR/status`).
    Export {
        #[arg(long)]
        out: PathBuf,
    },
}

fn parse_economy(s: &str) -> anyhow::Result<EconomyCode> {
    EconomyCode::parse(s).map_err(|_| anyhow!("economy codes are three letters, e.g. TWN"))
}

impl ServeArgs {
    fn overrides(&self) -> Overrides {
        Overrides {
            listen: self.listen.clone(),
            data_dir: self.data_dir.clone(),
            database: self.database.clone(),
        }
    }
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

pub async fn open_store(
    config: &Config,
    entropy: Arc<dyn Entropy>,
) -> anyhow::Result<Arc<dyn Store>> {
    if config.database.is_none() {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("cannot create data folder {}", config.data_dir.display()))?;
    }
    let store = abtc_store::connect(&config.database_url(), entropy)
        .await
        .map_err(|e| anyhow!("cannot open the database: {e}"))?;
    store
        .seed_economies(
            &Economies::apec_default(),
            abtc_domain::Clock::now(&SystemClock),
        )
        .await
        .map_err(|e| anyhow!("cannot seed economies: {e}"))?;
    Ok(store)
}

/// Opens a database that must already exist, without seeding anything: commands that read or
/// maintain a scheme (`report`, `audit verify`, `purge`) treat a mistyped data folder as an error
/// rather than creating an empty scheme there.
pub async fn open_existing_store(config: &Config) -> anyhow::Result<Arc<dyn Store>> {
    if config.database.is_none()
        && !std::path::Path::new(&config.data_dir)
            .join("abtc.db")
            .is_file()
    {
        anyhow::bail!(
            "no database in {} (give --data-dir DIR or --database URL)",
            config.data_dir.display()
        );
    }
    abtc_store::connect(&config.database_url(), Arc::new(OsEntropy))
        .await
        .map_err(|e| anyhow!("cannot open the database: {e}"))
}

pub fn server_config(config: &Config, listening: Option<std::net::SocketAddr>) -> ServerConfig {
    let defaults = ServerConfig::default();
    ServerConfig {
        password_cost: config.password_cost,
        secure_cookies: config.secure_cookies,
        workers: config.workers,
        mail_dir: Some(
            config
                .mail_dir
                .clone()
                .unwrap_or_else(|| config.data_dir.join("mail")),
        ),
        smtp_url: config.smtp_url.clone().map(abtc_server::mail::SmtpUrl::new),
        public_url: config
            .public_url
            .clone()
            .or_else(|| listening.map(|a| format!("http://{a}")))
            .unwrap_or(defaults.public_url.clone()),
        require_email_confirmation: config.require_email_confirmation,
        retention: config.retention,
        face_models: config.face_models.clone(),
        face_threshold: config.face_threshold,
        ..defaults
    }
}

pub async fn run_server(
    config: &Config,
    store: Arc<dyn Store>,
    listener: TcpListener,
) -> anyhow::Result<()> {
    let services = Services {
        store,
        clock: Arc::new(SystemClock),
        entropy: Arc::new(OsEntropy),
    };
    let state =
        abtc_server::app_state(services, server_config(config, listener.local_addr().ok()))?;
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    abtc_server::serve(listener, state, shutdown).await?;
    Ok(())
}

pub async fn bind_listener(listen: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))
}

pub fn random_password(entropy: &dyn Entropy) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut raw = [0u8; 16];
    entropy.fill(&mut raw);
    raw.iter()
        .map(|b| {
            char::from(
                ALPHABET
                    .get(usize::from(*b) % ALPHABET.len())
                    .copied()
                    .unwrap_or(b'x'),
            )
        })
        .collect()
}

async fn main_inner() -> anyhow::Result<std::process::ExitCode> {
    let cli = Cli::parse();
    let cli = match cli.command {
        Cmd::Verify(card) => {
            return verify_cmd::run(&card.into_verify_args()?, &mut std::io::stdout());
        }
        Cmd::Gate {
            card,
            mrz,
            mrz_file,
            allow_no_status,
        } => {
            let mrz = match (mrz, mrz_file) {
                (Some(m), _) => m,
                (None, Some(f)) => read_text(&f)?,
                (None, None) => bail!("give the passport's zone: --mrz TEXT or --mrz-file FILE"),
            };
            let options = gate_cmd::GateOptions { allow_no_status };
            return gate_cmd::run(
                &card.into_verify_args()?,
                &mrz,
                options,
                &mut std::io::stdout(),
            );
        }
        command => Cli { command, ..cli },
    };
    if let Cmd::Audit {
        db,
        action: AuditAction::Verify,
    } = &cli.command
    {
        let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
        return audit_cmd::verify(&config, &mut std::io::stdout()).await;
    }
    main_commands(cli)
        .await
        .map(|()| std::process::ExitCode::SUCCESS)
}

async fn main_commands(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Cmd::Verify(_) | Cmd::Gate { .. } | Cmd::Audit { .. } => Ok(()),
        Cmd::Report {
            db,
            economy,
            from,
            to,
            format,
        } => {
            let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
            let args = report_cmd::ReportArgs {
                economy: economy
                    .map(|e| parse_economy(&e.to_ascii_uppercase()))
                    .transpose()?,
                from,
                to,
                format,
            };
            report_cmd::run(&config, &args, &mut std::io::stdout()).await
        }
        Cmd::Purge { db, json } => {
            let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
            purge_cmd::run(&config, json, &mut std::io::stdout()).await
        }
        Cmd::Serve(args) => {
            let config = config::load(cli.config.as_deref(), &args.overrides(), Config::default())?;
            init_logging(&config.log);
            tracing::info!(?config, "starting");
            let store = open_store(&config, Arc::new(OsEntropy)).await?;
            let listener = bind_listener(&config.listen).await?;
            tracing::info!(address = %listener.local_addr()?, backend = store.backend(), "listening");
            println!("abtc listening on http://{}", listener.local_addr()?);
            run_server(&config, store, listener).await
        }
        Cmd::Demo {
            serve,
            applications,
            seed,
            no_serve,
        } => {
            let base = Config {
                data_dir: PathBuf::from("demo-data"),
                ..Config::default()
            };
            let config = config::load(cli.config.as_deref(), &serve.overrides(), base)?;
            init_logging(&config.log);
            demo::run(&config, applications, seed, no_serve).await
        }
        Cmd::Staff {
            db,
            role,
            economy,
            username,
            display_name,
            password_stdin,
        } => {
            let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
            let role = Role::parse(&role).map_err(|_| anyhow!("unknown role {role:?}"))?;
            let economy = economy
                .map(|e| {
                    EconomyCode::parse(&e)
                        .map_err(|_| anyhow!("economy codes are three letters, e.g. TWN"))
                })
                .transpose()?;
            if role == Role::Applicant || role == Role::NationalSystem {
                bail!("applicants register themselves; national systems get API tokens (abtc api-token)");
            }
            let entropy = OsEntropy;
            let password = if password_stdin {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s)?;
                s.trim_end_matches(['\n', '\r']).to_owned()
            } else {
                random_password(&entropy)
            };
            abtc_server::auth::check_new_password(&password).map_err(|m| anyhow!(m))?;
            let store = open_store(&config, Arc::new(OsEntropy)).await?;
            let passwords = Passwords::new(config.password_cost, &entropy)?;
            let mut id = [0u8; 16];
            entropy.fill(&mut id);
            let username = normalize_username(&username);
            store
                .create_staff(
                    StaffAuthority::Operator,
                    NewAccount {
                        id: AccountId::from_bytes(id),
                        username: username.clone(),
                        password_hash: Some(passwords.hash(&password, &entropy)?),
                        role,
                        economy,
                        display_name: display_name.unwrap_or_else(|| username.clone()),
                    },
                    abtc_domain::Clock::now(&SystemClock),
                )
                .await
                .map_err(|e| anyhow!("cannot create the account: {e}"))?;
            if password_stdin {
                println!("created {username} ({})", role.as_str());
            } else {
                println!(
                    "created {username} ({}) with password {password}",
                    role.as_str()
                );
            }
            Ok(())
        }
        Cmd::Keys { db, action } => {
            let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
            let store = open_store(&config, Arc::new(OsEntropy)).await?;
            let now = abtc_domain::Clock::now(&SystemClock);
            let mut out = std::io::stdout();
            match action {
                KeysAction::Create { economy, all } => {
                    let economies: Vec<EconomyCode> = if all {
                        store
                            .economies()
                            .await
                            .map_err(|e| anyhow!("{e}"))?
                            .iter()
                            .map(|e| e.code)
                            .collect()
                    } else {
                        let code = parse_economy(economy.as_deref().unwrap_or_default())?;
                        store
                            .economies()
                            .await
                            .map_err(|e| anyhow!("{e}"))?
                            .get(code)
                            .map_err(|_| anyhow!("{code} is not a member economy"))?;
                        vec![code]
                    };
                    let n = keys_cmd::create(store.as_ref(), &economies, &OsEntropy, now).await?;
                    println!("created keys for {n} economies (run `abtc trust-list build` to publish them)");
                }
                KeysAction::Rotate { economy } => {
                    let code = parse_economy(&economy)?;
                    abtc_server::keyring::rotate_signer(store.as_ref(), code, &OsEntropy, now)
                        .await?;
                    println!(
                        "new document signer for {code}; run `abtc trust-list build` to publish it"
                    );
                }
                KeysAction::List => keys_cmd::list(store.as_ref(), &mut out).await?,
            }
            Ok(())
        }
        Cmd::TrustList { db, action } => {
            let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
            let now = abtc_domain::Clock::now(&SystemClock);
            let mut out = std::io::stdout();
            match action {
                TrustListAction::Show {
                    file: Some(file),
                    anchor: Some(anchor),
                } => {
                    let list = std::fs::read(&file)
                        .with_context(|| format!("cannot read {}", file.display()))?;
                    let anchor = std::fs::read(&anchor)
                        .with_context(|| format!("cannot read {}", anchor.display()))?;
                    keys_cmd::show(&list, &anchor, now, &mut out)?;
                }
                TrustListAction::Show { .. } => {
                    let store = open_store(&config, Arc::new(OsEntropy)).await?;
                    let (_, list) = store
                        .latest_trust_list()
                        .await?
                        .ok_or_else(|| anyhow!("no trust list yet: run abtc trust-list build"))?;
                    let anchor =
                        abtc_server::keyring::ensure_anchor(store.as_ref(), &OsEntropy, now)
                            .await?;
                    keys_cmd::show(&list, &anchor, now, &mut out)?;
                }
                TrustListAction::Build => {
                    let store = open_store(&config, Arc::new(OsEntropy)).await?;
                    let v =
                        abtc_server::keyring::publish_trust_list(store.as_ref(), &OsEntropy, now)
                            .await?;
                    println!("trust list version {v} published");
                }
                TrustListAction::Export { out: dir } => {
                    let store = open_store(&config, Arc::new(OsEntropy)).await?;
                    keys_cmd::export_verifier(store.as_ref(), &dir, now).await?;
                    println!("verifier bundle written to {}", dir.display());
                }
            }
            Ok(())
        }
        Cmd::ApiToken { db, economy, name } => {
            let config = config::load(cli.config.as_deref(), &db.overrides(), Config::default())?;
            let economy = EconomyCode::parse(&economy)
                .map_err(|_| anyhow!("economy codes are three letters, e.g. TWN"))?;
            let store = open_store(&config, Arc::new(OsEntropy)).await?;
            let entropy = OsEntropy;
            let (token, hash) = new_token(API_TOKEN_PREFIX, &entropy);
            let mut id = [0u8; 16];
            entropy.fill(&mut id);
            store
                .create_api_client(
                    StaffAuthority::Operator,
                    economy,
                    AccountId::from_bytes(id),
                    &name,
                    &hash,
                    abtc_domain::Clock::now(&SystemClock),
                )
                .await
                .map_err(|e| anyhow!("cannot create the API client: {e}"))?;
            println!("{token}");
            Ok(())
        }
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match main_inner().await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("abtc: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
