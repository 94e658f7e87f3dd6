// The incidents page's chart: events and fatalities per month from the summary API, with the page's filter.
(function () {
  "use strict";
  var canvas = document.getElementById("incident-chart");
  if (!canvas || !window.Chart) return;
  function number(n) { return Number(n).toLocaleString("en"); }
  function plural(n, one, many) { return number(n) + " " + (n === 1 ? one : many); }

  async function monthlyChart(canvas) {
    var status = document.getElementById("chart-status");
    var response = await fetch(canvas.dataset.summaryUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) throw new Error("the summary answered " + response.status);
    var data = await response.json();
    var byMonth = {};
    data.rows.forEach(function (r) { if (r.month) byMonth[r.month] = r; });
    var known = Object.keys(byMonth).sort();
    if (!known.length) { status.textContent = "No events to chart."; return; }
    // Every month from the first to the last, so that a quiet month shows as a gap and not as nothing.
    var months = [];
    for (var y = +known[0].slice(0, 4), m = +known[0].slice(5, 7); ; m++) {
      if (m > 12) { m = 1; y++; }
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      months.push(key);
      if (key >= known[known.length - 1]) break;
    }
    var events = months.map(function (k) { return byMonth[k] ? byMonth[k].events : 0; });
    var fatalities = months.map(function (k) { return byMonth[k] ? byMonth[k].fatalities : 0; });
    new Chart(canvas, {
      data: {
        labels: months,
        datasets: [
          { type: "bar", label: "Events", data: events, yAxisID: "y", backgroundColor: "#0b5394", maxBarThickness: 40 },
          { type: "line", label: "Fatalities", data: fatalities, yAxisID: "y1", borderColor: "#b91c1c", backgroundColor: "#b91c1c", borderWidth: 2, pointRadius: months.length > 36 ? 0 : 3, tension: 0 },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkipPadding: 16 } },
          y: { beginAtZero: true, title: { display: true, text: "Events" }, ticks: { precision: 0, callback: function (v) { return number(v); } } },
          y1: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: "Fatalities" }, ticks: { precision: 0, callback: function (v) { return number(v); } } },
        },
        plugins: { legend: { position: "bottom" } },
      },
    });
    var peak = months[events.indexOf(Math.max.apply(null, events))];
    canvas.setAttribute("aria-label", "Events and fatalities by month, " + months[0] + " to " + months[months.length - 1] + ": "
      + plural(data.events, "event", "events") + ", " + plural(data.fatalities, "fatality", "fatalities") + "; most events in " + peak
      + " (" + number(byMonth[peak].events) + ").");
  }
  monthlyChart(canvas).catch(function (e) {
    document.getElementById("chart-status").textContent = "The chart could not load its figures (" + e.message + "); the table lists the events.";
  });
})();
