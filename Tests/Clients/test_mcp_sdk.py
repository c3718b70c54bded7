"""The official MCP Python SDK (pinned in requirements.txt) against the example's /server.mcp:
every supported revision negotiated and used, tools with structured results, resources read
as their types say, and the HTTP-level rules (Origin, parse errors, 202s, version header)."""

from contextlib import asynccontextmanager

import httpx
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client

pytestmark = pytest.mark.anyio

HANDSHAKE_REVISIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"]
STATELESS_REVISION = "2026-07-28"
CLIENT = types.Implementation(name="instant-api-tests", version="1.0")
WEATHER = "v1_weather_current_get"


@asynccontextmanager
async def handshake_session(base_url: str, revision: str):
    """A session that asks `initialize` for `revision` (the SDK's Client offers only its newest)."""
    async with streamable_http_client(base_url + "/server.mcp") as (read, write):
        async with ClientSession(read, write, client_info=CLIENT) as session:
            params = types.InitializeRequestParams(
                protocol_version=revision, capabilities=types.ClientCapabilities(), client_info=CLIENT
            )
            result = await session.send_request(types.InitializeRequest(params=params), types.InitializeResult)
            session.adopt(result)
            await session.send_notification(types.InitializedNotification())
            yield session, result


@pytest.mark.parametrize("revision", HANDSHAKE_REVISIONS)
async def test_initialize_answers_each_handshake_revision(base_url, revision):
    async with handshake_session(base_url, revision) as (session, result):
        assert result.protocol_version == revision
        assert result.server_info.name == "MyMCPServer"
        tools = await session.list_tools()
        assert WEATHER in [tool.name for tool in tools.tools]
        assert tools.next_cursor is None


async def test_auto_mode_discovers_the_stateless_revision(base_url):
    async with Client(base_url + "/server.mcp", client_info=CLIENT) as client:
        assert client.protocol_version == STATELESS_REVISION


async def test_legacy_mode_negotiates_the_newest_handshake_revision(base_url):
    async with Client(base_url + "/server.mcp", mode="legacy", client_info=CLIENT) as client:
        assert client.protocol_version == "2025-11-25"


@asynccontextmanager
async def client_at(base_url: str, revision: str):
    """Something with the SDK's list/call/read methods, speaking `revision`."""
    if revision == STATELESS_REVISION:
        async with Client(base_url + "/server.mcp", mode=STATELESS_REVISION, client_info=CLIENT) as client:
            yield client
    else:
        async with handshake_session(base_url, revision) as (session, _):
            yield session


@pytest.mark.parametrize("revision", ["2025-06-18", "2025-11-25", STATELESS_REVISION])
async def test_tools_return_structured_content(base_url, revision):
    async with client_at(base_url, revision) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        weather = tools[WEATHER]
        assert weather.output_schema["type"] == "object"
        assert set(weather.output_schema["properties"]) == {"temperature", "units"}
        assert tools["hello"].output_schema is None  # a string result: no structured content

        # The SDK validates structuredContent against outputSchema itself.
        result = await client.call_tool(WEATHER, {"location": "Toronto", "units": "imperial"})
        assert result.is_error is False
        assert result.structured_content == {"temperature": 89.2, "units": "°F"}
        assert result.content[0].type == "text"

        greeting = await client.call_tool("hello", {"name": "mcp"})
        assert greeting.is_error is False
        assert greeting.content[0].text == '"hello mcp"'
        assert greeting.structured_content is None


@pytest.mark.parametrize("revision", ["2024-11-05", "2025-11-25", STATELESS_REVISION])
async def test_invalid_arguments_are_tool_errors(base_url, revision):
    async with client_at(base_url, revision) as client:
        result = await client.call_tool(WEATHER, {"location": ""})
        assert result.is_error is True
        assert "ParameterError" in result.content[0].text
        assert result.structured_content is None


@pytest.mark.parametrize("revision", ["2025-03-26", STATELESS_REVISION])
async def test_resources_are_listed_once_and_read_as_their_type_says(base_url, revision):
    async with client_at(base_url, revision) as client:
        listed = {str(resource.uri): resource for resource in (await client.list_resources()).resources}
        assert set(listed) == {"file://index.html", "file://guide.md"}
        assert listed["file://guide.md"].mime_type == "text/markdown"

        guide = (await client.read_resource("file://guide.md")).contents[0]
        assert guide.mime_type == "text/markdown"
        assert guide.text.startswith("# Writing an endpoint")  # the Markdown, not the rendered page

        index = (await client.read_resource("file://index.html")).contents[0]
        assert index.mime_type == "text/html"
        assert "<html" in index.text.lower()

        templates = (await client.list_resource_templates()).resource_templates
        assert [template.uri_template for template in templates] == ["file://{path}"]


# Raw HTTP: what a browser, a proxy or a broken client sends.


def post(base_url, body, headers=None):
    sent = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    sent.update(headers or {})
    content = body if isinstance(body, (bytes, str)) else httpx.Request("POST", "/", json=body).content
    return httpx.post(base_url + "/server.mcp", content=content, headers=sent)


PING = {"jsonrpc": "2.0", "id": 1, "method": "ping"}


