"""The example's /docs page in headless Chromium: it lists the endpoints from the manifests,
and its forms send real requests and show the answers, streams event by event."""

import json
from pathlib import Path

import pytest

from chromium import Browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / ".build" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    browser = Browser()
    yield browser
    browser.close()


def form_of(route):
    return f"document.querySelector('form[data-route=\"{route}\"]')"


def test_the_page_lists_every_endpoint_with_its_parameters(base_url, browser):
    browser.open(base_url + "/docs")
    titles = browser.evaluate("[...document.querySelectorAll('.endpoint h2')].map(h => h.textContent)")
    assert "GET /v1/weather/current/" in titles and "ANY /hello/" in titles
    weather = browser.evaluate(f"{form_of('v1/weather/current/')}.closest('section').innerText")
    for text in ["location", "size 1..64", "coords.lat", "range -90 to 90", "units", "metric", "°C", "tags", "Returns"]:
        assert text in weather, text
    # Every form field has a label the browser associates with it.
    unlabelled = browser.evaluate(
        "[...document.querySelectorAll('form.try input:not([type=hidden]), form.try select, form.try textarea')]"
        ".filter(f => f.labels.length === 0).map(f => f.name)")
    assert unlabelled == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(str(SCREENSHOTS / "docs-desktop.png"), 1200, 900)
    browser.screenshot(str(SCREENSHOTS / "docs-phone.png"), 390, 844)
    # At phone width nothing is wider than the screen.
    assert browser.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_form_sends_the_request_and_shows_the_response(base_url, browser):
    browser.open(base_url + "/docs")
    form = form_of("v1/weather/current/")
    browser.evaluate(f"""(() => {{
        const form = {form};
        form.elements.location.value = 'Toronto';
        form.elements.units.value = 'imperial';
        form.querySelector('button').click();
    }})()""")
    browser.wait_for(f"{form}.querySelector('.body').textContent.includes('temperature')")
    assert browser.evaluate(f"{form}.querySelector('.status').textContent") == "200 OK"
    assert json.loads(browser.evaluate(f"{form}.querySelector('.body').textContent")) == {"temperature": 89.2, "units": "°F"}
    assert "x-execution-uuid" in browser.evaluate(f"{form}.querySelector('.headers').textContent")

    # The server's validation, shown as it answers.
    browser.evaluate(f"(() => {{ const form = {form}; form.elements.location.value = 'x'.repeat(65); form.elements.units.value = ''; form.querySelector('button').click(); }})()")
    browser.wait_for(f"{form}.querySelector('.status').textContent.startsWith('400')")
    assert "ParameterError" in browser.evaluate(f"{form}.querySelector('.body').textContent")


def test_a_stream_is_shown_event_by_event(base_url, browser):
    browser.open(base_url + "/docs")
    form = form_of("ai/complete/")
    browser.evaluate(f"""(() => {{
        const form = {form};
        form.elements._method.value = 'GET';
        form.elements.prompt.value = 'hi';
        form.elements.maxTokens.value = '3';
        form.elements._stream.checked = true;
        form.querySelector('button').click();
    }})()""")
    browser.wait_for(f"[...{form}.querySelectorAll('.events li')].some(li => li.textContent.startsWith('@response'))")
    events = browser.evaluate(f"[...{form}.querySelectorAll('.events li')].map(li => li.textContent.split(':')[0])")
    assert events == ["@begin", "chunk", "chunk", "chunk", "@response"]
