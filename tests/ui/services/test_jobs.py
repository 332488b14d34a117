"""The one way off the GUI thread: results and failures come back in the GUI thread, in order."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from ui.services.jobs import JobRunner


class Recorder:
    def __init__(self) -> None:
        self.answers: list[tuple[str, Any, bool]] = []

    def done(self, value: Any) -> None:
        self.answers.append(("done", value, QThread.currentThread().isMainThread()))

    def failed(self, error: Exception) -> None:
        self.answers.append(("failed", error, QThread.currentThread().isMainThread()))


@pytest.fixture
def runner(qtbot: QtBot) -> JobRunner:
    return JobRunner("test-jobs")


def test_jobs_run_off_the_gui_thread_and_answer_on_it(qtbot: QtBot, runner: JobRunner) -> None:
    recorder = Recorder()
    gui_thread = threading.get_ident()
    ids = [
        runner.submit(lambda n=n: (n, threading.get_ident()), recorder.done, recorder.failed)
        for n in range(5)
    ]
    qtbot.waitUntil(lambda: len(recorder.answers) == 5, timeout=5_000)

    assert ids == sorted(set(ids))
    assert [value[0] for _kind, value, _on_gui in recorder.answers] == list(range(5))
    assert all(kind == "done" and on_gui for kind, _value, on_gui in recorder.answers)
    worker_threads = {value[1] for _kind, value, _on_gui in recorder.answers}
    assert gui_thread not in worker_threads
    assert len(worker_threads) == 1  # one thread: the jobs run one at a time, in order


def test_a_failure_comes_back_as_the_exception(qtbot: QtBot, runner: JobRunner) -> None:
    recorder = Recorder()

    def broken() -> None:
        raise ValueError("no good")

    runner.submit(broken, recorder.done, recorder.failed)
    qtbot.waitUntil(lambda: bool(recorder.answers), timeout=5_000)
    [(kind, error, on_gui)] = recorder.answers
    assert kind == "failed" and on_gui
    assert isinstance(error, ValueError) and str(error) == "no good"


def test_after_shutdown_no_answer_arrives(qtbot: QtBot, runner: JobRunner) -> None:
    recorder = Recorder()
    started = threading.Event()
    release = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "late"

    runner.submit(slow, recorder.done, recorder.failed)
    runner.submit(lambda: "waiting", recorder.done, recorder.failed)
    assert started.wait(5)
    release.set()
    runner.shutdown()
    QCoreApplication.processEvents()  # the finished job's queued answer, were it delivered
    assert recorder.answers == []
