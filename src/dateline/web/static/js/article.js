/* dateline: one article with its evidence highlighted. Article content is only ever set as
   text (textContent), never parsed as HTML. */
"use strict";
(function () {
  const view = document.getElementById("article-view");
  if (!view) { return; }
  const textBox = document.getElementById("article-text");
  const card = document.getElementById("card");
  const records = new Map();   // record id -> {layer, rec}
  const hidden = new Set();    // hidden layers

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function ents(list) {
    return (list || []).map(function (e) {
      const where = [e.country, e.sector].filter(Boolean).join(" ");
      return (e.name || e.text || "?") + (where ? " (" + where + ")" : "");
    }).join("; ");
  }
  function rows(layer, r) {
    if (layer === "events") {
      const loc = r.location || {};
      const date = r.date || {};
      return [["type", r.type + (r.mode ? " / " + r.mode : "")], ["trigger", (r.trigger || {}).text],
        ["actors", ents(r.actors)], ["recipients", ents(r.recipients)],
        ["place", loc.name ? loc.name + (loc.country ? " (" + loc.country + ")" : "") + ", precision " + loc.precision : null],
        ["date", date.start ? date.start + (date.end && date.end !== date.start ? " – " + date.end : "") + " (" + date.precision + ", " + date.method + ")" : null],
        ["modality", r.modality], ["historical", r.historical ? "yes" : null], ["alleged", r.alleged ? "yes" : null], ["context", (r.context || []).join(", ")],
        ["fatalities", r.fatalities], ["reported through", r.attributed_to],
        ["confidence", r.confidence], ["extractor", r.extractor]];
    }
    if (layer === "quotes") {
      const sp = r.speaker || {};
      return [["speaker", sp.name || sp.text || "unknown"], ["anonymous", sp.anonymous ? "yes" : "no"],
        ["speaker kind", sp.kind], ["cue", (r.cue || {}).text], ["kind", r.kind],
        ["relayed via", (r.via || []).join(" → ")], ["content", (r.content || {}).text],
        ["confidence", r.confidence], ["extractor", r.extractor]];
    }
    if (layer === "claims") {
      return [["claim", r.text], ["value", r.value], ["unit", r.unit], ["qualifier", r.qualifier],
        ["subject", r.subject], ["attributed to", r.attributed_to], ["confidence", r.confidence],
        ["extractor", r.extractor]];
    }
    if (layer === "framing") {
      return [["wording", r.text], ["category", r.category], ["voice", r.in_quote ? "inside a quote" : "the outlet's own"],
        ["term", r.term], ["confidence", r.confidence], ["extractor", r.extractor]];
    }
    return [["place", r.place], ["date text", r.date_text], ["date", r.date], ["source code", r.source_code]];
  }
  const TITLES = {events: "Event", quotes: "Quote", claims: "Claim", framing: "Framing", dateline: "Dateline"};

  function showCard(ids) {
    const items = ids.map(function (id) { return records.get(id); }).filter(Boolean);
    if (!items.length) { return; }
    card.replaceChildren();
    items.forEach(function (entry) {
      const box = el("div", "card-item card-" + entry.layer);
      box.dataset.record = entry.id;
      box.append(el("h3", null, TITLES[entry.layer] + (entry.rec.type ? " · " + entry.rec.type : "")));
      const dl = el("dl");
      rows(entry.layer, entry.rec).forEach(function (pair) {
        const v = pair[1];
        if (v === null || v === undefined || v === "") { return; }
        dl.append(el("dt", null, pair[0]), el("dd", null, v));
      });
      box.append(dl);
      const raw = el("details");
      raw.append(el("summary", null, "record JSON"), el("pre", "json", JSON.stringify(entry.rec, null, 2)));
      box.append(raw);
      card.append(box);
    });
    card.hidden = false;
  }
  function visibleIds(node) {
    return (node.dataset.marks || "").split(" ").filter(function (id) {
      const entry = records.get(id);
      return entry && !hidden.has(entry.layer);
    });
  }
  function mark(ids) {
    textBox.querySelectorAll(".active").forEach(function (n) { n.classList.remove("active"); });
    document.querySelectorAll(".rec.selected").forEach(function (n) { n.classList.remove("selected"); });
    ids.forEach(function (id) {
      textBox.querySelectorAll('[data-marks~="' + CSS.escape(id) + '"]').forEach(function (n) { n.classList.add("active"); });
      document.querySelectorAll('.rec[data-record="' + CSS.escape(id) + '"]').forEach(function (n) { n.classList.add("selected"); });
    });
  }
  function select(id, scroll) {
    const entry = records.get(id);
    if (!entry) { return; }
    const box = document.querySelector('.layer-toggle[data-layer="' + entry.layer + '"]');
    if (box && !box.checked) { box.checked = true; box.dispatchEvent(new Event("change")); }
    mark([id]);
    showCard([id]);
    const first = textBox.querySelector('[data-marks~="' + CSS.escape(id) + '"]');
    if (first && scroll) { first.scrollIntoView({block: "center", behavior: "smooth"}); }
  }

  document.querySelectorAll(".layer-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      const layer = box.dataset.layer;
      textBox.classList.toggle("hide-" + layer, !box.checked);
      if (box.checked) { hidden.delete(layer); } else { hidden.add(layer); }
    });
  });
  textBox.addEventListener("click", function (ev) {
    const seg = ev.target.closest("[data-marks]");
    if (!seg) { return; }
    const ids = visibleIds(seg);
    mark(ids);
    showCard(ids);
  });
  textBox.addEventListener("keydown", function (ev) {
    const seg = ev.target.closest("[data-marks]");
    if (seg && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); seg.click(); }
  });
  textBox.addEventListener("mouseover", function (ev) {
    const seg = ev.target.closest("[data-marks]");
    if (seg) { showCard(visibleIds(seg)); }
  });
  document.querySelectorAll(".rec[data-record]").forEach(function (button) {
    button.addEventListener("click", function () { select(button.dataset.record, true); });
  });

  fetch("/api/articles/" + encodeURIComponent(view.dataset.article), {headers: {Accept: "application/json"}})
    .then(function (resp) { return resp.json(); })
    .then(function (rec) {
      const dl = (rec.article || {}).dateline;
      if (dl) { records.set("dateline", {id: "dateline", layer: "dateline", rec: dl}); }
      ["events", "quotes", "claims", "framing"].forEach(function (layer) {
        (rec[layer] || []).forEach(function (r) { records.set(String(r.id), {id: String(r.id), layer: layer, rec: r}); });
      });
      view.dataset.ready = "true";
      const wanted = decodeURIComponent(window.location.hash.slice(1));
      if (wanted && records.has(wanted)) { select(wanted, true); }
    });
}());
