"""The network page in real headless Chromium (Debian's /usr/bin/chromium, via playwright).

Loads the page built from tests/data/viz-small.trig from file:// with every non-file
request aborted and recorded, then checks what vis-network drew, the search box, the role
filters, and that hovering the node named ``<img src=x onerror=alert(1)>`` (and the edge
whose evidence says ``<img src=x onerror=window.__xss=1>``) runs no script. Leaves a
screenshot in tests/artifacts/viz.png (gitignored).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from filmkg.output.viz import ViewOptions, write_viz

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HERE = Path(__file__).parent
FIXTURE = HERE / "data" / "viz-small.trig"
ARTIFACTS = HERE / "artifacts"
ID = "https://w3id.org/filmkg/id/"
XSS_PERSON, XSS_FILM = f"{ID}person/img-src-x-onerror-alert-1", f"{ID}film/script-alert-1-script-2001"
SHUE = f"{ID}person/elisabeth-shue"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} not installed "
                       "(apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def loaded(browser, tmp_path):
    """(page, events): the fixture page, loaded and stabilised, with its event records."""
    out = tmp_path / "graph.html"
    write_viz(FIXTURE, out, ViewOptions(), log=io.StringIO())
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    events: dict[str, list] = {"blocked": [], "console": [], "dialogs": [], "errors": []}

    def route(r):
        url = r.request.url
        if url.startswith(("file://", "data:")):
            r.continue_()
        else:
            events["blocked"].append(url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda req: None if req.url.startswith(("file://", "data:"))
            else events["blocked"].append(req.url))
    page.on("console", lambda m: events["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))

    def on_dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(out.as_uri())
    # A function, not an expression string: the page's CSP forbids eval, which
    # playwright uses for string predicates.
    page.wait_for_function("() => window.filmkgViz && window.filmkgViz.ready", timeout=15000)
    yield page, events
    page.close()


def _dom_point(page, *node_ids: str) -> tuple[float, float]:
    """Page coordinates of a node (one id) or of the midpoint of two nodes (an edge)."""
    x, y = page.evaluate(
        """(ids) => {
            const net = window.filmkgViz.network;
            const pos = net.getPositions(ids);
            const c = {x: 0, y: 0};
            ids.forEach((id) => { c.x += pos[id].x / ids.length; c.y += pos[id].y / ids.length; });
            const p = net.canvasToDOM(c);
            const r = document.getElementById('fk-network').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""",
        list(node_ids),
    )
    return x, y


def _hover(page, x: float, y: float) -> str:
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    return page.evaluate("document.querySelector('div.vis-tooltip').textContent")


def test_page_draws_searches_filters_and_escapes(loaded):
    page, events = loaded
    drawn = page.evaluate("""() => {
        const d = window.filmkgViz.network.body.data;
        // *Indices: what is drawn, without the support nodes vis adds for curved edges.
        const body = window.filmkgViz.network.body;
        return [d.nodes.length, d.edges.length, body.nodeIndices.length, body.edgeIndices.length];
    }""")
    assert drawn == [11, 11, 11, 11]

    # Search: typing part of a name lists the person; Enter selects and focuses it.
    page.fill("#fk-search", "shue")
    page.wait_for_selector("#fk-results li")
    assert page.inner_text("#fk-results li").startswith("Elisabeth Shue")
    page.press("#fk-search", "Enter")
    assert page.evaluate("window.filmkgViz.network.getSelectedNodes()") == [SHUE]
    assert "Elisabeth Shue" in page.inner_text("#fk-details-body")
    assert "IMDb: https://www.imdb.com/name/nm0000223/" in page.inner_text("#fk-details-body")

    # Hover the node named <img src=x onerror=alert(1)>: its tooltip shows the name as text.
    page.evaluate("window.filmkgViz.network.fit({animation: false})")
    x, y = _dom_point(page, XSS_PERSON)
    text = _hover(page, x, y)
    assert "<img src=x onerror=alert(1)>" in text
    assert "<img src=x onerror=window.__xss=1>" in text  # its other name, from the evidence
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz.png"))

    # Hover the edge whose evidence snippet is <img src=x onerror=window.__xss=1>.
    x, y = _dom_point(page, XSS_PERSON, XSS_FILM)
    page.mouse.move(10, 10)
    page.wait_for_timeout(300)
    text = _hover(page, x, y)
    assert "credited as <img src=x onerror=window.__xss=1>" in text
    assert "<script>alert(1)</script> (2001)" in text

    # Nothing became markup and no script ran.
    injected = "document.querySelectorAll('#fk-network img, .vis-tooltip img, script[src]').length"
    assert page.evaluate(injected) == 0
    assert page.evaluate("window.__xss") is None
    page.wait_for_timeout(200)  # an onerror would fire asynchronously
    assert events["dialogs"] == []
    assert page.evaluate("window.__xss") is None

    # Role filters: untick "actor" and the five acting edges and the three actor-only
    # people and the film with only an actor go.
    page.uncheck("#fk-roles input[value=actor]")
    assert page.inner_text("#fk-stats") == "6 nodes \u00b7 6 edges"
    page.check("#fk-roles input[value=actor]")
    assert page.inner_text("#fk-stats") == "11 nodes \u00b7 11 edges"

    assert events["blocked"] == []
    assert events["errors"] == []
    assert [c for c in events["console"] if c[0] in ("error", "warning")] == []


def test_capped_page_shows_its_banner(browser, tmp_path):
    out = tmp_path / "capped.html"
    write_viz(FIXTURE, out, ViewOptions(max_nodes=5), log=io.StringIO())
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(out.as_uri())
    page.wait_for_function("() => window.filmkgViz && window.filmkgViz.ready", timeout=15000)
    assert "Showing the 5 best-connected of 11 nodes" in page.inner_text("#fk-banner")
    assert page.evaluate("window.filmkgViz.network.body.data.nodes.length") == 5
    assert errors == []
    page.close()
