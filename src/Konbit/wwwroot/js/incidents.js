// The incidents page's map: events by department or commune (server totals), single events once zoomed in, asking
// the API with the page's filter (data-query), so it shows what the table and the downloads hold.
(function () {
  "use strict";
  var box = document.getElementById("incident-map");
  if (box && box.dataset.query !== undefined && window.L && window.KonbitMap) incidentMap(box, window.KonbitMap);

  function and(query) { return query ? "&" + query : ""; }
  function number(n) { return Number(n).toLocaleString("en"); }
  function plural(n, one, many) { return number(n) + " " + (n === 1 ? one : many); }

  // Single events appear from this zoom (a city district or so); below it the server's totals by unit are drawn.
  var EVENT_ZOOM = 10;
  var EVENT_LIMIT = 5000;
  var CHOROPLETH = ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"];
  var TYPE_COLOURS = {
    "Battles": "#b91c1c", "Violence against civilians": "#7c2d12", "Explosions/Remote violence": "#6d28d9",
    "Riots": "#c2410c", "Protests": "#0b5394", "Strategic developments": "#374151",
  };

  function incidentMap(box, M) {
    var api = box.dataset.api, query = box.dataset.query, level = Number(box.dataset.level) || 1;
    var status = document.getElementById("map-status");
    var map = M.create(box);
    var eventRenderer = L.canvas({ padding: 0.3 });
    var base = null, context = null, totals = null, events = null, legend = null, unitLegend = null, generation = 0, eventRequest = 0;
    var unitsText = "", fitted = false, asCircles = true;

    function say(text) { status.textContent = text; }
    function fail(what, e) { say(what + " could not be loaded (" + e.message + "). The table below lists the events."); }

    async function drawUnits() {
      var mine = ++generation;
      var results = await Promise.all([
        M.baseLayer(map, api, level),
        M.getJson(api + "/incidents/map?level=" + level + and(query)),
        // Communes are drawn over the departments, which give them their place and names.
        level === 2 ? M.baseLayer(map, api, 1) : Promise.resolve(null),
      ]);
      var b = results[0], data = results[1], outer = results[2];
      if (mine !== generation) { b.layer.remove(); if (outer) outer.layer.remove(); return; }
      [base, context, totals, legend].forEach(function (l) { if (l) l.remove(); });
      base = b.layer;
      context = outer && outer.layer;
      if (context) context.bringToBack();
      var units = data.units.filter(function (u) { return u.events > 0; });
      asCircles = b.areas.length === 0;
      var drawn = asCircles ? circles(units) : choropleth(b.areas, units);
      totals = drawn.layer.addTo(map);
      if (unitLegend) unitLegend.remove();
      legend = unitLegend = drawn.legend.addTo(map);
      var unitWord = level === 1 ? ["department", "departments"] : ["commune", "communes"];
      var events = units.reduce(function (s, u) { return s + u.events; }, 0);
      unitsText = plural(events, "event", "events") + " in " + plural(units.length, unitWord[0], unitWord[1])
        + (data.unplaced && data.unplaced.events ? "; " + plural(data.unplaced.events, "event", "events") + " not placed in a " + unitWord[0] : "") + ".";
      box.dataset.units = String(units.length);
      // A filter on one area: show that area rather than the whole country.
      if (!fitted && /(^|&)area=/.test(query) && units.length) {
        map.fitBounds(L.latLngBounds(units.map(function (u) { return [u.latitude, u.longitude]; })).pad(0.5), { maxZoom: 9 });
      }
      fitted = true;
      await refreshEvents();
    }

    function unitPopup(u) {
      var div = M.el("div", null, "map-popup");
      div.appendChild(M.el("strong", u.name || u.pcode));
      div.appendChild(M.el("p", plural(u.events, "event", "events") + ", " + plural(u.fatalities, "fatality", "fatalities")));
      var params = new URLSearchParams(query);
      params.set("area", u.pcode);
      params.delete("page");
      if (level === 2) params.set("level", "2");
      var a = M.el("a", "Show only " + (u.name || u.pcode));
      a.href = box.dataset.pageUrl + "?" + params.toString();
      div.appendChild(a);
      return div;
    }

    function circles(units) {
      var max = Math.max.apply(null, units.map(function (u) { return u.events; }).concat([1]));
      // Smaller circles on a phone, where Haiti is a few hundred pixels wide.
      var biggest = (level === 1 ? 42 : 24) * Math.max(0.5, Math.min(1, box.clientWidth / 800));
      function radius(n) { return Math.max(4, biggest * Math.sqrt(n / max)); }
      var layer = L.featureGroup();
      // Largest first, so that a small unit's circle stays on top and clickable.
      units.slice().sort(function (a, b) { return b.events - a.events; }).forEach(function (u) {
        L.circleMarker([u.latitude, u.longitude], {
          className: "unit-circle", radius: radius(u.events), color: "#7f1d1d", weight: 1.5, fillColor: "#dc2626", fillOpacity: 0.5,
        }).bindTooltip((u.name || u.pcode) + ": " + plural(u.events, "event", "events"), { direction: "top" })
          .bindPopup(unitPopup(u)).addTo(layer);
      });
      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var div = M.el("div", null, "map-legend");
        div.appendChild(M.el("strong", "Events"));
        var steps = [max, Math.round(max / 4), Math.round(max / 16)].filter(function (v, i, all) { return v > 0 && all.indexOf(v) === i; });
        var size = radius(max) * 2 + 4, top = 8;
        var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
        svg.setAttribute("width", String(size + 48));
        svg.setAttribute("height", String(size + top));
        svg.setAttribute("aria-hidden", "true");
        steps.forEach(function (v) {
          var r = radius(v), c = document.createElementNS(svg.namespaceURI, "circle");
          c.setAttribute("cx", String(size / 2)); c.setAttribute("cy", String(top + size - 2 - r)); c.setAttribute("r", String(r));
          c.setAttribute("class", "legend-circle");
          // A tick from the circle's top to its figure, as printed maps label proportional symbols.
          var y = top + size - 2 - 2 * r;
          var tick = document.createElementNS(svg.namespaceURI, "line");
          tick.setAttribute("x1", String(size / 2)); tick.setAttribute("x2", String(size + 4));
          tick.setAttribute("y1", String(y)); tick.setAttribute("y2", String(y));
          tick.setAttribute("class", "legend-tick");
          svg.appendChild(tick);
          var t = document.createElementNS(svg.namespaceURI, "text");
          t.setAttribute("x", String(size + 7)); t.setAttribute("y", String(y + 4));
          t.textContent = number(v);
          svg.appendChild(c); svg.appendChild(t);
        });
        div.appendChild(svg);
        div.appendChild(M.el("span", "Circle area: events " + (level === 1 ? "in a department" : "in a commune"), "legend-note"));
        return div;
      };
      return { layer: layer, legend: legend };
    }

    function choropleth(areas, units) {
      var byPcode = {};
      units.forEach(function (u) { byPcode[u.pcode] = u; });
      var counts = units.map(function (u) { return u.events; }).sort(function (a, b) { return a - b; });
      // Quantile classes: a few very violent units would otherwise leave every other one the palest colour.
      var breaks = [];
      for (var i = 1; i < CHOROPLETH.length; i++) {
        var v = counts[Math.floor(i * counts.length / CHOROPLETH.length)];
        if (v !== undefined && breaks.indexOf(v) < 0) breaks.push(v);
      }
      function colour(n) {
        var k = 0;
        while (k < breaks.length && n >= breaks[k]) k++;
        return CHOROPLETH[Math.min(k + CHOROPLETH.length - 1 - breaks.length, CHOROPLETH.length - 1)];
      }
      var withEvents = areas.filter(function (f) { return byPcode[f.properties.pcode]; });
      var layer = L.geoJSON({ type: "FeatureCollection", features: withEvents }, {
        style: function (f) {
          return { className: "unit-area", color: "#4b5563", weight: 1, fillColor: colour(byPcode[f.properties.pcode].events), fillOpacity: 0.85 };
        },
        onEachFeature: function (f, l) {
          var u = byPcode[f.properties.pcode];
          l.bindTooltip((u.name || M.unitName(f.properties)) + ": " + plural(u.events, "event", "events"), { sticky: true });
          l.bindPopup(unitPopup(u));
        },
      });
      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var div = M.el("div", null, "map-legend");
        div.appendChild(M.el("strong", "Events"));
        var list = M.el("ul");
        var lows = [counts[0] || 0].concat(breaks.filter(function (b) { return b > (counts[0] || 0); }));
        lows.forEach(function (low, i) {
          var high = i + 1 < lows.length ? lows[i + 1] - 1 : counts[counts.length - 1];
          var li = M.el("li", null);
          var swatch = M.el("span", null, "swatch");
          swatch.style.background = colour(low);
          li.appendChild(swatch);
          li.appendChild(document.createTextNode(low === high ? number(low) : number(low) + "–" + number(high)));
          list.appendChild(li);
        });
        div.appendChild(list);
        return div;
      };
      return { layer: layer, legend: legend };
    }

    function eventPopup(p) {
      var div = M.el("div", null, "map-popup");
      div.appendChild(M.el("strong", p.subEventType));
      div.appendChild(M.el("p", [p.eventDate, p.location || p.admin2 || p.admin1].filter(Boolean).join(" · ")));
      div.appendChild(M.el("p", plural(p.fatalities || 0, "fatality", "fatalities") + (p.missionInvolved ? " · mission involved" : "")));
      var a = M.el("a", "Open the incident");
      a.href = box.dataset.incidentUrl + p.id;
      div.appendChild(a);
      return div;
    }

    function eventLegend(features) {
      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var div = M.el("div", null, "map-legend");
        div.appendChild(M.el("strong", "Event type"));
        var list = M.el("ul");
        Object.keys(TYPE_COLOURS).filter(function (t) {
          return features.some(function (f) { return f.properties.eventType === t; });
        }).forEach(function (t) {
          var li = M.el("li", null);
          var dot = M.el("span", null, "swatch dot");
          dot.style.background = TYPE_COLOURS[t];
          li.appendChild(dot);
          li.appendChild(document.createTextNode(t));
          list.appendChild(li);
        });
        div.appendChild(list);
        return div;
      };
      return legend;
    }

    async function refreshEvents() {
      var mine = ++eventRequest;
      if (map.getZoom() < EVENT_ZOOM) {
        if (events) { events.remove(); events = null; }
        if (totals && !map.hasLayer(totals)) totals.addTo(map);
        if (unitLegend && legend !== unitLegend) { legend.remove(); legend = unitLegend.addTo(map); }
        box.dataset.eventsShown = "0";
        say(unitsText + " Zoom in to see single events.");
        return;
      }
      var b = map.getBounds();
      var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(",");
      say("Loading the events in view…");
      var data = await M.getJson(api + "/incidents?pageSize=" + EVENT_LIMIT + "&bbox=" + bbox + and(query), "application/geo+json");
      if (mine !== eventRequest) return;
      if (events) events.remove();
      // Circles would hide the points; boundaries coloured by count can stay under them.
      if (totals && asCircles) totals.remove();
      events = L.geoJSON(data, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, {
            renderer: eventRenderer, radius: 5, weight: 1, color: "#ffffff",
            fillColor: TYPE_COLOURS[f.properties.eventType] || "#111827", fillOpacity: 0.9,
          });
        },
        onEachFeature: function (f, l) { l.bindPopup(eventPopup(f.properties)); },
      }).addTo(map);
      if (legend) legend.remove();
      legend = eventLegend(data.features || []).addTo(map);
      var shown = (data.features || []).length;
      box.dataset.eventsShown = String(shown);
      var total = typeof data.total === "number" ? data.total : shown;
      say("Showing " + plural(shown, "event", "events") + " in view" + (total > shown ? " (the first " + number(shown) + " of " + number(total) + ")" : "")
        + ". Select a point for its incident page; zoom out for the totals by " + (level === 1 ? "department" : "commune") + ".");
    }

    map.on("moveend", function () { if (fitted) refreshEvents().catch(function (e) { fail("The events in view", e); }); });
    document.querySelectorAll("input[name=map-level]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        level = Number(radio.value);
        var url = new URL(window.location.href);
        if (level === 1) url.searchParams.delete("level"); else url.searchParams.set("level", String(level));
        window.history.replaceState(null, "", url);
        var hidden = document.querySelector("form.filter-form input[name=level]");
        if (hidden) { hidden.value = String(level); hidden.disabled = level === 1; }
        drawUnits().catch(function (e) { fail("The map", e); });
      });
    });
    box.konbitMap = map;
    say("Loading the map…");
    drawUnits().catch(function (e) { fail("The map", e); });
  }
})();
