"""An interactive, offline HTML network of films and people (``filmkg viz``).

The pipeline: :func:`filmkg.output.network.rdf_to_networkx` -> :func:`select_view` (roles,
``--focus``/``--depth``, ``--min-degree``, ``--top`` and the automatic node cap) ->
:func:`build_network` (a pyvis ``Network``: nodes shaped and coloured by type, sized by
degree; edges labelled and coloured by role) -> :func:`render_page` (one self-contained
HTML file).

Why not pyvis's own ``write_html``: its 0.3.2 template loads Bootstrap from a CDN whatever
``cdn_resources`` says, and its tooltip path sets ``innerHTML`` from titles. Here the page
inlines the vis-network JS/CSS that ships inside the pyvis package (read at run time, never
vendored), adds a small search/legend/filter UI (``assets/viz.js``), and builds tooltips as
DOM text from plain data, so nothing a review says can become markup. A Content Security
Policy with script hashes backs that up: an injected ``onerror=`` handler could not run.
"""

from __future__ import annotations

import base64
import hashlib
import math
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from filmkg.core.atomic import atomic_write
from filmkg.core.errors import FilmKGError
from filmkg.core.normalize import fold

from .network import (
    ALL_ROLES,
    CREDIT_ROLES,
    PROJECTIONS,
    REVIEW_ROLES,
    RdfSource,
    rdf_to_networkx,
    write_network,
)

#: Node look by kind: vis shape and colour (the legend is built from this table).
NODE_STYLE: dict[str, dict[str, str]] = {
    "film": {"shape": "diamond", "color": "#e76f51", "label": "film"},
    "person": {"shape": "dot", "color": "#2a9d8f", "label": "person"},
    "review": {"shape": "triangle", "color": "#8d99ae", "label": "review"},
}
#: Edge colour by role (colour-blind-safe-ish tab10 order for the common roles first).
ROLE_COLORS: dict[str, str] = {
    "actor": "#1f77b4",
    "director": "#d62728",
    "screenwriter": "#9467bd",
    "producer": "#8c564b",
    "composer": "#e377c2",
    "cinematographer": "#7f7f7f",
    "editor": "#bcbd22",
    "contributor": "#17becf",
    "source_author": "#ff7f0e",
    "mentions": "#c8c8c8",
    "reviewed": "#6c757d",
    "critic": "#adb5bd",
}
assert set(ROLE_COLORS) == set(ALL_ROLES)

#: ``--format`` choices: the page, or a file for Gephi.
FORMATS = ("html", "graphml", "gexf")
_EVIDENCE_IN_TIP = 5
_SNIPPET_CHARS = 240
_PYVIS_LIB = "templates/lib/vis-9.1.2"


class FocusNotFoundError(FilmKGError):
    """``--focus NAME`` names no film or person in the graph."""


class VizAssetError(FilmKGError):
    """The vis-network files that ship with pyvis are missing."""


@dataclass(frozen=True)
class ViewOptions:
    """What part of the graph to show; the CLI's options, one to one."""

    focus: str | None = None
    depth: int = 1
    roles: tuple[str, ...] = ()  # empty: every credit role
    mentions: bool = False
    min_degree: int = 0
    top: int | None = None
    #: The automatic cap when ``top`` is not given: a browser stays responsive at ~500.
    max_nodes: int = 500
    #: Past this many nodes physics is off and networkx computes a static layout.
    physics_limit: int = 1000


@dataclass
class View:
    """The subgraph to draw, and what was left out (for the page and stderr)."""

    graph: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    physics_limit: int = 1000
    seeds: list[str] = field(default_factory=list)
    capped: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def physics(self) -> bool:
        return self.graph.number_of_nodes() <= self.physics_limit


@dataclass
class VizResult:
    """What :func:`write_viz` wrote."""

    path: Path
    format: str
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    capped: bool
    physics: bool
    bytes: int
    notes: list[str]


