"""The network page and its view selection (filmkg.output.viz), without a browser.

Counts refer to tests/data/viz-small.trig; degrees in the default (credits-only) view:
Leaving Las Vegas 6, Mike Figgis 4, Face/Off 3, Nicolas Cage 2, every other node 1.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import random
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from filmkg.cli import cli
from filmkg.core.errors import FilmKGError
from filmkg.output.network import rdf_to_networkx
from filmkg.output.viz import (
    NODE_STYLE,
    ROLE_COLORS,
    FocusNotFoundError,
    ViewOptions,
    build_network,
    render_page,
    select_view,
    write_viz,
)

FIXTURE = Path(__file__).parent / "data" / "viz-small.trig"
ID = "https://w3id.org/filmkg/id/"
CAGE, FIGGIS, LLV = f"{ID}person/nicolas-cage", f"{ID}person/mike-figgis", f"{ID}film/leaving-las-vegas-1995"
FACEOFF = f"{ID}film/face-off-1997"


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return rdf_to_networkx(FIXTURE)


def names(view) -> set[str]:
    return {d["name"] for _, d in view.graph.nodes(data=True)}


def page_data(html: str) -> dict:
    """The JSON the page hands to vis-network (nodes, edges, options, meta)."""
    match = re.search(r"window\.FILMKG_DATA = (\{.*?\});</script>", html, re.S)
    assert match, "data script not found"
    return json.loads(match.group(1))


def synthetic(films: int, people: int, credits: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph in rdf_to_networkx's shape, for sizes no fixture file should have."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(films):
        G.add_node(f"f{i}", kind="film", name=f"Film {i}", year=1950 + i % 70, imdb=None,
                   alternate_names=[], evidence=[], evidence_count=0)
    for i in range(people):
        G.add_node(f"p{i}", kind="person", name=f"Person {i}", year=None, imdb=None,
                   alternate_names=[], evidence=[], evidence_count=0)
    roles = ["actor"] * 6 + ["director", "screenwriter", "producer", "composer"]
    for _ in range(credits):
        # Skewed choice: a few prolific people, like a real archive.
        f, p = f"f{rng.randrange(films)}", f"p{int(people * rng.random() ** 2)}"
        role = rng.choice(roles)
        G.add_edge(f, p, key=role, role=role, predicate="", characters=[], evidence=[],
                   evidence_count=0, reviews=[])
    return G


# --------------------------------------------------------------------------- view selection
def test_default_view_is_credits_only(G):
    view = select_view(G, ViewOptions())
    assert (view.graph.number_of_nodes(), view.graph.number_of_edges()) == (11, 11)
    assert "James Berardinelli" not in names(view)  # a critic with no credits
    assert not view.capped and view.notes == [] and view.physics


def test_mentions_add_reviews(G):
    view = select_view(G, ViewOptions(mentions=True))
    assert (view.graph.number_of_nodes(), view.graph.number_of_edges()) == (15, 25)
    assert {"leaving-las-vegas", "face-off", "xss-test", "James Berardinelli"} <= names(view)


def test_role_filter(G):
    view = select_view(G, ViewOptions(roles=("director",)))
    assert names(view) == {"Leaving Las Vegas", "Mike Figgis", "Face/Off", "John Woo"}
    assert view.graph.number_of_edges() == 2
    both = select_view(G, ViewOptions(roles=("director", "source_author")))
    assert (both.graph.number_of_nodes(), both.graph.number_of_edges()) == (5, 3)
    with pytest.raises(FilmKGError, match="not a role"):
        select_view(G, ViewOptions(roles=("gaffer",)))


@pytest.mark.parametrize(
    "focus,depth,expected_nodes,expected_edges",
    [
        ("Nicolas Cage", 1, {"Nicolas Cage", "Leaving Las Vegas", "Face/Off"}, 2),
        ("cage", 1, {"Nicolas Cage", "Leaving Las Vegas", "Face/Off"}, 2),  # alternate name, any case
        ("Nicolas Cage", 2, {"Nicolas Cage", "Leaving Las Vegas", "Face/Off", "Elisabeth Shue", "Mike Figgis",
                             "John O'Brien", "John Travolta", "John Woo"}, 9),
        ("Nicolas Cage", 0, {"Nicolas Cage"}, 0),
        ("Internal Affairs", 1, {"Internal Affairs", "Mike Figgis"}, 1),
    ],
)
def test_focus_depth(G, focus, depth, expected_nodes, expected_edges):
    view = select_view(G, ViewOptions(focus=focus, depth=depth))
    assert names(view) == expected_nodes
    assert view.graph.number_of_edges() == expected_edges


def test_empty_view_says_why(G, tmp_path):
    view = select_view(G, ViewOptions(roles=("editor",)))
    assert view.graph.number_of_nodes() == 0
    assert view.notes == ["Nothing to draw: no film or person is linked by the chosen roles (editor)."]
    result = write_viz(G, tmp_path / "empty.html", ViewOptions(roles=("editor",)), log=io.StringIO())
    assert result.nodes == 0 and page_data((tmp_path / "empty.html").read_text())["nodes"] == []


def test_focus_unknown_suggests(G):
    with pytest.raises(FocusNotFoundError, match="Did you mean: Nicolas Cage"):
        select_view(G, ViewOptions(focus="Nicholas Cage"))


def test_focus_keeps_a_node_without_links_of_the_chosen_role(G):
    view = select_view(G, ViewOptions(focus="Elisabeth Shue", roles=("director",)))
    assert names(view) == {"Elisabeth Shue"}
    assert view.notes == ["Elisabeth Shue has no links with the chosen roles."]


def test_min_degree_and_top(G):
    view = select_view(G, ViewOptions(min_degree=2))
    assert names(view) == {"Leaving Las Vegas", "Mike Figgis", "Face/Off", "Nicolas Cage"}
    assert view.graph.number_of_edges() == 5
    top = select_view(G, ViewOptions(top=2))
    assert names(top) == {"Leaving Las Vegas", "Mike Figgis"}
    assert top.graph.number_of_edges() == 3 and not top.capped


def test_automatic_cap_names_the_options(G):
    # Edges by the degree of their weaker end: LLV-Figgis (4), LLV-Cage, Face/Off-Cage (2),
    # then the degree-1 ties by name: LLV-Elisabeth Shue.
    view = select_view(G, ViewOptions(max_nodes=5))
    assert view.capped
    assert names(view) == {"Leaving Las Vegas", "Mike Figgis", "Face/Off", "Nicolas Cage", "Elisabeth Shue"}
    assert view.graph.number_of_edges() == 6
    assert view.notes[0].startswith("Showing the 5 best-connected of 11 nodes")
    for option in ("--focus NAME", "--depth N", "--role ROLE", "--min-degree K", "--top N"):
        assert option in view.notes[0]


def test_archive_sized_view_is_capped_and_static():
    big = synthetic(films=3000, people=6000, credits=12000)
    view = select_view(big, ViewOptions())
    assert view.capped and view.graph.number_of_nodes() == 500
    assert min(d for _, d in view.graph.degree()) >= 1  # the budget goes to linked nodes
    assert view.total_nodes > 5000
    # --top beyond the physics limit: physics off, positions precomputed by networkx.
    top = select_view(big, ViewOptions(top=1200))
    assert not top.capped and not top.physics
    net = build_network(top, big)
    assert all("x" in n and "y" in n for n in net.nodes)
    assert net.options["physics"]["enabled"] is False
    assert any("physics is off" in note for note in top.notes)


# --------------------------------------------------------------------------- the page
@pytest.fixture(scope="module")
def page(G) -> str:
    view = select_view(G, ViewOptions())
    return render_page(view, build_network(view, G))


def test_page_is_self_contained(page):
    # Nothing may load from the network: no src/href to http(s), no <link>, no @import.
    remote = r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?\s*(https?:)?//"""
    assert not re.search(remote, page, re.I)
    assert not re.search(r"<script\b[^>]*\bsrc=", page, re.I)
    assert "<link" not in page.lower()
    assert "@import" not in page
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    # vis-network, data, page UI (vis's own code spells "</"+"script>", so count closing tags).
    assert page.count("</script>") == 3


