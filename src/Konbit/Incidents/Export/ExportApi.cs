namespace Konbit.Incidents.Export;

/// <summary>Streaming downloads of incidents: ACLED CSV, HXL CSV, GeoJSON, XLSX and Cursor on Target.</summary>
public static class ExportApi
{
    public static void MapIncidentExportApi(this IEndpointRouteBuilder app)
    {
    }
}
