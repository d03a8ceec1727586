//! The pages' languages: Fluent message files per language (embedded at build time from
//! `web/locales/<lang>/*.ftl`), the choice of language from the `lang` cookie or the browser's
//! `Accept-Language`, and lookups that never fail: a missing message renders as `⟦id⟧`, is logged,
//! and is what the message-file tests look for.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::assets;

/// A supported language: its tag (the folder name under `web/locales`), and its own name for the
/// switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub tag: &'static str,
    pub name: &'static str,
}

/// English first: it is the fallback and the reference every other file is checked against.
pub const LANGUAGES: [Language; 10] = [
    Language {
        tag: "en",
        name: "English",
    },
    Language {
        tag: "zh-Hant",
        name: "繁體中文",
    },
    Language {
        tag: "zh-Hans",
        name: "简体中文",
    },
    Language {
        tag: "ja",
        name: "日本語",
    },
    Language {
        tag: "ko",
        name: "한국어",
    },
    Language {
        tag: "es",
        name: "Español",
    },
    Language {
        tag: "ru",
        name: "Русский",
    },
    Language {
        tag: "vi",
        name: "Tiếng Việt",
    },
    Language {
        tag: "th",
        name: "ไทย",
    },
    Language {
        tag: "id",
        name: "Bahasa Indonesia",
    },
];

pub const DEFAULT: &str = "en";
pub const MISSING_OPEN: char = '⟦';

pub struct Catalog {
    bundles: BTreeMap<&'static str, FluentBundle<FluentResource>>,
    ids: BTreeMap<&'static str, BTreeSet<String>>,
    errors: Vec<String>,
}

/// The message catalog, parsed once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::load)
}

impl Catalog {
    fn load() -> Self {
        let mut bundles = BTreeMap::new();
        let mut ids = BTreeMap::new();
        let mut errors = Vec::new();
        for lang in LANGUAGES {
            let langid: LanguageIdentifier = lang.tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Pages are HTML, not bidirectional plain text: no isolation marks around arguments.
            bundle.set_use_isolating(false);
            let mut seen = BTreeSet::new();
            let prefix = format!("{}/", lang.tag);
            for (file, source) in assets::LOCALES {
                if !file.starts_with(&prefix) {
                    continue;
                }
                let resource = match FluentResource::try_new((*source).to_owned()) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        errors.push(format!("{file}: {} syntax error(s)", errs.len()));
                        r
                    }
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        seen.insert(m.id.name.to_owned());
                    }
                }
                if let Err(errs) = bundle.add_resource(resource) {
                    for e in errs {
                        errors.push(format!("{file}: {e:?}"));
                    }
                }
            }
            ids.insert(lang.tag, seen);
            bundles.insert(lang.tag, bundle);
        }
        Catalog {
            bundles,
            ids,
            errors,
        }
    }

    /// The message in `lang`, or in English when `lang` lacks it: for mail, which must never carry a
    /// placeholder (pages show the gap instead, so the tests find it).
    pub fn message_or_english(&self, lang: &str, id: &str, args: &[(&str, ArgValue)]) -> String {
        let has = self.ids.get(lang).is_some_and(|ids| ids.contains(id));
        self.message(if has { lang } else { DEFAULT }, id, args)
    }

    /// Problems found while loading (syntax errors, duplicate ids): the tests require none.
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// The message ids a language defines.
    pub fn ids(&self, lang: &str) -> Option<&BTreeSet<String>> {
        self.ids.get(lang)
    }

    /// The message `id` in `lang`, with named arguments; `⟦id⟧` when it does not exist.
    pub fn message(&self, lang: &str, id: &str, args: &[(&str, ArgValue)]) -> String {
        let formatted = self.bundles.get(lang).and_then(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                match value {
                    ArgValue::Text(s) => fluent_args.set(*name, FluentValue::from(s.clone())),
                    ArgValue::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                }
            }
            let mut errs = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errs);
            if !errs.is_empty() {
                tracing::warn!(lang, id, "message formatted with errors");
            }
            Some(text.into_owned())
        });
        formatted.unwrap_or_else(|| {
            tracing::warn!(lang, id, "missing message");
            format!("{MISSING_OPEN}{id}⟧")
        })
    }
}