# --------------------------------------------------------------------------- view selection
def find_nodes(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Films/people whose name or alternate name is ``name`` (case- and accent-blind), or its IRI."""
    if name in G:
        return [name]
    key = fold(name)
    hits = [
        n
        for n, d in G.nodes(data=True)
        if d["kind"] != "review"
        and (fold(d["name"]) == key or any(fold(a) == key for a in d["alternate_names"]))
    ]
    if hits:
        return sorted(hits)
    # A unique substring match is what people mean by "--focus Figgis" for "Mike Figgis".
    partial = [n for n, d in G.nodes(data=True) if d["kind"] != "review" and key and key in fold(d["name"])]
    if partial and len(partial) <= 20:
        return sorted(partial)
    import difflib

    names = sorted({d["name"] for _, d in G.nodes(data=True) if d["kind"] != "review"})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise FocusNotFoundError(f"--focus {name!r}: no film or person of that name in the graph.{hint}")


def _within(H: nx.MultiDiGraph, seeds: list[str], depth: int) -> set[str]:
    # Breadth-first over both edge directions without copying H to an undirected graph.
    seen = set(seeds)
    queue = deque((s, 0) for s in seeds)
    while queue:
        n, d = queue.popleft()
        if d >= depth:
            continue
        for m in (*H.successors(n), *H.predecessors(n)):
            if m not in seen:
                seen.add(m)
                queue.append((m, d + 1))
    return seen


def _drop_isolated(H: nx.MultiDiGraph, keep: set[str]) -> None:
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n not in keep])


def _best_connected(H: nx.MultiDiGraph, limit: int, keep: set[str]) -> set[str]:
    """Up to ``limit`` nodes (plus ``keep``) taken edge by edge, strongest links first.

    Taking the top nodes by degree alone leaves many isolated (a prolific actor's films
    are rarely hubs themselves) and wastes the budget. Ranking edges by the degree of
    their weaker end picks the densely linked core, and every node shown has a link.
    """
    degree = dict(H.degree())
    name = {n: H.nodes[n]["name"] for n in H}
    chosen = set(keep)
    ranked = sorted(
        {(u, v) for u, v in H.edges()},
        key=lambda e: (-min(degree[e[0]], degree[e[1]]), -max(degree[e[0]], degree[e[1]]),
                       sorted((name[e[0]], name[e[1]])), e),
    )
    budget = limit + len(keep)
    for u, v in ranked:
        new = (u not in chosen) + (v not in chosen)
        if new and len(chosen) + new <= budget:
            chosen.update((u, v))
        if len(chosen) >= budget:
            break
    return chosen


def select_view(G: nx.MultiDiGraph, opts: ViewOptions, *, auto_cap: bool = True) -> View:
    """The part of ``G`` to draw: role filter, ego network, min degree, top-N, then the cap.

    Nodes come from the chosen edges: a critic with no credits, or a film with none of the
    chosen roles, is not drawn (the focus node always is).
    """
    bad = [r for r in opts.roles if r not in ALL_ROLES]
    if bad:
        raise FilmKGError(f"--role {bad[0]!r}: not a role; use one of {', '.join(ALL_ROLES)}")
    roles = set(opts.roles or CREDIT_ROLES)
    if opts.mentions:
        roles |= set(REVIEW_ROLES)
    H = nx.MultiDiGraph()
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if k in roles)
    for n in H:
        H.nodes[n].update(G.nodes[n])
    view = View(H, H.number_of_nodes(), H.number_of_edges(), physics_limit=opts.physics_limit)

    if opts.focus:
        seeds = find_nodes(G, opts.focus)
        view.seeds = seeds
        for s in seeds:
            if s not in H:
                H.add_node(s, **G.nodes[s])
                view.notes.append(f"{G.nodes[s]['name']} has no links with the chosen roles.")
        keep = _within(H, seeds, max(opts.depth, 0))
        H.remove_nodes_from([n for n in list(H) if n not in keep])
    keep = set(view.seeds)
    if opts.min_degree > 0:
        degree = dict(H.degree())
        H.remove_nodes_from([n for n, k in degree.items() if k < opts.min_degree and n not in keep])
        _drop_isolated(H, keep)
    limit = opts.top
    if limit is None and auto_cap and H.number_of_nodes() > opts.max_nodes:
        limit, view.capped = opts.max_nodes, True
    if limit is not None and H.number_of_nodes() > limit:
        chosen = _best_connected(H, limit, keep)
        H.remove_nodes_from([n for n in list(H) if n not in chosen])
    if view.capped:
        view.notes.insert(
            0,
            f"Showing the {H.number_of_nodes():,} best-connected of {view.total_nodes:,} nodes "
            f"(the page caps itself at {opts.max_nodes:,} so the browser stays responsive). "
            "Narrow it with --focus NAME --depth N, --role ROLE, --min-degree K, or choose the size "
            "with --top N.",
        )
    if H.number_of_nodes() == 0:
        chosen = ", ".join(sorted(roles, key=ALL_ROLES.index))
        view.notes.append(f"Nothing to draw: no film or person is linked by the chosen roles ({chosen}).")
    if H.number_of_nodes() > opts.physics_limit:
        view.notes.append(
            f"{H.number_of_nodes():,} nodes: physics is off and the layout is precomputed "
            f"(physics runs up to {opts.physics_limit:,} nodes)."
        )
    return view


# --------------------------------------------------------------------------- tooltips (plain data)
def _film_label(d: dict[str, Any]) -> str:
    return f"{d['name']} ({d['year']})" if d.get("year") else d["name"]


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET_CHARS else text[: _SNIPPET_CHARS - 1] + "\u2026"


def _evidence(d: dict[str, Any]) -> tuple[list[list[str]], int]:
    items = d.get("evidence", [])[:_EVIDENCE_IN_TIP]
    shown = [[e["review"], _snippet(e["text"])] for e in items]
    return shown, max(d.get("evidence_count", len(shown)) - len(shown), 0)


def _node_tip(G: nx.MultiDiGraph, n: str) -> dict[str, Any]:
    """Tooltip content as plain strings; assets/viz.js turns it into DOM text nodes."""
    d = G.nodes[n]
    lines: list[str] = []
    if d["kind"] == "film":
        head = _film_label(d)
        lines.append("Film")
        roles = Counter(k for _, _, k in G.out_edges(n, keys=True) if k in CREDIT_ROLES)
        if roles:
            lines.append("Credits: " + ", ".join(f"{r} {c}" for r, c in sorted(roles.items())))
    elif d["kind"] == "person":
        head = d["name"]
        lines.append("Person")
        films: dict[str, set[str]] = {}
        for f, _, k in G.in_edges(n, keys=True):
            if k in CREDIT_ROLES:
                films.setdefault(k, set()).add(f)
        years = sorted({G.nodes[f]["year"] for fs in films.values() for f in fs if G.nodes[f].get("year")})
        if years:
            lines.append(f"Years: {years[0]}" if len(years) == 1 else f"Years: {years[0]}\u2013{years[-1]}")
        if films:
            lines.append("Roles: " + ", ".join(f"{r} ({len(fs)} film{'s' * (len(fs) > 1)})"
                                               for r, fs in sorted(films.items())))
    else:
        head = f"Review {d['name']}"
        lines.append("Review")
        reviewed = [_film_label(G.nodes[x]) for _, x, k in G.out_edges(n, keys=True) if k == "reviewed"]
        if reviewed:
            lines.append("Reviews: " + ", ".join(reviewed))
    if d.get("alternate_names"):
        lines.append("Also named: " + ", ".join(d["alternate_names"][:8]))
    ev, more = _evidence(d)
    return {"h": head, "lines": lines, "imdb": d.get("imdb"), "ev": ev, "more": more}


def _edge_tip(G: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    src, dst = G.nodes[u], G.nodes[v]
    role = d["role"]
    if src["kind"] == "film":
        head = f"{dst['name']} \u2014 {role.replace('_', ' ')} \u2014 {_film_label(src)}"
    else:
        target = _film_label(dst) if dst["kind"] == "film" else dst["name"]
        head = f"Review {src['name']} \u2014 {role} \u2014 {target}"
    lines = [f"as {c}" for c in d.get("characters", [])]
    reviews = d.get("reviews", [])
    if reviews:
        lines.append(f"From {len(reviews)} review{'s' * (len(reviews) > 1)}: " + ", ".join(reviews[:8])
                     + ("\u2026" if len(reviews) > 8 else ""))
    ev, more = _evidence(d)
    return {"h": head, "lines": lines, "imdb": None, "ev": ev, "more": more}


# --------------------------------------------------------------------------- pyvis network
def _static_layout(H: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for a graph too big for in-browser physics: Fruchterman-Reingold in numpy.

    networkx's spring_layout needs scipy past 500 nodes and is quadratic in the node count;
    here each node is repelled by a random sample of others (an unbiased estimate of the
    full sum), so one iteration is O(nodes x sample + edges) and 30,000 nodes take seconds.
    """
    import numpy as np

    nodes = list(H)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in H.edges()], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)  # ideal edge length 1: the drawing covers about n square units
    pos = rng.random((n, 2)) * side
    sample = min(n - 1, 48)
    iterations = 80 if n <= 5000 else 50
    for it in range(iterations):
        temperature = side * 0.1 * (1 - it / iterations) + 0.01
        disp = np.zeros((n, 2))
        if sample:
            others = rng.integers(0, n, size=(n, sample))
            delta = pos[:, None, :] - pos[others]
            dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
            disp += (delta / dist2[..., None]).sum(axis=1) * ((n - 1) / sample)
        if len(pairs):
            delta = pos[src] - pos[dst]
            pull = delta * np.sqrt((delta**2).sum(axis=-1))[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        # Gravity balances the sampled repulsion at a radius of about sqrt(n): small components
        # stay near the main one instead of drifting to the edges.
        disp -= (pos - pos.mean(axis=0)) * 0.5
        length = np.maximum(np.sqrt((disp**2).sum(axis=-1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
    pos = (pos - pos.mean(axis=0)) * 90.0  # vis units are pixels; nodes are 8-40 px across
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(nodes, pos, strict=True)}


def build_network(view: View, G: nx.MultiDiGraph | None = None) -> Network:
    """A pyvis ``Network`` for ``view`` (``G``: the full graph, for tooltips' context)."""
    H = view.graph
    G = G if G is not None else H
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    degree = dict(H.degree())
    static = not view.physics
    pos = _static_layout(H) if static else {}
    # pyvis's add_node/add_edge check membership in lists (quadratic on big graphs), so the
    # Node/Edge records are made with pyvis's classes and appended directly.
    for n in H:
        d = G.nodes[n] if n in G else H.nodes[n]
        style = NODE_STYLE[d["kind"]]
        opts: dict[str, Any] = {
            "color": style["color"],
            "value": degree[n],
            "kind": d["kind"],
            "tip": _node_tip(G, n),
            "search": " | ".join([d["name"], *d.get("alternate_names", [])]).casefold(),
        }
        if d["kind"] == "film" and d.get("year"):
            opts["year"] = d["year"]
        if n in view.seeds:
            opts["borderWidth"] = 4
        if static:
            opts["x"], opts["y"] = pos[n]
        node = Node(n, style["shape"], d["name"], **opts)
        net.nodes.append(node.options)
        net.node_ids.append(n)
        net.node_map[n] = node.options
    role_rank = {r: i for i, r in enumerate(ALL_ROLES)}
    parallel: Counter[frozenset[str]] = Counter()
    for i, (u, v, k, d) in enumerate(sorted(H.edges(keys=True, data=True), key=lambda e: (e[0], e[1],
                                                                                        role_rank[e[2]]))):
        color = ROLE_COLORS[k]
        opts = {
            "id": f"e{i}",
            "label": k.replace("_", " "),
            "role": k,
            "color": {"color": color, "highlight": color, "hover": color},
            "tip": _edge_tip(G if G.has_edge(u, v, k) else H, u, v, d),
            "arrows": "",
        }
        # Several roles between one film and one person (writer-director): fan the curves out.
        pair = frozenset((u, v))
        nth = parallel[pair]
        parallel[pair] += 1
        if nth and not static:
            opts["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * nth}
        net.edges.append(Edge(u, v, directed=False, **opts).options)
    net.options = _vis_options(view, static)
    return net


def _vis_options(view: View, static: bool) -> dict[str, Any]:
    n = view.graph.number_of_nodes()
    return {
        "nodes": {
            "scaling": {
                "min": 8,
                "max": 40,
                # Hubs get bigger labels, so the busiest films stay named when zoomed out.
                "label": {"enabled": True, "min": 12, "max": 24, "drawThreshold": 5},
            },
            "font": {"size": 14, "face": "system-ui, sans-serif"},
            "borderWidth": 1,
        },
        "edges": {
            "width": 1.5,
            "font": {"size": 9, "align": "middle", "color": "#333333", "strokeWidth": 3},
            "smooth": False if static else {"enabled": True, "type": "dynamic"},
            "scaling": {"label": {"enabled": True, "drawThreshold": 7}},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": static,
            "hideEdgesOnZoom": static,
            "multiselect": False,
        },
        "physics": {
            "enabled": not static,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 110, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 400 if n <= 300 else 200, "fit": True},
        },
        # vis's improvedLayout clusters big graphs with Kamada-Kawai: slow, and pointless
        # when positions are given.
        "layout": {"improvedLayout": (not static) and n <= 200, "randomSeed": 7},
    }


# --------------------------------------------------------------------------- page
def _pyvis_asset(name: str) -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / _PYVIS_LIB / name
    if not path.is_file():
        raise VizAssetError(f"{path} is missing: `pip install --force-reinstall pyvis==0.3.2`")
    return path.read_text(encoding="utf-8")


def _own_asset(name: str) -> str:
    return resources.files("filmkg.output").joinpath("assets", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_page(view: View, net: Network, *, title: str = "filmkg network") -> str:
    """One self-contained HTML page: vis-network, data, UI; no request leaves the file."""
    nodes, edges, _heading, _h, _w, options_json = net.get_network_data()
    roles_present = Counter(e["role"] for e in edges)
    kinds_present = Counter(nd["kind"] for nd in nodes)
    meta = {
        "physics": view.physics,
        "nodes": len(nodes),
        "edges": len(edges),
        "totalNodes": view.total_nodes,
        "totalEdges": view.total_edges,
        "seeds": view.seeds,
    }
    # htmlsafe_json_dumps escapes < > & ' so no review text can close the <script> element.
    options_js = options_json.replace("<", "\\u003c")  # no user text, but keep the invariant
    data_js = (
        "window.FILMKG_DATA = {"
        f'"nodes": {htmlsafe_json_dumps(nodes)}, "edges": {htmlsafe_json_dumps(edges)}, '
        f'"options": {options_js}, "meta": {htmlsafe_json_dumps(meta)}'
        "};"
    )
    vis_js, viz_js = _pyvis_asset("vis-network.min.js"), _own_asset("viz.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(data_js)} {_sha256(viz_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(_own_asset("viz.html.j2"))
    return template.render(
        title=title,
        csp=csp,
        vis_css=Markup(_pyvis_asset("vis-network.css")),
        viz_css=Markup(_own_asset("viz.css")),
        vis_js=Markup(vis_js),
        data_js=Markup(data_js),
        viz_js=Markup(viz_js),
        notes=view.notes,
        node_kinds=[(k, NODE_STYLE[k], kinds_present[k]) for k in NODE_STYLE if kinds_present[k]],
        roles=[(r, ROLE_COLORS[r], roles_present[r]) for r in ALL_ROLES if roles_present[r]],
        stats=(
            f"{len(nodes):,} nodes \u00b7 {len(edges):,} edges"
            + (f" (of {view.total_nodes:,} \u00b7 {view.total_edges:,})"
               if (len(nodes), len(edges)) != (view.total_nodes, view.total_edges) else "")
        ),
    )


# --------------------------------------------------------------------------- entry point
def write_viz(
    source: RdfSource | nx.MultiDiGraph,
    output: str | Path,
    opts: ViewOptions = ViewOptions(),
    *,
    fmt: str = "html",
    projection: str = "full",
    log: Any = None,
) -> VizResult:
    """Read ``source``, select the view, write ``output`` as HTML, GraphML or GEXF.

    Messages (the node cap, physics off) go to ``log`` (a file, default stderr) as well as
    into the page. GraphML/GEXF have no automatic cap (Gephi copes); ``top`` still applies.
    """
    if fmt not in FORMATS:
        raise FilmKGError(f"--format {fmt!r}: use html, graphml or gexf")
    if projection not in PROJECTIONS:
        raise FilmKGError(f"--projection {projection!r}: use one of {', '.join(PROJECTIONS)}")
    if fmt == "html" and projection != "full":
        raise FilmKGError("--projection applies to --format graphml/gexf; the page shows the full graph")
    log = log if log is not None else sys.stderr
    G = source if isinstance(source, nx.MultiDiGraph) else rdf_to_networkx(source, reviews=opts.mentions)
    view = select_view(G, opts, auto_cap=fmt == "html")
    path = Path(output)
    H: nx.Graph = view.graph
    # Written beside the target and renamed: an interrupted run leaves no half page.
    if fmt == "html":
        page = render_page(view, build_network(view, G))
        with atomic_write(path, "w") as fh:
            fh.write(page)
    else:
        H = PROJECTIONS[projection](view.graph)
        with atomic_write(path, "wb") as fh:
            write_network(H, fh, fmt)
    for note in view.notes:
        print(note, file=log)
    return VizResult(
        path=path,
        format=fmt,
        nodes=H.number_of_nodes(),
        edges=H.number_of_edges(),
        total_nodes=view.total_nodes,
        total_edges=view.total_edges,
        capped=view.capped,
        physics=view.physics,
        bytes=path.stat().st_size,
        notes=list(view.notes),
    )


__all__ = [
    "FORMATS",
    "FocusNotFoundError",
    "NODE_STYLE",
    "ROLE_COLORS",
    "View",
    "ViewOptions",
    "VizResult",
    "build_network",
    "find_nodes",
    "render_page",
    "select_view",
    "write_viz",
]
