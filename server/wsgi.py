"""The WSGI entry point for production servers: ``gunicorn server.wsgi:app``.

Configure with ``SMMLINT_*`` environment variables (see ``server/settings.py``). The
library is warmed up at import, so with ``--preload`` every worker starts warm.
"""

import logging

from server import create_app
from server.serving import warm_up

# The server's own access lines (no draft text) go where gunicorn logs, or to stderr.
_gunicorn = logging.getLogger("gunicorn.error")
if _gunicorn.handlers:
    _server_log = logging.getLogger("smmlint.server")
    _server_log.handlers = _gunicorn.handlers
    _server_log.setLevel(logging.INFO)
    _server_log.propagate = False
elif not logging.getLogger().handlers:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

app = create_app()
warm_up()
