namespace Konbit.Geography;

/// <summary>/api/v1/geo: admin units and their boundaries for the map; the place lookup service.</summary>
public static class GeographyApi
{
    public static IServiceCollection AddGeography(this IServiceCollection services) => services.AddSingleton<PlaceLookup>();

    public static void MapGeographyApi(this IEndpointRouteBuilder app)
    {
    }
}
