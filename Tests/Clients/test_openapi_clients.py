"""The example's served /.well-known/openapi.json taken whole by the tools people feed it to
(pinned): openapi-python-client generates a client without a warning, which installs and calls
every operation with typed results; schemathesis finds nothing with every check; openapi-core
validates real requests and responses, the widget's PNG included.

Run as a script, `python test_openapi_clients.py schemathesis-config DOCUMENT` prints the
schemathesis configuration that scripts/check-openapi.sh uses too."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATOR_REQUIREMENTS = Path(__file__).with_name("requirements-openapi-generator.txt")
GENERATOR_VENV = ROOT / ".build" / "openapi-generator-venv"
# What an `@origin example.com` endpoint admits; browsers send it, tools must be told.
WIDGET_ORIGIN = "https://example.com"
# schemathesis's defaults for what answers valid and invalid data, which the settings below extend.
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
REJECTED = ["400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx"]
# PEP 440 release versions, which a generated package's version must be.
VERSION = re.compile(r"^\d+(\.\d+)*$")


def schemathesis_config(document: dict) -> str:
    """The schemathesis settings for the example's document, each with its reason."""
    lines = [
        "# The gateway, as upstream, measures a string's size in UTF-16 units (JavaScript's",
        "# `length`), JSON Schema in code points: they agree on text without characters beyond",
        "# U+FFFF. No Python codec is exactly those, so strings are latin-1 (still beyond ASCII).",
        "[generation]",
        'codec = "latin-1"',
        "",
        "# The coverage phase would also probe undocumented methods (TRACE, PATCH, ...), which the",
        "# gateway answers with 501 by design (upstream-gateway §2): it probes none.",
        "[phases.coverage]",
        "unexpected-methods = []",
        "",
        "# `@origin example.com`: without that Origin every request is a 403 OriginError.",
        "[[operations]]",
        'include-path = "/v1/widget/"',
        f'headers = {{ Origin = "{WIDGET_ORIGIN}" }}',
        "",
        "# The endpoint itself refuses a request with neither `location` nor `coords`",
        "# (400 BadRequestError), a rule between parameters that no manifest can declare.",
        "[[operations]]",
        'include-path = "/v1/weather/current/"',
        f"checks.positive_data_acceptance.expected-statuses = {json.dumps(ACCEPTED + ['400'])}",
    ]
    # As upstream, a JSON body that is not an object gives no parameters (an array gives "0",
    # "1", ..., which no endpoint declares), so an endpoint whose parameters all have defaults
    # accepts it: the document describes only the object a client should send.
    for path, item in document["paths"].items():
        for method, operation in item.items():
            schema = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if schema is not None and not schema.get("required"):
                lines += [
                    "",
                    "[[operations]]",
                    f"include-path = {json.dumps(path)}",
                    f"include-method = {json.dumps(method.upper())}",
                    f"checks.negative_data_rejection.expected-statuses = {json.dumps(REJECTED + ['2xx'])}",
                ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "schemathesis-config":
        sys.exit("usage: test_openapi_clients.py schemathesis-config DOCUMENT")
    sys.stdout.write(schemathesis_config(json.loads(Path(sys.argv[2]).read_text())))
    sys.exit(0)

import httpx  # noqa: E402 (the tools below are needed by the tests only)
import pytest  # noqa: E402
import requests  # noqa: E402
from openapi_core import OpenAPI  # noqa: E402
from openapi_core.contrib.requests import RequestsOpenAPIRequest, RequestsOpenAPIResponse  # noqa: E402
from openapi_spec_validator import validate  # noqa: E402


@pytest.fixture(scope="session")
def document(base_url):
    response = httpx.get(base_url + "/.well-known/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_document_is_valid_with_a_version_and_a_usable_server(base_url, document):
    validate(document)
    assert VERSION.match(document["info"]["version"]), document["info"]
    # Derived from how the server was reached (no serverURL is configured in the example).
    assert document["servers"][0]["url"] == base_url
    for item in document["paths"].values():
        for operation in item.values():
            assert operation["responses"], operation["operationId"]


# openapi-python-client ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def generator():
    """openapi-python-client from its own venv (see requirements-openapi-generator.txt),
    made again when the pin changes."""
    marker = GENERATOR_VENV / "installed-requirements.txt"
    if not marker.exists() or marker.read_text() != GENERATOR_REQUIREMENTS.read_text():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(GENERATOR_VENV)], check=True)
        pip = [str(GENERATOR_VENV / "bin" / "pip"), "install", "-q", "--disable-pip-version-check"]
        subprocess.run(pip + ["-r", str(GENERATOR_REQUIREMENTS)], check=True)
        marker.write_text(GENERATOR_REQUIREMENTS.read_text())
    return GENERATOR_VENV / "bin"


