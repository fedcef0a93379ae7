/* dateline: the events map (Leaflet over offline Natural Earth boundaries, no tile server) and
   a timeline by day and type drawn as SVG. Content from records is set as text only. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const RADIUS = {site: 4, city: 6, district: 8, province: 11, country: 15, region: 20};

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }
  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (r) {
      if (!r.ok) { throw new Error(url + " answered " + r.status); }
      return r.json();
    });
  }
  function popup(p) {
    const box = el("div", "popup");
    box.append(el("strong", null, p.type), el("div", null, p.trigger_text));
    box.append(el("div", "sub", (p.location_name || "?") + (p.location_country ? " (" + p.location_country + ")" : "") +
      " · precision " + (p.location_precision || "?")));
    if (p.date_start) { box.append(el("div", "sub", p.date_start)); }
    const link = el("a", null, p.article_title || p.article_id);
    link.href = "/articles/" + encodeURIComponent(p.article_id) + "#" + encodeURIComponent(p.id);
    box.append(link);
    return box;
  }

  function drawMap(mapEl) {
    const status = document.getElementById("map-status");
    const map = L.map(mapEl, {minZoom: 1, maxZoom: 9, worldCopyJump: true, zoomSnap: 0.5}).setView([20, 15], 1.5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("boundaries: Natural Earth");
    map.createPane("events").style.zIndex = 450;
    getJSON("/static/vendor/world-atlas/countries-110m.json").then(function (topo) {
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {interactive: false, className: "basemap"}).addTo(map);
    }).catch(function () { status.textContent = "(basemap unavailable)"; });
    getJSON("/api/events/points?" + mapEl.dataset.query).then(function (data) {
      const group = L.featureGroup();
      data.items.forEach(function (p) {
        const prec = RADIUS[p.location_precision] ? p.location_precision : "city";
        const marker = L.circleMarker([p.lat, p.lon], {
          pane: "events", radius: RADIUS[prec], weight: 1.5,
          className: "ev-marker prec-" + prec + " t-" + p.type,
        });
        marker.bindPopup(function () { return popup(p); });
        group.addLayer(marker);
      });
      group.addTo(map);
      if (data.items.length) { map.fitBounds(group.getBounds().pad(0.4), {maxZoom: 5}); }
      status.textContent = data.items.length + " event(s) with a place" + (data.truncated ? " (first 2000 shown)" : "");
      mapEl.dataset.markers = String(data.items.length);
    }).catch(function (err) { status.textContent = String(err.message); });
  }

  function dayKey(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function drawTimeline(box) {
    const status = document.getElementById("timeline-status");
    getJSON("/api/events/timeline?" + box.dataset.query).then(function (data) {
      const days = data.days || [];
      const undated = data.undated ? " " + data.undated + " event(s) without a day are not shown." : "";
      if (!days.length) {
        status.textContent = "No events with a known day." + undated;
        box.dataset.bars = "0";
        return;
      }
      const ms = days.map(function (d) { return Date.parse(d.day + "T00:00:00Z"); }).filter(function (x) { return !isNaN(x); });
      const lo = Math.min.apply(null, ms);
      const hi = Math.max.apply(null, ms);
      const span = Math.round((hi - lo) / 864e5) + 1;
      const monthly = span > 400;
      const key = function (day) { return monthly ? day.slice(0, 7) : day; };
      const bins = [];
      for (let t = lo; t <= hi; t += 864e5) {
        const k = key(dayKey(t));
        if (bins[bins.length - 1] !== k) { bins.push(k); }
      }
      const counts = new Map(bins.map(function (b) { return [b, new Map()]; }));
      const types = [];
      days.forEach(function (d) {
        const bin = counts.get(key(d.day));
        if (!bin) { return; }
        bin.set(d.type, (bin.get(d.type) || 0) + d.n);
        if (types.indexOf(d.type) < 0) { types.push(d.type); }
      });
      types.sort();
      let max = 1;
      counts.forEach(function (bin) {
        let sum = 0;
        bin.forEach(function (n) { sum += n; });
        max = Math.max(max, sum);
      });
      const W = Math.max(320, box.clientWidth || 800), H = 190, L0 = 34, B = 22, T = 8;
      const plotW = W - L0 - 8, plotH = H - B - T;
      const bw = plotW / bins.length;
      const root = svg("svg", {viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img",
        "aria-label": "events per " + (monthly ? "month" : "day") + " and type"});
      root.append(svg("line", {x1: L0, y1: T + plotH, x2: L0 + plotW, y2: T + plotH, class: "axis"}));
      root.append(svg("text", {x: L0 - 4, y: T + 10, class: "tick", "text-anchor": "end"}, max));
      root.append(svg("text", {x: L0 - 4, y: T + plotH, class: "tick", "text-anchor": "end"}, 0));
      const every = Math.max(1, Math.ceil(bins.length / 6));
      let bars = 0;
      bins.forEach(function (b, i) {
        const x = L0 + i * bw;
        let y = T + plotH;
        types.forEach(function (type) {
          const n = counts.get(b).get(type) || 0;
          if (!n) { return; }
          const h = plotH * n / max;
          y -= h;
          const rect = svg("rect", {x: x + bw * 0.1, y: y, width: Math.max(1, bw * 0.8), height: h, class: "bar t-" + type});
          rect.append(svg("title", {}, b + " " + type + ": " + n));
          root.append(rect);
          bars += 1;
        });
        if (i % every === 0 || i === bins.length - 1) {
          root.append(svg("text", {x: x + bw / 2, y: H - 6, class: "tick", "text-anchor": "middle"}, b));
        }
      });
      box.replaceChildren(root);
      const legend = el("p", "legend");
      types.forEach(function (type) { legend.append(el("span", "tag t-" + type, type), " "); });
      box.append(legend);
      box.dataset.bars = String(bars);
      status.textContent = (monthly ? "By month (the range is over 400 days)." : "") + undated;
    }).catch(function (err) { status.textContent = String(err.message); });
  }

  const mapEl = document.getElementById("map");
  if (mapEl && window.L && window.topojson) { drawMap(mapEl); }
  const timeline = document.getElementById("timeline");
  if (timeline) { drawTimeline(timeline); }
}());
