//! `argmap.toml`: which paths to read by default, which to skip, rule levels
//! and thresholds. Found from a directory upward, or named with `--config`.

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the configuration file.
pub const FILE_NAME: &str = "argmap.toml";

/// How seriously a rule's findings are taken.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    serde::Serialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// Reported, never fails a run.
    Info,
    /// Reported; fails a run with `--deny-warnings`.
    Warning,
    /// Reported and fails the run.
    Error,
}

impl Level {
    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    /// Parse a level from its name.
    pub fn from_name(name: &str) -> Option<Level> {
        match name {
            "off" => Some(Level::Off),
            "info" => Some(Level::Info),
            "warning" | "warn" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }
}

/// The contents of an `argmap.toml`.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "argmap.toml",
    description = "Settings of argmap: paths, include/exclude globs, rule levels and thresholds."
)]
pub struct Config {
    /// Paths read when none is given on the command line, relative to the file.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Globs of files to read when walking directories (all essays if empty).
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs of files to skip when walking directories.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Rule levels by code or name: `AM002 = "error"`, `orphan-evidence = "off"`.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    /// Numeric thresholds of rules, by name.
    #[serde(default)]
    pub thresholds: Thresholds,
    /// The directory the file was found in; relative paths are resolved here.
    #[serde(skip)]
    pub root: PathBuf,
    /// Where the file was read from, if anywhere.
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// Numeric settings of rules.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Thresholds {
    /// Evidence items a claim needs, directly or through sub-claims.
    #[serde(default = "one")]
    pub min_evidence_per_claim: usize,
}

fn one() -> usize {
    1
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            min_evidence_per_claim: 1,
        }
    }
}

/// The JSON Schema of `argmap.toml`, pretty-printed (`argmap schema`,
/// checked in as `docs/argmap.schema.json`).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Config);
    serde_json::to_string_pretty(&schema).expect("a schema serialises")
}

/// A configuration file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: cannot read: {reason}")]
    Unreadable {
        /// The path.
        path: String,
        /// Why.
        reason: String,
    },
    /// The TOML is malformed or has unknown keys.
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        /// The path.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A glob that does not parse.
    #[error("{path}: invalid glob {glob:?}: {message}")]
    BadGlob {
        /// The path.
        path: String,
        /// The glob.
        glob: String,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Parse configuration text read from `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| {
                    let before = &text[..s.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    (line, column)
                })
                .unwrap_or((1, 1));
            ConfigError::Invalid {
                path: shown.clone(),
                line,
                column,
                message: e.message().replace('\n', " "),
            }
        })?;
        config.root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        config.source = Some(path.to_path_buf());
        config.globs()?;
        Ok(config)
    }

    /// Read a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Unreadable {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Config::parse(&text, path)
    }

    /// The nearest `argmap.toml` in `start` or a directory above it.
    pub fn find(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|candidate| candidate.is_file())
    }

    /// The default paths, resolved against the file's directory.
    pub fn default_paths(&self) -> Vec<PathBuf> {
        self.paths.iter().map(|p| self.root.join(p)).collect()
    }

    /// The include and exclude globs, compiled.
    pub fn globs(&self) -> Result<(Option<GlobSet>, GlobSet), ConfigError> {
        let build = |list: &[String]| -> Result<GlobSet, ConfigError> {
            let mut builder = GlobSetBuilder::new();
            for g in list {
                let glob = Glob::new(g).map_err(|e| ConfigError::BadGlob {
                    path: self
                        .source
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    glob: g.clone(),
                    message: e.kind().to_string(),
                })?;
                builder.add(glob);
            }
            builder.build().map_err(|e| ConfigError::BadGlob {
                path: String::new(),
                glob: String::new(),
                message: e.to_string(),
            })
        };
        let include = if self.include.is_empty() {
            None
        } else {
            Some(build(&self.include)?)
        };
        Ok((include, build(&self.exclude)?))
    }

    /// True when a walked file passes the include and exclude globs. Globs
    /// match the path relative to the configuration file's directory.
    pub fn keeps(&self, path: &Path) -> bool {
        let Ok((include, exclude)) = self.globs() else {
            return true;
        };
        let relative = path.strip_prefix(&self.root).unwrap_or(path);
        let relative = relative.strip_prefix("./").unwrap_or(relative);
        include.is_none_or(|set| set.is_match(relative)) && !exclude.is_match(relative)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_levels_thresholds_and_globs() {
        let text = "paths = [\"corpus/\"]\nexclude = [\"**/draft-*.md\"]\n[rules]\nAM002 = \"error\"\norphan-evidence = \"off\"\n[thresholds]\nmin-evidence-per-claim = 2\n";
        let config = Config::parse(text, Path::new("/x/argmap.toml")).unwrap();
        assert_eq!(config.default_paths(), vec![PathBuf::from("/x/corpus/")]);
        assert_eq!(config.rules["AM002"], Level::Error);
        assert_eq!(config.thresholds.min_evidence_per_claim, 2);
        assert!(config.keeps(Path::new("/x/corpus/essay.md")));
        assert!(!config.keeps(Path::new("/x/corpus/draft-1.md")));
    }

    #[test]
    fn malformed_toml_names_line_and_column() {
        let err =
            Config::parse("paths = [\n\"a\",\nrules = 3", Path::new("argmap.toml")).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("argmap.toml:3:"), "{message}");
        let err = Config::parse("colour = true", Path::new("argmap.toml")).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }
}
