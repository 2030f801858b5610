// trucewatch dashboard: filters -> server-side aggregates (map, timeline, scorecard) and a page of incidents.
// Text from reports is only ever inserted with textContent / text nodes, never as HTML; links are made only
// from http(s) URLs. Timings are kept in window.trucewatchTimings for the browser test and the bench.
"use strict";
(function () {
  // verdicts (most severe first), their labels and colours: from the server (GET /api/vocabulary), never copied
  let SEVERITY = [];
  const COLOURS = {};
  const INK = {};
  const LABELS = {};
  const PAGE = 25;
  const SVG = "http://www.w3.org/2000/svg";
  const timings = (window.trucewatchTimings = { firstRender: null, refreshes: [] });
  const state = { offset: 0, total: 0, facets: null, map: null, layer: null, generation: 0, comparisons: new Map() };
  const $ = (id) => document.getElementById(id);

  // ------------------------------------------------------------------------------------ DOM helpers
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child === null || child === undefined ? "" : child);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }
  const label = (verdict) => LABELS[verdict] || String(verdict || "");
  const badge = (verdict) => el("span", { class: "verdict v-" + verdict,
    style: COLOURS[verdict] ? `background: ${COLOURS[verdict]}; color: ${INK[verdict]}` : null }, label(verdict));
  function safeUrl(value) {
    try {
      const url = new URL(String(value));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (_) {
      return null;
    }
  }
  // times in the chosen agreement's zone (its window's tz), UTC when none is chosen or 'times in UTC' is ticked;
  // how a time is written is static/times.js's (the same rules as the CLI and the report)
  const utcWhen = window.trucewatchTimes.exact;
  function zone() {
    const agreement = state.facets && state.facets.agreements.find((a) => a.id === $("f-agreement").value);
    return agreement && agreement.tz && !$("f-utc").checked ? agreement.tz : null;
  }
  const when = (start, end) => window.trucewatchTimes.span(start, end, zone());

  async function getJSON(path, params) {
    const query = params && String(params) ? "?" + params : "";
    const response = await fetch(path + query, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  // ---------------------------------------------------------------------------------------- filters
  function filterParams() {
    const params = new URLSearchParams();
    for (const name of ["agreement", "reading", "party", "verdict", "since", "until"]) {
      const value = $("f-" + name).value;
      if (value) params.set(name, value);
    }
    if ($("f-all").checked) params.set("all", "true");
    if ($("f-bbox").checked && state.map) {
      const b = state.map.getBounds();
      params.set("bbox", [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
        .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(4)).join(","));
    }
    return params;
  }

  function fillSelect(select, values, allLabel) {
    const current = select.value;
    select.replaceChildren();
    if (allLabel) select.append(el("option", { value: "" }, allLabel));
    for (const [value, text] of values) select.append(el("option", { value }, text));
    if ([...select.options].some((o) => o.value === current)) select.value = current;
  }

  function fillReadings() {
    const agreement = $("f-agreement").value;
    const chosen = state.facets.agreements.filter((a) => !agreement || a.id === agreement);
    const seen = new Map();
    for (const a of chosen) for (const r of a.readings) if (!seen.has(r.id)) seen.set(r.id, r.id + " — " + r.name);
    fillSelect($("f-reading"), [...seen.entries()], "all");
  }

  function setupFilters(facets) {
    state.facets = facets;
    const initial = new URLSearchParams(location.search);
    fillSelect($("f-agreement"), facets.agreements.map((a) => [a.id, a.id]), "all");
    fillSelect($("f-party"), facets.parties.map((p) => [p, p]), "all");
    fillSelect($("f-verdict"), SEVERITY.map((v) => [v, label(v)]), "all");
    for (const name of ["agreement", "party", "verdict", "since", "until"]) {
      if (initial.get(name)) $("f-" + name).value = initial.get(name);
    }
    fillReadings();
    if (initial.get("reading")) $("f-reading").value = initial.get("reading");
    $("f-agreement").addEventListener("change", () => { fillReadings(); changed(); });
    for (const name of ["reading", "party", "verdict", "since", "until"]) {
      $("f-" + name).addEventListener("change", changed);
    }
    $("f-bbox").addEventListener("change", changed);
    $("f-all").checked = initial.get("all") === "true";
    $("f-all").addEventListener("change", changed);
    $("f-utc").checked = initial.get("utc") === "true";
    $("f-utc").addEventListener("change", changed);
    state.fit = Boolean(initial.get("agreement"));
    $("f-agreement").addEventListener("change", () => { state.fit = true; });
  }

  function changed() {
    state.offset = 0;
    const params = filterParams();
    params.delete("bbox");
    if ($("f-utc").checked) params.set("utc", "true");
    history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
    refresh();
  }

  // -------------------------------------------------------------------------------------------- map
  async function setupMap(facets) {
    const map = L.map("map", { preferCanvas: true, zoomSnap: 0.5, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth");
    const b = facets.bbox || [22, 44, 42, 53];
    map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [10, 10] });
    // the world's countries, and the regions of the countries with incidents or named by an agreement
    const [countries, ...admin1] = await Promise.all([getJSON("/outlines/countries.geojson"),
      ...facets.countries.map((c) => getJSON("/outlines/admin1-" + encodeURIComponent(c) + ".geojson").catch(() => null))]);
    state.countryBounds = new Map();
    L.geoJSON(countries, { style: { color: "#8c8c8c", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false, onEachFeature: (feature, layer) => {
        const code = feature.properties.iso_a2;
        if (code) state.countryBounds.set(code, layer.getBounds());
      } }).addTo(map);
    for (const layer of admin1.filter(Boolean)) {
      L.geoJSON(layer, { style: { color: "#bdbdbd", weight: 0.6, fill: false }, interactive: false }).addTo(map);
    }
    state.layer = L.layerGroup().addTo(map);
    let timer = null;
    map.on("moveend", () => {
      if (!$("f-bbox").checked) return;
      clearTimeout(timer);
      timer = setTimeout(() => { state.offset = 0; refresh(); }, 250);
    });
    state.map = map;
  }

  function drawMap(data) {
    state.layer.clearLayers();
    for (const p of data.points) {
      const marker = L.circleMarker([p.lat, p.lon], { radius: 6, weight: 1, color: "#333",
        fillColor: COLOURS[p.verdict], fillOpacity: 0.9 });
      marker.bindTooltip(el("span", {}, (p.location_name || p.id) + " · " + label(p.verdict)));
      marker.on("click", () => showDetail(p.id));
      state.layer.addLayer(marker);
    }
    for (const c of data.cells) {
      const marker = L.circleMarker([c.lat, c.lon], { radius: Math.min(4 + Math.sqrt(c.count) / 2, 22),
        weight: 1, color: "#333", fillColor: COLOURS[c.verdict], fillOpacity: 0.8 });
      marker.bindTooltip(el("span", {}, c.count + " incidents; most severe: " + label(c.verdict)));
      marker.on("click", () => state.map.setView([c.lat, c.lon], state.map.getZoom() + 2));
      state.layer.addLayer(marker);
    }
    const located = data.points.length ? data.points : data.cells;
    if (state.fit) {  // a new agreement: show where its incidents are, else the countries it names
      state.fit = false;
      const agreement = state.facets.agreements.find((a) => a.id === $("f-agreement").value);
      const named = (agreement ? agreement.countries : []).map((c) => state.countryBounds.get(c)).filter(Boolean);
      if (located.length) {
        state.map.fitBounds(L.latLngBounds(located.map((p) => [p.lat, p.lon])), { padding: [20, 20], maxZoom: 9 });
      } else if (named.length) {
        state.map.fitBounds(named.reduce((all, b) => all.extend(b), L.latLngBounds(named[0].getSouthWest(), named[0].getNorthEast())),
          { padding: [20, 20] });
      }
    }
    $("map-note").textContent = data.total + " located incidents" +
      (data.mode === "cells" ? " shown as " + data.cells.length + " grid cells (zoom in and tick 'only the map's view' for points)" : "") +
      (data.unlocated ? "; " + data.unlocated + " without a position are not on the map" : "");
  }

  // --------------------------------------------------------------------------------------- timeline
  function drawTimeline(data) {
    const box = $("timeline");
    box.replaceChildren();
    const days = data.days.map((d) => ({ ...d, t: Date.parse(d.day + "T00:00:00Z") }));
    const showWindows = Boolean($("f-agreement").value);
    // with an agreement the days are its local days; its windows' local wall-clock bounds line up with them
    const windows = (showWindows ? data.windows : []).map((w) => ({ ...w,
      start: w.start_local ? w.start_local + "Z" : w.start, end: w.end_local ? w.end_local + "Z" : w.end }));
    const times = days.map((d) => d.t).concat(windows.flatMap((w) => [Date.parse(w.start)].concat(w.end ? [Date.parse(w.end)] : [])));
    if (!times.length) { box.append(el("p", { class: "meta" }, "No dated incidents match.")); return; }
    const DAY = 86400000;
    const t0 = Math.min(...times) - DAY, t1 = Math.max(...times) + 2 * DAY;
    const W = 1000, H = 190, top = 14 + 14 * windows.length, bottom = 22, left = 36;
    const x = (t) => left + ((t - t0) / (t1 - t0)) * (W - left - 6);
    const max = Math.max(1, ...days.map((d) => SEVERITY.reduce((s, v) => s + d[v], 0)));
    const y = (n) => (H - bottom) - (n / max) * (H - bottom - top);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img",
      "aria-label": "Incidents by day and verdict" });
    windows.forEach((w, i) => {
      const start = x(Date.parse(w.start)), end = w.end ? x(Date.parse(w.end)) : W - 6;
      chart.append(svg("rect", { x: start, y: top - 4, width: Math.max(1, end - start), height: H - bottom - top + 4,
        class: "window" + (w.in_force ? "" : " not-in-force") }));
      const text = svg("text", { x: start + 2, y: 11 + 14 * i, class: "window-label" });
      text.textContent = w.agreement + " · " + w.reading + " window" + (w.in_force ? "" : " (not in force)");
      chart.append(text);
    });
    const barWidth = Math.max(1, x(t0 + DAY) - x(t0) - 1);
    for (const d of days) {
      let acc = 0;
      for (const v of SEVERITY) {
        if (!d[v]) continue;
        const rect = svg("rect", { x: x(d.t), y: y(acc + d[v]), width: barWidth, height: y(acc) - y(acc + d[v]),
          fill: COLOURS[v] });
        const title = svg("title");
        title.textContent = d.day + ": " + d[v] + " " + label(v);
        rect.append(title);
        chart.append(rect);
        acc += d[v];
      }
    }
    const axis = svg("text", { x: left, y: H - 6, class: "axis" });
    axis.textContent = new Date(t0 + DAY).toISOString().slice(0, 10);
    const axisEnd = svg("text", { x: W - 6, y: H - 6, class: "axis", "text-anchor": "end" });
    axisEnd.textContent = new Date(t1 - 2 * DAY).toISOString().slice(0, 10);
    const maxLabel = svg("text", { x: 2, y: top + 8, class: "axis" });
    maxLabel.textContent = String(max);
    chart.append(axis, axisEnd, maxLabel, svg("line", { x1: left, x2: W - 6, y1: H - bottom, y2: H - bottom, class: "base" }));
    box.append(chart, legend(), el("p", { class: "meta" }, "Days in " + (data.tz || "UTC") + " time."), data.undated ? el("p", { class: "meta" }, data.undated + " incidents without a date are not shown") : "");
  }

  function legend() {
    return el("p", { class: "legend" }, ...SEVERITY.map((v) => el("span", {}, badge(v), " ")));
  }

  // -------------------------------------------------------------------------------------- scorecard
  async function loadScorecard() {
    const agreement = $("f-agreement").value, reading = $("f-reading").value;
    const params = new URLSearchParams();
    if (agreement) params.set("agreement", agreement);
    if (reading) params.set("reading", reading);
    if ($("f-all").checked) params.set("all", "true");
    // the comparison depends on the agreement only: fetched once per agreement, not on every filter change
    if (agreement && !state.comparisons.has(agreement)) {
      state.comparisons.set(agreement, getJSON("/api/agreements/" + encodeURIComponent(agreement) + "/comparison"));
    }
    const [rows, comparison] = await Promise.all([getJSON("/api/scorecard", params),
      agreement ? state.comparisons.get(agreement) : null]);
    const head = el("tr", {}, el("th", {}, "agreement"), el("th", {}, "reading"), el("th", {}, "party"),
      ...SEVERITY.map((v) => el("th", { title: label(v) }, badge(v))), el("th", {}, "total"));
    const table = el("table", { class: "scorecard" }, head);
    for (const r of rows) {
      table.append(el("tr", {}, el("td", {}, r.agreement), el("td", {}, r.reading), el("td", {}, r.party),
        ...SEVERITY.map((v) => el("td", { class: "n" }, String(r[v]))), el("td", { class: "n" }, String(r.total))));
    }
    if (!rows.length) {
      table.append(el("tr", {}, el("td", { colspan: String(SEVERITY.length + 4), class: "meta" },
        agreement ? "No incident lies within this agreement's windows and geography." : "No findings yet: run assess.")));
    }
    $("scorecard").replaceChildren(table);
    $("differences").replaceChildren(...(comparison ? comparison.differences : []).map((s) => el("li", {}, s)));
  }

  // -------------------------------------------------------------------------------------- incidents
  function drawIncidents(page) {
    state.total = page.total;
    $("incident-count").textContent = (page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total}` : "none match") +
      (page.outside ? ` · ${page.outside} outside the agreement's windows and geography not shown (tick 'also outside')` : "");
    const tz = zone();
    const table = el("table", { class: "incidents" }, el("tr", {}, el("th", {}, tz ? "when (" + tz + ")" : "when (UTC)"), el("th", {}, "verdict"),
      el("th", {}, "actor"), el("th", {}, "where"), el("th", {}, "target"), el("th", {}, "report")));
    for (const i of page.items) {
      const row = el("tr", { class: "incident", "data-incident": i.id, tabindex: "0" },
        el("td", { title: "UTC: " + utcWhen(i.occurred_start, i.occurred_end) }, when(i.occurred_start, i.occurred_end)), el("td", {}, badge(i.verdict)), el("td", {}, i.actor || "unknown"),
        el("td", {}, [i.location_name, i.admin1_code, i.country].filter(Boolean).join(" · ")),
        el("td", {}, i.target_category || ""), el("td", { class: "excerpt" }, (i.source ? i.source + ": " : "") + (i.excerpt || "")));
      row.addEventListener("click", () => showDetail(i.id));
      row.addEventListener("keydown", (e) => { if (e.key === "Enter") showDetail(i.id); });
      table.append(row);
    }
    $("incidents").replaceChildren(table);
    $("prev").disabled = page.offset === 0;
    $("next").disabled = page.offset + page.items.length >= page.total;
  }

  async function showDetail(id) {
    const data = await getJSON("/api/incidents/" + encodeURIComponent(id));
    $("detail-id").textContent = data.id;
    const facts = el("p", { class: "meta", title: "UTC: " + utcWhen(data.occurred_start, data.occurred_end) },
      "when " + when(data.occurred_start, data.occurred_end) +
      " · where " + ([data.location_name, data.admin1_code, data.country].filter(Boolean).join(" · ") || "unknown") +
      " · target " + (data.target_category || "unknown") + (data.target_name ? " (" + data.target_name + ")" : "") +
      " · actor " + (data.actor || "unknown") + " · evidence " + data.evidence_grade +
      (data.evidence_detail ? ": " + data.evidence_detail : "") +
      ` · ${data.n_reports} report(s), ${data.n_sources} source(s), ${data.n_independent_sources} independent` +
      ((data.target_claims || []).length > 1
        ? " · the reports disagree on the target: " + data.target_claims.map((c) => c.claimant + " says " + c.category).join("; ")
        : ""));
    const findings = el("table", { class: "findings" }, el("tr", {}, el("th", {}, "agreement"), el("th", {}, "clause"),
      el("th", {}, "reading"), el("th", {}, "verdict"), el("th", {}, "reasons")));
    const agreement = $("f-agreement").value;
    const ordered = data.findings.filter((f) => f.agreement === agreement)
      .concat(data.findings.filter((f) => f.agreement !== agreement));
    for (const f of ordered) {
      const reasons = el("ul", { class: "reasons" }, ...f.reasons.map((r) =>
        el("li", { class: "reason reason-" + r.status }, el("b", {}, r.condition), " " + r.status + (r.detail ? ": " + r.detail : ""))));
      findings.append(el("tr", { class: "finding" }, el("td", {}, f.agreement), el("td", {}, f.clause),
        el("td", {}, f.reading), el("td", {}, badge(f.verdict)), el("td", {}, reasons)));
    }
    const reports = el("div", { class: "reports" });
    for (const r of data.reports) {
      const link = safeUrl(r.url);
      const source = link ? el("a", { href: link, rel: "noopener noreferrer", target: "_blank" }, r.source) : el("span", {}, r.source);
      reports.append(el("div", { class: "report", "data-report": r.id },
        el("p", { class: "meta" }, source, ` (${r.source_kind || "source"}${r.aligned_with ? ", aligned with " + r.aligned_with : ""})`,
          ` · claimant ${r.claimant} · ${r.stance} · published ${r.published_at || "unknown"} · ${r.role} · ${r.id}`,
          r.url && !link ? " · url (not a web link): " + r.url : ""),
        el("p", { class: "meta" }, (r.event || "event unknown") + (r.event_kind ? " (" + r.event_kind.replace(/_/g, " ") + ")" : "") +
          (r.time_basis ? " · time: " + r.time_basis : "") + " · target " + (r.target_category || "unknown") +
          " · place " + (r.location_name || "unknown") + (r.location_basis ? " (placed as " + r.location_basis + ")" : "") +
          (r.spelling && r.spelling.length ? " · read with spelling corrected: " + r.spelling.join(", ") : "")),
        el("p", { class: "report-text" }, r.text || "(no text)")));
    }
    $("detail").replaceChildren(facts, el("h3", {}, "Findings under every reading"), findings, el("h3", {}, "Reports"), reports);
    $("detail-panel").hidden = false;
    $("detail-panel").scrollTop = 0;
  }

  // ---------------------------------------------------------------------------------------- refresh
  async function refresh() {
    const generation = ++state.generation;
    const started = performance.now();
    $("status").textContent = "loading…";
    const params = filterParams();
    const page = new URLSearchParams(params);
    page.set("limit", PAGE);
    page.set("offset", state.offset);
    try {
      const [map, timeline, incidents] = await Promise.all([getJSON("/api/map", params),
        getJSON("/api/timeline", params), getJSON("/api/incidents", page), loadScorecard()]);
      if (generation !== state.generation) return; // a newer refresh superseded this one
      drawMap(map);
      drawTimeline(timeline);
      drawIncidents(incidents);
      const elapsed = Math.round(performance.now() - started);
      timings.refreshes.push(elapsed);
      if (timings.firstRender === null) timings.firstRender = Math.round(performance.now());
      $("status").textContent = `${incidents.total} incidents · ${elapsed} ms`;
      document.body.dataset.refreshes = String(timings.refreshes.length);
    } catch (error) {
      $("status").textContent = "error: " + error.message;
    }
  }

  window.trucewatchRefresh = refresh; // static/history.js refreshes when a new run has been recorded

  async function start() {
    const [vocabulary, facets] = await Promise.all([getJSON("/api/vocabulary"), getJSON("/api/facets")]);
    SEVERITY = vocabulary.verdicts.map((v) => v.id);
    for (const v of vocabulary.verdicts) {
      COLOURS[v.id] = v.colour;
      INK[v.id] = v.ink;
      LABELS[v.id] = v.label;
    }
    setupFilters(facets);
    await setupMap(facets);
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
    $("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
    $("detail-close").addEventListener("click", () => { $("detail-panel").hidden = true; });
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    await refresh();
  }

  start().catch((error) => { $("status").textContent = "error: " + error.message; });
})();
