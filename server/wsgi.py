"""The WSGI entry point for production servers: ``gunicorn server.wsgi:app``.

Configure with ``SMMLINT_*`` environment variables (see ``server/settings.py``). The
library is warmed up at import, so with ``--preload`` every worker starts warm.
"""

import logging

from server import create_app
from server.serving import warm_up

if not logging.getLogger().handlers:  # the server's own access lines, unless configured
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

app = create_app()
warm_up()
