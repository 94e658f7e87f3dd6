// Draws the /Humanitarian chart (displacement by department over time) and map (each department's latest figure as a
// circle) from the page's data island (#displacement-data). The tables on the page carry the same figures.
(function () {
  "use strict";
  var source = document.getElementById("displacement-data");
  if (!source) return;
  var data = JSON.parse(source.textContent);
  var names = {};
  data.departments.forEach(function (d) { names[d.pcode] = d.name; });
  function day(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function number(n) { return Number(n).toLocaleString("en"); }
  var colours = ["#0b5394", "#b45f06", "#38761d", "#990000", "#674ea7", "#45818e", "#bf9000", "#a64d79", "#434343", "#6aa84f"];

  var canvas = document.getElementById("displacement-chart");
  if (canvas && typeof Chart !== "undefined" && data.series.length) {
    var byDepartment = {};
    data.series.forEach(function (p) { (byDepartment[p.pcode] = byDepartment[p.pcode] || []).push({ x: day(p.date), y: p.idps }); });
    var datasets = Object.keys(byDepartment).sort().map(function (pcode, i) {
      var colour = colours[i % colours.length];
      return { label: names[pcode] || pcode, data: byDepartment[pcode], borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 2 };
    });
    new Chart(canvas, {
      type: "line",
      data: { datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "nearest", intersect: false },
        scales: {
          // Dates as UTC midnights on a linear axis: no date adapter is shipped.
          x: { type: "linear", ticks: { callback: function (v) { return iso(v).slice(0, 7); }, maxRotation: 0, autoSkipPadding: 24 } },
          y: { beginAtZero: true, ticks: { callback: function (v) { return number(v); } } },
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? iso(items[0].parsed.x) : ""; },
              label: function (item) { return item.dataset.label + ": " + number(item.parsed.y); },
            },
          },
        },
      },
    });
  }

  var element = document.getElementById("displacement-map");
  if (!element || typeof L === "undefined" || !window.KonbitMap || !data.latest.length) return;
  var map = KonbitMap.create(element);
  var where = {};
  data.departments.forEach(function (d) { where[d.pcode] = d; });
  var largest = Math.max.apply(null, data.latest.map(function (l) { return l.idps; }));
  KonbitMap.baseLayer(map, element.dataset.api, 1).then(function () {
    data.latest.forEach(function (l) {
      var d = where[l.pcode];
      if (!d) return;
      // Area, not radius, in proportion to the figure; the largest department gets a 30-pixel radius.
      var radius = Math.max(3, 30 * Math.sqrt(l.idps / Math.max(largest, 1)));
      var popup = KonbitMap.el("div");
      popup.appendChild(KonbitMap.el("strong", d.name));
      popup.appendChild(KonbitMap.el("p", number(l.idps) + " displaced on " + l.date));
      L.circleMarker([d.latitude, d.longitude], { className: "displacement-circle", radius: radius, color: "#7f1d1d", weight: 1, fillColor: "#b91c1c", fillOpacity: 0.45 })
        .bindPopup(popup).bindTooltip(d.name + ": " + number(l.idps)).addTo(map);
    });
  });
})();