def test_csp_hashes_match_the_scripts(page):
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for body in re.findall(r"<script>(.*?)</script>", page, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_review_text_never_appears_as_markup(page):
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    assert "onerror=window.__xss" not in page.replace("\\u003cimg src=x onerror=window.__xss", "")
    data = page_data(page)
    labels = {n["label"] for n in data["nodes"]}
    # The data keeps the literal text; the page shows it as text (see test_viz_browser.py).
    assert {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>"} <= labels


def test_nodes_and_edges_styled_by_type_role_and_degree(page):
    data = page_data(page)
    assert (len(data["nodes"]), len(data["edges"])) == (11, 11)
    for n in data["nodes"]:
        assert n["shape"] == NODE_STYLE[n["kind"]]["shape"]
        assert n["color"] == NODE_STYLE[n["kind"]]["color"]
    by_label = {n["label"]: n for n in data["nodes"]}
    assert by_label["Leaving Las Vegas"]["value"] == 6 and by_label["Mike Figgis"]["value"] == 4
    for e in data["edges"]:
        assert e["label"] == e["role"].replace("_", " ")
        assert e["color"]["color"] == ROLE_COLORS[e["role"]]
    assert sorted(e["role"] for e in data["edges"]) == sorted(
        ["actor"] * 5 + ["director"] * 2 + ["screenwriter", "composer", "contributor", "source_author"]
    )
    # The three parallel Figgis edges fan out instead of overlapping.
    figgis = [e for e in data["edges"] if e["to"] == FIGGIS and e["from"] == LLV]
    assert sorted(e.get("smooth", {}).get("roundness", 0) for e in figgis) == [0, 0.25, 0.5]


def test_tooltips_carry_names_years_imdb_and_evidence(page):
    data = page_data(page)
    cage = next(n for n in data["nodes"] if n["id"] == CAGE)["tip"]
    assert cage["h"] == "Nicolas Cage"
    assert cage["imdb"] == "https://www.imdb.com/name/nm0000115/"
    assert "Years: 1995\u20131997" in cage["lines"]
    assert "Roles: actor (2 films)" in cage["lines"]
    assert ["face-off", "Cage"] in cage["ev"]
    edge = next(e for e in data["edges"] if e["from"] == LLV and e["to"] == CAGE)["tip"]
    assert edge["h"] == "Nicolas Cage \u2014 actor \u2014 Leaving Las Vegas (1995)"
    assert "as Ben Sanderson (an alcoholic screenwriter)" in edge["lines"]
    assert edge["ev"][0] == ["leaving-las-vegas", "Nicolas Cage plays Ben Sanderson"]
    film = next(n for n in data["nodes"] if n["id"] == FACEOFF)["tip"]
    assert film["h"] == "Face/Off (1997)" and film["imdb"] == "https://www.imdb.com/title/tt0119094/"


def test_legend_and_role_filters_list_what_is_drawn(page):
    roles = re.findall(r'<input type="checkbox" value="([a-z_]+)" checked>', page)
    assert roles == ["actor", "director", "screenwriter", "composer", "contributor", "source_author"]
    assert re.findall(r'fk-shape fk-shape-(\w+)"', page) == ["diamond", "dot"]
    assert 'id="fk-search"' in page


def test_capped_page_says_so(G, tmp_path):
    log = io.StringIO()
    result = write_viz(G, tmp_path / "g.html", ViewOptions(max_nodes=5), log=log)
    html = (tmp_path / "g.html").read_text()
    assert result.capped and result.nodes == 5
    assert 'id="fk-banner"' in html and "Showing the 5 best-connected of 11 nodes" in html
    assert "--min-degree K" in log.getvalue()


# --------------------------------------------------------------------------- CLI
def test_cli_html(tmp_path):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(cli, ["viz", str(FIXTURE), "-o", str(out), "--focus", "Mike Figgis"])
    assert result.exit_code == 0, result.output
    # Figgis, the two films he worked on; his three Leaving Las Vegas credits and one more.
    assert "Wrote" in result.output and "3 of 11 nodes, 4 edges" in result.output
    assert len(page_data(out.read_text())["nodes"]) == 3


def test_cli_export_and_errors(tmp_path):
    out = tmp_path / "costar.gexf"
    args = [str(FIXTURE), "--format", "gexf", "--projection", "costar", "-o", str(out)]
    result = CliRunner().invoke(cli, ["viz", *args])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(out).number_of_edges() == 2
    bad = CliRunner().invoke(cli, ["viz", str(FIXTURE), "-o", str(tmp_path / "x.html"), "--focus", "Nobody At All"])
    assert bad.exit_code == 2  # a usage error (README "Exit codes")
    assert "Error: --focus 'Nobody At All': no film or person of that name" in bad.output
    assert not (tmp_path / "x.html").exists()


def test_cli_help_ends_with_an_example():
    result = CliRunner().invoke(cli, ["viz", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "filmkg viz out/graph.trig" in result.output
