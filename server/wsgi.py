"""The WSGI entry point for production servers: ``gunicorn server.wsgi:app``.

Configure with ``SMMLINT_*`` environment variables (see ``server/settings.py``). The
library is warmed up at import, so with ``--preload`` every worker starts warm.
"""

from server import create_app
from server.serving import warm_up

app = create_app()
warm_up()
