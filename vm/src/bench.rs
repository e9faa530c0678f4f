//! `nsvm bench`: the benchmark suite under each namespace strategy (and any
//! other interpreter given with `--compare`), every run a fresh process,
//! the runs of all columns interleaved so that drift on a noisy machine
//! hits them alike, every run's stdout checked against CPython's.
//!
//! ```text
//! nsvm bench [--small] [--runs N] [--warmups N] [--strategies S,...]
//!            [--compare CMD]... [--json FILE] [--svg FILE] [--dir DIR] [PROGRAM...]
//! ```

use crate::interp::StrategyKind;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The usage text; the strategies come from `StrategyKind::ALL`.
fn usage_text() -> String {
    let all = StrategyKind::names(",");
    format!(
        "usage: nsvm bench [--small] [--runs N] [--warmups N] [--strategies {all}]
                  [--compare CMD]... [--json FILE] [--svg FILE] [--dir DIR] [PROGRAM...]
  --small          the small sizes (a quick check, as CI runs it)
  --runs N         timed runs per program and column (default 5; 3 with --small)
  --warmups N      untimed runs first (default 1)
  --strategies S   comma-separated namespace strategies (default {all})
  --compare CMD    another interpreter in the same loop, e.g. python3 or pypy3 (repeatable)
  --json FILE      pyperf-format results, one file per column: FILE with the column's
                   name before the extension (out.json -> out-dict.json, out-python3.json)
  --svg FILE       a bar chart of each column's time relative to the first
  --dir DIR        the programs (default: benches/programs of this checkout)"
    )
}

/// One program of the suite, from `manifest.tsv`.
#[derive(Clone, Debug)]
struct Program {
    name: String,
    category: String,
    size: String,
    expected: String,
}

/// One column of the table: a strategy of this nsvm, or another interpreter.
struct Column {
    label: String,
    /// Short name for file names.
    slug: String,
    cmd: Vec<String>,
}

#[derive(Default, Clone)]
struct Timings {
    warmups: Vec<f64>,
    values: Vec<f64>,
    /// Runs whose stdout differed from CPython's.
    wrong: usize,
}

struct Options {
    small: bool,
    runs: usize,
    warmups: usize,
    strategies: Vec<StrategyKind>,
    compare: Vec<String>,
    json: Option<PathBuf>,
    svg: Option<PathBuf>,
    dir: Option<PathBuf>,
    names: Vec<String>,
}

fn usage(msg: &str) -> i32 {
    let _ = writeln!(std::io::stderr(), "nsvm bench: {msg}\n{}", usage_text());
    2
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        small: false,
        runs: 0,
        warmups: 1,
        strategies: StrategyKind::ALL.to_vec(),
        compare: Vec::new(),
        json: None,
        svg: None,
        dir: None,
        names: Vec::new(),
    };
    let mut i = 0;
    let value = |i: usize| args.get(i + 1).cloned().ok_or_else(|| format!("{} needs a value", args[i]));
    while i < args.len() {
        match args[i].as_str() {
            "--small" => o.small = true,
            "--runs" => {
                o.runs = value(i)?.parse().ok().filter(|n| *n > 0).ok_or("--runs needs a positive number")?;
                i += 1;
            }
            "--warmups" => {
                o.warmups = value(i)?.parse().map_err(|_| "--warmups needs a number")?;
                i += 1;
            }
            "--strategies" => {
                let v = value(i)?;
                o.strategies =
                    v.split(',').map(|s| StrategyKind::parse(s.trim()).ok_or(format!("unknown namespace strategy '{s}'"))).collect::<Result<_, _>>()?;
                if o.strategies.is_empty() {
                    return Err("--strategies needs at least one strategy".into());
                }
                i += 1;
            }
            "--compare" => {
                o.compare.push(value(i)?);
                i += 1;
            }
            "--json" => {
                o.json = Some(PathBuf::from(value(i)?));
                i += 1;
            }
            "--svg" => {
                o.svg = Some(PathBuf::from(value(i)?));
                i += 1;
            }
            "--dir" => {
                o.dir = Some(PathBuf::from(value(i)?));
                i += 1;
            }
            "-h" | "--help" => return Err(String::new()),
            a if a.starts_with('-') => return Err(format!("unknown option '{a}'")),
            name => o.names.push(name.trim_end_matches(".py").to_string()),
        }
        i += 1;
    }
    if o.runs == 0 {
        o.runs = if o.small { 3 } else { 5 };
    }
    Ok(o)
}

