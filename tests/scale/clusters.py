"""Real clusters on loopback for the engine tests: a Spark standalone master and worker
(started with pyspark's ``bin/spark-class``) and a Dask scheduler with two workers, each a
separate process. Everything waits for a condition (a port, a registered worker), never a
fixed time, and is torn down by process id."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import psutil

from smmlint.dask.workers import worker_environment

HOST = "127.0.0.1"
# Short-lived JVMs on 2 cores: the quick JIT tier and one GC thread halve their start-up CPU.
JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
START_TIMEOUT = 120.0  # seconds a busy 2-core machine may take to start a JVM
Found = TypeVar("Found")


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until(
    found: Callable[[], Found | None], what: str, timeout: float = START_TIMEOUT
) -> Found:
    """Poll ``found`` until it returns something truthy; ``TimeoutError`` naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        result = found()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
        time.sleep(0.05)


@dataclass
class Service:
    """A process started for the tests, with its log file."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path

    @classmethod
    def start(cls, name: str, argv: list[str], logs: Path, env: dict[str, str]) -> Service:
        log = logs / f"{name}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
        return cls(name, process, log)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        """Still running; a service that died says so with the end of its log."""
        if self.process.poll() is None:
            return True
        tail = self.log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{tail}")

    def descendants(self) -> list[psutil.Process]:
        try:
            return psutil.Process(self.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def stop(self) -> None:
        """End the process and everything it started, by process id."""
        stop_processes([*self.descendants(), psutil.Process(self.pid)])
        self.process.wait(timeout=30)


def stop_processes(processes: list[psutil.Process]) -> None:
    """SIGTERM each, SIGKILL what is left after a grace period."""
    for process in processes:
        _signal(process, signal.SIGTERM)
    _, left = psutil.wait_procs(processes, timeout=10)
    for process in left:
        _signal(process, signal.SIGKILL)
    psutil.wait_procs(left, timeout=10)


def _signal(process: psutil.Process, sig: signal.Signals) -> None:
    with contextlib.suppress(psutil.NoSuchProcess):
        process.send_signal(sig)


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((HOST, port)) == 0


@dataclass
class SparkCluster:
    """A standalone master and one worker (2 cores) on loopback."""

    url: str
    ui_port: int
    master: Service
    worker: Service
    env: dict[str, str] = field(repr=False)

    def status(self) -> dict:
        """The master's state; empty while its web UI is still starting."""
        try:
            with urllib.request.urlopen(f"http://{HOST}:{self.ui_port}/json/", timeout=5) as answer:
                return json.load(answer)
        except (OSError, ValueError):  # URLError and HTTPError are OSErrors
            return {}

    def executors(self) -> list[psutil.Process]:
        """The executor JVMs the worker runs for applications."""
        return [
            p for p in self.worker.descendants() if "CoarseGrainedExecutorBackend" in _cmdline(p)
        ]

    def stop(self) -> None:
        self.worker.stop()
        self.master.stop()


def spark_env() -> dict[str, str]:
    """The environment for Spark's processes: pip's pyspark as SPARK_HOME, this venv's Python
    for the executors (else they run ``python3`` from the PATH, without smmlint)."""
    import pyspark

    return {
        **os.environ,
        "SPARK_HOME": str(Path(pyspark.__file__).parent),
        "SPARK_LOCAL_IP": HOST,
        # no REST submission server: it would take the fixed port 6066
        "SPARK_MASTER_OPTS": "-Dspark.master.rest.enabled=false",
        "SPARK_DAEMON_JAVA_OPTS": JAVA_OPTIONS,
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
    }


def start_spark(logs: Path) -> SparkCluster:
    """A master, then a worker registered with it."""
    env = spark_env()
    spark_class = str(Path(env["SPARK_HOME"]) / "bin" / "spark-class")
    port, ui_port = free_port(), free_port()
    master = Service.start(
        "spark-master",
        [
            spark_class,
            "org.apache.spark.deploy.master.Master",
            "--host",
            HOST,
            "--port",
            str(port),
            "--webui-port",
            str(ui_port),
        ],
        logs,
        env,
    )
    url = f"spark://{HOST}:{port}"
    worker = None
    try:
        wait_until(lambda: master.alive() and port_open(port) and port_open(ui_port), "the master")
        work_dir = logs / "spark-work"
        worker = Service.start(
            "spark-worker",
            [
                spark_class,
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                HOST,
                "--port",
                str(free_port()),
                "--webui-port",
                str(free_port()),
                "--cores",
                "2",
                "--memory",
                "2g",
                "--work-dir",
                str(work_dir),
                url,
            ],
            logs,
            env,
        )
        cluster = SparkCluster(url, ui_port, master, worker, env)
        wait_until(
            lambda: worker.alive() and cluster.status().get("aliveworkers") == 1,
            "the worker to register",
        )
        return cluster
    except BaseException:
        for service in (worker, master):
            if service is not None:
                service.stop()
        raise


@dataclass
class DaskCluster:
    """A scheduler and two single-threaded workers, each its own process."""

    address: str
    scheduler: Service
    workers: list[Service]

    def stop(self) -> None:
        for service in (*self.workers, self.scheduler):
            if service.process.poll() is None:
                service.stop()


def start_dask(logs: Path, workers: int = 2) -> DaskCluster:
    """The scheduler (no dashboard: 8787 is ``smmlint serve``'s), then the workers."""
    port = free_port()
    address = f"tcp://{HOST}:{port}"
    env = {
        **os.environ,
        "DASK_DISTRIBUTED__WORKER__DAEMON": "False",
        # the settings docs/scale.md recommends for workers that lint (no sampling profiler,
        # fewer health checks): an idle worker burns 0.8 % of a core, 3.6 % with Dask's defaults
        **worker_environment(),
    }
    scheduler = Service.start(
        "dask-scheduler",
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_scheduler",
            "--host",
            HOST,
            "--port",
            str(port),
            "--no-dashboard",
        ],
        logs,
        env,
    )
    started = [scheduler]
    try:
        wait_until(lambda: scheduler.alive() and port_open(port), "the Dask scheduler")
        for number in range(1, workers + 1):
            started.append(
                Service.start(
                    f"dask-worker-{number}",
                    [
                        sys.executable,
                        "-m",
                        "distributed.cli.dask_worker",
                        address,
                        "--host",
                        HOST,
                        "--nthreads",
                        "1",
                        "--no-nanny",
                        "--no-dashboard",
                        "--name",
                        f"worker-{number}",
                        "--local-directory",
                        str(logs / f"dask-worker-{number}"),
                    ],
                    logs,
                    env,
                )
            )
        return DaskCluster(address, scheduler, started[1:])
    except BaseException:
        for service in reversed(started):
            service.stop()
        raise


def _cmdline(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())
    except psutil.Error:
        return ""
