namespace Konbit.Incidents;

/// <summary>/api/v1/incidents: the list (JSON or GeoJSON), summaries, response times, and the writes the forms use.</summary>
public static class IncidentsApi
{
    public static IServiceCollection AddIncidents(this IServiceCollection services) => services;

    public static void MapIncidentsApi(this IEndpointRouteBuilder app)
    {
    }
}
