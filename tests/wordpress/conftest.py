"""A real WordPress (Debian's package, MariaDB, PHP's built-in server) and a real smmlint server.

scripts/setup.d/40-wordpress.sh installs the site once; these fixtures start what the tests
need (MariaDB if it is down, `php -S` with the site's router, `python -m server`) on free
ports and stop all of it again.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from wp_site import (
    PLUGIN,
    PLUGIN_LINK,
    SETUP,
    SITE_CONFIG,
    WORDPRESS,
    SilentServer,
    SmmlintServer,
    User,
    WordPressSite,
    start_mariadb,
    stop_mariadb,
    wp,
)


@pytest.fixture(scope="session")
def wordpress_site() -> None:
    """The site from the setup step, with this checkout's plugin linked in."""
    if not (SITE_CONFIG.is_file() and (WORDPRESS / "wp-load.php").is_file()):
        pytest.fail(f"WordPress is not set up here: run {SETUP} as root")
    if PLUGIN_LINK.resolve() != PLUGIN.resolve():
        # Another checkout ran the setup last: test this one's plugin.
        PLUGIN_LINK.unlink(missing_ok=True)
        PLUGIN_LINK.symlink_to(PLUGIN)


@pytest.fixture(scope="session")
def mariadb(wordpress_site: None) -> Iterator[None]:
    """MariaDB running for the session; stopped again if the tests started it."""
    started = start_mariadb()
    yield
    if started:
        stop_mariadb()


@pytest.fixture(scope="session")
def smmlint_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmmlintServer]:
    """One smmlint server for the session, requiring its token."""
    server = SmmlintServer(tmp_path_factory.mktemp("smmlint-server")).start()
    yield server
    server.stop()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    """A hung smmlint server: it accepts connections and never answers."""
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def site(mariadb: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """WordPress served by ``php -S`` on a free port; its base URL."""
    wordpress = WordPressSite(tmp_path_factory.mktemp("wordpress") / "php-server.log").start()
    yield wordpress.url
    wordpress.stop()


@pytest.fixture(scope="session")
def networks(smmlint_server: SmmlintServer) -> list[str]:
    """Two social networks the server knows (X and LinkedIn once the profiles exist)."""
    preferred = [name for name in ("x", "linkedin") if name in smmlint_server.platforms()]
    others = [name for name in smmlint_server.platforms() if name != "generic"]
    return (preferred or others or ["generic"])[:2]


# Test users by name: their role.
ROLES = {
    "administrator": "administrator",
    "editor": "editor",
    "author": "author",
    "other_author": "author",
    "contributor": "contributor",
    "subscriber": "subscriber",
}


@pytest.fixture(scope="session")
def users(mariadb: None) -> dict[str, User]:
    """One user per role (two authors), with fresh passwords and application passwords."""
    made = {}
    for name, role in ROLES.items():
        login = f"smmlint_{name}"
        password = secrets.token_urlsafe(16)
        created = wp("user", login=login, role=role, password=password)
        made[name] = User(login, password, created["id"], created["app_password"])
    return made


@pytest.fixture
def configure(smmlint_server: SmmlintServer, networks: list[str]) -> Any:
    """Set the plugin's settings: the session's server and token, plus the given changes."""

    def apply(**changes: Any) -> dict[str, Any]:
        settings = {
            "server_url": smmlint_server.url,
            "token": smmlint_server.token,
            "networks": networks,
            **changes,
        }
        return wp("settings", settings=settings)

    apply()
    return apply
