"""``python -m smmlint`` works like the ``smmlint`` command."""

from smmlint.cli import main

raise SystemExit(main())
