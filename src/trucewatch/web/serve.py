"""Running the app: a server (uvicorn) or one in-process request (``serve --get``). Here so that the web
framework and its server stay inside the web package; the CLI calls these."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI


@dataclass(frozen=True)
class Answer:
    ok: bool      # a 2xx status
    status: int
    text: str


def get_once(app: FastAPI, path: str, host: str) -> Answer:
    """One GET request to ``app`` in-process, addressed to ``host`` (the Host check sees the bound address)."""
    from fastapi.testclient import TestClient

    base = f"http://[{host}]" if ":" in host else f"http://{host or 'localhost'}"
    with TestClient(app, base_url=base, raise_server_exceptions=False) as client:
        response = client.get(path)
    return Answer(response.is_success, response.status_code, response.text)


def run_server(app: FastAPI, host: str, port: int) -> None:
    """Serve ``app`` until interrupted."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")
