/* filmkg network page: draws window.FILMKG_DATA with vis-network and adds search, role
 * filters and a details panel.
 *
 * Every string that came from a review reaches the DOM through textContent (never
 * innerHTML), and tooltips are passed to vis as Elements: vis-network then appends them
 * instead of parsing markup. Exposes window.filmkgViz for tests and the console.
 */
(function () {
  "use strict";
  var DATA = window.FILMKG_DATA;
  var IMDB = /^https:\/\/www\.imdb\.com\/(title|name)\/[a-z]{2}\d+\/?$/;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /* Tooltip / details content: {h, lines[], imdb, ev: [[review, snippet]], more}. */
  function tipElement(tip) {
    var box = el("div", null, "fk-tip");
    if (!tip) return box;
    box.appendChild(el("div", tip.h, "fk-tip-h"));
    (tip.lines || []).forEach(function (line) { box.appendChild(el("div", line)); });
    if (tip.imdb && IMDB.test(tip.imdb)) {
      var a = el("a", "IMDb: " + tip.imdb);
      a.href = tip.imdb;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      var p = el("div");
      p.appendChild(a);
      box.appendChild(p);
    }
    if (tip.ev && tip.ev.length) {
      var ul = el("ul");
      tip.ev.forEach(function (pair) {
        var li = el("li");
        li.appendChild(el("q", pair[1]));
        li.appendChild(el("span", " \u2014 review " + pair[0], "fk-src"));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    if (tip.more) box.appendChild(el("div", "+ " + tip.more + " more snippets", "fk-more"));
    return box;
  }

  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return Object.assign({}, n, { title: tipElement(n.tip) });
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    return Object.assign({}, e, { title: tipElement(e.tip) });
  }));
  var container = document.getElementById("fk-network");
  var api = { nodes: nodes, edges: edges, ready: false, network: null };
  window.filmkgViz = api;

  // Listeners go on before the data: with physics on, vis stabilises as soon as it has data.
  var network = new vis.Network(container, { nodes: [], edges: [] }, DATA.options);
  api.network = network;
  function markReady() {
    if (DATA.meta.physics) network.setOptions({ physics: { enabled: false } });
    api.ready = true;
    document.body.setAttribute("data-ready", "1");
  }
  if (DATA.meta.physics) {
    network.once("stabilizationIterationsDone", markReady);
  }
  network.setData({ nodes: nodes, edges: edges });
  if (!DATA.meta.physics || DATA.nodes.length === 0) markReady();

  /* ---------------------------------------------------------------- details panel */
  var details = document.getElementById("fk-details-body");
  function showDetails(tip) {
    details.replaceChildren(tipElement(tip));
  }
  network.on("click", function (params) {
    if (params.nodes.length) {
      showDetails(nodes.get(params.nodes[0]).tip);
    } else if (params.edges.length) {
      showDetails(edges.get(params.edges[0]).tip);
    }
  });

  /* ---------------------------------------------------------------- search */
  var input = document.getElementById("fk-search");
  var results = document.getElementById("fk-results");

  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return [];
    var hits = nodes.get({
      filter: function (n) { return !n.hidden && n.search.indexOf(q) !== -1; }
    });
    // Exact names first, then the best-connected.
    hits.sort(function (a, b) {
      var ea = a.label.toLowerCase() === q ? 0 : 1, eb = b.label.toLowerCase() === q ? 0 : 1;
      return ea - eb || (b.value || 0) - (a.value || 0) || a.label.localeCompare(b.label);
    });
    return hits.slice(0, 20).map(function (n) { return n.id; });
  }

  function select(id) {
    var n = nodes.get(id);
    if (!n) return false;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    showDetails(n.tip);
    results.hidden = true;
    return true;
  }

  function renderResults() {
    var ids = search(input.value);
    results.replaceChildren();
    ids.forEach(function (id, i) {
      var n = nodes.get(id);
      var li = el("li", n.label);
      li.setAttribute("role", "option");
      li.dataset.id = id;
      if (i === 0) li.className = "fk-active";
      var kind = n.kind + (n.year ? ", " + n.year : "");
      li.appendChild(el("span", kind, "fk-kind"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); select(id); });
      results.appendChild(li);
    });
    if (input.value.trim() && !ids.length) results.appendChild(el("li", "No match in this view"));
    results.hidden = !input.value.trim();
  }
  input.addEventListener("input", renderResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = search(input.value);
      if (ids.length) select(ids[0]);
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  /* ---------------------------------------------------------------- role filters */
  var edgesOf = {};
  DATA.edges.forEach(function (e) {
    (edgesOf[e.from] = edgesOf[e.from] || []).push(e.id);
    (edgesOf[e.to] = edgesOf[e.to] || []).push(e.id);
  });
  function applyRoles() {
    var on = {};
    document.querySelectorAll("#fk-roles input[type=checkbox]").forEach(function (box) {
      on[box.value] = box.checked;
    });
    var hiddenEdge = {};
    edges.update(DATA.edges.map(function (e) {
      hiddenEdge[e.id] = on[e.role] === false;
      return { id: e.id, hidden: hiddenEdge[e.id] };
    }));
    // A node whose every link is filtered out goes too; the focus node always stays.
    nodes.update(DATA.nodes.map(function (n) {
      var mine = edgesOf[n.id] || [];
      var hide = mine.length > 0 && mine.every(function (id) { return hiddenEdge[id]; }) &&
        DATA.meta.seeds.indexOf(n.id) === -1;
      return { id: n.id, hidden: hide };
    }));
    var shownNodes = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var shownEdges = edges.get({ filter: function (e) { return !e.hidden; } }).length;
    document.getElementById("fk-stats").textContent =
      shownNodes.toLocaleString() + " nodes \u00b7 " + shownEdges.toLocaleString() + " edges";
  }
  document.querySelectorAll("#fk-roles input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", applyRoles);
  });

  api.search = search;
  api.select = select;
  api.applyRoles = applyRoles;
  api.tipElement = tipElement;
})();
