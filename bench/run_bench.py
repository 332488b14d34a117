"""The benchmark behind `make bench`: one line per figure, `name: value unit`, and a JSON file.

Each figure is the median of repeated runs. Budgets (issue 6) are checked at the end and
reported; the exit code is 1 when a budget is missed, so the figures are never silently bad.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = ROOT / "bench" / "results.json"
REPEATS = 9
COLD_REPEATS = 5
# Start-up is compared with a bare window over more rounds: on a shared 2-core machine a
# 5-round median of either moves by a third from run to run (1.3-1.95 x on one tree).
STARTUP_REPEATS = 15


def median_ms(work: Callable[[], object], repeats: int = REPEATS, warmup: int = 2) -> float:
    for _ in range(warmup):
        work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def medians_in_turn(*measures: Callable[[], float], repeats: int = COLD_REPEATS) -> list[float]:
    """The median of each measure (a callable returning milliseconds), taken in turn round
    after round, so that a change in the machine's load weighs on all of them alike. The
    first round warms the disk cache only."""
    times: list[list[float]] = [[] for _ in measures]
    for run in range(repeats + 1):
        for taken, measure in zip(times, measures, strict=True):
            value = measure()
            if run:
                taken.append(value)
    return [statistics.median(taken) for taken in times]


def typical_handout():  # type: ignore[no-untyped-def]
    """A back flare-up with spasm and knots, a clinic profile and a short note."""
    from handouts.decision import decide
    from handouts.model import Presentation
    from handouts.profile import ClinicProfile
    from handouts.render import Handout

    presentation = Presentation(region="low-back", signs=["spasm", "knots"], preference="heat")
    return Handout(
        presentation=presentation,
        recommendation=decide(presentation),
        profile=ClinicProfile(name="Harbour Physio", clinician="Sam Rivera", phone="555 0100"),
        patient="Alex Sample",
        note="Try the warm shower in the morning before work.",
        date=datetime.date(2026, 11, 23),
    )


def standalone_html(html: str) -> str:
    """Our HTML with the very CSS the Renderer applies inlined, for plain WeasyPrint."""
    from handouts.render import TEMPLATES_DIR, font_face_css, font_files

    css = "\n".join(
        [
            font_face_css(font_files()),
            (TEMPLATES_DIR / "handout.css").read_text(encoding="utf-8"),
            "@page { size: A4; }",
        ]
    )
    head_end = html.index("</head>")
    return f"{html[:head_end]}<style>{css}</style>{html[head_end:]}"


render_figures_cache: dict[str, float] = {}


def render_figures() -> dict[str, float]:
    """Our final and preview renders against plain WeasyPrint on the same HTML and CSS."""
    from weasyprint import HTML

    from handouts.render import TEMPLATES_DIR, Renderer

    renderer = Renderer()
    handout = typical_handout()
    baseline_html = standalone_html(renderer.html(handout))
    base_url = TEMPLATES_DIR.as_uri() + "/"
    render_figures_cache.update(
        render_final_ms=median_ms(lambda: renderer.pdf(handout)),
        # What a tick waits for: the preview, the page exactly as it will print.
        render_preview_ms=median_ms(lambda: renderer.pdf(handout, preview=True)),
        weasyprint_baseline_ms=median_ms(
            lambda: HTML(string=baseline_html, base_url=base_url).write_pdf()
        ),
    )
    return dict(render_figures_cache)


def bench_env(home: Path) -> dict[str, str]:
    """A private config/data folder, so the benchmark never touches the user's settings."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    return env


def cold_cli_and_plain_ms(home: Path) -> tuple[float, float]:
    """(our command line, plain WeasyPrint): each a cold render in a fresh process, plain
    WeasyPrint on the same HTML and CSS. They are taken in turn, ours then plain, so that a
    change in the machine's load weighs on both alike (measured minutes apart, the ratio
    swung between 0.9 and 1.3 x from the load alone)."""
    # Lazy, like gui_bench: the sys.path above must be set first.
    from bench.felt_speed import weasyprint_cold_command
    from handouts.render import Renderer

    ours = [
        sys.executable,
        str(ROOT / "main.py"),
        "render",
        "--region",
        "low-back",
        "--sign",
        "spasm",
        "--patient",
        "Alex Sample",
        "-o",
        str(home / "cli.pdf"),
    ]
    plain = weasyprint_cold_command(home, standalone_html(Renderer().html(typical_handout())))
    env = bench_env(home)

    def cold_ms(command: list[str]) -> Callable[[], float]:
        def run() -> float:
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            return (time.perf_counter() - start) * 1000

        return run

    ours_ms, plain_ms = medians_in_turn(cold_ms(ours), cold_ms(plain))
    return ours_ms, plain_ms


def compile_bytecode() -> None:
    """Cache our modules' bytecode, as any installed app has it (this machine sets
    PYTHONDONTWRITEBYTECODE, which would otherwise make every cold start recompile them)."""
    import compileall

    for folder in ("handouts", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)


