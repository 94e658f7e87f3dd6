// What the incident maps share: a Leaflet map of Haiti with no tile server (none is reachable from the mission's
// networks), whose base layer is the admin units from /api/v1/geo/units: their boundaries once imported, else points.
window.KonbitMap = (function () {
  "use strict";
  // Haiti with a margin, as in Geography/Departments.cs.
  var haiti = L.latLngBounds([17.92, -74.58], [20.19, -71.52]);

  function create(element, options) {
    var fallback = element.querySelector(".map-fallback");
    if (fallback) fallback.remove();
    var map = L.map(element, Object.assign({ attributionControl: false, zoomSnap: 0.5, minZoom: 6, maxZoom: 16 }, options || {}));
    map.fitBounds(haiti);
    return map;
  }

  async function getJson(url, accept) {
    var response = await fetch(url, { headers: { Accept: accept || "application/json" }, credentials: "same-origin" });
    if (!response.ok) throw new Error(url + " answered " + response.status);
    return response.json();
  }

  function unitName(p) { return p.nameFr || p.nameEn || p.pcode; }

  function isArea(feature) {
    var t = feature.geometry && feature.geometry.type;
    return t === "Polygon" || t === "MultiPolygon";
  }

  // Draws the units of one level under everything else. Resolves to the layer and the units that have a boundary
  // (for a choropleth).
  async function baseLayer(map, api, level) {
    var units;
    try {
      units = await getJson(api + "/geo/units?level=" + level, "application/geo+json, application/json");
    } catch (e) {
      // The figures still draw on the plain background: better a map without outlines than none.
      units = { features: [] };
    }
    var features = units.features || [];
    var areas = features.filter(isArea);
    var layer = L.geoJSON({ type: "FeatureCollection", features: features }, {
      interactive: false,
      style: function () { return { className: "unit-boundary", color: "#6b7280", weight: 1, fillColor: "#f9fafb", fillOpacity: 1 }; },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { className: "unit-point", radius: 2.5, color: "#6b7280", weight: 1, fillColor: "#6b7280", fillOpacity: 1 });
      },
      onEachFeature: function (feature, l) {
        if (level === 1 || !isArea(feature)) {
          l.bindTooltip(unitName(feature.properties), { permanent: level === 1, direction: "top", className: "unit-label", opacity: 1 });
        }
      },
    }).addTo(map);
    return { layer: layer, areas: areas };
  }

  function number(n) { return Number(n).toLocaleString("en"); }

  // The element text of a popup, built node by node: names and notes come from imported files.
  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  return { haiti: haiti, create: create, getJson: getJson, baseLayer: baseLayer, unitName: unitName, number: number, el: el };
})();