@pytest.fixture(scope="session")
def generated(document, generator, tmp_path_factory):
    """The generated client's project directory and the tool's output."""
    work = tmp_path_factory.mktemp("generated")
    (work / "openapi.json").write_text(json.dumps(document))
    # Its post-generation hook runs ruff, which its venv has.
    env = dict(os.environ, PATH=f"{generator}{os.pathsep}{os.environ.get('PATH', '')}")
    run = subprocess.run(
        [str(generator / "openapi-python-client"), "generate", "--path", "openapi.json", "--meta", "poetry"],
        cwd=work, env=env, capture_output=True, text=True, timeout=300,
    )
    return work / "hello-api-client", run


def test_openapi_python_client_generates_without_warnings(generated):
    project, run = generated
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    # A clean run prints only where it generated; any warning or skipped piece is reported here.
    assert output.strip() == f"Generating {project}", output
    assert (project / "pyproject.toml").exists()


@pytest.fixture(scope="session")
def client_package(generated, tmp_path_factory):
    """The generated package, built by poetry-core and installed into a directory of its own
    (without its dependencies: httpx and attrs are pinned here)."""
    project, _ = generated
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
         "--no-build-isolation", "--target", str(target), str(project)],
        check=True, timeout=300,
    )
    sys.path.insert(0, str(target))
    import hello_api_client

    return hello_api_client


def operations(document):
    return [(path, method, op) for path, item in document["paths"].items() for method, op in item.items()]


def test_generated_client_keeps_every_operation_and_parameter(document, client_package):
    import importlib
    import inspect

    for path, method, operation in operations(document):
        module = importlib.import_module(f"hello_api_client.api.default.{operation['operationId']}")
        accepted = set(inspect.signature(module.sync_detailed).parameters)
        # Generated argument names drop `[]` and become snake case.
        for parameter in operation.get("parameters", []):
            name = re.sub(r"(?<!^)(?=[A-Z])", "_", parameter["name"].removesuffix("[]")).lower()
            assert name in accepted, (path, method, parameter["name"], accepted)
        if "requestBody" in operation:
            assert "body" in accepted, (path, method)


def test_generated_client_calls_every_endpoint_with_typed_results(base_url, document, client_package):
    from hello_api_client import Client
    from hello_api_client.api.default import (
        service_localhost_about_get as about, service_localhost_ai_complete_get as complete_get,
        service_localhost_ai_complete_post as complete_post, service_localhost_bench_events_get as events,
        service_localhost_bench_order_post as bench_order, service_localhost_bench_typed_get as typed,
        service_localhost_debug_trace_delete as trace_delete, service_localhost_debug_trace_put as trace_put,
        service_localhost_hello_get as hello_get, service_localhost_hello_post as hello_post,
        service_localhost_v1_notfound_get as not_found, service_localhost_v1_orders_get as orders_get,
        service_localhost_v1_orders_post as orders_post, service_localhost_v1_weather_current_get as weather,
        service_localhost_v1_widget_get as widget, service_localhost_webhooks_github_post as github,
    )
    from hello_api_client import models
    from hello_api_client.types import File

    client = Client(base_url=base_url, timeout=httpx.Timeout(30.0))
    called = set()

    def call(module, **arguments):
        called.add(module.__name__.rsplit(".", 1)[-1])
        return module.sync_detailed(client=client, **arguments)

    assert call(about).parsed.name == "Hello API"
    assert call(hello_get, name="typed").parsed == "hello typed"
    assert call(hello_post, body=models.ServiceLocalhostHelloPostBody(name="body")).parsed == "hello body"
    completion = call(complete_get, prompt="hi", max_tokens=2).parsed
    assert isinstance(completion, models.ServiceLocalhostAiCompleteGetResponse200) and completion.tokens == 2
    posted = call(complete_post, body=models.ServiceLocalhostAiCompletePostBody(prompt="hi", max_tokens=1)).parsed
    assert posted.tokens == 1
    assert call(events).parsed == 10
    line = models.ServiceLocalhostBenchOrderPostBodyOrderItemsItem(sku="a", price=2.5)
    order = models.ServiceLocalhostBenchOrderPostBodyOrder(id="o1", qty=2, items=[line, line])
    placed = call(bench_order, body=models.ServiceLocalhostBenchOrderPostBody(order=order)).parsed
    assert (placed.id, placed.lines, placed.total) == ("o1", 2, 10.0)
    # The parameter openapi-python-client used to drop; one tag is the case plain `tags=` breaks.
    profile = call(typed, name="n", age=3, tags=["one"]).parsed
    assert isinstance(profile, models.ServiceLocalhostBenchTypedGetResponse200)
    assert (profile.tags, profile.tag_count) == (["one"], 1)
    assert call(typed, name="n", age=3, tags=["a", "b"]).parsed.tag_count == 2
    assert call(trace_put, body=models.ServiceLocalhostDebugTracePutBody(steps=1)).parsed == 1
    assert call(trace_delete, steps=1).parsed == 1
    current = call(weather, location="Paris", tags=["x"], units=models.ServiceLocalhostV1WeatherCurrentGetUnits.IMPERIAL)
    assert isinstance(current.parsed, models.ServiceLocalhostV1WeatherCurrentGetResponse200)
    assert current.parsed.units == "°F"
    placed = call(orders_post, body=models.ServiceLocalhostV1OrdersPostBody(id="o2", qty=3, items=[])).parsed
    assert (placed.id, placed.total) == ("o2", 0)
    receipt = call(orders_get, id="o3")
    assert isinstance(receipt.parsed, File) and receipt.parsed.payload.read() == b"order o3"
    missing = call(orders_get, id="missing")
    assert missing.status_code == 404 and isinstance(missing.parsed, File)
    # The error responses are typed with the shared schema.
    invalid = call(typed, name="", age=3, tags=["a"])
    assert invalid.status_code == 400 and isinstance(invalid.parsed, models.Error)
    assert invalid.parsed.error.type_ == "ParameterError"
    refused = call(widget)
    assert refused.status_code == 403 and refused.parsed.error.type_ == "OriginError"
    with Client(base_url=base_url, headers={"Origin": WIDGET_ORIGIN}) as embedding:
        called.add("service_localhost_v1_widget_get")
        png = widget.sync_detailed(client=embedding, compact=True)
    assert isinstance(png.parsed, File) and png.parsed.payload.read().startswith(b"\x89PNG\r\n\x1a\n")
    assert png.headers["content-type"] == "image/png"
    result = call(github, body=models.ServiceLocalhostWebhooksGithubPostBody(event="push")).parsed
    assert (result.event, result.processed) == ("push", True)
    # `/v1*/` is upstream's name for the not-found handler, not a path that reaches it.
    assert call(not_found).status_code == 404
    # Every path was called (default exports through at least one of their methods).
    paths = {path for path, _, op in operations(document) if op["operationId"] in called}
    assert paths == set(document["paths"]), set(document["paths"]) - paths


