// Draws each indicator's history on /Indicators from the page's data island (#indicator-data): the actual values as
// points coloured by status, the expected path from the baseline through the targets as a line. The tables under the
// charts carry the same figures.
(function () {
  "use strict";
  var source = document.getElementById("indicator-data");
  if (!source || typeof Chart === "undefined") return;
  var indicators = {};
  JSON.parse(source.textContent).forEach(function (i) { indicators[i.id] = i; });
  function day(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  var colours = { "on-track": "#1e7b34", "at-risk": "#b36b00", "off-track": "#b91c1c", "no-data": "#6b7280" };

  document.querySelectorAll("canvas.indicator-chart").forEach(function (canvas) {
    var i = indicators[canvas.dataset.indicator];
    if (!i) return;
    var path = [{ x: day(i.baseline.on), y: i.baseline.value }].concat(i.targets.map(function (t) { return { x: day(t.on), y: t.value }; }));
    var actual = i.history.filter(function (h) { return h.actual !== null; });
    new Chart(canvas, {
      type: "line",
      data: {
        datasets: [
          { label: "Actual", data: actual.map(function (h) { return { x: day(h.date), y: h.actual }; }), borderColor: "#0b5394",
            pointBackgroundColor: actual.map(function (h) { return colours[h.status]; }), pointRadius: 5, borderWidth: 2 },
          { label: "Expected (baseline to targets)", data: path, borderColor: "#9ca3af", borderDash: [6, 4], pointRadius: 3, borderWidth: 2 },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          // Dates as UTC midnights on a linear axis: no date adapter is shipped.
          x: { type: "linear", ticks: { callback: function (v) { return iso(v).slice(0, 7); }, maxRotation: 0, autoSkipPadding: 24 } },
          y: { title: { display: true, text: i.unit } },
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { title: function (items) { return items.length ? iso(items[0].parsed.x) : ""; } } },
        },
      },
    });
  });
})();