def startup_pair_ms(home: Path) -> tuple[float, float]:
    """(the app, a bare Qt window): each started in a fresh process until its event loop is
    first idle. They are taken in turn, so that a change in the machine's load weighs on
    both alike."""
    env = bench_env(home)

    def idle_ms(which: str) -> Callable[[], float]:
        def run() -> float:
            probe = [sys.executable, str(ROOT / "bench" / "startup_probe.py"), which]
            started = time.time()
            result = subprocess.run(probe, env=env, check=True, capture_output=True, text=True)
            line = next(x for x in result.stdout.splitlines() if x.startswith("idle-at "))
            return (float(line.split()[1]) - started) * 1000

        return run

    app_ms, qt_ms = medians_in_turn(idle_ms("app"), idle_ms("qt"), repeats=STARTUP_REPEATS)
    return app_ms, qt_ms


def batch_100_s(home: Path, prefix: Sequence[str] = ()) -> float:
    rows = home / "batch.csv"
    regions = ["low-back", "neck", "knee", "ankle-foot", "shoulder"]
    with rows.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["output", "region", "onset", "days", "signs", "patient"])
        for index in range(100):
            onset, days = ("injury", str(index % 6)) if index % 3 == 0 else ("flare-up", "")
            writer.writerow(
                [f"out/{index:03}.pdf", regions[index % 5], onset, days, "swelling", f"P{index}"]
            )
    (home / "out").mkdir(exist_ok=True)
    command = [*prefix, sys.executable, str(ROOT / "main.py"), "render", "--batch", str(rows)]
    start = time.perf_counter()
    subprocess.run(command, env=bench_env(home), cwd=home, check=True, capture_output=True)
    return time.perf_counter() - start


def cpu_model() -> str:
    """The processor's name as Linux gives it (a virtual machine can move to other hardware
    between runs), or the platform's guess elsewhere."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def subsetter() -> str:
    from weasyprint.text.ffi import harfbuzz_subset

    return "harfbuzz-subset" if harfbuzz_subset is not None else "fonttools (slow fallback)"


def main() -> int:
    figures: dict[str, float] = {}
    units: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="heat-or-ice-bench-") as temp:
        home = Path(temp)
        compile_bytecode()
        figures.update(render_figures())
        figures["cli_render_ms"], figures["weasyprint_cold_ms"] = cold_cli_and_plain_ms(home)
        figures["startup_ms"], figures["qt_baseline_ms"] = startup_pair_ms(home)
        from bench.gui_bench import gui_figures

        figures.update(gui_figures())
        figures["batch_100_s"] = batch_100_s(home)
        # Lazy, like gui_bench: the sys.path above must be set first.
        from bench import felt_speed
        from bench.record_bench import record_figures

        figures.update(record_figures(home))
        figures.update(felt_speed.figures(home, bench_env(home), sys.modules[__name__]))
    for name, value in figures.items():
        units[name] = (
            "s" if name.endswith("_s")
            else "MB" if name.endswith("_mb")
            else "ms" if name.endswith("_ms")
            else ""
        )  # fmt: skip
        print(f"{name}: {value:.1f} {units[name]}")

    budget = {
        "render_final_ms <= 500": figures["render_final_ms"] <= 500,
        "render_final_ms <= 1.1 x baseline": figures["render_final_ms"]
        <= 1.1 * figures["weasyprint_baseline_ms"],
        "render_preview_ms <= 250": figures["render_preview_ms"] <= 250,
        "startup_ms <= 1.6 x qt_baseline_ms": figures["startup_ms"]
        <= 1.6 * figures["qt_baseline_ms"],
        "gui_blocked_max_ms <= 16": figures["gui_blocked_max_ms"] <= 16,
        "rss_growth_mb <= 20": figures["rss_growth_mb"] <= 20,
        "history_search_ms <= 50 (100,000 rows)": figures["history_search_ms"] <= 50,
        "history_open_ms <= 200 (100,000 rows)": figures["history_open_ms"] <= 200,
        **felt_speed.budget(figures),
    }
    absent = felt_speed.not_built(figures)
    for name, reason in absent.items():
        print(f"{name}: {reason}")
    for check, met in budget.items():
        print(f"budget {'met' if met else 'MISSED'}: {check}")
    RESULTS.write_text(
        json.dumps(
            {
                "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "machine": {
                    "cpus": os.cpu_count(),
                    "cpu_model": cpu_model(),
                    "platform": platform.platform(),
                    "python": platform.python_version(),
                    # Other work on the machine skews every figure: the load when written.
                    "load_average": [round(load, 2) for load in os.getloadavg()],
                    "font_subsetter": subsetter(),
                },
                "figures": {name: round(value, 1) for name, value in figures.items()},
                "units": units,
                "budget": budget,
                "not_built": absent,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written: {RESULTS.relative_to(ROOT)}")
    return 0 if all(budget.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
