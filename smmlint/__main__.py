"""``python -m smmlint`` works like the ``smmlint`` command."""

from smmlint.cli import main

if __name__ == "__main__":  # not when a worker process re-imports it (spawn start method)
    raise SystemExit(main())