# schemathesis --------------------------------------------------------------------------------


def test_schemathesis_finds_nothing_with_every_check(base_url, document, tmp_path):
    config = tmp_path / "schemathesis.toml"
    config.write_text(schemathesis_config(document))
    command = [
        str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(config), "run",
        base_url + "/.well-known/openapi.json", "--url", base_url, "--checks", "all",
        # Bounded: few examples per operation, and the time limit below.
        "--max-examples", os.environ.get("SCHEMATHESIS_EXAMPLES", "5"), "--no-color",
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]


# openapi-core --------------------------------------------------------------------------------

# Requests whose responses openapi-core checks: every endpoint's success, its content type
# (JSON, text, the widget's PNG), and the gateway's errors.
EXCHANGES = [
    ("GET", "/about/", {}, None, 200),
    ("GET", "/hello/", {"params": {"name": "core"}}, None, 200),
    ("POST", "/hello/", {"json": {"name": None}}, None, 200),
    ("DELETE", "/debug/trace/", {"params": {"steps": 1}}, None, 200),
    ("GET", "/ai/complete/", {"params": {"prompt": "x", "maxTokens": 1}}, None, 200),
    ("GET", "/bench/events/", {}, None, 200),
    ("POST", "/bench/order/", {"json": {"order": {"id": "a", "qty": 1, "items": [{"sku": "s", "price": 1}]}}}, None, 200),
    ("GET", "/bench/typed/", {"params": {"name": "n", "age": 1, "tags[]": ["a"]}}, None, 200),
    ("GET", "/bench/typed/", {"params": {"name": "n", "age": 1}}, None, 400),
    ("GET", "/v1/weather/current/", {"params": {"coords[lat]": 1, "coords[lng]": 2, "tags[]": ["a", "b"]}}, None, 200),
    ("GET", "/v1/weather/current/", {}, None, 400),
    ("POST", "/v1/orders/", {"json": {"id": "o", "qty": 1}}, None, 200),
    ("POST", "/v1/orders/", {"json": {"id": "o", "qty": 0}}, None, 400),
    ("GET", "/v1/orders/", {"params": {"id": "o"}}, None, 200),
    ("GET", "/v1/orders/", {"params": {"id": "missing"}}, None, 404),
    ("GET", "/v1/widget/", {}, WIDGET_ORIGIN, 200),
    ("GET", "/v1/widget/", {}, None, 403),
    ("POST", "/webhooks/github/", {"json": {"event": "push"}}, None, 200),
]


@pytest.fixture(scope="session")
def openapi(document):
    return OpenAPI.from_dict(document)


@pytest.mark.parametrize(("method", "path", "arguments", "origin", "status"), EXCHANGES)
def test_openapi_core_validates_requests_and_responses(base_url, openapi, method, path, arguments, origin, status):
    headers = {"Origin": origin} if origin else {}
    response = requests.request(method, base_url + path, headers=headers, timeout=30, **arguments)
    assert response.status_code == status, response.text
    request = RequestsOpenAPIRequest(response.request)
    if status < 400:
        # The document describes these requests as sent: `tags[]`, `coords[lat]`, JSON bodies.
        openapi.validate_request(request)
    openapi.validate_response(request, RequestsOpenAPIResponse(response))
