//! The demo scheme: a year and a half of applications from every economy, driven through the real
//! domain transitions with a simulated clock. Building the history with the same commands the server
//! runs means the demo shows what the rules actually produce (backlogs at slow economies, overdue
//! requests, interim and virtual cards, replacements) instead of hand-made rows that could drift from
//! them.
//!
//! Everything except [`generate`] is pure: randomness comes from a seeded generator and the clock is
//! a parameter, so one seed always yields the same scheme and tests build it without a database.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use abtc_domain::application::{add_months, add_years, BusinessType, Employer};
use abtc_domain::text::{LongText, Phone, ShortText};
use abtc_domain::{
    AccountId, Actor, Application, ApplicationForm, ApplicationId, ApplicationState,
    CancellationReason, CardNumber, Case, Command, Context, Decision, DomainError, Economies,
    EconomyCode, Email, Event, EventKind, IdSource, IssuancePolicy, MrzName, PassportDetails,
    PassportNumber, PersonName, PhotoInfo, PreClearanceId, Reference, ReplacementReason, Role, Sex,
};
use abtc_store::{ImportedCase, NewAccount, Store, StoreError};
use anyhow::anyhow;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use time::{Date, Duration, OffsetDateTime};

/// What to generate. `applications` is the total, the login applicants' cases included (420 makes a
/// scheme big enough for queues to page and reports to mean something, small enough to build in a
/// few seconds).
#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub applications: usize,
    pub seed: u64,
    pub now: OffsetDateTime,
}

/// An applicant who can sign in, and the case waiting for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoApplicant {
    /// Kept for callers that act as the applicant directly (scripts, tests).
    #[allow(dead_code)]
    pub account: AccountId,
    pub username: String,
    pub reference: String,
    pub state: String,
}

/// Counts for the demo's banner. `cards` and `pre_clearances` count records, so a replaced card
/// counts twice: the history is part of what the demo shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub applications: usize,
    pub cards: usize,
    pub pre_clearances: usize,
    pub by_state: BTreeMap<String, usize>,
    pub login_applicants: Vec<DemoApplicant>,
}

/// Cases per import transaction: large enough to amortize the commit, small enough that one
/// transaction never holds SQLite's write lock for long.
const IMPORT_BATCH: usize = 50;
/// Card serials reserved per case: the first card, a new-passport or lost-card replacement, a
/// change-of-approvals replacement, and one spare.
const CARDS_PER_CASE: u64 = 4;
const PHOTO: PhotoInfo = PhotoInfo {
    width: 413,
    height: 531,
    bytes: 48_000,
};

/// The scheme's observed mix of where applications stand (percent; they add up to 100).
const STATE_MIX: [(ApplicationState, usize); 8] = [
    (ApplicationState::Draft, 5),
    (ApplicationState::Submitted, 5),
    (ApplicationState::HomeReview, 8),
    (ApplicationState::InfoRequested, 4),
    (ApplicationState::Rejected, 4),
    (ApplicationState::Withdrawn, 3),
    (ApplicationState::PreClearance, 30),
    (ApplicationState::Issued, 41),
];

/// The stories the printed logins walk into: one per stage an applicant sees, and one virtual card
/// that fills up with approvals as they arrive. (state, home, days since the home approval)
const LOGIN_STORIES: [(ApplicationState, &str, Option<f64>); 6] = [
    (ApplicationState::Draft, "JPN", None),
    (ApplicationState::HomeReview, "HKG", None),
    (ApplicationState::InfoRequested, "KOR", None),
    (ApplicationState::PreClearance, "MYS", Some(70.0)),
    (ApplicationState::Issued, "TWN", Some(200.0)),
    (ApplicationState::Issued, "AUS", Some(40.0)),
];

// ---------------------------------------------------------------------------------------------
// Names, places and formats per economy
// ---------------------------------------------------------------------------------------------

/// A name part in its own script and in the passport's machine-readable zone.
type Pair = (&'static str, &'static str);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameOrder {
    /// Chinese and Korean: family name then given name, no space.
    FamilyGivenJoined,
    /// Family name first, separated (Japanese, Vietnamese, Russian, Singaporean Chinese).
    FamilyGiven,
    /// Given name first (Latin-script and Thai names).
    GivenFamily,
    /// Malay names: the "family" part is the father's name, after bin / binti.
    Patronymic,
}

struct NameSet {
    family_m: &'static [Pair],
    /// Differs from `family_m` only where surnames are gendered (Russian).
    family_f: &'static [Pair],
    given_m: &'static [Pair],
    given_f: &'static [Pair],
    order: NameOrder,
    /// Spanish naming: paternal and maternal surnames.
    two_families: bool,
    /// Share of holders with sex X, for the economies whose passports offer it.
    x_percent: u32,
}

