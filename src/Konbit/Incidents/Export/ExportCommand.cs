using System.CommandLine;

namespace Konbit.Incidents.Export;

/// <summary>`konbit incidents export --format csv|hxl|geojson|xlsx|cot --out FILE [filters]`.</summary>
public static class ExportCommand
{
    public static Command Create(WebApplication app) => new("export", "Export incidents as ACLED CSV, HXL CSV, GeoJSON, XLSX or Cursor on Target XML.");
}
