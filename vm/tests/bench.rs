//! `nsvm bench --small`: the table, every program's output against
//! CPython's under every strategy, the pyperf JSON (read back by pyperf
//! itself where it is installed) and the chart.

use std::process::Command;

#[test]
fn bench_small_prints_the_table_and_writes_pyperf_json_and_svg() {
    let dir = std::env::temp_dir().join(format!("nsvm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let json = dir.join("res.json");
    let svg = dir.join("chart.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm"))
        .args(["bench", "--small", "--runs", "2", "--warmups", "0", "--json"])
        .arg(&json)
        .arg("--svg")
        .arg(&svg)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run nsvm bench");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "every program must print CPython's output under every strategy:\n{stdout}\n{stderr}");
    assert!(stdout.contains("| program | category | nsvm dict (s) | nsvm slots (s) | nsvm slots / nsvm dict |"), "{stdout}");
    let rows = stdout.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| program") && !l.starts_with("| geometric")).count();
    assert!(rows >= 14, "at least 14 programs:\n{stdout}");
    assert!(!stdout.contains(" !"), "a run printed the wrong output:\n{stdout}");
    assert!(stdout.contains("| geometric mean | all |"), "{stdout}");
    let svg_text = std::fs::read_to_string(&svg).expect("the chart");
    assert!(svg_text.starts_with("<svg") && svg_text.matches("<rect").count() > rows, "{svg_text}");
    let (dict_json, slots_json) = (dir.join("res-dict.json"), dir.join("res-slots.json"));
    for f in [&dict_json, &slots_json] {
        let text = std::fs::read_to_string(f).expect("a pyperf file per strategy");
        assert!(text.starts_with("{\"version\": \"1.0\"") && text.contains("\"name\": \"arith\""), "{text}");
    }
    let has_pyperf = Command::new("python3").args(["-c", "import pyperf"]).output().map(|o| o.status.success()).unwrap_or(false);
    if !has_pyperf {
        println!("notice: pyperf is not installed (pip install pyperf); its reading of the JSON is not checked");
    } else {
        let show = Command::new("python3").args(["-m", "pyperf", "show", "--quiet"]).arg(&slots_json).output().expect("run pyperf");
        let text = String::from_utf8_lossy(&show.stdout);
        assert!(show.status.success(), "pyperf show failed:\n{text}\n{}", String::from_utf8_lossy(&show.stderr));
        assert!(text.contains("arith: Mean +- std dev:") && text.contains("tokenizer: Mean +- std dev:"), "{text}");
        let cmp = Command::new("python3").args(["-m", "pyperf", "compare_to"]).arg(&dict_json).arg(&slots_json).output().expect("run pyperf");
        let text = String::from_utf8_lossy(&cmp.stdout);
        assert!(cmp.status.success(), "pyperf compare_to failed:\n{text}\n{}", String::from_utf8_lossy(&cmp.stderr));
        assert!(text.contains("Geometric mean") || text.contains("not significant"), "{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
