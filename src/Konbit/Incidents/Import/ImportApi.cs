namespace Konbit.Incidents.Import;

/// <summary>Upload of incident files (up to 50 MB) and the progress of import runs.</summary>
public static class ImportApi
{
    public static IServiceCollection AddIncidentImport(this IServiceCollection services) => services;

    public static void MapIncidentImportApi(this IEndpointRouteBuilder app)
    {
    }
}
