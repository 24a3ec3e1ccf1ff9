"""The Dask settings recommended for workers that lint: Dask's own periodic work, not the
linting, is what a worker spends beside its tasks (docs/scale.md, "Where a worker's CPU
goes"). Every setting only coarsens what the dashboard shows; none changes a result, task
placement, retries or the workers' memory limits.

- ``distributed.worker.profile.enabled``: no sampling profiler. It walks the running task's
  stack 100 times a second (the dashboard's profile page), about 3.5 % of a busy worker's CPU.
- ``distributed.admin.tick.interval``: the event loop checks its own health once a second, not
  every 20 ms; a loop blocked for longer than ``tick.limit`` (3 s) is still reported.
- ``distributed.admin.system-monitor.interval``: the worker samples its CPU, memory and network
  for the dashboard every 2 s, not every 0.5 s.

A ``LocalCluster`` takes them from ``dask.config`` when it starts its workers::

    with dask.config.set(WORKER_CONFIG):
        cluster = LocalCluster(n_workers=4, threads_per_worker=1)

and ``dask worker`` from the environment (``worker_environment()``, or docs/scale.md). The
job (``smmlint-dask``) names the settings its cluster's workers run otherwise
(``unrecommended``).
"""

from __future__ import annotations

from typing import Any

WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


def worker_environment() -> dict[str, str]:
    """``WORKER_CONFIG`` as the ``DASK_*`` environment variables that ``dask worker`` (and any
    Dask process) reads at start-up."""
    return {_variable(key): str(value) for key, value in WORKER_CONFIG.items()}


def _variable(key: str) -> str:
    return "DASK_" + key.upper().replace(".", "__").replace("-", "_")


def running_settings(dask_worker: Any) -> dict[str, Any]:
    """What a running worker applies of ``WORKER_CONFIG`` (intervals in seconds); for
    ``Client.run``, which passes the worker."""
    callbacks = dask_worker.periodic_callbacks

    def seconds(name: str) -> float | None:  # None: this version of Dask has no such callback
        return callbacks[name].callback_time / 1000 if name in callbacks else None

    return {
        "distributed.worker.profile.enabled": "profile" in callbacks,
        "distributed.admin.tick.interval": seconds("tick"),
        "distributed.admin.system-monitor.interval": seconds("monitor"),
    }


def unrecommended(client: Any) -> list[str]:
    """The ``WORKER_CONFIG`` keys that some worker of ``client``'s cluster runs otherwise."""
    from dask.utils import parse_timedelta

    wanted = {
        key: value if isinstance(value, bool) else parse_timedelta(value)
        for key, value in WORKER_CONFIG.items()
    }
    running = client.run(running_settings).values()
    off = {key for found in running for key, value in found.items() if value != wanted[key]}
    return sorted(off)