/// `benches/programs` of this checkout: from the current directory up, or
/// beside the binary (`target/release/nsvm`).
fn find_dir() -> Option<PathBuf> {
    let mut starts: Vec<PathBuf> = Vec::new();
    if let Ok(d) = std::env::current_dir() {
        starts.push(d);
    }
    if let Ok(e) = std::env::current_exe() {
        starts.push(e);
    }
    for s in starts {
        for a in s.ancestors() {
            let p = a.join("benches").join("programs");
            if p.join("manifest.tsv").is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn load_programs(dir: &Path, small: bool, names: &[String]) -> Result<Vec<Program>, String> {
    let manifest = std::fs::read_to_string(dir.join("manifest.tsv")).map_err(|e| format!("cannot read {}/manifest.tsv: {e}", dir.display()))?;
    let mut lines = manifest.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| header.iter().position(|h| *h == n).ok_or(format!("manifest.tsv has no '{n}' column"));
    let (ni, di, si, ci) = (col("name")?, col("default_n")?, col("small_n")?, col("category")?);
    let mut progs = Vec::new();
    for l in lines {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < header.len() {
            continue;
        }
        let name = f[ni].to_string();
        if !names.is_empty() && !names.contains(&name) {
            continue;
        }
        let out = dir.join(if small { format!("{name}.small.out") } else { format!("{name}.out") });
        let expected = std::fs::read_to_string(&out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
        let size = if small { f[si] } else { f[di] }.to_string();
        progs.push(Program { name, category: f[ci].to_string(), size, expected });
    }
    if let Some(missing) = names.iter().find(|n| !progs.iter().any(|p| &p.name == *n)) {
        return Err(format!("no benchmark program named '{missing}' in {}", dir.display()));
    }
    if progs.is_empty() {
        return Err(format!("no benchmark programs in {}", dir.display()));
    }
    Ok(progs)
}

fn columns(o: &Options) -> Result<Vec<Column>, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the nsvm binary: {e}"))?;
    let mut cols = Vec::new();
    for s in &o.strategies {
        cols.push(Column {
            label: format!("nsvm {}", s.name()),
            slug: s.name().to_string(),
            cmd: vec![exe.to_string_lossy().into_owned(), "-X".into(), format!("namespaces={}", s.name())],
        });
    }
    for c in &o.compare {
        let cmd: Vec<String> = c.split_whitespace().map(String::from).collect();
        if cmd.is_empty() {
            return Err("--compare needs a command".into());
        }
        let slug: String = cmd[0].rsplit('/').next().unwrap_or("other").chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' }).collect();
        cols.push(Column { label: c.clone(), slug, cmd });
    }
    Ok(cols)
}

/// One fresh process: its wall time and whether its stdout was right.
fn run_once(col: &Column, dir: &Path, p: &Program) -> Result<(f64, bool), String> {
    let script = dir.join(format!("{}.py", p.name));
    let t0 = Instant::now();
    let out = Command::new(&col.cmd[0])
        .args(&col.cmd[1..])
        .arg(&script)
        .arg(&p.size)
        .env_remove("NSVM_NAMESPACES")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", col.label))?;
    let t = t0.elapsed().as_secs_f64();
    Ok((t, out.status.success() && out.stdout == p.expected.as_bytes()))
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

/// Half the range, as a percentage of the median.
fn spread(v: &[f64]) -> f64 {
    let m = median(v);
    let (lo, hi) = v.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| (a.min(*x), b.max(*x)));
    if v.is_empty() || m == 0.0 {
        0.0
    } else {
        50.0 * (hi - lo) / m
    }
}

fn geomean(v: &[f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp()
}

pub fn main(args: &[String]) -> i32 {
    let o = match parse(args) {
        Ok(o) => o,
        Err(m) if m.is_empty() => {
            println!("{}", usage_text());
            return 0;
        }
        Err(m) => return usage(&m),
    };
    let Some(dir) = o.dir.clone().or_else(find_dir) else {
        return usage("cannot find benches/programs; run from the checkout or give --dir");
    };
    let progs = match load_programs(&dir, o.small, &o.names) {
        Ok(p) => p,
        Err(m) => return usage(&m),
    };
    let cols = match columns(&o) {
        Ok(c) => c,
        Err(m) => return usage(&m),
    };
    let mut results: Vec<Vec<Timings>> = vec![vec![Timings::default(); cols.len()]; progs.len()];
    let mut err = std::io::stderr();
    // The progress line rewrites itself on a terminal; elsewhere (CI logs)
    // it is one line per program.
    let tty = std::io::IsTerminal::is_terminal(&err);
    for (pi, p) in progs.iter().enumerate() {
        if !tty {
            let _ = writeln!(err, "[{}/{}] {}", pi + 1, progs.len(), p.name);
        }
        let total = o.warmups + o.runs;
        for r in 0..total {
            for (ci, c) in cols.iter().enumerate() {
                let phase = if r < o.warmups { format!("warm-up {}/{}", r + 1, o.warmups) } else { format!("run {}/{}", r + 1 - o.warmups, o.runs) };
                if tty {
                    let _ = write!(err, "\r\x1b[K[{}/{}] {} {phase}: {}", pi + 1, progs.len(), p.name, c.label);
                    let _ = err.flush();
                }
                match run_once(c, &dir, p) {
                    Ok((t, ok)) => {
                        let slot = &mut results[pi][ci];
                        if !ok {
                            slot.wrong += 1;
                        }
                        if r < o.warmups {
                            slot.warmups.push(t);
                        } else {
                            slot.values.push(t);
                        }
                    }
                    Err(m) => {
                        if tty {
                            let _ = writeln!(err);
                        }
                        return usage(&m);
                    }
                }
            }
        }
    }
    if tty {
        let _ = write!(err, "\r\x1b[K");
    }
    print!("{}", table(&o, &progs, &cols, &results));
    if let Some(path) = &o.json {
        for (ci, c) in cols.iter().enumerate() {
            let file = json_path(path, &c.slug);
            let per: Vec<&Timings> = results.iter().map(|r| &r[ci]).collect();
            if let Err(e) = std::fs::write(&file, pyperf_json(&progs, &per, c, o.small)) {
                let _ = writeln!(err, "nsvm bench: cannot write {}: {e}", file.display());
                return 2;
            }
            println!("wrote {}", file.display());
        }
    }
    if let Some(path) = &o.svg {
        if let Err(e) = std::fs::write(path, svg(&progs, &cols, &results)) {
            let _ = writeln!(err, "nsvm bench: cannot write {}: {e}", path.display());
            return 2;
        }
        println!("wrote {}", path.display());
    }
    let wrong: usize = results.iter().flatten().map(|t| t.wrong).sum();
    if wrong > 0 {
        let _ = writeln!(err, "nsvm bench: {wrong} runs printed something other than CPython's output (marked '!')");
        return 1;
    }
    0
}

fn json_path(base: &Path, slug: &str) -> PathBuf {
    let stem = base.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "bench".into());
    let ext = base.extension().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "json".into());
    base.with_file_name(format!("{stem}-{slug}.{ext}"))
}

fn table(o: &Options, progs: &[Program], cols: &[Column], res: &[Vec<Timings>]) -> String {
    let mut s = String::new();
    let size = if o.small { "small" } else { "default" };
    let _ = writeln!(
        s,
        "nsvm bench: {} programs at {size} size, median of {} runs (after {} warm-up) per column; ± is half the range",
        progs.len(),
        o.runs,
        o.warmups
    );
    let _ = writeln!(s);
    let mut head = "| program | category |".to_string();
    let mut rule = "|---|---|".to_string();
    for c in cols {
        let _ = write!(head, " {} (s) |", c.label);
        rule += "---|";
    }
    for c in &cols[1..] {
        let _ = write!(head, " {} / {} |", c.label, cols[0].label);
        rule += "---|";
    }
    let _ = writeln!(s, "{head}\n{rule}");
    let mut by_cat: BTreeMap<(usize, String), Vec<Vec<f64>>> = BTreeMap::new();
    let order: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for p in progs {
            if !v.contains(&p.category) {
                v.push(p.category.clone());
            }
        }
        v
    };
    let mut all: Vec<Vec<f64>> = vec![Vec::new(); cols.len()];
    for (p, r) in progs.iter().zip(res) {
        let mut row = format!("| {} | {} |", p.name, p.category);
        for t in r {
            let mark = if t.wrong > 0 { " !" } else { "" };
            let _ = write!(row, " {:.3} ±{:.0}%{mark} |", median(&t.values), spread(&t.values));
        }
        let base = median(&r[0].values);
        let cat = by_cat.entry((order.iter().position(|c| *c == p.category).unwrap_or(0), p.category.clone())).or_insert_with(|| vec![Vec::new(); cols.len()]);
        for (ci, t) in r.iter().enumerate().skip(1) {
            let ratio = median(&t.values) / base;
            let _ = write!(row, " {ratio:.2} |");
            cat[ci].push(ratio);
            all[ci].push(ratio);
        }
        let _ = writeln!(s, "{row}");
    }
    for ((_, cat), ratios) in &by_cat {
        let mut row = format!("| geometric mean | {cat} |");
        for _ in cols {
            row += " |";
        }
        for r in ratios.iter().skip(1) {
            let _ = write!(row, " {:.2} |", geomean(r));
        }
        let _ = writeln!(s, "{row}");
    }
    let mut row = "| geometric mean | all |".to_string();
    for _ in cols {
        row += " |";
    }
    for r in all.iter().skip(1) {
        let _ = write!(row, " {:.2} |", geomean(r));
    }
    let _ = writeln!(s, "{row}");
    s
}

/// JSON string escaping (names and commands only: no control characters).
fn js(s: &str) -> String {
    let mut o = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => o += "\\\"",
            '\\' => o += "\\\\",
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// pyperf's JSON format (version 1.0): one benchmark per program, one run
/// per process, each run one value in seconds; the warm-up processes are
/// the first run's warm-ups.
fn pyperf_json(progs: &[Program], per: &[&Timings], col: &Column, small: bool) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "{{\"version\": \"1.0\", \"metadata\": {{\"description\": {}, \"command\": {}}}, \"benchmarks\": [",
        js(&format!("nsvm bench{}: {}", if small { " --small" } else { "" }, col.label)),
        js(&col.cmd.join(" "))
    );
    for (i, (p, t)) in progs.iter().zip(per).enumerate() {
        if i > 0 {
            s += ", ";
        }
        let _ = write!(s, "{{\"metadata\": {{\"name\": {}, \"unit\": \"second\", \"loops\": 1}}, \"runs\": [", js(&p.name));
        for (k, v) in t.values.iter().enumerate() {
            if k > 0 {
                s += ", ";
            }
            if k == 0 && !t.warmups.is_empty() {
                let w: Vec<String> = t.warmups.iter().map(|w| format!("[1, {w:.9}]")).collect();
                let _ = write!(s, "{{\"warmups\": [{}], \"values\": [{v:.9}]}}", w.join(", "));
            } else {
                let _ = write!(s, "{{\"values\": [{v:.9}]}}");
            }
        }
        s += "]}";
    }
    s += "]}\n";
    s
}