const CHN_FAMILY: &[Pair] = &[
    ("王", "WANG"),
    ("李", "LI"),
    ("张", "ZHANG"),
    ("刘", "LIU"),
    ("陈", "CHEN"),
    ("杨", "YANG"),
    ("黄", "HUANG"),
    ("赵", "ZHAO"),
    ("吴", "WU"),
    ("周", "ZHOU"),
    ("徐", "XU"),
    ("孙", "SUN"),
    ("马", "MA"),
    ("朱", "ZHU"),
    ("胡", "HU"),
    ("郭", "GUO"),
    ("何", "HE"),
    ("林", "LIN"),
    ("罗", "LUO"),
    ("高", "GAO"),
];
const CHN_GIVEN_M: &[Pair] = &[
    ("伟", "WEI"),
    ("强", "QIANG"),
    ("磊", "LEI"),
    ("军", "JUN"),
    ("勇", "YONG"),
    ("杰", "JIE"),
    ("涛", "TAO"),
    ("明", "MING"),
    ("超", "CHAO"),
    ("刚", "GANG"),
    ("建华", "JIANHUA"),
    ("志强", "ZHIQIANG"),
    ("晓东", "XIAODONG"),
    ("国栋", "GUODONG"),
    ("浩然", "HAORAN"),
];
const CHN_GIVEN_F: &[Pair] = &[
    ("芳", "FANG"),
    ("娜", "NA"),
    ("秀英", "XIUYING"),
    ("敏", "MIN"),
    ("静", "JING"),
    ("丽", "LI"),
    ("艳", "YAN"),
    ("娟", "JUAN"),
    ("霞", "XIA"),
    ("秀兰", "XIULAN"),
    ("海燕", "HAIYAN"),
    ("婷婷", "TINGTING"),
    ("雪梅", "XUEMEI"),
    ("欣怡", "XINYI"),
];
const TWN_FAMILY: &[Pair] = &[
    ("陳", "CHEN"),
    ("林", "LIN"),
    ("黃", "HUANG"),
    ("張", "CHANG"),
    ("李", "LI"),
    ("王", "WANG"),
    ("吳", "WU"),
    ("劉", "LIU"),
    ("蔡", "TSAI"),
    ("楊", "YANG"),
    ("許", "HSU"),
    ("鄭", "CHENG"),
    ("謝", "HSIEH"),
    ("郭", "KUO"),
    ("洪", "HUNG"),
    ("曾", "TSENG"),
    ("賴", "LAI"),
    ("周", "CHOU"),
];
const TWN_GIVEN_M: &[Pair] = &[
    ("志明", "CHIH-MING"),
    ("俊傑", "CHUN-CHIEH"),
    ("建宏", "CHIEN-HUNG"),
    ("家豪", "CHIA-HAO"),
    ("冠宇", "KUAN-YU"),
    ("宗翰", "TSUNG-HAN"),
    ("大文", "TA-WEN"),
    ("承恩", "CHENG-EN"),
    ("柏翰", "PO-HAN"),
    ("文雄", "WEN-HSIUNG"),
];
const TWN_GIVEN_F: &[Pair] = &[
    ("雅婷", "YA-TING"),
    ("怡君", "YI-CHUN"),
    ("淑芬", "SHU-FEN"),
    ("美玲", "MEI-LING"),
    ("佳穎", "CHIA-YING"),
    ("詩涵", "SHIH-HAN"),
    ("欣妤", "HSIN-YU"),
    ("惠雯", "HUI-WEN"),
    ("佩珊", "PEI-SHAN"),
    ("宜蓁", "YI-CHEN"),
];
const HKG_FAMILY: &[Pair] = &[
    ("陳", "CHAN"),
    ("李", "LEE"),
    ("張", "CHEUNG"),
    ("黃", "WONG"),
    ("何", "HO"),
    ("林", "LAM"),
    ("吳", "NG"),
    ("劉", "LAU"),
    ("梁", "LEUNG"),
    ("鄭", "CHENG"),
    ("謝", "TSE"),
    ("郭", "KWOK"),
    ("馮", "FUNG"),
    ("周", "CHOW"),
    ("曾", "TSANG"),
    ("麥", "MAK"),
];
const HKG_GIVEN_M: &[Pair] = &[
    ("大文", "TAI MAN"),
    ("家豪", "KA HO"),
    ("志偉", "CHI WAI"),
    ("偉強", "WAI KEUNG"),
    ("俊傑", "CHUN KIT"),
    ("國強", "KWOK KEUNG"),
    ("嘉明", "KA MING"),
    ("子軒", "TSZ HIN"),
    ("浩然", "HO YIN"),
];
const HKG_GIVEN_F: &[Pair] = &[
    ("嘉欣", "KA YAN"),
    ("詠詩", "WING SZE"),
    ("美玲", "MEI LING"),
    ("淑儀", "SUK YEE"),
    ("小玲", "SIU LING"),
    ("凱琳", "HOI LAM"),
    ("慧敏", "WAI MAN"),
    ("曉彤", "HIU TUNG"),
    ("穎欣", "WING YAN"),
];
const JPN_FAMILY: &[Pair] = &[
    ("佐藤", "SATO"),
    ("鈴木", "SUZUKI"),
    ("高橋", "TAKAHASHI"),
    ("田中", "TANAKA"),
    ("伊藤", "ITO"),
    ("渡辺", "WATANABE"),
    ("山本", "YAMAMOTO"),
    ("中村", "NAKAMURA"),
    ("小林", "KOBAYASHI"),
    ("加藤", "KATO"),
    ("吉田", "YOSHIDA"),
    ("山田", "YAMADA"),
    ("佐々木", "SASAKI"),
    ("松本", "MATSUMOTO"),
    ("井上", "INOUE"),
];
const JPN_GIVEN_M: &[Pair] = &[
    ("翔太", "SHOTA"),
    ("大輔", "DAISUKE"),
    ("健太", "KENTA"),
    ("拓也", "TAKUYA"),
    ("浩", "HIROSHI"),
    ("誠", "MAKOTO"),
    ("直樹", "NAOKI"),
    ("健一", "KENICHI"),
    ("隆", "TAKASHI"),
    ("悠斗", "YUTO"),
];
const JPN_GIVEN_F: &[Pair] = &[
    ("陽子", "YOKO"),
    ("美咲", "MISAKI"),
    ("由美", "YUMI"),
    ("恵子", "KEIKO"),
    ("愛", "AI"),
    ("さくら", "SAKURA"),
    ("直美", "NAOMI"),
    ("彩", "AYA"),
    ("智子", "TOMOKO"),
    ("結衣", "YUI"),
];
const KOR_FAMILY: &[Pair] = &[
    ("김", "KIM"),
    ("이", "LEE"),
    ("박", "PARK"),
    ("최", "CHOI"),
    ("정", "JUNG"),
    ("강", "KANG"),
    ("조", "CHO"),
    ("윤", "YOON"),
    ("장", "JANG"),
    ("임", "LIM"),
    ("한", "HAN"),
    ("오", "OH"),
    ("신", "SHIN"),
    ("서", "SEO"),
];
const KOR_GIVEN_M: &[Pair] = &[
    ("민준", "MINJUN"),
    ("서준", "SEOJUN"),
    ("도윤", "DOYUN"),
    ("지훈", "JIHOON"),
    ("현우", "HYUNWOO"),
    ("성민", "SUNGMIN"),
    ("준호", "JUNHO"),
    ("동현", "DONGHYUN"),
    ("재원", "JAEWON"),
];
const KOR_GIVEN_F: &[Pair] = &[
    ("서연", "SEOYEON"),
    ("지민", "JIMIN"),
    ("수빈", "SUBIN"),
    ("지은", "JIEUN"),
    ("민지", "MINJI"),
    ("혜진", "HYEJIN"),
    ("수진", "SUJIN"),
    ("은영", "EUNYOUNG"),
    ("하은", "HAEUN"),
];
const THA_FAMILY: &[Pair] = &[
    ("สุขใจ", "SUKJAI"),
    ("ศรีสุข", "SRISUK"),
    ("วงศ์สวัสดิ์", "WONGSAWAT"),
    ("แก้วมณี", "KAEWMANEE"),
    ("ทองดี", "THONGDEE"),
    ("บุญมา", "BOONMA"),
    ("จันทร์เพ็ญ", "CHANPEN"),
    ("รัตนพันธ์", "RATTANAPAN"),
    ("สมบูรณ์", "SOMBOON"),
    ("พรหมมา", "PROMMA"),
    ("ศรีวงศ์", "SRIWONG"),
];
const THA_GIVEN_M: &[Pair] = &[
    ("สมชาย", "SOMCHAI"),
    ("สมศักดิ์", "SOMSAK"),
    ("ประเสริฐ", "PRASERT"),
    ("วิชัย", "WICHAI"),
    ("ธนากร", "THANAKORN"),
    ("อนุชา", "ANUCHA"),
    ("ณัฐพล", "NATTAPON"),
    ("กิตติ", "KITTI"),
];
const THA_GIVEN_F: &[Pair] = &[
    ("สุดารัตน์", "SUDARAT"),
    ("มาลี", "MALEE"),
    ("วันเพ็ญ", "WANPEN"),
    ("กัญญา", "KANYA"),
    ("ปราณี", "PRANEE"),
    ("นภา", "NAPA"),
    ("พิมพ์ชนก", "PIMCHANOK"),
    ("อรุณี", "ARUNEE"),
];
const VNM_FAMILY: &[Pair] = &[
    ("Nguyễn", "NGUYEN"),
    ("Trần", "TRAN"),
    ("Lê", "LE"),
    ("Phạm", "PHAM"),
    ("Hoàng", "HOANG"),
    ("Huỳnh", "HUYNH"),
    ("Phan", "PHAN"),
    ("Vũ", "VU"),
    ("Võ", "VO"),
    ("Đặng", "DANG"),
    ("Bùi", "BUI"),
    ("Đỗ", "DO"),
    ("Ngô", "NGO"),
    ("Dương", "DUONG"),
];
const VNM_GIVEN_M: &[Pair] = &[
    ("Văn An", "VAN AN"),
    ("Văn Hùng", "VAN HUNG"),
    ("Minh Tuấn", "MINH TUAN"),
    ("Đức Anh", "DUC ANH"),
    ("Quang Huy", "QUANG HUY"),
    ("Hoàng Nam", "HOANG NAM"),
    ("Quốc Bảo", "QUOC BAO"),
    ("Thành Long", "THANH LONG"),
];
const VNM_GIVEN_F: &[Pair] = &[
    ("Thị Lan", "THI LAN"),
    ("Thị Hương", "THI HUONG"),
    ("Thu Trang", "THU TRANG"),
    ("Ngọc Ánh", "NGOC ANH"),
    ("Thanh Hà", "THANH HA"),
    ("Mai Linh", "MAI LINH"),
    ("Phương Thảo", "PHUONG THAO"),
    ("Thùy Dung", "THUY DUNG"),
];
const RUS_FAMILY_M: &[Pair] = &[
    ("Иванов", "IVANOV"),
    ("Смирнов", "SMIRNOV"),
    ("Кузнецов", "KUZNETSOV"),
    ("Попов", "POPOV"),
    ("Соколов", "SOKOLOV"),
    ("Лебедев", "LEBEDEV"),
    ("Козлов", "KOZLOV"),
    ("Новиков", "NOVIKOV"),
    ("Морозов", "MOROZOV"),
    ("Волков", "VOLKOV"),
    ("Петров", "PETROV"),
    ("Фёдоров", "FEDOROV"),
];
const RUS_FAMILY_F: &[Pair] = &[
    ("Иванова", "IVANOVA"),
    ("Смирнова", "SMIRNOVA"),
    ("Кузнецова", "KUZNETSOVA"),
    ("Попова", "POPOVA"),
    ("Соколова", "SOKOLOVA"),
    ("Лебедева", "LEBEDEVA"),
    ("Козлова", "KOZLOVA"),
    ("Новикова", "NOVIKOVA"),
    ("Морозова", "MOROZOVA"),
    ("Волкова", "VOLKOVA"),
    ("Петрова", "PETROVA"),
    ("Фёдорова", "FEDOROVA"),
];
const RUS_GIVEN_M: &[Pair] = &[
    ("Александр", "ALEKSANDR"),
    ("Дмитрий", "DMITRII"),
    ("Сергей", "SERGEI"),
    ("Андрей", "ANDREI"),
    ("Алексей", "ALEKSEI"),
    ("Михаил", "MIKHAIL"),
    ("Максим", "MAKSIM"),
    ("Игорь", "IGOR"),
    ("Николай", "NIKOLAI"),
];
const RUS_GIVEN_F: &[Pair] = &[
    ("Елена", "ELENA"),
    ("Ольга", "OLGA"),
    ("Наталья", "NATALIA"),
    ("Татьяна", "TATIANA"),
    ("Анна", "ANNA"),
    ("Мария", "MARIIA"),
    ("Екатерина", "EKATERINA"),
    ("Ирина", "IRINA"),
    ("Светлана", "SVETLANA"),
];
const IDN_FAMILY: &[Pair] = &[
    ("Santoso", "SANTOSO"),
    ("Wijaya", "WIJAYA"),
    ("Saputra", "SAPUTRA"),
    ("Hidayat", "HIDAYAT"),
    ("Kurniawan", "KURNIAWAN"),
    ("Setiawan", "SETIAWAN"),
    ("Pratama", "PRATAMA"),
    ("Susanto", "SUSANTO"),
    ("Gunawan", "GUNAWAN"),
    ("Halim", "HALIM"),
    ("Nugroho", "NUGROHO"),
    ("Siregar", "SIREGAR"),
];
const IDN_GIVEN_M: &[Pair] = &[
    ("Budi", "BUDI"),
    ("Agus", "AGUS"),
    ("Andi", "ANDI"),
    ("Eko", "EKO"),
    ("Ahmad", "AHMAD"),
    ("Wahyu", "WAHYU"),
    ("Rizky", "RIZKY"),
    ("Dimas", "DIMAS"),
];
const IDN_GIVEN_F: &[Pair] = &[
    ("Dewi", "DEWI"),
    ("Sri", "SRI"),
    ("Siti", "SITI"),
    ("Rina", "RINA"),
    ("Putri", "PUTRI"),
    ("Indah", "INDAH"),
    ("Ayu", "AYU"),
    ("Fitri", "FITRI"),
];
const MALAY_FATHER: &[Pair] = &[
    ("Ismail", "ISMAIL"),
    ("Abdullah", "ABDULLAH"),
    ("Rahman", "RAHMAN"),
    ("Hassan", "HASSAN"),
    ("Ibrahim", "IBRAHIM"),
    ("Osman", "OSMAN"),
    ("Yusof", "YUSOF"),
    ("Aziz", "AZIZ"),
    ("Hamid", "HAMID"),
    ("Razak", "RAZAK"),
];
const MALAY_GIVEN_M: &[Pair] = &[
    ("Muhammad Faiz", "MUHAMMAD FAIZ"),
    ("Ahmad Firdaus", "AHMAD FIRDAUS"),
    ("Mohd Hafiz", "MOHD HAFIZ"),
    ("Aiman", "AIMAN"),
    ("Amirul Hakim", "AMIRUL HAKIM"),
    ("Khairul Anuar", "KHAIRUL ANUAR"),
];
const MALAY_GIVEN_F: &[Pair] = &[
    ("Nur Aisyah", "NUR AISYAH"),
    ("Siti Nurhaliza", "SITI NURHALIZA"),
    ("Nurul Izzah", "NURUL IZZAH"),
    ("Farah", "FARAH"),
    ("Nor Azlina", "NOR AZLINA"),
    ("Aina Sofia", "AINA SOFIA"),
];
const PHL_FAMILY: &[Pair] = &[
    ("Santos", "SANTOS"),
    ("Reyes", "REYES"),
    ("Cruz", "CRUZ"),
    ("Bautista", "BAUTISTA"),
    ("Ocampo", "OCAMPO"),
    ("Garcia", "GARCIA"),
    ("Mendoza", "MENDOZA"),
    ("Torres", "TORRES"),
    ("Dela Cruz", "DELA CRUZ"),
    ("Villanueva", "VILLANUEVA"),
    ("Ramos", "RAMOS"),
    ("Aquino", "AQUINO"),
    ("Castillo", "CASTILLO"),
];
const PHL_GIVEN_M: &[Pair] = &[
    ("Jose", "JOSE"),
    ("Juan Carlos", "JUAN CARLOS"),
    ("Mark Anthony", "MARK ANTHONY"),
    ("John Paul", "JOHN PAUL"),
    ("Rodrigo", "RODRIGO"),
    ("Miguel", "MIGUEL"),
    ("Ramon", "RAMON"),
];
const PHL_GIVEN_F: &[Pair] = &[
    ("Maria Clara", "MARIA CLARA"),
    ("Angelica", "ANGELICA"),
    ("Kristine", "KRISTINE"),
    ("Jasmine", "JASMINE"),
    ("Rosalinda", "ROSALINDA"),
    ("Mary Grace", "MARY GRACE"),
    ("Liza", "LIZA"),
];
const SPANISH_FAMILY: &[Pair] = &[
    ("García", "GARCIA"),
    ("Rodríguez", "RODRIGUEZ"),
    ("González", "GONZALEZ"),
    ("Fernández", "FERNANDEZ"),
    ("López", "LOPEZ"),
    ("Martínez", "MARTINEZ"),
    ("Sánchez", "SANCHEZ"),
    ("Pérez", "PEREZ"),
    ("Gómez", "GOMEZ"),
    ("Muñoz", "MUNOZ"),
    ("Rojas", "ROJAS"),
    ("Díaz", "DIAZ"),
    ("Hernández", "HERNANDEZ"),
    ("Flores", "FLORES"),
    ("Quispe", "QUISPE"),
    ("Vargas", "VARGAS"),
    ("Castañeda", "CASTANEDA"),
];
const SPANISH_GIVEN_M: &[Pair] = &[
    ("José Luis", "JOSE LUIS"),
    ("Juan Pablo", "JUAN PABLO"),
    ("Javier", "JAVIER"),
    ("Andrés", "ANDRES"),
    ("Diego", "DIEGO"),
    ("Matías", "MATIAS"),
    ("Sebastián", "SEBASTIAN"),
    ("Carlos", "CARLOS"),
    ("Alejandro", "ALEJANDRO"),
];
const SPANISH_GIVEN_F: &[Pair] = &[
    ("María José", "MARIA JOSE"),
    ("Camila", "CAMILA"),
    ("Valentina", "VALENTINA"),
    ("Sofía", "SOFIA"),
    ("Lucía", "LUCIA"),
    ("Fernanda", "FERNANDA"),
    ("Ximena", "XIMENA"),
    ("Daniela", "DANIELA"),
    ("Inés", "INES"),
];
const ENGLISH_FAMILY: &[Pair] = &[
    ("Smith", "SMITH"),
    ("Jones", "JONES"),
    ("Williams", "WILLIAMS"),
    ("Brown", "BROWN"),
    ("Wilson", "WILSON"),
    ("Taylor", "TAYLOR"),
    ("Johnson", "JOHNSON"),
    ("White", "WHITE"),
    ("Martin", "MARTIN"),
    ("Anderson", "ANDERSON"),
    ("Thompson", "THOMPSON"),
    ("O'Brien", "OBRIEN"),
    ("MacDonald", "MACDONALD"),
    ("Campbell", "CAMPBELL"),
    ("Walker", "WALKER"),
    ("Nguyen", "NGUYEN"),
    ("Tremblay", "TREMBLAY"),
    ("Patel", "PATEL"),
];
const ENGLISH_GIVEN_M: &[Pair] = &[
    ("James", "JAMES"),
    ("Oliver", "OLIVER"),
    ("William", "WILLIAM"),
    ("Jack", "JACK"),
    ("Noah", "NOAH"),
    ("Thomas", "THOMAS"),
    ("Liam", "LIAM"),
    ("Daniel", "DANIEL"),
    ("Michael", "MICHAEL"),
];
const ENGLISH_GIVEN_F: &[Pair] = &[
    ("Charlotte", "CHARLOTTE"),
    ("Olivia", "OLIVIA"),
    ("Amelia", "AMELIA"),
    ("Isla", "ISLA"),
    ("Emily", "EMILY"),
    ("Sophie", "SOPHIE"),
    ("Grace", "GRACE"),
    ("Chloé", "CHLOE"),
    ("Zoë", "ZOE"),
];
const PNG_FAMILY: &[Pair] = &[
    ("Kila", "KILA"),
    ("Namaliu", "NAMALIU"),
    ("Somare", "SOMARE"),
    ("Kaupa", "KAUPA"),
    ("Temu", "TEMU"),
    ("Wari", "WARI"),
    ("Tau", "TAU"),
    ("Morauta", "MORAUTA"),
    ("Siaguru", "SIAGURU"),
    ("Pundari", "PUNDARI"),
];
const PNG_GIVEN_M: &[Pair] = &[
    ("John", "JOHN"),
    ("Peter", "PETER"),
    ("Michael", "MICHAEL"),
    ("Joseph", "JOSEPH"),
    ("Paul", "PAUL"),
    ("Samuel", "SAMUEL"),
];
const PNG_GIVEN_F: &[Pair] = &[
    ("Mary", "MARY"),
    ("Grace", "GRACE"),
    ("Ruth", "RUTH"),
    ("Elizabeth", "ELIZABETH"),
    ("Rose", "ROSE"),
    ("Naomi", "NAOMI"),
];
const SGP_FAMILY: &[Pair] = &[
    ("Tan", "TAN"),
    ("Lim", "LIM"),
    ("Lee", "LEE"),
    ("Ng", "NG"),
    ("Ong", "ONG"),
    ("Wong", "WONG"),
    ("Goh", "GOH"),
    ("Chua", "CHUA"),
    ("Koh", "KOH"),
    ("Teo", "TEO"),
];
const SGP_GIVEN_M: &[Pair] = &[
    ("Wei Ming", "WEI MING"),
    ("Jun Jie", "JUN JIE"),
    ("Kok Leong", "KOK LEONG"),
    ("Zhi Hao", "ZHI HAO"),
    ("Boon Huat", "BOON HUAT"),
];
const SGP_GIVEN_F: &[Pair] = &[
    ("Hui Min", "HUI MIN"),
    ("Mei Ling", "MEI LING"),
    ("Li Ting", "LI TING"),
    ("Xin Yi", "XIN YI"),
    ("Siew Lan", "SIEW LAN"),
];

const fn names(
    family: &'static [Pair],
    given_m: &'static [Pair],
    given_f: &'static [Pair],
    order: NameOrder,
) -> NameSet {
    NameSet {
        family_m: family,
        family_f: family,
        given_m,
        given_f,
        order,
        two_families: false,
        x_percent: 0,
    }
}

static CHINESE_SIMPLIFIED: NameSet = names(
    CHN_FAMILY,
    CHN_GIVEN_M,
    CHN_GIVEN_F,
    NameOrder::FamilyGivenJoined,
);
static CHINESE_TAIWAN: NameSet = names(
    TWN_FAMILY,
    TWN_GIVEN_M,
    TWN_GIVEN_F,
    NameOrder::FamilyGivenJoined,
);
static CHINESE_HONG_KONG: NameSet = names(
    HKG_FAMILY,
    HKG_GIVEN_M,
    HKG_GIVEN_F,
    NameOrder::FamilyGivenJoined,
);
static JAPANESE: NameSet = names(JPN_FAMILY, JPN_GIVEN_M, JPN_GIVEN_F, NameOrder::FamilyGiven);
static KOREAN: NameSet = names(
    KOR_FAMILY,
    KOR_GIVEN_M,
    KOR_GIVEN_F,
    NameOrder::FamilyGivenJoined,
);
static THAI: NameSet = names(THA_FAMILY, THA_GIVEN_M, THA_GIVEN_F, NameOrder::GivenFamily);
static VIETNAMESE: NameSet = names(VNM_FAMILY, VNM_GIVEN_M, VNM_GIVEN_F, NameOrder::FamilyGiven);
static RUSSIAN: NameSet = NameSet {
    family_m: RUS_FAMILY_M,
    family_f: RUS_FAMILY_F,
    given_m: RUS_GIVEN_M,
    given_f: RUS_GIVEN_F,
    order: NameOrder::FamilyGiven,
    two_families: false,
    x_percent: 0,
};
static INDONESIAN: NameSet = names(IDN_FAMILY, IDN_GIVEN_M, IDN_GIVEN_F, NameOrder::GivenFamily);
static MALAY: NameSet = names(
    MALAY_FATHER,
    MALAY_GIVEN_M,
    MALAY_GIVEN_F,
    NameOrder::Patronymic,
);
static FILIPINO: NameSet = names(PHL_FAMILY, PHL_GIVEN_M, PHL_GIVEN_F, NameOrder::GivenFamily);
static SPANISH: NameSet = NameSet {
    family_m: SPANISH_FAMILY,
    family_f: SPANISH_FAMILY,
    given_m: SPANISH_GIVEN_M,
    given_f: SPANISH_GIVEN_F,
    order: NameOrder::GivenFamily,
    two_families: true,
    x_percent: 0,
};
static ENGLISH: NameSet = NameSet {
    family_m: ENGLISH_FAMILY,
    family_f: ENGLISH_FAMILY,
    given_m: ENGLISH_GIVEN_M,
    given_f: ENGLISH_GIVEN_F,
    order: NameOrder::GivenFamily,
    two_families: false,
    x_percent: 1,
};
static PAPUA_NEW_GUINEAN: NameSet =
    names(PNG_FAMILY, PNG_GIVEN_M, PNG_GIVEN_F, NameOrder::GivenFamily);
