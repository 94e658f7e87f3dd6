// Draws the dashboard's strength chart from the series embedded in the page (#strength-series). The contributors
// table carries the same figures for anyone who cannot see the chart, so a failure here hides nothing.
(function () {
  "use strict";
  var canvas = document.getElementById("strength-chart");
  var source = document.getElementById("strength-series");
  if (!canvas || !source || typeof Chart === "undefined") return;
  var series = JSON.parse(source.textContent);

  // Dates become UTC midnights on a linear axis: Chart.js needs an adapter for a time axis, and we ship none.
  function day(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function number(n) { return Number(n).toLocaleString("en"); }
  // A stepped line drops a segment that ends in a gap, so a value is carried to the date its gap starts (the ceiling
  // ends when its mandate expires, not at the last date something else changed).
  function line(key) {
    var out = [];
    series.points.forEach(function (p, i) {
      var previous = i > 0 ? series.points[i - 1][key] : null;
      if (p[key] === null && previous !== null) out.push({ x: day(p.on), y: previous });
      out.push({ x: day(p.on), y: p[key] });
    });
    return out;
  }
  // Ticks on the first day of every quarter (every year over long spans), instead of the linear scale's arbitrary days.
  function quarterTicks(axis) {
    var start = new Date(axis.min), ticks = [];
    var years = (axis.max - axis.min) / (365.25 * 86400000);
    var step = years > 6 ? 12 : years > 2 ? 6 : 3;
    var d = Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / step) * step + step, 1);
    for (; d <= axis.max; d = Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth() + step, 1)) ticks.push({ value: d });
    axis.ticks = ticks;
  }
  function reported(missionWide) {
    return series.reported
      .filter(function (r) { return (r.contributor === null) === missionWide; })
      .map(function (r) { return { x: day(r.on), y: r.count, who: r.contributor || "whole mission" }; });
  }

  var datasets = [
    // "before": a figure holds until the next date on which it changed, then steps.
    { label: "Deployed", data: line("deployed"), stepped: "before", borderColor: "#0b5394", backgroundColor: "#0b5394", borderWidth: 3, pointRadius: 0 },
    { label: "Pledged", data: line("pledged"), stepped: "before", borderColor: "#b45f06", backgroundColor: "#b45f06", borderWidth: 2, pointRadius: 0 },
  ];
  if (series.points.some(function (p) { return p.ceiling !== null; })) {
    datasets.push({ label: "Ceiling", data: line("ceiling"), stepped: "before", spanGaps: false, borderColor: "#7f1d1d", backgroundColor: "#7f1d1d", borderDash: [8, 5], borderWidth: 2, pointRadius: 0 });
  }
  datasets.push(
    { label: "Reported, whole mission", data: reported(true), showLine: false, pointRadius: 6, pointStyle: "rectRot", borderColor: "#111827", backgroundColor: "#111827" },
    { label: "Reported, one contributor", data: reported(false), showLine: false, pointRadius: 5, pointStyle: "circle", borderColor: "#4b5563", backgroundColor: "#ffffff" }
  );

  new Chart(canvas, {
    type: "line",
    data: { datasets: datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: "nearest", intersect: false },
      scales: {
        x: {
          type: "linear",
          min: series.points.length ? day(series.points[0].on) : undefined,
          max: series.points.length ? day(series.points[series.points.length - 1].on) : undefined,
          afterBuildTicks: quarterTicks,
          ticks: { callback: function (v) { return iso(v).slice(0, 7); }, maxRotation: 0, autoSkipPadding: 24 },
        },
        y: { beginAtZero: true, ticks: { callback: function (v) { return number(v); } } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            title: function (items) { return items.length ? iso(items[0].parsed.x) : ""; },
            label: function (item) {
              var who = item.raw && item.raw.who ? " (" + item.raw.who + ")" : "";
              return item.dataset.label + who + ": " + (item.parsed.y === null ? "none" : number(item.parsed.y));
            },
          },
        },
      },
    },
  });
})();
