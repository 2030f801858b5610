// trucewatch dashboard, live monitoring: each finding's history in the incident panel, and a refresh when a
// new assessment run has been recorded (serve --watch commits one per cycle). Text from the store is only
// inserted with textContent / text nodes.
"use strict";
(function () {
  const POLL_MS = 10000;
  const $ = (id) => document.getElementById(id);
  let lastSeq = null;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    for (const child of children) node.append(child === null || child === undefined ? "" : child);
    return node;
  }
  const label = (verdict) => String(verdict || "").replace(/_/g, " ");
  const badge = (verdict) => el("span", { class: "verdict v-" + verdict }, label(verdict));

  async function getJSON(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  // ------------------------------------------------------------------- history in the incident panel
  async function showHistory(id) {
    const box = el("div", { id: "detail-history" }, el("h3", {}, "History of these findings"));
    let changes;
    try {
      changes = await getJSON("/api/history/incidents/" + encodeURIComponent(id));
    } catch (error) {
      box.append(el("p", { class: "meta" }, "history: " + error.message));
      changes = null;
    }
    if ($("detail-id").textContent !== id) return; // another incident was opened meanwhile
    if (changes) {
      if (!changes.length) box.append(el("p", { class: "meta" }, "No finding of this incident was ever stored (every one is not covered)."));
      const table = el("table", { class: "findings history" }, el("tr", {}, el("th", {}, "agreement · clause · reading"),
        el("th", {}, "run (UTC)"), el("th", {}, "from"), el("th", {}, "to"), el("th", {}, "conditions not passing")));
      for (const c of changes) {
        const open = c.reasons.filter((r) => r.status !== "pass").map((r) => r.condition + " " + r.status).join(", ");
        table.append(el("tr", { class: "change change-" + c.change },
          el("td", {}, `${c.agreement} · ${c.clause} · ${c.reading}`),
          el("td", {}, `#${c.run_seq} ${c.recorded_at}`), el("td", {}, badge(c.old_verdict)), el("td", {}, badge(c.verdict)),
          el("td", {}, c.reasons.length ? open || "all pass" : "")));
      }
      if (changes.length) box.append(table);
    }
    const old = $("detail-history");
    if (old) old.replaceWith(box); else $("detail").append(box);
  }

  new MutationObserver(() => {
    const id = $("detail-id").textContent;
    if (id && !$("detail-history")) showHistory(id);
  }).observe($("detail"), { childList: true });

  // ------------------------------------------------------------------------------- new runs arrive
  async function poll() {
    try {
      const runs = await getJSON("/api/history/runs?limit=1");
      const run = runs[0];
      if (run) {
        $("last-run").textContent = `last run #${run.run_seq} ${run.recorded_at} (${run.changes} changed)`;
        if (lastSeq !== null && run.run_seq !== lastSeq && window.trucewatchRefresh) {
          window.trucewatchRefresh();
          const id = $("detail-id").textContent;
          if (!$("detail-panel").hidden && id) showHistory(id);
        }
        lastSeq = run.run_seq;
      }
    } catch (_) {
      // the status line of dashboard.js reports errors; a failed poll is tried again
    }
  }
  poll();
  setInterval(poll, POLL_MS);
})();
