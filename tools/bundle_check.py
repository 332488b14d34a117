"""`make bundle-check`: runs the built bundle as a user would and checks what it does.

--version; decide; render (the PDF's text is read back); render --email-to through a real SMTP
server on loopback; a 3-row render --batch; and the window, offscreen, until its first
preview is painted, then a clean exit (HEAT_OR_ICE_QUIT_AFTER_FIRST_PREVIEW=1). Every step
runs with private config, data and log folders. Prints one line per step and its time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from handouts.identity import APP_ID, QUIT_AFTER_PREVIEW_VARIABLE, VERSION
from tests.mail_server import smtp_server
from ui.first_preview import PAINTED

BATCH = (
    "output,region,onset,days,signs,patient\n"
    "one.pdf,knee,injury,0,swelling,Ann One\n"
    "two.pdf,low-back,flare-up,,spasm,Bob Two\n"
    "three.pdf,neck,gradual,,stiffness,Cy Three\n"
)


class CheckFailed(Exception):
    pass


def run(binary: Path, *args: str, env: dict[str, str], timeout: float = 120) -> tuple[str, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [str(binary), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise CheckFailed(
            f"{' '.join(args) or 'window'}: exit {result.returncode}\n{result.stderr}"
        )
    return result.stdout, seconds


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)


def check(binary: Path, work: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (work / name).mkdir()
        env[name] = str(work / name)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    out, seconds = run(binary, "--version", env=env)
    expect(out.strip() == f"{APP_ID} {VERSION}", f"--version said {out!r}")
    print(f"ok  --version: {out.strip()} ({seconds:.1f} s)")

    out, seconds = run(binary, "decide", "--region", "low-back", "--onset", "flare-up", env=env)
    expect(json.loads(out)["modality"] == "heat", f"decide said {out!r}")
    print(f"ok  decide: heat for a back flare-up ({seconds:.1f} s)")

    pdf = work / "jane.pdf"
    handout = ["render", "--region", "knee", "--onset", "injury", "--days", "0"]
    out, seconds = run(binary, *handout, "--patient", "Jane Doe", "-o", str(pdf), env=env)
    text = pdf_text(pdf)
    expect("Jane Doe" in text and "ice" in text.lower(), f"the handout's text: {text[:200]!r}")
    print(f"ok  render: {len(PdfReader(pdf).pages)} pages naming Jane Doe ({seconds:.1f} s)")

    with smtp_server() as server:
        out, seconds = run(
            binary, *handout, "-o", str(work / "mailed.pdf"), "--email-to", "pat@example.com",
            "--smtp-host", "127.0.0.1", "--smtp-port", str(server.port),
            "--smtp-security", "none", "--email-from", "desk@example.org", env=env,
        )  # fmt: skip
    expect(len(server.recorder.received) == 1, "the loopback mail server received nothing")
    print(f"ok  render --email-to: sent through SMTP on loopback ({seconds:.1f} s)")

    batch = work / "batch"
    batch.mkdir()
    (batch / "patients.csv").write_text(BATCH, "utf-8")
    out, seconds = run(binary, "render", "--batch", str(batch / "patients.csv"), env=env)
    for name, patient in (("one", "Ann One"), ("two", "Bob Two"), ("three", "Cy Three")):
        expect(patient in pdf_text(batch / f"{name}.pdf"), f"{name}.pdf lacks {patient}")
    print(f"ok  render --batch: 3 handouts ({seconds:.1f} s)")

    window_env = {**env, "QT_QPA_PLATFORM": "offscreen", QUIT_AFTER_PREVIEW_VARIABLE: "1"}
    out, seconds = run(binary, env=window_env)
    expect(PAINTED in out, f"the window said {out!r}")
    print(f"ok  window: first preview painted, exit 0 ({seconds:.1f} s from start to exit)")


def main() -> int:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else f"dist/{APP_ID}/{APP_ID}").resolve()
    if not binary.exists():
        print(f"bundle-check: no bundle at {binary}: run make bundle first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        try:
            check(binary, Path(folder))
        except (CheckFailed, subprocess.TimeoutExpired) as error:
            print(f"bundle-check: FAILED: {error}", file=sys.stderr)
            return 1
    print("bundle-check: all good")
    return 0


if __name__ == "__main__":
    sys.exit(main())