/// A grouped bar chart: per program, each column's median time relative to
/// the first column (which is 1.0, the dashed line).
fn svg(progs: &[Program], cols: &[Column], res: &[Vec<Timings>]) -> String {
    const COLORS: [&str; 6] = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1"];
    let ratios: Vec<Vec<f64>> = res.iter().map(|r| r.iter().map(|t| median(&t.values) / median(&r[0].values)).collect()).collect();
    let max = ratios.iter().flatten().copied().filter(|x| x.is_finite()).fold(1.0f64, f64::max) * 1.1;
    let (left, top, plot_h, group_w) = (60.0, 40.0, 300.0, 18.0 * cols.len() as f64 + 14.0);
    let width = left + group_w * progs.len() as f64 + 20.0;
    let height = top + plot_h + 110.0;
    let y = |v: f64| top + plot_h - plot_h * v / max;
    let mut s = String::new();
    let _ = writeln!(s, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" font-family=\"sans-serif\" font-size=\"11\">");
    let _ = writeln!(s, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
    let _ = writeln!(s, "<text x=\"{left}\" y=\"20\" font-size=\"14\">Time relative to {} (lower is faster)</text>", xml(&cols[0].label));
    let step = if max > 4.0 { 1.0 } else { 0.25 };
    let mut t = 0.0;
    while t <= max {
        let _ = writeln!(s, "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/>", width - 20.0, y(t), y(t));
        let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{t:.2}</text>", left - 4.0, y(t) + 4.0);
        t += step;
    }
    let _ = writeln!(s, "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>", width - 20.0, y(1.0), y(1.0));
    for (pi, (p, r)) in progs.iter().zip(&ratios).enumerate() {
        let x0 = left + group_w * pi as f64 + 7.0;
        for (ci, v) in r.iter().enumerate() {
            if !v.is_finite() {
                continue;
            }
            let x = x0 + 18.0 * ci as f64;
            let _ = writeln!(
                s,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"16\" height=\"{:.1}\" fill=\"{}\"><title>{}: {} {v:.2}</title></rect>",
                y(*v),
                top + plot_h - y(*v),
                COLORS[ci % COLORS.len()],
                xml(&p.name),
                xml(&cols[ci].label)
            );
        }
        let cx = x0 + 9.0 * cols.len() as f64;
        let _ = writeln!(s, "<text transform=\"translate({cx:.1},{:.1}) rotate(-45)\" text-anchor=\"end\">{}</text>", top + plot_h + 14.0, xml(&p.name));
    }
    for (ci, c) in cols.iter().enumerate() {
        let lx = left + 150.0 * ci as f64;
        let ly = height - 12.0;
        let _ = writeln!(s, "<rect x=\"{lx:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"{}\"/>", ly - 9.0, COLORS[ci % COLORS.len()]);
        let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{ly:.1}\">{}</text>", lx + 14.0, xml(&c.label));
    }
    s += "</svg>\n";
    s
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!((spread(&[1.0, 2.0, 3.0]) - 50.0).abs() < 1e-9);
        assert!((geomean(&[2.0, 8.0]) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn json_file_names_carry_the_column() {
        assert_eq!(json_path(Path::new("out/res.json"), "slots"), PathBuf::from("out/res-slots.json"));
        assert_eq!(json_path(Path::new("res"), "python3"), PathBuf::from("res-python3.json"));
    }

    #[test]
    fn options() {
        let a: Vec<String> = ["--small", "--strategies", "slots", "--compare", "python3", "arith.py"].iter().map(|s| s.to_string()).collect();
        let o = parse(&a).unwrap_or_else(|e| panic!("{e}"));
        assert!(o.small && o.runs == 3 && o.strategies == vec![StrategyKind::Slots] && o.compare == vec!["python3"] && o.names == vec!["arith"]);
        assert!(parse(&["--strategies".to_string(), "hash".to_string()]).is_err());
        assert!(parse(&["--runs".to_string(), "0".to_string()]).is_err());
    }
}
