"""``filmkg viz``: a thin click layer over :mod:`filmkg.output.viz` (all logic lives there).

Register it on the main group with ``main.add_command(viz)``.
"""

from __future__ import annotations

import click

from filmkg.errors import FilmKGError

from .output.network import ALL_ROLES, PROJECTIONS
from .output.viz import FORMATS, ViewOptions, write_viz


@click.command("viz")
@click.argument("graph", type=click.Path(exists=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write [default: graph.html, graph.graphml or graph.gexf].")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True,
              help="html: interactive page; graphml/gexf: for Gephi (no automatic cap).")
@click.option("--projection", type=click.Choice(list(PROJECTIONS)), default="full", show_default=True,
              help="For graphml/gexf: full graph, actor-film bipartite, costar or director-actor.")
@click.option("--focus", metavar="NAME", help="Show only the neighbourhood of this film or person.")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True,
              help="Hops from --focus.")
@click.option("--role", "roles", multiple=True, type=click.Choice(ALL_ROLES),
              help="Keep only these roles (repeatable) [default: every credit role].")
@click.option("--mentions", is_flag=True, help="Add reviews, with their mentions, reviewed film and critic.")
@click.option("--min-degree", type=click.IntRange(0), default=0, show_default=True,
              help="Drop nodes with fewer links.")
@click.option("--top", type=click.IntRange(1), default=None,
              help="Keep the N best-connected nodes (replaces the automatic cap).")
@click.option("--max-nodes", type=click.IntRange(1), default=500, show_default=True,
              help="Automatic cap on the page when --top is not given.")
def viz(graph, output, fmt, projection, focus, depth, roles, mentions, min_degree, top, max_nodes) -> None:
    """Draw the films and people of GRAPH (a TriG from `filmkg build`) as a network.

    The page works offline: hover a node or edge for names, years, IMDb link and the
    review snippets behind it; search, role filters and a legend are in the page.

    \b
    Example:
      filmkg viz out/graph.trig -o graph.html --focus "Nicolas Cage" --depth 2
      filmkg viz out/graph.trig --format gexf --projection costar -o costar.gexf
    """
    opts = ViewOptions(focus=focus, depth=depth, roles=tuple(roles), mentions=mentions,
                       min_degree=min_degree, top=top, max_nodes=max_nodes)
    output = output or f"graph.{fmt}"
    try:
        result = write_viz(graph, output, opts, fmt=fmt, projection=projection)
    except FilmKGError as exc:
        raise click.ClickException(str(exc)) from exc
    extra = f" of {result.total_nodes:,}" if result.nodes != result.total_nodes and fmt == "html" else ""
    click.echo(f"Wrote {result.path}: {result.nodes:,}{extra} nodes, {result.edges:,} edges, "
               f"{result.bytes / 1e6:.1f} MB", err=True)
