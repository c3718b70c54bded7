"""Headless Chromium (Debian's package) opens an EventSource on the example's streaming
endpoint. After `@response` the browser reconnects by itself with Last-Event-ID; the server
answers 204 and the browser stops: one execution, one `@begin`, one `@response`."""

import json
import re
import shutil
import subprocess

import pytest

PAGE = """<!doctype html><html><body><pre id="out">pending</pre><script>
const seen = {begins: 0, responses: 0, chunks: 0, errors: 0, uuids: [], states: []};
const source = new EventSource('URL');
const show = () => { seen.readyState = source.readyState; document.getElementById('out').textContent = JSON.stringify(seen); };
const note = (e) => { const uuid = e.lastEventId.split('/').pop(); if (!seen.uuids.includes(uuid)) seen.uuids.push(uuid); };
source.addEventListener('@begin', (e) => { seen.begins++; note(e); show(); });
source.addEventListener('chunk', (e) => { seen.chunks++; note(e); show(); });
source.addEventListener('@response', (e) => { seen.responses++; note(e); show(); });
source.onerror = () => { seen.errors++; seen.states.push(source.readyState); show(); };
</script></body></html>"""


def test_eventsource_runs_the_endpoint_once(base_url, tmp_path):
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is missing: scripts/test-clients.sh installs Debian's package")
    page = tmp_path / "eventsource.html"
    page.write_text(PAGE.replace("URL", base_url + "/ai/complete?prompt=hi&maxTokens=5&_stream"))
    # Virtual time runs the page's timers (the 1 s reconnect delay) without waiting for them.
    result = subprocess.run(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    found = re.search(r'<pre id="out">(.*)</pre>', result.stdout)
    assert found, result.stderr[-2000:]
    seen = json.loads(found.group(1))
    assert seen["begins"] == 1 and seen["responses"] == 1 and seen["chunks"] == 5
    assert len(seen["uuids"]) == 1
    # The close after @response made it reconnect (CONNECTING); the 204 closed it for good.
    assert seen["states"] == [0, 2] and seen["readyState"] == 2
