"""A real SSE client (httpx-sse, pinned in requirements.txt) against the example's streaming
endpoint: it leaves mid-stream and reconnects with Last-Event-ID as EventSource does, and the
server resumes the same execution instead of running the endpoint again."""

import json

import httpx
from httpx_sse import connect_sse

# No trailing slash, as people type it: a stream is not redirected (httpx-sse would not follow).
COMPLETE = "/ai/complete?prompt=hi&maxTokens=8&_stream"


def read(client, url, last_event_id=None, stop_after=None):
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    events = []
    with connect_sse(client, "GET", url, headers=headers) as source:
        assert source.response.status_code == 200
        assert source.response.headers["cache-control"] == "no-cache"
        uuid = source.response.headers["x-execution-uuid"]
        for event in source.iter_sse():
            events.append(event)
            if stop_after and len(events) == stop_after:
                break  # leaving the with-block closes the connection mid-stream
    return uuid, events


def test_a_reconnect_resumes_the_same_execution(base_url):
    with httpx.Client(base_url=base_url, timeout=30) as client:
        uuid, first = read(client, COMPLETE, stop_after=3)
        assert [event.event for event in first] == ["@begin", "chunk", "chunk"]
        assert first[0].retry == 1000
        assert all(event.id.endswith("/" + uuid) for event in first)

        resumed_uuid, rest = read(client, COMPLETE, last_event_id=first[-1].id)
        assert resumed_uuid == uuid
        names = [event.event for event in rest]
        assert "@begin" not in names  # the closure did not run again
        assert names[-1] == "@response" and set(names[:-1]) == {"chunk"}
        indexes = [json.loads(event.data)["index"] for event in first[1:] + rest[:-1]]
        assert indexes == list(range(8))  # nothing lost, nothing twice
        completion = json.loads(json.loads(rest[-1].data)["body"])
        assert completion["tokens"] == 8

        # EventSource reconnects after the end too: 204 tells it to stop.
        after_end = client.get(COMPLETE, headers={"Last-Event-ID": rest[-1].id})
        assert after_end.status_code == 204
        assert after_end.content == b""


def test_a_reconnect_for_an_unknown_execution_runs_nothing(base_url):
    with httpx.Client(base_url=base_url, timeout=30) as client:
        response = client.get(COMPLETE, headers={"Last-Event-ID": "2026-01-01T00:00:00.000000000Z/unknown"})
        assert response.status_code == 204
