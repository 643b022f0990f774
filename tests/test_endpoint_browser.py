"""The endpoint's query page in real headless Chromium: it works offline (every request that
is not to the endpoint itself is aborted and recorded), runs a library query, draws the
answer as text."""

from __future__ import annotations

import os

import pytest

from tests.test_sparql import CAGE_COSTARS, _start, _stop
from tests.test_viz_browser import ARGS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} not installed "
                       "(apt-get install -y chromium)"),
]


def test_query_page_runs_a_library_query_offline(tmp_path_factory, demo_build):
    sync_api = pytest.importorskip("playwright.sync_api")
    from filmkg.output.store import load

    store = tmp_path_factory.mktemp("page") / "store"
    load([demo_build.files["trig"]], store)
    proc, base = _start(store)
    blocked: list[str] = []
    problems: list[str] = []
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()

            def route(r):
                if r.request.url.startswith(base + "/"):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(base + "/")
            # (wait_for_function would evaluate a string, which the page's CSP rightly forbids)
            page.wait_for_selector("#examples option:nth-child(6)", state="attached")
            value = page.eval_on_selector("#examples", "s => [...s.options].find(o => o.text.startsWith('costars'))"
                                                       ".value")
            page.select_option("#examples", value=value)
            assert 'VALUES ?actor { "Nicolas Cage" }' in page.input_value("#query")
            page.click("#run")
            page.wait_for_selector("#results table")
            cells = page.eval_on_selector_all("#results tr td:first-child", "tds => tds.map(td => td.textContent)")
            assert set(cells) == CAGE_COSTARS
            assert page.text_content("#status").startswith("6 row(s)")
            page.fill("#query", "SELECT WHERE {")
            page.click("#run")
            page.wait_for_selector("#status.error")
            assert page.text_content("#status").startswith("400: error at")
            browser.close()
    finally:
        _stop(proc)
    assert blocked == [] and [p for p in problems if "400" not in p] == []
