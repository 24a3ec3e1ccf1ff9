"""``smmlint serve`` / ``python -m server``: flags, safety refusals, the settings file, pairing."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from server_testing import CHROME_ORIGIN, TOKEN

from server import create_app, pairing
from server.__main__ import StartupError, build_parser, is_loopback, main, resolve_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("SMMLINT_TOKEN", "SMMLINT_ALLOWED_ORIGINS", "SMMLINT_ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def settings_for(*argv: str) -> dict[str, Any]:
    return resolve_settings(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("lint.team.example", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_defaults_are_loopback_without_token() -> None:
    args = build_parser().parse_args([])
    assert (args.host, args.port) == ("127.0.0.1", 8787)
    settings = settings_for()
    assert settings["TOKEN"] is None
    assert settings["REQUIRE_TOKEN"] is False


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--host", "0.0.0.0"), "--allow-remote"),
        (("--host", "192.168.1.20", "--token", TOKEN), "--allow-remote"),
        (("--host", "0.0.0.0", "--allow-remote"), "needs a token"),
    ],
)
def test_non_loopback_binds_are_refused_unless_flagged_and_guarded(
    argv: tuple[str, ...], message: str
) -> None:
    with pytest.raises(StartupError, match=message):
        settings_for(*argv)


def test_main_refuses_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", "0.0.0.0", "--port", "0"]) == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_remote_mode_requires_the_token_and_allows_the_bound_name() -> None:
    settings = settings_for("--host", "lint.team.example", "--allow-remote", "--token", TOKEN)
    assert settings["REQUIRE_TOKEN"] is True
    assert "lint.team.example" in settings["ALLOWED_HOSTS"]
    wildcard = settings_for("--host", "0.0.0.0", "--allow-remote", "--token", TOKEN)
    assert "0.0.0.0" not in wildcard["ALLOWED_HOSTS"]


@pytest.mark.parametrize("host", ["127.0.0.2", "localhost", "::1"])
def test_the_bound_loopback_address_is_an_allowed_host(host: str) -> None:
    assert host in settings_for("--host", host)["ALLOWED_HOSTS"]


def test_a_wildcard_remote_bind_without_allowed_hosts_warns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings_for("--host", "0.0.0.0", "--allow-remote", "--token", TOKEN)
    warning = capsys.readouterr().err
    assert "--allow-host" in warning and "0.0.0.0" in warning
    assert TOKEN not in warning
    settings_for("--host", "::", "--allow-remote", "--token", TOKEN, "--allow-host", "a.example")
    settings_for("--host", "192.168.1.20", "--allow-remote", "--token", TOKEN)
    assert capsys.readouterr().err == ""


def test_origins_and_hosts_merge_file_environment_and_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "server.toml"
    config.write_text('allowed_origins = ["https://cms.example"]\nallowed_hosts = ["a.example"]\n')
    monkeypatch.setenv("SMMLINT_ALLOWED_ORIGINS", "https://blog.example")
    settings = settings_for(
        "--config", str(config), "--allow-origin", CHROME_ORIGIN, "--allow-host", "b.example"
    )
    assert settings["ALLOWED_ORIGINS"] == [
        "https://cms.example",
        "https://blog.example",
        CHROME_ORIGIN,
    ]
    assert settings["ALLOWED_HOSTS"] == ["a.example", "b.example", "127.0.0.1"]
    security = create_app(settings).extensions["smmlint"].security
    assert CHROME_ORIGIN in security.allowed_origins


def test_unknown_key_in_the_settings_file_is_named(tmp_path: Path) -> None:
    config = tmp_path / "server.toml"
    config.write_text('tokne = "typo"\n')
    with pytest.raises(pairing.SettingsFileError, match=r"server.toml: unknown key 'tokne'"):
        settings_for("--config", str(config))
    assert main(["--config", str(config)]) == 2


def test_pairing_creates_reuses_and_replaces_a_private_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "nested" / "server.toml"
    first = settings_for("--pair", "--config", str(config))
    token = first["TOKEN"]
    assert len(token) >= 40
    assert token in capsys.readouterr().out
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    # paired: required for Firefox only, not for every client
    assert first["REQUIRE_TOKEN"] is False
    assert settings_for("--config", str(config))["TOKEN"] == token
    assert settings_for("--pair", "--config", str(config))["TOKEN"] == token
    replaced = settings_for("--pair", "--new-token", "--config", str(config))["TOKEN"]
    assert replaced != token
    assert pairing.load(config)["TOKEN"] == replaced


def test_pairing_conflicts_with_an_explicit_token(tmp_path: Path) -> None:
    with pytest.raises(StartupError, match="--pair"):
        settings_for("--pair", "--token", TOKEN, "--config", str(tmp_path / "server.toml"))


def test_pairing_keeps_the_other_settings(tmp_path: Path) -> None:
    config = tmp_path / "server.toml"
    config.write_text(f'allowed_origins = ["{CHROME_ORIGIN}"]\n')
    settings_for("--pair", "--config", str(config))
    assert pairing.load(config)["ALLOWED_ORIGINS"] == [CHROME_ORIGIN]


def test_explicit_token_guards_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings_for("--token", TOKEN)["REQUIRE_TOKEN"] is True
    monkeypatch.setenv("SMMLINT_TOKEN", TOKEN)
    assert settings_for()["REQUIRE_TOKEN"] is True


def test_loose_permissions_are_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "server.toml"
    config.write_text(f'token = "{TOKEN}"\n')
    config.chmod(0o644)
    settings_for("--config", str(config))
    assert "chmod 600" in capsys.readouterr().err


def test_default_settings_path_follows_xdg(tmp_path: Path) -> None:
    assert pairing.default_path() == tmp_path / "xdg" / "smmlint" / "server.toml"
