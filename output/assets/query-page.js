// The endpoint's query page: runs the query on this endpoint and draws the answer.
// Works offline (nothing is loaded from elsewhere); every value is shown as DOM text.
"use strict";

const endpoint = new URL("sparql", document.baseURI).href;

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(text, isError) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function cell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri" && /^https?:\/\//.test(term.value)) {
    const a = el("a", term.value);
    a.href = term.value;
    a.rel = "noopener noreferrer";
    td.appendChild(a);
  } else {
    td.textContent = term.value;
  }
  return td;
}

function drawSelect(data) {
  const out = document.getElementById("results");
  out.replaceChildren();
  if (data.boolean !== undefined) {
    out.appendChild(el("p", "ASK: " + data.boolean));
    return 1;
  }
  const vars = data.head.vars;
  const table = el("table");
  const head = el("tr");
  vars.forEach((v) => head.appendChild(el("th", "?" + v)));
  table.appendChild(head);
  data.results.bindings.forEach((row) => {
    const tr = el("tr");
    vars.forEach((v) => tr.appendChild(cell(row[v])));
    table.appendChild(tr);
  });
  out.appendChild(table);
  return data.results.bindings.length;
}

async function run(accept) {
  const query = document.getElementById("query").value;
  setStatus("running…", false);
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": accept },
    body: query,
  });
  const text = await response.text();
  if (!response.ok) {
    setStatus(response.status + ": " + text, true);
    return null;
  }
  return { text: text, type: response.headers.get("content-type") || "", ms: performance.now() - started };
}

async function submit(event) {
  event.preventDefault();
  const download = document.getElementById("download").value;
  try {
    if (download) {
      const answer = await run(download);
      if (!answer) return;
      const link = el("a");
      link.href = URL.createObjectURL(new Blob([answer.text], { type: download }));
      link.download = "results." + { "text/csv": "csv", "text/tab-separated-values": "tsv",
        "application/sparql-results+json": "srj", "application/sparql-results+xml": "srx" }[download];
      link.click();
      setStatus("downloaded", false);
      return;
    }
    const answer = await run("application/sparql-results+json, text/turtle;q=0.9");
    if (!answer) return;
    if (answer.type.startsWith("application/sparql-results+json")) {
      const n = drawSelect(JSON.parse(answer.text));
      setStatus(n + " row(s) in " + Math.round(answer.ms) + " ms", false);
    } else {
      const out = document.getElementById("results");
      out.replaceChildren(el("pre", answer.text));
      setStatus("graph in " + Math.round(answer.ms) + " ms", false);
    }
  } catch (err) {
    setStatus(String(err), true);
  }
}

async function loadExamples() {
  const select = document.getElementById("examples");
  try {
    const response = await fetch(new URL("examples.json", document.baseURI).href);
    const examples = await response.json();
    examples.forEach((ex) => {
      const option = el("option", ex.name + " — " + ex.title);
      option.value = ex.query;
      select.appendChild(option);
    });
  } catch (err) {
    setStatus("could not list the example queries: " + err, true);
  }
  select.addEventListener("change", () => {
    if (select.value) document.getElementById("query").value = select.value;
  });
}

document.getElementById("form").addEventListener("submit", submit);
loadExamples();
