"""The WSGI entry point for production servers:
``gunicorn -c python:server.gunicorn_conf server.wsgi:app``.

Configure with ``SMMLINT_*`` environment variables (see ``server/settings.py``). The
library is warmed up at import, so with ``--preload`` every worker starts warm.

``serve``'s rules hold here too: without a required token (``SMMLINT_TOKEN``) the app
answers this machine only (a request from another address gets 401 ``token_required``),
and says so loudly at start; ``server.gunicorn_conf`` refuses a non-loopback bind without
one, and answers gunicorn's own errors as JSON.
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
if not app.extensions["smmlint"].security.require_token:
    logging.getLogger("smmlint.server").warning(
        "no token set (SMMLINT_TOKEN): answering requests from this machine only; requests "
        "from other addresses get 401 token_required"
    )
warm_up()