/// A message argument.
#[derive(Debug, Clone)]
pub enum ArgValue {
    Text(String),
    Number(f64),
}

/// The supported language a tag asks for, if any: exact (case-insensitive) or by its language,
/// with Chinese by script or region (`zh-TW`, `zh-HK`, `zh-MO` are traditional; other Chinese is
/// simplified) and the old `in` for Indonesian.
pub fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if let Some(l) = LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag)) {
        return Some(l.tag);
    }
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let primary = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    match primary {
        "zh" => {
            let traditional = rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            Some(if traditional { "zh-Hant" } else { "zh-Hans" })
        }
        "in" => Some("id"),
        p => LANGUAGES.iter().find(|l| l.tag == p).map(|l| l.tag),
    }
}

/// The best supported language of an `Accept-Language` header, by the quality values it gives.
pub fn negotiate(accept_language: &str) -> &'static str {
    let mut ranked: Vec<(u16, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut bits = item.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let q = (q.clamp(0.0, 1.0) * 1000.0) as u16;
            (q > 0 && !tag.is_empty()).then_some((q, i, tag))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .find_map(|(_, _, tag)| supported(tag))
        .unwrap_or(DEFAULT)
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_quality_and_chinese_scripts() {
        assert_eq!(negotiate("ja,en;q=0.8"), "ja");
        assert_eq!(negotiate("fr-FR,fr;q=0.9,ko;q=0.5"), "ko");
        assert_eq!(negotiate("zh-TW,zh;q=0.9"), "zh-Hant");
        assert_eq!(negotiate("zh-CN"), "zh-Hans");
        assert_eq!(negotiate("zh-Hant-HK"), "zh-Hant");
        assert_eq!(negotiate("en;q=0.1, th"), "th");
        assert_eq!(negotiate("in-ID"), "id");
        assert_eq!(negotiate("de, fr"), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(negotiate("ru;q=0, es;q=0.2"), "es");
    }

    #[test]
    fn message_files_load_without_errors() {
        assert_eq!(catalog().errors(), &[] as &[String]);
    }

    /// Every language defines exactly the messages English defines: nothing missing, nothing stale.
    #[test]
    fn every_language_has_every_message() {
        let cat = catalog();
        let english = cat.ids(DEFAULT).unwrap();
        assert!(english.len() > 50, "English has {} messages", english.len());
        for lang in LANGUAGES {
            let ids = cat.ids(lang.tag).unwrap();
            let missing: Vec<_> = english.difference(ids).collect();
            let extra: Vec<_> = ids.difference(english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag);
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.tag);
        }
    }

    /// Placeables (`{ $name }`) a translation uses must exist in English, so no argument is lost.
    #[test]
    fn translations_use_the_english_arguments() {
        fn vars(src: &str) -> BTreeMap<String, BTreeSet<String>> {
            let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(r, _)| r);
            let mut out = BTreeMap::new();
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let text = format!("{:?}", m.value);
                    let mut set = BTreeSet::new();
                    for piece in text
                        .split("VariableReference { id: Identifier { name: \"")
                        .skip(1)
                    {
                        if let Some(end) = piece.find('"') {
                            set.insert(piece[..end].to_owned());
                        }
                    }
                    out.insert(m.id.name.to_owned(), set);
                }
            }
            out
        }
        let mut english = BTreeMap::new();
        for (file, src) in assets::LOCALES {
            if let Some(name) = file.strip_prefix("en/") {
                english.insert(name.to_owned(), vars(src));
            }
        }
        for (file, src) in assets::LOCALES {
            let (lang, name) = file.split_once('/').unwrap();
            if lang == DEFAULT {
                continue;
            }
            let reference = english
                .get(name)
                .unwrap_or_else(|| panic!("{file} has no English counterpart"));
            for (id, used) in vars(src) {
                if let Some(allowed) = reference.get(&id) {
                    let unknown: Vec<_> = used.difference(allowed).collect();
                    assert!(unknown.is_empty(), "{file}: {id} uses {unknown:?}");
                }
            }
        }
    }
}
