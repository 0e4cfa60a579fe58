//! The README's GitHub Actions recipe, run as the job would run it: its
//! lint step's command, in a fresh git repository with a bad essay, under
//! the shell GitHub uses for `run:` (`bash -eo pipefail`). The job must
//! fail, and the SARIF file the upload step sends must name the essay.

use std::path::Path;
use std::process::Command;

/// The `run:` command of the step named `name` in the README's workflow.
fn readme_step(name: &str) -> String {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let workflow = readme
        .split("```yaml\n")
        .find(|block| block.starts_with("jobs:"))
        .and_then(|block| block.split("```").next())
        .expect("the README has a workflow");
    let mut lines = workflow
        .lines()
        .skip_while(|l| l.trim() != format!("- name: {name}"));
    lines
        .next()
        .unwrap_or_else(|| panic!("no step {name:?} in\n{workflow}"));
    let run = lines
        .next()
        .and_then(|l| l.trim().strip_prefix("run: "))
        .unwrap_or_else(|| panic!("step {name:?} has no run line"));
    run.to_string()
}

/// Run `command` in `dir` as a workflow step, with this build's argmap first on PATH.
fn run_step(dir: &Path, command: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("argmap");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", command])
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs")
}

fn fresh_repository(essay: &str) -> Option<tempfile::TempDir> {
    let dir = tempfile::tempdir().unwrap();
    let init = Command::new("git")
        .args(["init", "-q"])
        .current_dir(dir.path())
        .status();
    if !init.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED the CI recipe test: `git init` is not available");
        return None;
    }
    std::fs::create_dir(dir.path().join("essays")).unwrap();
    std::fs::write(dir.path().join("essays/school-meals.md"), essay).unwrap();
    Some(dir)
}

/// An essay with an error: a recommendation that nothing supports (AM003).
const BAD: &str = "# School Meals\n\nSchools should serve free lunches to every pupil.\n\n\
    Hungry children learn less. A 2019 study of 2,000 pupils found that test scores rose by 9 percent after free lunches began.\n\n\
    Parents should also pack fruit for the afternoon break.\n";

#[test]
fn the_readme_ci_recipe_fails_the_job_on_a_bad_essay() {
    let step = readme_step("Lint essays");
    assert!(step.starts_with("argmap lint"), "{step}");
    let Some(repo) = fresh_repository(BAD) else {
        return;
    };
    let out = run_step(repo.path(), &step);
    assert_ne!(
        out.status.code(),
        Some(0),
        "the job must fail: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log: serde_json::Value =
        serde_json::from_slice(&std::fs::read(repo.path().join("argmap.sarif")).unwrap())
            .expect("the step leaves a SARIF log for the upload step");
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let location = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(location["uri"], "essays/school-meals.md");
        assert_eq!(location["uriBaseId"], "%SRCROOT%");
    }
    assert!(results.iter().any(|r| r["ruleId"] == "AM003"));
    assert_eq!(
        log["runs"][0]["invocations"][0]["executionSuccessful"],
        true
    );

    // The same repository with the error fixed passes.
    let fixed = BAD.replace(
        "Parents should also pack fruit for the afternoon break.\n",
        "",
    );
    std::fs::write(repo.path().join("essays/school-meals.md"), fixed).unwrap();
    let out = run_step(repo.path(), &step);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