def test_a_foreign_origin_gets_403_before_anything_runs(base_url):
    response = post(base_url, {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, {"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert response.json()["id"] is None
    assert response.json()["error"]["code"] == -32600
    assert "tools" not in response.text
    # A rebinding attacker's page: its Origin names the Host it was sent to, a DNS name.
    rebinding = post(base_url, PING, {"Origin": "http://attacker.example:80", "Host": "attacker.example:80"})
    assert rebinding.status_code == 403


@pytest.mark.parametrize("origin", ["http://localhost:6274", "http://127.0.0.1:3000", "http://[::1]", "http://localhost"])
def test_loopback_origins_are_allowed(base_url, origin):
    response = post(base_url, PING, {"Origin": origin})
    assert response.status_code == 200
    assert response.json() == {"jsonrpc": "2.0", "id": 1, "result": {}}


def test_the_same_host_origin_is_allowed(base_url):
    host = base_url.removeprefix("http://")
    assert post(base_url, PING, {"Origin": base_url, "Host": host}).status_code == 200


def test_unparsable_json_is_a_parse_error(base_url):
    response = post(base_url, "{bad")
    assert response.status_code == 400
    assert response.json() == {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error: the body is not valid JSON"}}


def test_notifications_and_responses_get_202_without_a_body(base_url):
    for message in [
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 7, "result": {}},
        {"jsonrpc": "2.0", "id": 8, "error": {"code": -1, "message": "no"}},
        [{"jsonrpc": "2.0", "method": "notifications/initialized"}, {"jsonrpc": "2.0", "id": 9, "result": {}}],
    ]:
        response = post(base_url, message)
        assert response.status_code == 202, message
        assert response.content == b""


def test_charset_parameter_is_accepted(base_url):
    response = post(base_url, PING, {"Content-Type": "application/json; charset=utf-8"})
    assert response.status_code == 200
    assert response.json()["result"] == {}


def test_initialize_with_an_unknown_revision_answers_the_newest(base_url):
    for requested in ["1999-01-01", STATELESS_REVISION]:
        message = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                   "params": {"protocolVersion": requested, "capabilities": {}, "clientInfo": {"name": "x", "version": "1"}}}
        assert post(base_url, message).json()["result"]["protocolVersion"] == "2025-11-25"


def test_an_unsupported_version_header_is_400(base_url):
    response = post(base_url, PING, {"MCP-Protocol-Version": "1999-01-01"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == -32022
    assert error["data"]["requested"] == "1999-01-01"
    assert error["data"]["supported"] == HANDSHAKE_REVISIONS + [STATELESS_REVISION]


def test_batches_only_at_2025_03_26(base_url):
    batch = [PING, {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}, {"jsonrpc": "2.0", "method": "notifications/x"}]
    for header in [None, "2025-03-26"]:
        response = post(base_url, batch, {"MCP-Protocol-Version": header} if header else {})
        assert response.status_code == 200
        assert [reply["id"] for reply in response.json()] == [1, 2]
    for header in ["2024-11-05", "2025-06-18", "2025-11-25"]:
        response = post(base_url, batch, {"MCP-Protocol-Version": header})
        assert response.status_code == 400, header
        assert response.json()["error"]["code"] == -32600


def test_stateless_requests_are_checked_against_their_headers(base_url):
    meta = {"io.modelcontextprotocol/protocolVersion": STATELESS_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}
    discover = {"jsonrpc": "2.0", "id": 1, "method": "server/discover", "params": {"_meta": meta}}
    headers = {"MCP-Protocol-Version": STATELESS_REVISION, "Mcp-Method": "server/discover"}
    ok = post(base_url, discover, headers)
    assert ok.status_code == 200
    result = ok.json()["result"]
    assert STATELESS_REVISION in result["supportedVersions"]
    assert result["resultType"] == "complete" and result["cacheScope"] == "private" and result["ttlMs"] == 0

    assert post(base_url, discover, {"MCP-Protocol-Version": STATELESS_REVISION, "Mcp-Method": "tools/list"}).json()["error"]["code"] == -32020
    assert post(base_url, discover, {"Mcp-Method": "server/discover"}).json()["error"]["code"] == -32020
    no_meta = {"jsonrpc": "2.0", "id": 1, "method": "server/discover", "params": {}}
    assert post(base_url, no_meta, headers).json()["error"]["code"] == -32602
    ping = post(base_url, {"jsonrpc": "2.0", "id": 3, "method": "ping", "params": {"_meta": meta}}, {**headers, "Mcp-Method": "ping"})
    assert ping.status_code == 404  # ping is gone in 2026-07-28
    call = {"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "hello", "_meta": meta}}
    named = {**headers, "Mcp-Method": "tools/call"}
    assert post(base_url, call, {**named, "Mcp-Name": "other"}).json()["error"]["code"] == -32020
    assert post(base_url, call, {**named, "Mcp-Name": "=?base64?aGVsbG8=?="}).json()["result"]["content"][0]["text"] == '"hello world"'


def test_get_is_405_with_allow(base_url):
    response = httpx.get(base_url + "/server.mcp")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert "mcp-session-id" not in response.headers
