// The incident page's small map: the departments (or their boundaries) and the incident's point.
(function () {
  "use strict";
  var box = document.getElementById("incident-point-map");
  if (!box || !window.L || !window.KonbitMap) return;
  var M = window.KonbitMap;
  var point = [Number(box.dataset.lat), Number(box.dataset.lon)];
  var map = M.create(box, { zoomControl: true });
  L.circleMarker(point, { className: "incident-point", radius: 8, color: "#ffffff", weight: 2, fillColor: "#b91c1c", fillOpacity: 1 })
    .bindTooltip(box.dataset.label, { direction: "top" }).addTo(map);
  map.setView(point, 8);
  M.baseLayer(map, box.dataset.api, 1).then(function (b) { b.layer.bringToBack(); }).catch(function () {
    // Without the base layer the point still shows on the plain background.
  });
})();