static SINGAPOREAN: NameSet = names(SGP_FAMILY, SGP_GIVEN_M, SGP_GIVEN_F, NameOrder::FamilyGiven);

/// How one economy's applicants look on paper, and how fast the economy answers other economies'
/// requests. Patterns: `#` is a random digit, `@` a random capital letter.
struct Profile {
    code: &'static str,
    /// Relative share of the scheme's applications (its cardholder base).
    weight: u32,
    names: &'static NameSet,
    phones: &'static [&'static str],
    passport: &'static str,
    passport_years: i32,
    birthplaces: &'static [&'static str],
    streets: &'static [&'static str],
    /// Locality lines, postcodes included.
    cities: &'static [&'static str],
    /// Placeholders: {n}, {m}, {floor}, {street}, {city}.
    address: &'static str,
    tld: &'static str,
    webmail: &'static [&'static str],
    idn_domains: &'static [&'static str],
    idn_percent: u32,
    brands: &'static [&'static str],
    /// Placeholders: {brand}, {sector}.
    company: &'static str,
    registration: &'static str,
    /// Mean days this economy takes to decide a pre-clearance request.
    mean_days: f64,
    approval_percent: u32,
}

static PROFILES: [Profile; 21] = [
    Profile {
        code: "AUS",
        weight: 30,
        names: &ENGLISH,
        phones: &["+61 4## ### ###"],
        passport: "P@#######",
        passport_years: 10,
        birthplaces: &[
            "Sydney",
            "Melbourne",
            "Brisbane",
            "Perth",
            "Adelaide",
            "Hobart",
            "Canberra",
        ],
        streets: &[
            "George Street",
            "Collins Street",
            "Queen Street",
            "Hay Street",
            "Pitt Street",
        ],
        cities: &[
            "Sydney NSW 2000",
            "Melbourne VIC 3000",
            "Brisbane QLD 4000",
            "Perth WA 6000",
            "Adelaide SA 5000",
        ],
        address: "{n} {street}\n{city}",
        tld: "com.au",
        webmail: &["gmail.com", "outlook.com", "bigpond.com"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &[
            "Southern Cross",
            "Coral Coast",
            "Wattle",
            "Outback",
            "Tasman",
        ],
        company: "{brand} {sector} Pty Ltd",
        registration: "## ### ### ###",
        mean_days: 7.0,
        approval_percent: 97,
    },
    Profile {
        code: "BRN",
        weight: 3,
        names: &MALAY,
        phones: &["+673 8## ####", "+673 7## ####"],
        passport: "B#######",
        passport_years: 10,
        birthplaces: &["Bandar Seri Begawan", "Kuala Belait", "Seria", "Tutong"],
        streets: &["Jalan Sultan", "Jalan Kianggeh", "Jalan Gadong"],
        cities: &[
            "Bandar Seri Begawan BS8811",
            "Gadong BE1118",
            "Kuala Belait KA1131",
        ],
        address: "{n}, {street}\n{city}",
        tld: "com.bn",
        webmail: &["gmail.com", "hotmail.com"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Borneo", "Kiulap", "Temburong", "Seria"],
        company: "{brand} {sector} Sdn Bhd",
        registration: "RC/#####",
        mean_days: 12.0,
        approval_percent: 96,
    },
    Profile {
        code: "CAN",
        weight: 4,
        names: &ENGLISH,
        phones: &["+1 416 ### ####", "+1 604 ### ####", "+1 514 ### ####"],
        passport: "@@######",
        passport_years: 10,
        birthplaces: &["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa"],
        streets: &[
            "Bay Street",
            "Granville Street",
            "Rue Sainte-Catherine",
            "Elgin Street",
        ],
        cities: &[
            "Toronto ON M5J 2N8",
            "Vancouver BC V6C 1T2",
            "Montréal QC H3B 4W8",
            "Ottawa ON K1P 5G3",
        ],
        address: "{n} {street}\n{city}",
        tld: "ca",
        webmail: &["gmail.com", "outlook.com", "rogers.com"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Maple", "Northern", "Laurentian", "Rideau"],
        company: "{brand} {sector} Inc.",
        registration: "#########RC0001",
        mean_days: 10.0,
        approval_percent: 95,
    },
    Profile {
        code: "CHL",
        weight: 6,
        names: &SPANISH,
        phones: &["+56 9 #### ####"],
        passport: "F########",
        passport_years: 10,
        birthplaces: &["Santiago", "Valparaíso", "Concepción", "Antofagasta"],
        streets: &[
            "Avenida Providencia",
            "Avenida Apoquindo",
            "Calle Huérfanos",
            "Avenida Libertad",
        ],
        cities: &[
            "Providencia, Santiago",
            "Las Condes, Santiago",
            "Viña del Mar",
            "Concepción",
        ],
        address: "{street} {n}\n{city}",
        tld: "cl",
        webmail: &["gmail.com", "hotmail.com"],
        idn_domains: &["compañía.cl", "viñedos.cl"],
        idn_percent: 8,
        brands: &["Andes", "Atacama", "Aconcagua", "Austral"],
        company: "{brand} {sector} S.A.",
        registration: "76.###.###-#",
        mean_days: 15.0,
        approval_percent: 95,
    },
    Profile {
        code: "CHN",
        weight: 40,
        names: &CHINESE_SIMPLIFIED,
        phones: &[
            "+86 13# #### ####",
            "+86 18# #### ####",
            "+86 15# #### ####",
        ],
        passport: "E########",
        passport_years: 10,
        birthplaces: &[
            "Beijing",
            "Shanghai",
            "Guangdong",
            "Zhejiang",
            "Jiangsu",
            "Sichuan",
            "Fujian",
        ],
        streets: &[
            "世纪大道",
            "南京西路",
            "建国路",
            "天河路",
            "深南大道",
            "人民路",
        ],
        cities: &[
            "上海市浦东新区",
            "上海市静安区",
            "北京市朝阳区",
            "广州市天河区",
            "深圳市福田区",
            "杭州市西湖区",
        ],
        address: "{city}{street}{n}号{floor}楼",
        tld: "com.cn",
        webmail: &["qq.com", "163.com", "126.com", "sina.com"],
        idn_domains: &["公司.中国", "贸易.中国", "例子.公司"],
        idn_percent: 15,
        brands: &[
            "Huaxin",
            "Zhongtai",
            "Jinhai",
            "Longsheng",
            "Hengtong",
            "Xinda",
        ],
        company: "{brand} {sector} Co., Ltd.",
        registration: "9131####MA1@#####",
        mean_days: 75.0,
        approval_percent: 90,
    },
    Profile {
        code: "HKG",
        weight: 30,
        names: &CHINESE_HONG_KONG,
        phones: &["+852 9### ####", "+852 6### ####", "+852 5### ####"],
        passport: "K########",
        passport_years: 10,
        birthplaces: &["Hong Kong", "Kowloon", "Guangdong"],
        streets: &[
            "Nathan Road",
            "Queen's Road Central",
            "Hennessy Road",
            "Des Voeux Road Central",
            "Canton Road",
        ],
        cities: &[
            "Tsim Sha Tsui, Kowloon, Hong Kong",
            "Central, Hong Kong",
            "Wan Chai, Hong Kong",
            "Causeway Bay, Hong Kong",
        ],
        address: "Flat {floor}B, {n} {street}\n{city}",
        tld: "com.hk",
        webmail: &["gmail.com", "yahoo.com.hk", "netvigator.com"],
        idn_domains: &["商業.香港", "貿易.香港"],
        idn_percent: 8,
        brands: &[
            "Victoria",
            "Harbour Gate",
            "Kowloon",
            "Lantau",
            "Pearl River",
        ],
        company: "{brand} {sector} Limited",
        registration: "########",
        mean_days: 8.0,
        approval_percent: 97,
    },
    Profile {
        code: "IDN",
        weight: 18,
        names: &INDONESIAN,
        phones: &[
            "+62 812 #### ####",
            "+62 811 #### ####",
            "+62 857 #### ####",
        ],
        passport: "C#######",
        passport_years: 10,
        birthplaces: &[
            "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar",
        ],
        streets: &[
            "Jl. Jenderal Sudirman",
            "Jl. M.H. Thamrin",
            "Jl. Gatot Subroto",
            "Jl. Asia Afrika",
        ],
        cities: &[
            "Jakarta Pusat 10220",
            "Jakarta Selatan 12190",
            "Surabaya 60271",
            "Bandung 40111",
        ],
        address: "{street} No. {n}\n{city}",
        tld: "co.id",
        webmail: &["gmail.com", "yahoo.co.id"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Nusantara", "Garuda", "Merapi", "Bahari", "Cendana"],
        company: "PT {brand} {sector}",
        registration: "#############",
        mean_days: 50.0,
        approval_percent: 93,
    },
    Profile {
        code: "JPN",
        weight: 25,
        names: &JAPANESE,
        phones: &["+81 90 #### ####", "+81 80 #### ####", "+81 3 #### ####"],
        passport: "T@#######",
        passport_years: 10,
        birthplaces: &["Tokyo", "Osaka", "Kanagawa", "Aichi", "Fukuoka", "Hokkaido"],
        streets: &["六本木", "丸の内", "西新宿", "梅田", "栄"],
        cities: &[
            "東京都港区",
            "東京都千代田区",
            "東京都新宿区",
            "大阪府大阪市北区",
            "愛知県名古屋市中区",
        ],
        address: "{city}{street}{m}丁目{n}-{floor}",
        tld: "co.jp",
        webmail: &["gmail.com", "yahoo.co.jp", "docomo.ne.jp"],
        idn_domains: &["商事.jp", "例え.jp"],
        idn_percent: 10,
        brands: &["Sakura", "Fuji", "Yamato", "Hikari", "Asahi"],
        company: "{brand} {sector} Co., Ltd.",
        registration: "#############",
        mean_days: 14.0,
        approval_percent: 96,
    },
    Profile {
        code: "KOR",
        weight: 25,
        names: &KOREAN,
        phones: &["+82 10 #### ####"],
        passport: "M########",
        passport_years: 10,
        birthplaces: &["Seoul", "Busan", "Incheon", "Daegu", "Gyeonggi-do"],
        streets: &["테헤란로", "세종대로", "강남대로", "해운대로"],
        cities: &[
            "서울특별시 강남구",
            "서울특별시 중구",
            "부산광역시 해운대구",
            "인천광역시 연수구",
        ],
        address: "{city} {street} {n}, {floor}층",
        tld: "co.kr",
        webmail: &["naver.com", "daum.net", "gmail.com"],
        idn_domains: &["무역.한국", "회사.한국"],
        idn_percent: 10,
        brands: &["Hanbit", "Daehan", "Mirae", "Saebyeok", "Haneul"],
        company: "{brand} {sector} Co., Ltd.",
        registration: "###-##-#####",
        mean_days: 6.0,
        approval_percent: 97,
    },
    Profile {
        code: "MYS",
        weight: 20,
        names: &MALAY,
        phones: &["+60 12 ### ####", "+60 13 ### ####", "+60 17 ### ####"],
        passport: "A########",
        passport_years: 5,
        birthplaces: &[
            "Kuala Lumpur",
            "Selangor",
            "Johor",
            "Pulau Pinang",
            "Sabah",
            "Sarawak",
        ],
        streets: &[
            "Jalan Ampang",
            "Jalan Sultan Ismail",
            "Jalan Tun Razak",
            "Jalan Bukit Bintang",
        ],
        cities: &[
            "50450 Kuala Lumpur",
            "50250 Kuala Lumpur",
            "47800 Petaling Jaya, Selangor",
            "10050 George Town, Pulau Pinang",
        ],
        address: "{n}, {street}\n{city}",
        tld: "com.my",
        webmail: &["gmail.com", "yahoo.com"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Petaling", "Harimau", "Semenanjung", "Cahaya", "Mutiara"],
        company: "{brand} {sector} Sdn. Bhd.",
        registration: "20##01######",
        mean_days: 18.0,
        approval_percent: 95,
    },
    Profile {
        code: "MEX",
        weight: 6,
        names: &SPANISH,
        phones: &["+52 55 #### ####", "+52 33 #### ####", "+52 81 #### ####"],
        passport: "G########",
        passport_years: 10,
        birthplaces: &["Ciudad de México", "Guadalajara", "Monterrey", "Puebla"],
        streets: &[
            "Paseo de la Reforma",
            "Avenida Insurgentes Sur",
            "Avenida Chapultepec",
        ],
        cities: &[
            "Cuauhtémoc, Ciudad de México",
            "Miguel Hidalgo, Ciudad de México",
            "Guadalajara, Jalisco",
            "Monterrey, Nuevo León",
        ],
        address: "{street} {n}\n{city}",
        tld: "com.mx",
        webmail: &["gmail.com", "hotmail.com", "prodigy.net.mx"],
        idn_domains: &["diseño.mx", "compañía.mx"],
        idn_percent: 8,
        brands: &["Azteca", "Sierra Madre", "Jalisco", "Maya", "Sonora"],
        company: "{brand} {sector} S.A. de C.V.",
        registration: "@@@######@@#",
        mean_days: 20.0,
        approval_percent: 95,
    },
    Profile {
        code: "NZL",
        weight: 8,
        names: &ENGLISH,
        phones: &["+64 21 ### ####", "+64 27 ### ####"],
        passport: "L@######",
        passport_years: 10,
        birthplaces: &[
            "Auckland",
            "Wellington",
            "Christchurch",
            "Hamilton",
            "Dunedin",
        ],
        streets: &[
            "Queen Street",
            "Lambton Quay",
            "Colombo Street",
            "Victoria Street",
        ],
        cities: &[
            "Auckland 1010",
            "Wellington 6011",
            "Christchurch 8011",
            "Hamilton 3204",
        ],
        address: "{n} {street}\n{city}",
        tld: "co.nz",
        webmail: &["gmail.com", "xtra.co.nz"],
        idn_domains: &["māori.nz"],
        idn_percent: 3,
        brands: &["Kiwi", "Aotearoa", "Kauri", "Southern Alps", "Harbourside"],
        company: "{brand} {sector} Limited",
        registration: "94290########",
        mean_days: 5.0,
        approval_percent: 97,
    },
    Profile {
        code: "PNG",
        weight: 3,
        names: &PAPUA_NEW_GUINEAN,
        phones: &["+675 7### ####"],
        passport: "P@######",
        passport_years: 10,
        birthplaces: &["Port Moresby", "Lae", "Mount Hagen", "Madang", "Goroka"],
        streets: &[
            "Champion Parade",
            "Musgrave Street",
            "Cuthbertson Street",
            "Waigani Drive",
        ],
        cities: &["Port Moresby, NCD", "Lae, Morobe Province", "Waigani, NCD"],
        address: "Section {floor}, Lot {n}, {street}\n{city}",
        tld: "com.pg",
        webmail: &["gmail.com", "online.net.pg"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &[
            "Bird of Paradise",
            "Highlands",
            "Sepik",
            "Kokoda",
            "Coral Sea",
        ],
        company: "{brand} {sector} Limited",
        registration: "1-######",
        mean_days: 90.0,
        approval_percent: 92,
    },
    Profile {
        code: "PER",
        weight: 6,
        names: &SPANISH,
        phones: &["+51 9## ### ###"],
        passport: "1########",
        passport_years: 5,
        birthplaces: &["Lima", "Arequipa", "Trujillo", "Cusco", "Piura"],
        streets: &[
            "Avenida Javier Prado Este",
            "Avenida Larco",
            "Avenida José Pardo",
        ],
        cities: &[
            "San Isidro, Lima",
            "Miraflores, Lima",
            "Arequipa",
            "Trujillo",
        ],
        address: "{street} {n}\n{city}",
        tld: "com.pe",
        webmail: &["gmail.com", "hotmail.com"],
        idn_domains: &["compañía.pe"],
        idn_percent: 5,
        brands: &["Inca", "Titicaca", "Nazca", "Amazonas", "Pacifico"],
        company: "{brand} {sector} S.A.C.",
        registration: "20#########",
        mean_days: 20.0,
        approval_percent: 95,
    },
    Profile {
        code: "PHL",
        weight: 18,
        names: &FILIPINO,
        phones: &["+63 917 ### ####", "+63 918 ### ####", "+63 2 8### ####"],
        passport: "P#######@",
        passport_years: 10,
        birthplaces: &["Manila", "Quezon City", "Cebu City", "Davao City", "Makati"],
        streets: &[
            "Ayala Avenue",
            "Paseo de Roxas",
            "Bonifacio High Street",
            "Ortigas Avenue",
        ],
        cities: &[
            "Makati City 1226",
            "Taguig City 1634",
            "Pasig City 1605",
            "Cebu City 6000",
        ],
        address: "{n} {street}\n{city}",
        tld: "com.ph",
        webmail: &["gmail.com", "yahoo.com"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Luzon", "Visayas", "Mabuhay", "Sampaguita", "Bayanihan"],
        company: "{brand} {sector} Inc.",
        registration: "CS20########",
        mean_days: 25.0,
        approval_percent: 94,
    },
    Profile {
        code: "RUS",
        weight: 8,
        names: &RUSSIAN,
        phones: &["+7 9## ###-##-##"],
        passport: "75#######",
        passport_years: 10,
        birthplaces: &[
            "Moscow",
            "Saint Petersburg",
            "Novosibirsk",
            "Yekaterinburg",
            "Vladivostok",
            "Kazan",
        ],
        streets: &[
            "ул. Тверская",
            "Невский проспект",
            "ул. Арбат",
            "Ленинский проспект",
        ],
        cities: &[
            "Москва, 125009",
            "Санкт-Петербург, 191186",
            "Новосибирск, 630099",
            "Владивосток, 690091",
        ],
        address: "{street}, д. {n}, кв. {floor}\n{city}",
        tld: "ru",
        webmail: &["mail.ru", "yandex.ru", "gmail.com"],
        idn_domains: &["компания.рф", "торговля.рф"],
        idn_percent: 25,
        brands: &["Baikal", "Volga", "Sibir", "Ural", "Neva"],
        company: "{brand} {sector} LLC",
        registration: "1027#########",
        mean_days: 120.0,
        approval_percent: 88,
    },
    Profile {
        code: "SGP",
        weight: 20,
        names: &SINGAPOREAN,
        phones: &["+65 9### ####", "+65 8### ####"],
        passport: "K#######@",
        passport_years: 10,
        birthplaces: &["Singapore"],
        streets: &[
            "Raffles Place",
            "Shenton Way",
            "Orchard Road",
            "Marina Boulevard",
            "Cecil Street",
        ],
        cities: &[
            "Singapore 048623",
            "Singapore 068805",
            "Singapore 238859",
            "Singapore 018989",
        ],
        address: "{n} {street}\n#{floor}-0{m}\n{city}",
        tld: "com.sg",
        webmail: &["gmail.com", "singnet.com.sg"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Merlion", "Straits", "Lion City", "Temasek", "Marina"],
        company: "{brand} {sector} Pte. Ltd.",
        registration: "20#######@",
        mean_days: 5.0,
        approval_percent: 96,
    },
    Profile {
        code: "TWN",
        weight: 40,
        names: &CHINESE_TAIWAN,
        phones: &["+886 9## ### ###"],
        passport: "3########",
        passport_years: 10,
        birthplaces: &[
            "Taipei",
            "Kaohsiung",
            "Taichung",
            "Tainan",
            "Hsinchu",
            "Taoyuan",
        ],
        streets: &[
            "信義路五段",
            "松仁路",
            "忠孝東路四段",
            "中山北路二段",
            "民生東路三段",
        ],
        cities: &[
            "臺北市信義區",
            "臺北市大安區",
            "臺北市中山區",
            "新竹市東區",
            "臺中市西屯區",
            "高雄市前鎮區",
        ],
        address: "{city}{street}{n}號{floor}樓",
        tld: "com.tw",
        webmail: &["gmail.com", "yahoo.com.tw", "hinet.net"],
        idn_domains: &["例子.台灣", "貿易.台灣", "科技.台灣"],
        idn_percent: 20,
        brands: &["Formosa", "Yushan", "Jade", "Sunmoon", "Kavalan", "Alishan"],
        company: "{brand} {sector} Co., Ltd.",
        registration: "########",
        mean_days: 4.0,
        approval_percent: 97,
    },
    Profile {
        code: "THA",
        weight: 20,
        names: &THAI,
        phones: &["+66 8# ### ####", "+66 9# ### ####", "+66 6# ### ####"],
        passport: "@@#######",
        passport_years: 5,
        birthplaces: &["Bangkok", "Chiang Mai", "Khon Kaen", "Phuket", "Chon Buri"],
        streets: &["ถนนสุขุมวิท", "ถนนสีลม", "ถนนพระราม 4", "ถนนวิทยุ"],
        cities: &[
            "แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110",
            "แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500",
            "ตำบลสุเทพ อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200",
        ],
        address: "{n} {street}\n{city}",
        tld: "co.th",
        webmail: &["gmail.com", "hotmail.com"],
        idn_domains: &["บริษัท.ไทย", "การค้า.ไทย"],
        idn_percent: 15,
        brands: &["Siam", "Chao Phraya", "Lanna", "Andaman", "Ayutthaya"],
        company: "{brand} {sector} Co., Ltd.",
        registration: "0105#########",
        mean_days: 18.0,
        approval_percent: 95,
    },
    Profile {
        code: "USA",
        weight: 5,
        names: &ENGLISH,
        phones: &["+1 212 ### ####", "+1 415 ### ####", "+1 206 ### ####"],
        passport: "5########",
        passport_years: 10,
        birthplaces: &["New York", "California", "Washington", "Texas", "Illinois"],
        streets: &[
            "Broadway",
            "Market Street",
            "Pike Street",
            "Michigan Avenue",
        ],
        cities: &[
            "New York, NY 10004",
            "San Francisco, CA 94105",
            "Seattle, WA 98101",
            "Chicago, IL 60611",
        ],
        address: "{n} {street}\n{city}",
        tld: "com",
        webmail: &["gmail.com", "outlook.com", "yahoo.com"],
        idn_domains: &[],
        idn_percent: 0,
        brands: &["Liberty", "Cascade", "Golden Gate", "Lakeshore", "Frontier"],
        company: "{brand} {sector} LLC",
        registration: "##-#######",
        mean_days: 10.0,
        approval_percent: 95,
    },
    Profile {
        code: "VNM",
        weight: 20,
        names: &VIETNAMESE,
        phones: &["+84 9# ### ####", "+84 8# ### ####"],
        passport: "C#######",
        passport_years: 10,
        birthplaces: &[
            "Hà Nội",
            "Thành phố Hồ Chí Minh",
            "Đà Nẵng",
            "Hải Phòng",
            "Cần Thơ",
        ],
        streets: &[
            "Đường Lê Lợi",
            "Đường Nguyễn Huệ",
            "Phố Tràng Tiền",
            "Đường Trần Phú",
        ],
        cities: &[
            "Quận 1, Thành phố Hồ Chí Minh",
            "Quận Hoàn Kiếm, Hà Nội",
            "Quận Hải Châu, Đà Nẵng",
        ],
        address: "Số {n} {street}\n{city}",
        tld: "com.vn",
        webmail: &["gmail.com", "yahoo.com.vn"],
        idn_domains: &["côngty.vn", "thươngmại.vn"],
        idn_percent: 10,
        brands: &["Mekong", "Halong", "Saigon", "Lotus", "Truong Son"],
        company: "{brand} {sector} Company Limited",
        registration: "01########",
        mean_days: 35.0,
        approval_percent: 94,
    },
];

/// For an economy added by configuration after these tables were written.
static FALLBACK: Profile = Profile {
    code: "",
    weight: 2,
    names: &ENGLISH,
    phones: &["+1 555 ### ####"],
    passport: "X########",
    passport_years: 10,
    birthplaces: &["Capital City"],
    streets: &["Main Street", "Harbour Road"],
    cities: &["Capital City 1000"],
    address: "{n} {street}\n{city}",
    tld: "com",
    webmail: &["gmail.com"],
    idn_domains: &[],
    idn_percent: 0,
    brands: &["Pacific", "Horizon"],
    company: "{brand} {sector} Ltd",
    registration: "########",
    mean_days: 20.0,
    approval_percent: 95,
};

/// Passports that Hong Kong permanent residents commonly hold besides the HKSAR passport.
const PERMANENT_RESIDENT_PASSPORTS: [&str; 9] = [
    "PHL", "AUS", "CAN", "USA", "NZL", "MYS", "SGP", "IDN", "THA",
];

fn profile(code: EconomyCode) -> &'static Profile {
    PROFILES
        .iter()
        .find(|p| p.code == code.as_str())
        .unwrap_or(&FALLBACK)
}

const BUSINESS_TYPES: [(BusinessType, u32); 11] = [
    (BusinessType::Manufacturing, 18),
    (BusinessType::Trade, 20),
    (BusinessType::Services, 18),
    (BusinessType::Finance, 7),
    (BusinessType::Technology, 14),
    (BusinessType::Resources, 5),
    (BusinessType::Agriculture, 5),
    (BusinessType::Tourism, 5),
    (BusinessType::Education, 3),
    (BusinessType::Government, 1),
    (BusinessType::Other, 4),
];

fn sectors(t: BusinessType) -> &'static [&'static str] {
    match t {
        BusinessType::Manufacturing => &[
            "Precision Machinery",
            "Electronics",
            "Industries",
            "Textiles",
        ],
        BusinessType::Trade => &["Trading", "Import Export", "Commerce"],
        BusinessType::Services => &["Consulting", "Logistics", "Engineering Services"],
        BusinessType::Finance => &["Capital", "Securities", "Insurance"],
        BusinessType::Technology => &["Software", "Semiconductor", "Digital", "Data Systems"],
        BusinessType::Resources => &["Mining", "Energy", "Resources"],
        BusinessType::Agriculture => &["Agritech", "Fresh Produce", "Seafood"],
        BusinessType::Tourism => &["Travel", "Hospitality", "Tours"],
        BusinessType::Education => &["Education", "Learning", "Academy"],
        BusinessType::Government => &["Trade Promotion Agency", "Development Corporation"],
        BusinessType::Other => &["Group", "Holdings", "Partners"],
    }
}

const POSITIONS: [&str; 15] = [
    "Managing Director",
    "Chief Executive Officer",
    "General Manager",
    "Sales Director",
    "Export Manager",
    "Business Development Manager",
    "Procurement Manager",
    "Chief Financial Officer",
    "Regional Sales Manager",
    "Founder",
    "Partner",
    "Senior Engineer",
    "Project Manager",
    "Operations Director",
    "Marketing Manager",
];

/// (question, answer, whether answering means a new photo)
const INFO_REQUESTS: [(&str, &str, bool); 5] = [
    (
        "Please upload a letter from your employer confirming your position and your need for regular business travel in the region.",
        "The letter from our HR department is uploaded.",
        false,
    ),
    (
        "Your photo does not meet the requirements (plain light background, no glasses, face centred). Please upload a new photo.",
        "New photo uploaded.",
        true,
    ),
    (
        "Please provide a police clearance certificate issued within the last six months.",
        "Certificate uploaded, issued last week.",
        false,
    ),
    (
        "We could not match your employer's registration number. Please confirm it.",
        "The number is correct; our company was re-registered last year and the certificate is attached.",
        false,
    ),
    (
        "Please provide evidence of business travel in the region in the last twelve months (invitations, itineraries).",
        "Invitation letters from two customers are attached.",
        false,
    ),
];

const REJECTION_REASONS: [&str; 4] = [
    "The applicant could not show a need for regular business travel in the region.",
    "The police clearance certificate shows a criminal conviction.",
    "The employer could not be verified.",
    "The applicant does not hold a position that qualifies under this economy's criteria.",
];

const DECLINE_NOTES: [&str; 3] = [
    "Declined after security screening.",
    "Adverse immigration record.",
    "Previous overstay.",
];

// ---------------------------------------------------------------------------------------------
// Small random helpers
// ---------------------------------------------------------------------------------------------

fn uniform(rng: &mut StdRng, lo: f64, hi: f64) -> f64 {
    if hi > lo {
        rng.gen_range(lo..hi)
    } else {
        lo
    }
}

/// `t` moved by a (possibly negative, fractional) number of days.
fn shift(t: OffsetDateTime, days: f64) -> OffsetDateTime {
    // `as` saturates, and the demo's spans are a few years at most.
    let seconds = (days * 86_400.0) as i64;
    t.checked_add(Duration::seconds(seconds)).unwrap_or(t)
}

fn plus_days(d: Date, days: i64) -> Date {
    d.checked_add(Duration::days(days)).unwrap_or(d)
}

/// A time uniformly between `a` and `b` (`a` when the span is empty).
fn between(rng: &mut StdRng, a: OffsetDateTime, b: OffsetDateTime) -> OffsetDateTime {
    let span = (b - a).as_seconds_f64() / 86_400.0;
    shift(a, uniform(rng, 0.0, span))
}

/// Processing times pile up around the mean (a gamma distribution of shape 2, which unlike the
/// exponential leaves few decisions in the first hours), and one request in five gets stuck in a
/// backlog for three times as long: the stragglers every economy has, and the months-old queues of
/// the slow ones. The overall mean stays `mean_days`.
fn decision_delay(rng: &mut StdRng, mean_days: f64) -> f64 {
    const STUCK_PERCENT: u32 = 20;
    const STUCK_FACTOR: f64 = 3.0;
    let base = mean_days / (1.0 + f64::from(STUCK_PERCENT) / 100.0 * (STUCK_FACTOR - 1.0));
    let a: f64 = 1.0 - rng.gen::<f64>();
    let b: f64 = 1.0 - rng.gen::<f64>();
    let typical = base * -(a.ln() + b.ln()) / 2.0;
    let factor = if percent(rng, STUCK_PERCENT) {
        STUCK_FACTOR
    } else {
        1.0
    };
    (typical * factor).max(0.02)
}

fn percent(rng: &mut StdRng, p: u32) -> bool {
    rng.gen_range(0..100) < p
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> Option<&'a T> {
    items.choose(rng)
}

fn pick_weighted<T: Copy>(rng: &mut StdRng, items: &[(T, u32)]) -> Option<T> {
    let total: u32 = items.iter().map(|(_, w)| *w).sum();
    if total == 0 {
        return None;
    }
    let mut roll = rng.gen_range(0..total);
    for (item, w) in items {
        if roll < *w {
            return Some(*item);
        }
        roll -= w;
    }
    None
}

/// Fills a pattern: `#` a digit, `@` a capital letter, anything else as written.
fn fill(rng: &mut StdRng, pattern: &str) -> String {
    pattern
        .chars()
        .map(|c| match c {
            '#' => char::from(b'0' + rng.gen_range(0..10u8)),
            '@' => char::from(b'A' + rng.gen_range(0..26u8)),
            other => other,
        })
        .collect()
}

fn address(rng: &mut StdRng, p: &Profile) -> Option<String> {
    let street = pick(rng, p.streets)?;
    let city = pick(rng, p.cities)?;
    Some(
        p.address
            .replace("{n}", &rng.gen_range(1..300).to_string())
            .replace("{m}", &rng.gen_range(1..9).to_string())
            .replace("{floor}", &rng.gen_range(2..40).to_string())
            .replace("{street}", street)
            .replace("{city}", city),
    )
}

fn ascii_word(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// People and forms
// ---------------------------------------------------------------------------------------------

struct Person {
    family: MrzName,
    given: MrzName,
    native: PersonName,
    native_family: String,
    native_given: String,
    sex: Sex,
    order: NameOrder,
}

fn make_person(rng: &mut StdRng, set: &NameSet) -> Option<Person> {
    let sex = if percent(rng, set.x_percent) {
        Sex::X
    } else if rng.gen_bool(0.5) {
        Sex::F
    } else {
        Sex::M
    };
    let female = sex == Sex::F || (sex == Sex::X && rng.gen_bool(0.5));
    let (families, givens) = if female {
        (set.family_f, set.given_f)
    } else {
        (set.family_m, set.given_m)
    };
    let (mut family_native, mut family_latin) =
        pick(rng, families).map(|(n, l)| (n.to_string(), l.to_string()))?;
    if set.two_families {
        let (n2, l2) = pick(rng, families)?;
        family_native = format!("{family_native} {n2}");
        family_latin = format!("{family_latin} {l2}");
    }
    let (given_native, given_latin) = pick(rng, givens)?;
    let native = match set.order {
        NameOrder::FamilyGivenJoined => format!("{family_native}{given_native}"),
        NameOrder::FamilyGiven => format!("{family_native} {given_native}"),
        NameOrder::GivenFamily => format!("{given_native} {family_native}"),
        NameOrder::Patronymic => {
            let link = if female { "binti" } else { "bin" };
            format!("{given_native} {link} {family_native}")
        }
    };
    Some(Person {
        family: MrzName::parse(&family_latin).ok()?,
        given: MrzName::parse(given_latin).ok()?,
        native: PersonName::parse(&native).ok()?,
        native_family: family_native,
        native_given: (*given_native).to_owned(),
        sex,
        order: set.order,
    })
}

/// An address nobody else in the demo uses. Most are ASCII at the employer's or a webmail domain;
/// some economies' applicants use their own script on an internationalized domain, which the
/// scheme must accept (web forms that reject them are one of the BMG's listed complaints).
fn make_email(
    rng: &mut StdRng,
    home: &Profile,
    person: &Person,
    employer_domain: &str,
    used: &mut HashSet<String>,
) -> Option<Email> {
    let idn = !home.idn_domains.is_empty() && percent(rng, home.idn_percent);
    let (local, domain) = if idn {
        let local = match person.order {
            NameOrder::FamilyGivenJoined => person.native.as_str().replace(' ', ""),
            _ => {
                let given = person.native_given.split_whitespace().next().unwrap_or("");
                let family = person.native_family.split_whitespace().next().unwrap_or("");
                format!("{given}.{family}")
            }
        };
        (local, (*pick(rng, home.idn_domains)?).to_owned())
    } else {
        let given = person.given.display_form().to_lowercase().replace(' ', "");
        let family = person.family.display_form().to_lowercase().replace(' ', "");
        let initial: String = given.chars().take(1).collect();
        let webmail = if rng.gen_bool(0.55) {
            None
        } else {
            pick(rng, home.webmail).copied()
        };
        let local = match (webmail, rng.gen_range(0..5)) {
            (Some("qq.com"), _) => fill(rng, "1########"),
            (_, 0) => format!("{given}.{family}"),
            (_, 1) => format!("{given}{family}"),
            (_, 2) => format!("{initial}{family}"),
            (_, 3) => format!("{family}.{given}"),
            _ => format!("{given}.{family}{}", rng.gen_range(1..100)),
        };
        (local, webmail.unwrap_or(employer_domain).to_owned())
    };
    let local = local.to_lowercase();
    for attempt in 0..20 {
        let candidate = if attempt == 0 {
            format!("{local}@{domain}")
        } else {
            format!("{local}{}@{domain}", rng.gen_range(2..1000))
        };
        let email = Email::parse(&candidate).ok()?;
        let username = email.as_str().to_lowercase();
        let email = Email::parse(&username).ok()?;
        if used.insert(username) {
            return Some(email);
        }
    }
    None
}

fn make_employer(rng: &mut StdRng, home: &Profile) -> Option<(Employer, String)> {
    let business_type = pick_weighted(rng, &BUSINESS_TYPES)?;
    let brand = *pick(rng, home.brands)?;
    let sector = *pick(rng, sectors(business_type))?;
    let name = home
        .company
        .replace("{brand}", brand)
        .replace("{sector}", sector);
    let first_sector_word = sector.split_whitespace().next().unwrap_or(sector);
    let domain = format!(
        "{}{}.{}",
        ascii_word(brand),
        ascii_word(first_sector_word),
        home.tld
    );
    let registration_number = if rng.gen_bool(0.85) {
        Some(ShortText::parse(&fill(rng, home.registration)).ok()?)
    } else {
        None
    };
    let employer = Employer {
        name: ShortText::parse(&name).ok()?,
        business_address: LongText::parse(&address(rng, home)?).ok()?,
        business_type,
        registration_number,
        small_or_medium: rng.gen_bool(0.6),
    };
    Some((employer, domain))
}

/// A passport that was current at `today` and stays valid until at least `valid_until`.
fn make_passport(
    rng: &mut StdRng,
    issuer: &Profile,
    issuing_state: EconomyCode,
    today: Date,
    valid_until: Date,
) -> Option<PassportDetails> {
    let years = issuer.passport_years;
    let oldest = plus_days(today, -(i64::from(years) * 365 - 30));
    let earliest_allowed = plus_days(add_years(valid_until, -years), 2);
    let lo = oldest.max(earliest_allowed);
    let hi = plus_days(today, -1);
    let span = (hi - lo).whole_days().max(0);
    let issued_on = plus_days(lo, rng.gen_range(0..=span)).min(hi);
    Some(PassportDetails {
        number: PassportNumber::parse(&fill(rng, issuer.passport)).ok()?,
        issuing_state,
        issued_on,
        expires_on: plus_days(add_years(issued_on, years), -1),
    })
}

/// What a form needs beyond randomness.
struct FormSpec {
    home: EconomyCode,
    /// Usually `home`; another economy for Hong Kong's permanent residents.
    passport_from: EconomyCode,
    /// The day the form is filled in.
    today: Date,
    /// The passport must stay valid until then (six months past submission, and longer for the
    /// logins so that their cards do not expire while someone demonstrates them).
    passport_valid_until: Date,
    /// A login's username, used as its email when it is one.
    login_email: Option<String>,
}

struct Drafted {
    form: ApplicationForm,
    username: String,
    display_name: String,
}

/// A complete application form whose every field went through its parse function.
fn make_form(
    rng: &mut StdRng,
    economies: &Economies,
    spec: &FormSpec,
    used: &mut HashSet<String>,
) -> Option<Drafted> {
    let home = profile(spec.home);
    let issuer = profile(spec.passport_from);
    let person = make_person(rng, issuer.names)?;
    let (employer, employer_domain) = make_employer(rng, home)?;
    let login_email = spec
        .login_email
        .as_deref()
        .and_then(|u| Email::parse(u).ok().map(|e| (e, u.to_owned())));
    let (email, username) = match login_email {
        Some((email, username)) => {
            used.insert(username.clone());
            (email, username)
        }
        None => {
            let email = make_email(rng, home, &person, &employer_domain, used)?;
            let username = email.as_str().to_lowercase();
            (email, username)
        }
    };
    let max_named = economies.get(spec.home).ok()?.issuance_policy.max_named();
    let priority_economies = if max_named > 0 {
        let targets = economies.pre_clearance_targets(spec.home).ok()?;
        let k = rng.gen_range(1..=max_named.min(targets.len()).max(1));
        targets.choose_multiple(rng, k).copied().collect()
    } else {
        Vec::new()
    };
    let age_days = uniform(rng, 25.0 * 365.25, 66.0 * 365.25) as i64;
    let phone_pattern = *pick(rng, home.phones)?;
    let form = ApplicationForm {
        family_name: Some(person.family.clone()),
        given_names: Some(person.given.clone()),
        native_name: Some(person.native.clone()),
        sex: Some(person.sex),
        date_of_birth: Some(plus_days(spec.today, -age_days)),
        place_of_birth: Some(ShortText::parse(pick(rng, issuer.birthplaces)?).ok()?),
        passport: Some(make_passport(
            rng,
            issuer,
            spec.passport_from,
            spec.today,
            spec.passport_valid_until,
        )?),
        residential_address: Some(LongText::parse(&address(rng, home)?).ok()?),
        phone: Some(Phone::parse(&fill(rng, phone_pattern)).ok()?),
        email: Some(email),
        employer: Some(employer),
        position: Some(ShortText::parse(pick(rng, &POSITIONS)?).ok()?),
        trips_per_year: Some(rng.gen_range(2..=24)),
        average_trip_days: Some(rng.gen_range(2..=14)),
        consent_to_disclosure: true,
        priority_economies,
        renewal_of: None,
    };
    Some(Drafted {
        form,
        username,
        display_name: person.native.as_str().to_owned(),
    })
}

// ---------------------------------------------------------------------------------------------
// Planning: who applies where, and when the home economy acts
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Approve,
    Reject,
    Withdraw,
}

/// The home-side history of an application; the asked economies' answers are drawn later from
/// their own speeds.
#[derive(Debug, Clone)]
struct HomeTimes {
    created: OffsetDateTime,
    photo: Option<OffsetDateTime>,
    submitted: Option<OffsetDateTime>,
    review: Option<OffsetDateTime>,
    /// An information request and, if the applicant answered, the answer.
    info: Option<(OffsetDateTime, Option<OffsetDateTime>)>,
    outcome: Option<(OffsetDateTime, Outcome)>,
}

/// Times separated by `gaps` (days), the first between `lo` and `hi` days ago, the last at least
/// half an hour before `now`.
fn place_from_start(
    rng: &mut StdRng,
    now: OffsetDateTime,
    gaps: &[f64],
    lo: f64,
    hi: f64,
) -> Vec<OffsetDateTime> {
    let total: f64 = gaps.iter().sum::<f64>() + 0.02;
    let age = uniform(rng, lo.max(total), hi.max(total));
    let mut t = shift(now, -age);
    let mut out = vec![t];
    for g in gaps {
        t = shift(t, *g);
        out.push(t);
    }
    out
}

/// Times separated by `gaps` (days), the last `end_age` days ago.
fn place_from_end(now: OffsetDateTime, gaps: &[f64], end_age: f64) -> Vec<OffsetDateTime> {
    let mut t = shift(now, -end_age);
    let mut out = vec![t];
    for g in gaps.iter().rev() {
        t = shift(t, -g);
        out.push(t);
    }
    out.reverse();
    out
}

fn home_times(
    rng: &mut StdRng,
    target: ApplicationState,
    interim_days: Option<u16>,
    approve_age: Option<f64>,
    login: bool,
    now: OffsetDateTime,
) -> HomeTimes {
    use ApplicationState as S;
    let mut h = HomeTimes {
        created: now,
        photo: None,
        submitted: None,
        review: None,
        info: None,
        outcome: None,
    };
    // Each arm yields the submission-to-outcome chain: [submitted, review?, request?, answer?, outcome?].
    let (times, with_review, info, outcome): (Vec<OffsetDateTime>, bool, u8, Option<Outcome>) =
        match target {
            S::Draft => {
                h.created = shift(now, -uniform(rng, 0.2, 60.0));
                if !login && rng.gen_bool(0.5) {
                    h.photo = Some(between(rng, h.created, now.min(shift(h.created, 0.5))));
                }
                return h;
            }
            S::Submitted => (place_from_start(rng, now, &[], 0.05, 6.0), false, 0, None),
            S::HomeReview => {
                let gaps = [uniform(rng, 0.05, 5.0)];
                (place_from_start(rng, now, &gaps, 2.0, 45.0), true, 0, None)
            }
            S::InfoRequested => {
                let gaps = [uniform(rng, 0.05, 2.0), uniform(rng, 0.5, 10.0)];
                (place_from_start(rng, now, &gaps, 4.0, 60.0), true, 1, None)
            }
            S::Rejected => {
                let asked = rng.gen_bool(0.25);
                let mut gaps = vec![uniform(rng, 0.05, 4.0)];
                if asked {
                    gaps.push(uniform(rng, 1.0, 7.0));
                    gaps.push(uniform(rng, 1.0, 14.0));
                }
                gaps.push(uniform(rng, 1.0, 20.0));
                let times = place_from_start(rng, now, &gaps, 10.0, 540.0);
                (
                    times,
                    true,
                    if asked { 2 } else { 0 },
                    Some(Outcome::Reject),
                )
            }
            S::Withdrawn => match rng.gen_range(0..10) {
                0..=2 => {
                    let gaps = [uniform(rng, 0.1, 5.0)];
                    let times = place_from_start(rng, now, &gaps, 3.0, 540.0);
                    (times, false, 0, Some(Outcome::Withdraw))
                }
                3..=6 => {
                    let gaps = [uniform(rng, 0.05, 4.0), uniform(rng, 1.0, 20.0)];
                    let times = place_from_start(rng, now, &gaps, 3.0, 540.0);
                    (times, true, 0, Some(Outcome::Withdraw))
                }
                _ => {
                    let gaps = [
                        uniform(rng, 0.05, 4.0),
                        uniform(rng, 1.0, 7.0),
                        uniform(rng, 1.0, 25.0),
                    ];
                    let times = place_from_start(rng, now, &gaps, 3.0, 540.0);
                    (times, true, 1, Some(Outcome::Withdraw))
                }
            },
            S::PreClearance | S::Issued => {
                let age = match (target, interim_days, approve_age) {
                    // Past the interim wait the card would already be out.
                    (S::PreClearance, Some(d), _) => {
                        uniform(rng, 0.3, (f64::from(d) - 1.5).max(0.4))
                    }
                    (_, _, Some(age)) => age,
                    (S::PreClearance, None, None) => {
                        // Fresh cases fill the fast economies' queues; the ones stuck behind
                        // slow economies wait for months, as the scheme's backlogs do.
                        if rng.gen_bool(0.35) {
                            uniform(rng, 0.5, 30.0)
                        } else {
                            uniform(rng, 30.0, 360.0)
                        }
                    }
                    (_, Some(d), None) => uniform(rng, f64::from(d) + 2.0, 520.0),
                    (_, None, None) => uniform(rng, 10.0, 520.0),
                };
                let asked = !login && rng.gen_bool(0.15);
                let mut gaps = vec![uniform(rng, 0.05, 5.0)];
                if asked {
                    gaps.push(uniform(rng, 1.0, 7.0));
                    gaps.push(uniform(rng, 1.0, 14.0));
                }
                gaps.push(uniform(rng, 1.0, 25.0));
                let times = place_from_end(now, &gaps, age);
                (
                    times,
                    true,
                    if asked { 2 } else { 0 },
                    Some(Outcome::Approve),
                )
            }
        };
    let mut it = times.into_iter();
    let Some(submitted) = it.next() else {
        return h;
    };
    h.submitted = Some(submitted);
    if with_review {
        h.review = it.next();
    }
    if info > 0 {
        if let Some(request) = it.next() {
            let answer = if info > 1 { it.next() } else { None };
            h.info = Some((request, answer));
        }
    }
    if let Some(outcome) = outcome {
        h.outcome = it.next().map(|t| (t, outcome));
    }
    h.created = shift(submitted, -uniform(rng, 0.01, 10.0));
    h.photo = Some(between(rng, h.created, shift(submitted, -0.005)));
    h
}

/// One application to build.
#[derive(Debug, Clone)]
struct Plan {
    target: ApplicationState,
    home: EconomyCode,
    passport_from: EconomyCode,
    applicant: AccountId,
    username: String,
    display_name: String,
    /// A printed login: its case stays free of incidents so that the demo story holds.
    login: bool,
    id: ApplicationId,
    reference: Reference,
    form: ApplicationForm,
    times: HomeTimes,
}

/// Whether `home`'s applicants can be caught waiting in pre-clearance: virtual-immediate and
/// transitional homes issue on approval.
fn can_wait_in_pre_clearance(economies: &Economies, home: EconomyCode) -> bool {
    let Ok(e) = economies.get(home) else {
        return false;
    };
    let has_targets = economies
        .pre_clearance_targets(home)
        .is_ok_and(|t| !t.is_empty());
    has_targets && e.issuance_policy != IssuancePolicy::VirtualImmediate
}

fn home_for(
    rng: &mut StdRng,
    economies: &Economies,
    target: ApplicationState,
) -> Option<EconomyCode> {
    let choices: Vec<(EconomyCode, u32)> = economies
        .iter()
        .filter(|e| {
            target != ApplicationState::PreClearance || can_wait_in_pre_clearance(economies, e.code)
        })
        .map(|e| (e.code, profile(e.code).weight))
        .collect();
    pick_weighted(rng, &choices)
}

struct CaseSpec {
    target: ApplicationState,
    home: EconomyCode,
    login: Option<(AccountId, String)>,
    approve_age: Option<f64>,
}

fn plan_one(
    rng: &mut StdRng,
    economies: &Economies,
    spec: &CaseSpec,
    used: &mut HashSet<String>,
    now: OffsetDateTime,
) -> Option<Plan> {
    let home_economy = economies.get(spec.home).ok()?;
    let interim_days = match home_economy.issuance_policy {
        IssuancePolicy::Interim { min_days, .. } => Some(min_days),
        _ => None,
    };
    let login = spec.login.is_some();
    let times = home_times(rng, spec.target, interim_days, spec.approve_age, login, now);
    let passport_from = if home_economy.accepts_permanent_residents && !login && rng.gen_bool(0.08)
    {
        let others: Vec<EconomyCode> = PERMANENT_RESIDENT_PASSPORTS
            .iter()
            .filter_map(|c| EconomyCode::parse(c).ok())
            .filter(|c| *c != spec.home && economies.get(*c).is_ok())
            .collect();
        pick(rng, &others).copied().unwrap_or(spec.home)
    } else {
        spec.home
    };
    let submit_day = times.submitted.unwrap_or(now).date();
    let mut valid_until = add_months(submit_day, 7);
    if spec.target == ApplicationState::PreClearance {
        // Still waiting at `now`: a passport that ran out meanwhile would stall the case for good.
        valid_until = valid_until.max(add_months(now.date(), 3));
    }
    if login {
        valid_until = valid_until.max(add_years(now.date(), 2));
    }
    let form_spec = FormSpec {
        home: spec.home,
        passport_from,
        today: times.created.date(),
        passport_valid_until: valid_until,
        login_email: spec.login.as_ref().map(|(_, u)| u.clone()),
    };
    let mut drafted = make_form(rng, economies, &form_spec, used)?;
    if spec.target == ApplicationState::Draft && !login && rng.gen_bool(0.4) {
        // Half-finished: the employer page not filled in yet.
        drafted.form.employer = None;
        drafted.form.position = None;
        drafted.form.trips_per_year = None;
        drafted.form.average_trip_days = None;
        drafted.form.consent_to_disclosure = false;
    }
    let (applicant, username) = match &spec.login {
        Some((account, username)) => (*account, username.clone()),
        None => (AccountId::from_bytes(rng.gen()), drafted.username.clone()),
    };
    Some(Plan {
        target: spec.target,
        home: spec.home,
        passport_from,
        applicant,
        username,
        display_name: drafted.display_name,
        login,
        id: ApplicationId::from_bytes(rng.gen()),
        reference: Reference::from_random(rng.gen()),
        form: drafted.form,
        times,
    })
}

/// The scheme's mix of states for `n` applications, in random order.
fn target_mix(rng: &mut StdRng, n: usize) -> Vec<ApplicationState> {
    let mut out = Vec::with_capacity(n);
    for (state, pct) in STATE_MIX {
        out.extend(std::iter::repeat_n(state, n * pct / 100));
    }
    while out.len() < n {
        out.push(ApplicationState::Issued);
    }
    out.shuffle(rng);
    out
}

fn plan_all(
    rng: &mut StdRng,
    economies: &Economies,
    opts: &DemoOptions,
    logins: &[(AccountId, String)],
) -> anyhow::Result<Vec<Plan>> {
    let mut used: HashSet<String> = logins.iter().map(|(_, u)| u.clone()).collect();
    let mut plans = Vec::with_capacity(opts.applications.max(logins.len()));
    for (i, (account, username)) in logins.iter().enumerate() {
        let story = LOGIN_STORIES.get(i % LOGIN_STORIES.len()).copied();
        let (target, wanted, approve_age) =
            story.unwrap_or((ApplicationState::Issued, "TWN", None));
        let wanted = EconomyCode::parse(wanted).ok().filter(|c| {
            economies.get(*c).is_ok()
                && (target != ApplicationState::PreClearance
                    || can_wait_in_pre_clearance(economies, *c))
        });
        let home = match wanted {
            Some(h) => h,
            None => home_for(rng, economies, target)
                .ok_or_else(|| anyhow!("no economy can take a demo application"))?,
        };
        let spec = CaseSpec {
            target,
            home,
            login: Some((*account, username.clone())),
            approve_age,
        };
        let plan = (0..20)
            .find_map(|_| plan_one(rng, economies, &spec, &mut used, opts.now))
            .ok_or_else(|| anyhow!("could not build a demo application for {username}"))?;
        plans.push(plan);
    }
    let others = opts.applications.saturating_sub(logins.len());
    for target in target_mix(rng, others) {
        let plan = (0..20).find_map(|_| {
            let home = home_for(rng, economies, target)?;
            let spec = CaseSpec {
                target,
                home,
                login: None,
                approve_age: None,
            };
            plan_one(rng, economies, &spec, &mut used, opts.now)
        });
        plans.push(plan.ok_or_else(|| anyhow!("could not build a demo application"))?);
    }
    Ok(plans)
}

// ---------------------------------------------------------------------------------------------
// Simulation: the plan driven through the domain's commands
// ---------------------------------------------------------------------------------------------

/// One case officer and one pre-clearance officer per economy, the same across all cases so that
/// the audit trail shows a realistic handful of people doing the work.
struct Cast {
    officers: BTreeMap<EconomyCode, (AccountId, AccountId)>,
}

impl Cast {
    fn new(rng: &mut StdRng, economies: &Economies) -> Self {
        let officers = economies
            .iter()
            .map(|e| {
                let case = AccountId::from_bytes(rng.gen());
                let pre = AccountId::from_bytes(rng.gen());
                (e.code, (case, pre))
            })
            .collect();
        Self { officers }
    }

    fn ids(&self, economy: EconomyCode) -> (AccountId, AccountId) {
        self.officers.get(&economy).copied().unwrap_or((
            AccountId::from_bytes([0; 16]),
            AccountId::from_bytes([0; 16]),
        ))
    }

    fn home(&self, economy: EconomyCode) -> Actor {
        Actor::Account {
            account: self.ids(economy).0,
            role: Role::CaseOfficer,
            economy: Some(economy),
        }
    }

    fn asked(&self, economy: EconomyCode) -> Actor {
        Actor::Account {
            account: self.ids(economy).1,
            role: Role::PreClearanceOfficer,
            economy: Some(economy),
        }
    }
}

/// Identifiers for the simulated commands: pre-clearance ids from the seeded generator, card
/// numbers from serials the store reserved, so imported cards never collide with live ones.
struct DemoIds {
    rng: StdRng,
    serials: BTreeMap<EconomyCode, std::ops::Range<u64>>,
}

impl DemoIds {
    fn new(rng: StdRng) -> Self {
        Self {
            rng,
            serials: BTreeMap::new(),
        }
    }

    fn add(&mut self, economy: EconomyCode, start: u64, count: u64) {
        self.serials
            .insert(economy, start..start.saturating_add(count));
    }
}

impl IdSource for DemoIds {
    fn pre_clearance_id(&mut self) -> PreClearanceId {
        PreClearanceId::from_bytes(self.rng.gen())
    }

    fn card_number(&mut self, home: EconomyCode) -> Result<CardNumber, DomainError> {
        let serial = self
            .serials
            .get_mut(&home)
            .and_then(Iterator::next)
            .ok_or(DomainError::CardSerialExhausted)?;
        CardNumber::new(home, serial)
    }
}

fn serial_needs(plans: &[Plan]) -> BTreeMap<EconomyCode, u64> {
    let mut needs = BTreeMap::new();
    for p in plans {
        *needs.entry(p.home).or_insert(0) += CARDS_PER_CASE;
    }
    needs
}

/// Errors a step may meet because of what happened before it, which the simulation then skips: an
/// economy answering after the card ended, a replacement with nothing to replace.
type Tolerate = fn(&DomainError) -> bool;

fn strict(_: &DomainError) -> bool {
    false
}

fn closed(e: &DomainError) -> bool {
    matches!(e, DomainError::RequestClosed)
}

fn already_issued(e: &DomainError) -> bool {
    matches!(e, DomainError::InvalidTransition { .. })
}

fn card_gone(e: &DomainError) -> bool {
    matches!(
        e,
        DomainError::CardNotActive | DomainError::NothingToReplace
    )
}

enum Action {
    Run(Actor, Box<Command>),
    /// One of the approving economies takes its approval back.
    WithdrawSomeApproval,
}

impl Action {
    fn run(actor: Actor, command: Command) -> Self {
        Self::Run(actor, Box::new(command))
    }
}

struct Step {
    at: OffsetDateTime,
    seq: usize,
    action: Action,
    tolerate: Tolerate,
}

struct Sim<'a> {
    economies: &'a Economies,
    cast: &'a Cast,
    plan: &'a Plan,
    now: OffsetDateTime,
    case: Case,
    events: Vec<Event>,
    steps: Vec<Step>,
    seq: usize,
    expiry_ticks: BTreeSet<Date>,
}

impl Sim<'_> {
    fn push(&mut self, at: OffsetDateTime, action: Action, tolerate: Tolerate) {
        if at > self.now {
            return;
        }
        self.seq += 1;
        self.steps.push(Step {
            at,
            seq: self.seq,
            action,
            tolerate,
        });
    }

    fn pop(&mut self) -> Option<Step> {
        let index = self
            .steps
            .iter()
            .enumerate()
            .min_by_key(|(_, s)| (s.at, s.seq))
            .map(|(i, _)| i)?;
        Some(self.steps.swap_remove(index))
    }

    fn applicant(&self) -> Actor {
        Actor::Account {
            account: self.plan.applicant,
            role: Role::Applicant,
            economy: None,
        }
    }

    fn home(&self) -> Actor {
        self.cast.home(self.plan.home)
    }

    fn run(&mut self, rng: &mut StdRng, ids: &mut dyn IdSource) -> Result<(), DomainError> {
        while let Some(step) = self.pop() {
            let was_issued = self.case.application.state == ApplicationState::Issued;
            let (actor, command) = match step.action {
                Action::Run(actor, command) => (actor, *command),
                Action::WithdrawSomeApproval => {
                    let approved: Vec<EconomyCode> =
                        self.case.approved_economies().into_iter().collect();
                    let Some(economy) = pick(rng, &approved).copied() else {
                        continue;
                    };
                    let note = LongText::parse("Approval withdrawn after a later review.").ok();
                    (
                        self.cast.asked(economy),
                        Command::WithdrawApproval { economy, note },
                    )
                }
            };
            let mut ctx = Context {
                economies: self.economies,
                now: step.at,
                ids: &mut *ids,
            };
            match self.case.handle(&actor, command, &mut ctx) {
                Ok((case, events)) => {
                    self.case = case;
                    self.events.extend(events);
                }
                Err(e) if (step.tolerate)(&e) => {}
                Err(e) => return Err(e),
            }
            if !was_issued && self.case.application.state == ApplicationState::Issued {
                self.after_issue(rng, step.at)?;
            }
            self.schedule_expiry(step.at);
        }
        Ok(())
    }

    /// The store wakes a case when its card expires; the simulation does the same, so that answers
    /// arriving after the expiry meet a closed request as they would live.
    fn schedule_expiry(&mut self, at: OffsetDateTime) {
        let Some(expires_on) = self.case.active_card().map(|c| c.expires_on) else {
            return;
        };
        if expires_on > self.now.date() || !self.expiry_ticks.insert(expires_on) {
            return;
        }
        let tick = shift(
            expires_on.midnight().assume_offset(self.now.offset()),
            1.0 / 24.0,
        )
        .max(at);
        self.push(tick, Action::run(Actor::System, Command::Tick), strict);
    }

    /// What happens to cards in real life: new passports, lost cards, people changing jobs,
    /// economies revisiting approvals, priority cards reprinted with later approvals.
    fn after_issue(
        &mut self,
        rng: &mut StdRng,
        issued_at: OffsetDateTime,
    ) -> Result<(), DomainError> {
        let home = self.home();
        let applicant = self.applicant();
        if !self.plan.login {
            let at = shift(issued_at, uniform(rng, 20.0, 400.0));
            match rng.gen_range(0..100) {
                0..=3 => {
                    let report = format!("Police report {}-{}", at.year(), fill(rng, "######"));
                    let reason = ReplacementReason::Lost {
                        police_report: ShortText::parse(&report)?,
                    };
                    self.push(
                        at,
                        Action::run(home, Command::ReplaceCard { reason }),
                        card_gone,
                    );
                }
                4..=6 => {
                    let actor = if rng.gen_bool(0.5) { applicant } else { home };
                    let command = Command::CancelCard {
                        reason: CancellationReason::LeftEmployer,
                    };
                    self.push(at, Action::run(actor, command), card_gone);
                }
                7..=10 => self.push(at, Action::WithdrawSomeApproval, strict),
                _ => {}
            }
            self.plan_new_passport(rng, issued_at)?;
        }
        let priority = self
            .economies
            .get(self.plan.home)
            .map(|e| e.issuance_policy.max_named() > 0)
            .unwrap_or(false);
        if priority && rng.gen_bool(0.5) {
            let at = shift(issued_at, uniform(rng, 30.0, 200.0));
            let command = Command::ReplaceCard {
                reason: ReplacementReason::ChangeOfApprovals,
            };
            self.push(at, Action::run(applicant, command), card_gone);
        }
        Ok(())
    }

    /// Most holders renew their passport shortly before it expires and get a replacement card; the
    /// others' cards run out with the passport.
    fn plan_new_passport(
        &mut self,
        rng: &mut StdRng,
        issued_at: OffsetDateTime,
    ) -> Result<(), DomainError> {
        let Some(expires) = self
            .case
            .application
            .form
            .passport
            .as_ref()
            .map(|p| p.expires_on)
        else {
            return Ok(());
        };
        if expires > plus_days(self.now.date(), 60) || !rng.gen_bool(0.75) {
            return Ok(());
        }
        let expiry = expires.midnight().assume_offset(self.now.offset());
        let at = between(rng, shift(expiry, -120.0), shift(expiry, -10.0))
            .max(shift(issued_at, 1.0))
            .min(shift(self.now, -0.05));
        if at <= issued_at {
            return Ok(());
        }
        let issuer = profile(self.plan.passport_from);
        let issued_on = plus_days(at.date(), -rng.gen_range(3..30)).max(issued_at.date());
        let reason = ReplacementReason::NewPassport {
            number: PassportNumber::parse(&fill(rng, issuer.passport)).map_err(|_| {
                DomainError::InvalidField {
                    field: "passport",
                    reason: "demo passport pattern",
                }
            })?,
            issued_on,
            expires_on: plus_days(add_years(issued_on, issuer.passport_years), -1),
        };
        let home = self.home();
        self.push(
            at,
            Action::run(home, Command::ReplaceCard { reason }),
            card_gone,
        );
        Ok(())
    }
}

/// One asked economy's answer: when (None: still pending at `now`) and what.
struct Answer {
    economy: EconomyCode,
    at: Option<OffsetDateTime>,
    decision: Decision,
}

/// Draws each asked economy's answer from its speed profile, then bends the draw just enough for
/// the planned end state: an issued case's home policy must be met by `now`, and a case planned to
/// wait in pre-clearance must still be waiting for someone.
fn answers(
    rng: &mut StdRng,
    plan: &Plan,
    economies: &Economies,
    approved_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(Vec<Answer>, Option<OffsetDateTime>), DomainError> {
    let targets = economies.pre_clearance_targets(plan.home)?;
    let policy = economies.get(plan.home)?.issuance_policy;
    let mut list: Vec<Answer> = targets
        .iter()
        .map(|e| {
            let p = profile(*e);
            let at = shift(approved_at, decision_delay(rng, p.mean_days));
            let decision = if percent(rng, p.approval_percent) {
                Decision::Approve
            } else {
                Decision::Decline
            };
            Answer {
                economy: *e,
                at: (at <= now).then_some(at),
                decision,
            }
        })
        .collect();
    let named = &plan.form.priority_economies;
    let mut request_issue = None;
    // No card is issued on an expired passport, so the answers an issued case needs come in while
    // the passport is still valid.
    let deadline = plan
        .form
        .passport
        .as_ref()
        .map(|p| shift(p.expires_on.midnight().assume_offset(now.offset()), -0.05))
        .map_or(now, |d| d.min(now));
    let in_time = |a: &Answer| a.at.is_some_and(|t| t <= deadline);
    let clamp = |rng: &mut StdRng, a: &mut Answer| {
        if !in_time(a) {
            a.at = Some(between(
                rng,
                shift(approved_at, 0.01),
                shift(deadline, -0.01),
            ));
        }
    };
    match plan.target {
        ApplicationState::Issued => match policy {
            IssuancePolicy::VirtualImmediate => {}
            IssuancePolicy::Priority { .. } => {
                if named.is_empty() || rng.gen_bool(0.25) {
                    let last = shift(approved_at, 20.0).min(shift(deadline, -0.05));
                    request_issue = Some(between(rng, shift(approved_at, 0.05), last));
                } else {
                    for a in list.iter_mut().filter(|a| named.contains(&a.economy)) {
                        clamp(rng, a);
                    }
                }
            }
            IssuancePolicy::Interim { min_approvals, .. }
                if list.len() >= usize::from(min_approvals) =>
            {
                let mut approvals = list
                    .iter()
                    .filter(|a| in_time(a) && a.decision == Decision::Approve)
                    .count();
                for a in list.iter_mut() {
                    if approvals >= usize::from(min_approvals) {
                        break;
                    }
                    if !in_time(a) || a.decision != Decision::Approve {
                        clamp(rng, a);
                        a.decision = Decision::Approve;
                        approvals += 1;
                    }
                }
            }
            _ => {
                for a in list.iter_mut() {
                    clamp(rng, a);
                }
            }
        },
        ApplicationState::PreClearance => {
            let named_open: Vec<usize> = list
                .iter()
                .enumerate()
                .filter(|(_, a)| named.contains(&a.economy))
                .map(|(i, _)| i)
                .collect();
            let holdout = if named_open.is_empty() {
                if list.iter().all(|a| a.at.is_some()) {
                    list.iter()
                        .enumerate()
                        .max_by_key(|(_, a)| a.at)
                        .map(|(i, _)| i)
                } else {
                    None
                }
            } else {
                pick(rng, &named_open).copied()
            };
            if let Some(a) = holdout.and_then(|i| list.get_mut(i)) {
                a.at = None;
            }
        }
        _ => {}
    }
    Ok((list, request_issue))
}

/// Builds one case from its plan: the draft, then every command in time order through
/// `Case::handle`, then a final tick at `now`.
fn simulate(
    rng: &mut StdRng,
    plan: &Plan,
    economies: &Economies,
    cast: &Cast,
    ids: &mut dyn IdSource,
    now: OffsetDateTime,
) -> Result<(Case, Vec<Event>), DomainError> {
    let t = &plan.times;
    let application = Application::draft(
        plan.id,
        plan.reference.clone(),
        plan.applicant,
        plan.home,
        plan.form.clone(),
        economies,
        t.created,
    )?;
    let applicant = Actor::Account {
        account: plan.applicant,
        role: Role::Applicant,
        economy: None,
    };
    let created = Event {
        application: plan.id,
        at: t.created,
        actor: applicant,
        kind: EventKind::ApplicationCreated,
    };
    let mut sim = Sim {
        economies,
        cast,
        plan,
        now,
        case: Case::new(application),
        events: vec![created],
        steps: Vec::new(),
        seq: 0,
        expiry_ticks: BTreeSet::new(),
    };
    let home = sim.home();
    let run = |actor: Actor, command: Command| Action::run(actor, command);
    if let Some(at) = t.photo {
        sim.push(
            at,
            run(applicant, Command::AttachPhoto { photo: PHOTO }),
            strict,
        );
    }
    if let Some(at) = t.submitted {
        sim.push(at, run(applicant, Command::Submit), strict);
    }
    if let Some(at) = t.review {
        sim.push(at, run(home, Command::StartReview), strict);
    }
    if let Some((asked_at, answered)) = t.info {
        let (question, answer, photo) = *pick(rng, &INFO_REQUESTS).ok_or(DomainError::NotFound)?;
        let question = LongText::parse(question)?;
        sim.push(
            asked_at,
            run(home, Command::RequestInfo { question }),
            strict,
        );
        if let Some(at) = answered {
            if photo {
                let photo_at = shift(at, -0.005);
                sim.push(
                    photo_at,
                    run(applicant, Command::AttachPhoto { photo: PHOTO }),
                    strict,
                );
            }
            let answer = LongText::parse(answer)?;
            let command = Command::RespondInfo { answer, form: None };
            sim.push(at, run(applicant, command), strict);
        }
    }
    match t.outcome {
        Some((at, Outcome::Reject)) => {
            let reason =
                LongText::parse(pick(rng, &REJECTION_REASONS).ok_or(DomainError::NotFound)?)?;
            sim.push(at, run(home, Command::Reject { reason }), strict);
        }
        Some((at, Outcome::Withdraw)) => sim.push(at, run(applicant, Command::Withdraw), strict),
        Some((at, Outcome::Approve)) => {
            sim.push(at, run(home, Command::Approve), strict);
            let (list, request_issue) = answers(rng, plan, economies, at, now)?;
            for a in list {
                let Some(decided_at) = a.at else { continue };
                let note = match a.decision {
                    Decision::Decline if rng.gen_bool(0.5) => {
                        pick(rng, &DECLINE_NOTES).and_then(|n| LongText::parse(n).ok())
                    }
                    _ => None,
                };
                let command = Command::Decide {
                    economy: a.economy,
                    decision: a.decision,
                    note,
                };
                sim.push(decided_at, run(cast.asked(a.economy), command), closed);
            }
            if let Some(asked_at) = request_issue {
                sim.push(
                    asked_at,
                    run(applicant, Command::RequestIssue),
                    already_issued,
                );
            }
            if let IssuancePolicy::Interim { min_days, .. } =
                economies.get(plan.home)?.issuance_policy
            {
                let wake = shift(at, f64::from(min_days) + 1.0 / 24.0);
                sim.push(wake, run(Actor::System, Command::Tick), strict);
            }
        }
        None => {}
    }
    sim.run(rng, ids)?;
    let mut ctx = Context {
        economies,
        now,
        ids,
    };
    let (case, events) = sim.case.handle(&Actor::System, Command::Tick, &mut ctx)?;
    sim.events.extend(events);
    Ok((case, sim.events))
}

// ---------------------------------------------------------------------------------------------
// The store-facing part
// ---------------------------------------------------------------------------------------------

/// Registers a generated applicant (no password: they cannot sign in). Should the name be taken,
/// which happens only when the database already holds demo data, the applicant gets another
/// address rather than failing the whole demo.
async fn register(store: &dyn Store, rng: &mut StdRng, plan: &mut Plan) -> anyhow::Result<()> {
    let at = shift(plan.times.created, -0.01);
    for _ in 0..5 {
        let account = NewAccount {
            id: plan.applicant,
            username: plan.username.clone(),
            password_hash: None,
            role: Role::Applicant,
            economy: None,
            display_name: plan.display_name.clone(),
        };
        match store.create_applicant(account, at).await {
            Ok(()) => return Ok(()),
            Err(StoreError::Conflict(_)) => {
                let (local, domain) = plan
                    .username
                    .rsplit_once('@')
                    .ok_or_else(|| anyhow!("demo username without @"))?;
                let renamed = format!("{local}{}@{domain}", rng.gen_range(1000..10_000));
                let email = Email::parse(&renamed).map_err(|e| anyhow!("demo email: {e}"))?;
                plan.username = email.as_str().to_lowercase();
                plan.form.email = Some(email);
            }
            Err(e) => return Err(anyhow!("cannot create a demo applicant: {e}")),
        }
    }
    Err(anyhow!("cannot find a free username for a demo applicant"))
}

fn tally(summary: &mut DemoSummary, plan: &Plan, case: &Case) {
    let state = case.application.state.as_str().to_owned();
    summary.applications += 1;
    summary.cards += case.cards.len();
    summary.pre_clearances += case.pre_clearances.len();
    *summary.by_state.entry(state.clone()).or_insert(0) += 1;
    if plan.login {
        summary.login_applicants.push(DemoApplicant {
            account: plan.applicant,
            username: plan.username.clone(),
            reference: case.application.reference.to_string(),
            state,
        });
    }
}

/// Fills the store with a demo scheme built from `opts.seed`. The economies must already be
/// seeded and `applicant_accounts` created: they receive the cases the demo's printed logins walk
/// into, in [`DemoSummary::login_applicants`] in the same order.
pub async fn generate(
    store: &dyn Store,
    opts: &DemoOptions,
    applicant_accounts: &[(AccountId, String)],
) -> anyhow::Result<DemoSummary> {
    let economies = store
        .economies()
        .await
        .map_err(|e| anyhow!("cannot read the economies: {e}"))?;
    let mut rng = StdRng::seed_from_u64(opts.seed);
    let cast = Cast::new(&mut rng, &economies);
    let mut plans = plan_all(&mut rng, &economies, opts, applicant_accounts)?;
    for plan in plans.iter_mut().filter(|p| !p.login) {
        register(store, &mut rng, plan).await?;
    }
    let mut ids = DemoIds::new(StdRng::seed_from_u64(rng.gen()));
    for (economy, count) in serial_needs(&plans) {
        let start = store
            .reserve_card_serials(economy, count)
            .await
            .map_err(|e| anyhow!("cannot reserve card numbers for {economy}: {e}"))?;
        ids.add(economy, start, count);
    }
    let mut summary = DemoSummary::default();
    let mut batch = Vec::with_capacity(IMPORT_BATCH);
    for plan in &plans {
        let (case, events) = simulate(&mut rng, plan, &economies, &cast, &mut ids, opts.now)
            .map_err(|e| {
                anyhow!(
                    "demo application {} ({}, planned {}): {e}",
                    plan.reference,
                    plan.home,
                    plan.target.as_str()
                )
            })?;
        tally(&mut summary, plan, &case);
        let mut case = case;
        let photo = match case.application.photo.as_mut() {
            Some(info) => {
                let id = case.application.id.0.as_u64_pair().0;
                let bytes = crate::demo_photo::portrait(id)?;
                info.bytes = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
                Some(bytes)
            }
            None => None,
        };
        batch.push(ImportedCase {
            case,
            events,
            photo,
        });
        if batch.len() >= IMPORT_BATCH {
            store
                .import_cases(std::mem::take(&mut batch), opts.now)
                .await
                .map_err(|e| anyhow!("cannot import demo cases: {e}"))?;
        }
    }
    if !batch.is_empty() {
        store
            .import_cases(batch, opts.now)
            .await
            .map_err(|e| anyhow!("cannot import demo cases: {e}"))?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use abtc_domain::{CardStatus, PreClearanceStatus};
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2025-06-15 09:30 UTC);

    fn all_name_sets() -> Vec<(&'static str, &'static NameSet)> {
        vec![
            ("chinese simplified", &CHINESE_SIMPLIFIED),
            ("chinese taiwan", &CHINESE_TAIWAN),
            ("chinese hong kong", &CHINESE_HONG_KONG),
            ("japanese", &JAPANESE),
            ("korean", &KOREAN),
            ("thai", &THAI),
            ("vietnamese", &VIETNAMESE),
            ("russian", &RUSSIAN),
            ("indonesian", &INDONESIAN),
            ("malay", &MALAY),
            ("filipino", &FILIPINO),
            ("spanish", &SPANISH),
            ("english", &ENGLISH),
            ("png", &PAPUA_NEW_GUINEAN),
            ("singaporean", &SINGAPOREAN),
        ]
    }

    fn local_ids(economies: &Economies, seed: u64) -> DemoIds {
        let mut ids = DemoIds::new(StdRng::seed_from_u64(seed));
        for e in economies.iter() {
            ids.add(e.code, 1, 100_000);
        }
        ids
    }

    fn code(s: &str) -> EconomyCode {
        EconomyCode::parse(s).unwrap()
    }

    #[test]
    fn demo_name_lists_parse() {
        for (label, set) in all_name_sets() {
            for list in [set.family_m, set.family_f, set.given_m, set.given_f] {
                assert!(!list.is_empty(), "{label}");
                for (native, latin) in list {
                    assert!(PersonName::parse(native).is_ok(), "{label}: {native}");
                    let mrz =
                        MrzName::parse(latin).unwrap_or_else(|e| panic!("{label}: {latin}: {e}"));
                    assert!(!mrz.as_str().contains(['\'', ' ']), "{label}: {latin}");
                    assert!(
                        latin
                            .chars()
                            .all(|c| c.is_ascii_uppercase() || c == ' ' || c == '-'),
                        "{label}: {latin}"
                    );
                }
            }
        }
        // Every composed name parses too, in every economy's style.
        let mut rng = StdRng::seed_from_u64(1);
        for (label, set) in all_name_sets() {
            for _ in 0..200 {
                assert!(make_person(&mut rng, set).is_some(), "{label}");
            }
        }
    }

    #[test]
    fn demo_profiles_cover_the_scheme_and_their_formats_parse() {
        let economies = Economies::apec_default();
        for e in economies.iter() {
            assert_eq!(
                profile(e.code).code,
                e.code.as_str(),
                "no profile for {}",
                e.code
            );
        }
        let mut rng = StdRng::seed_from_u64(2);
        for p in PROFILES.iter().chain(std::iter::once(&FALLBACK)) {
            for _ in 0..20 {
                for pattern in p.phones {
                    let phone = fill(&mut rng, pattern);
                    assert!(Phone::parse(&phone).is_ok(), "{}: {phone}", p.code);
                }
                let passport = fill(&mut rng, p.passport);
                assert!(
                    PassportNumber::parse(&passport).is_ok(),
                    "{}: {passport}",
                    p.code
                );
                let addr = address(&mut rng, p).unwrap();
                assert!(LongText::parse(&addr).is_ok(), "{}: {addr}", p.code);
                assert!(ShortText::parse(&fill(&mut rng, p.registration)).is_ok());
            }
            for d in p.idn_domains {
                let email = Email::parse(&format!("test@{d}"))
                    .unwrap_or_else(|e| panic!("{}: {d}: {e}", p.code));
                assert!(!email.ascii_domain().is_empty());
            }
            for d in p.webmail {
                assert!(
                    Email::parse(&format!("test@{d}")).is_ok(),
                    "{}: {d}",
                    p.code
                );
            }
            for b in p.birthplaces {
                assert!(ShortText::parse(b).is_ok());
            }
            assert!(p.approval_percent <= 100 && p.mean_days > 0.0);
        }
    }

    #[test]
    fn demo_forms_are_complete_and_eligible_for_every_economy() {
        let economies = Economies::apec_default();
        let today = NOW.date();
        let mut rng = StdRng::seed_from_u64(3);
        let mut used = HashSet::new();
        let mut idn = 0;
        let mut permanent_residents = 0;
        for e in economies.iter() {
            for i in 0..40 {
                let passport_from = if e.accepts_permanent_residents && i % 4 == 0 {
                    permanent_residents += 1;
                    code("PHL")
                } else {
                    e.code
                };
                let spec = FormSpec {
                    home: e.code,
                    passport_from,
                    today,
                    passport_valid_until: add_months(today, 7),
                    login_email: None,
                };
                let drafted = make_form(&mut rng, &economies, &spec, &mut used)
                    .unwrap_or_else(|| panic!("no form for {}", e.code));
                let form = &drafted.form;
                form.check_complete().unwrap();
                form.check_eligible(e.code, &economies, today)
                    .unwrap_or_else(|err| panic!("{}: {err}", e.code));
                let email = form.email.as_ref().unwrap();
                assert_eq!(drafted.username, email.as_str().to_lowercase());
                if !email.as_str().is_ascii() {
                    idn += 1;
                }
                assert_eq!(form.passport.as_ref().unwrap().issuing_state, passport_from);
            }
        }
        assert!(idn > 20, "only {idn} internationalized addresses");
        assert!(permanent_residents > 0);
        // Every address is distinct: they become usernames.
        assert_eq!(used.len(), economies.len() * 40);
    }

    #[test]
    fn demo_login_email_is_kept() {
        let economies = Economies::apec_default();
        let mut rng = StdRng::seed_from_u64(4);
        let spec = FormSpec {
            home: code("TWN"),
            passport_from: code("TWN"),
            today: NOW.date(),
            passport_valid_until: add_years(NOW.date(), 2),
            login_email: Some("applicant1@demo.example".into()),
        };
        let drafted = make_form(&mut rng, &economies, &spec, &mut HashSet::new()).unwrap();
        assert_eq!(drafted.username, "applicant1@demo.example");
        assert_eq!(
            drafted.form.email.unwrap().as_str(),
            "applicant1@demo.example"
        );
    }

    /// One case per target state and home economy, through the same planning and simulation as
    /// the demo itself.
    fn demo_case(
        seed: u64,
        economies: &Economies,
        target: ApplicationState,
        home: EconomyCode,
    ) -> (Case, Vec<Event>) {
        let mut rng = StdRng::seed_from_u64(seed);
        let cast = Cast::new(&mut rng, economies);
        let spec = CaseSpec {
            target,
            home,
            login: None,
            approve_age: None,
        };
        let plan = plan_one(&mut rng, economies, &spec, &mut HashSet::new(), NOW).unwrap();
        let mut ids = local_ids(economies, seed);
        simulate(&mut rng, &plan, economies, &cast, &mut ids, NOW)
            .unwrap_or_else(|e| panic!("{} {}: {e}", home, target.as_str()))
    }

    #[test]
    fn demo_every_target_state_is_reached() {
        let economies = Economies::apec_default();
        for target in ApplicationState::ALL {
            for e in economies.iter() {
                if target == ApplicationState::PreClearance
                    && !can_wait_in_pre_clearance(&economies, e.code)
                {
                    continue;
                }
                for seed in 0..4 {
                    let (case, events) = demo_case(seed, &economies, target, e.code);
                    assert_eq!(
                        case.application.state,
                        target,
                        "{} seed {seed}: {:?}",
                        e.code,
                        events.iter().map(|ev| ev.kind.name()).collect::<Vec<_>>()
                    );
                    assert!(events.iter().all(|ev| ev.at <= NOW));
                    assert!(
                        events.windows(2).all(|w| w[0].at <= w[1].at),
                        "events out of order"
                    );
                    if target == ApplicationState::Issued {
                        assert!(!case.cards.is_empty());
                    }
                    if target == ApplicationState::PreClearance {
                        assert!(case
                            .pre_clearances
                            .iter()
                            .any(|p| p.status == PreClearanceStatus::Pending));
                    }
                }
            }
        }
    }

    #[test]
    fn demo_whole_scheme_builds_without_a_store() {
        let economies = Economies::apec_default();
        let logins: Vec<(AccountId, String)> = (1..=6)
            .map(|i| {
                (
                    AccountId::from_bytes([i; 16]),
                    format!("applicant{i}@demo.example"),
                )
            })
            .collect();
        let opts = DemoOptions {
            applications: 420,
            seed: 2026,
            now: NOW,
        };
        let started = std::time::Instant::now();
        let mut rng = StdRng::seed_from_u64(opts.seed);
        let cast = Cast::new(&mut rng, &economies);
        let plans = plan_all(&mut rng, &economies, &opts, &logins).unwrap();
        assert_eq!(plans.len(), 420);
        let mut ids = local_ids(&economies, 9);
        let mut summary = DemoSummary::default();
        let mut cases = Vec::new();
        for plan in &plans {
            let (case, events) = simulate(&mut rng, plan, &economies, &cast, &mut ids, NOW)
                .unwrap_or_else(|e| panic!("{} {}: {e}", plan.home, plan.target.as_str()));
            assert_eq!(
                case.application.state,
                plan.target,
                "{} {:?} {:#?}",
                plan.home,
                plan.times,
                events
                    .iter()
                    .map(|e| (e.at, e.kind.name(), e.kind.pre_clearance_economy()))
                    .collect::<Vec<_>>()
            );
            tally(&mut summary, plan, &case);
            cases.push(case);
        }
        eprintln!("built in {:?}: {summary:?}", started.elapsed());
        assert_eq!(summary.applications, 420);
        assert_eq!(summary.by_state.values().sum::<usize>(), 420);
        let pre = summary.by_state.get("pre_clearance").copied().unwrap_or(0);
        let issued = summary.by_state.get("issued").copied().unwrap_or(0);
        assert!((110..=140).contains(&pre), "{pre}");
        assert!((160..=190).contains(&issued), "{issued}");

        let states: Vec<String> = summary
            .login_applicants
            .iter()
            .map(|a| a.state.clone())
            .collect();
        assert_eq!(
            states,
            [
                "draft",
                "home_review",
                "info_requested",
                "pre_clearance",
                "issued",
                "issued"
            ]
        );
        let aus = cases
            .iter()
            .find(|c| c.application.applicant == logins[5].0)
            .unwrap();
        assert_eq!(aus.application.home, code("AUS"));
        assert!(
            aus.cards[0].is_virtual && aus.cards[0].revision > 1,
            "approvals arrive on the card"
        );

        // Slow economies leave overdue requests behind; fast ones barely any.
        let overdue = |e: &str| {
            cases
                .iter()
                .flat_map(|c| &c.pre_clearances)
                .filter(|p| p.economy == code(e) && p.is_overdue(NOW.date()))
                .count()
        };
        for slow in ["RUS", "PNG", "CHN", "IDN"] {
            assert!(overdue(slow) >= 8, "{slow} {}", overdue(slow));
        }
        assert!(overdue("RUS") >= 20, "RUS {}", overdue("RUS"));
        for fast in ["TWN", "KOR", "HKG", "NZL", "AUS", "SGP"] {
            assert!(overdue(fast) <= 3, "{fast} {}", overdue(fast));
        }

        // The incidents of a card's life appear.
        let cards = || cases.iter().flat_map(|c| &c.cards);
        assert!(cards().any(|c| c.status == CardStatus::Replaced));
        assert!(cards().any(|c| c.status == CardStatus::Cancelled));
        assert!(cases
            .iter()
            .flat_map(|c| &c.pre_clearances)
            .any(|p| p.status == PreClearanceStatus::Withdrawn));
        assert!(cases.iter().any(|c| c
            .application
            .form
            .email
            .as_ref()
            .is_some_and(|e| !e.as_str().is_ascii())));

        // Identifiers are unique.
        let refs: HashSet<_> = cases
            .iter()
            .map(|c| c.application.reference.clone())
            .collect();
        assert_eq!(refs.len(), 420);
        let numbers: HashSet<_> = cards().map(|c| c.number.clone()).collect();
        assert_eq!(numbers.len(), cards().count());
        let names: HashSet<_> = plans.iter().map(|p| p.username.clone()).collect();
        assert_eq!(names.len(), 420);

        // The same seed builds the same scheme.
        let mut again = StdRng::seed_from_u64(opts.seed);
        let _ = Cast::new(&mut again, &economies);
        let replans = plan_all(&mut again, &economies, &opts, &logins).unwrap();
        assert!(plans
            .iter()
            .zip(&replans)
            .all(|(a, b)| a.form == b.form && a.id == b.id));
    }

    #[test]
    fn demo_builds_for_many_seeds_and_dates() {
        let economies = Economies::apec_default();
        let logins: Vec<(AccountId, String)> = (1..=6)
            .map(|i| {
                (
                    AccountId::from_bytes([i; 16]),
                    format!("applicant{i}@demo.example"),
                )
            })
            .collect();
        for seed in 0..12u64 {
            // Dates around month ends, leap days and the turn of the year.
            let now = shift(NOW, seed as f64 * 97.3);
            let opts = DemoOptions {
                applications: 420,
                seed,
                now,
            };
            let mut rng = StdRng::seed_from_u64(seed);
            let cast = Cast::new(&mut rng, &economies);
            let plans = plan_all(&mut rng, &economies, &opts, &logins).unwrap();
            let mut ids = local_ids(&economies, seed);
            for plan in &plans {
                let (case, events) = simulate(&mut rng, plan, &economies, &cast, &mut ids, now)
                    .unwrap_or_else(|e| {
                        panic!("seed {seed} {} {}: {e}", plan.home, plan.target.as_str())
                    });
                assert_eq!(
                    case.application.state, plan.target,
                    "seed {seed} {}",
                    plan.home
                );
                assert!(events
                    .iter()
                    .all(|e| e.at <= now && e.application == plan.id));
            }
        }
    }

    struct CountingEntropy(std::sync::atomic::AtomicU64);

    impl abtc_domain::Entropy for CountingEntropy {
        fn fill(&self, buf: &mut [u8]) {
            for b in buf.iter_mut() {
                let n = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                *b = (n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as u8;
            }
        }
    }

    #[tokio::test]
    async fn demo_generate_imports_into_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/abtc.db", dir.path().display());
        let entropy = std::sync::Arc::new(CountingEntropy(std::sync::atomic::AtomicU64::new(1)));
        let store = abtc_store::connect(&url, entropy).await.unwrap();
        store
            .seed_economies(&Economies::apec_default(), NOW)
            .await
            .unwrap();
        let mut logins = Vec::new();
        for i in 1..=6u8 {
            let id = AccountId::from_bytes([i; 16]);
            let username = format!("applicant{i}@demo.example");
            store
                .create_applicant(
                    NewAccount {
                        id,
                        username: username.clone(),
                        password_hash: None,
                        role: Role::Applicant,
                        economy: None,
                        display_name: username.clone(),
                    },
                    NOW,
                )
                .await
                .unwrap();
            logins.push((id, username));
        }
        let started = std::time::Instant::now();
        let opts = DemoOptions {
            applications: 420,
            seed: 7,
            now: NOW,
        };
        let summary = generate(store.as_ref(), &opts, &logins).await.unwrap();
        let elapsed = started.elapsed();
        eprintln!("generated and imported in {elapsed:?}");
        assert_eq!(summary.applications, 420);
        assert_eq!(summary.login_applicants.len(), 6);
        let aus = summary.login_applicants.last().unwrap();
        let reference = Reference::parse(&aus.reference).unwrap();
        let status = store.public_status(&reference).await.unwrap();
        let json = serde_json::to_value(&status).unwrap();
        assert!(json.to_string().contains("issued"), "{json}");
        store.close().await;
    }
}
