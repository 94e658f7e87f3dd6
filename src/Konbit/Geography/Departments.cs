namespace Konbit.Geography;

/// <summary>
/// Haiti's ten departments, built into the model so that a new database can place events and draw a map before any
/// boundary is imported. P-codes and names as in the OCHA COD-AB; the point is the department's capital.
/// </summary>
public static class Departments
{
    public static readonly AdminUnit[] BuiltIn =
    [
        Unit("HT01", "Ouest", "West", "Lwès", 18.5262, -72.3371),        // Port-au-Prince
        Unit("HT02", "Sud-Est", "South-East", "Sidès", 18.2963, -72.5271), // Jacmel
        Unit("HT03", "Nord", "North", "Nò", 19.7488, -72.2254),            // Cap-Haïtien
        Unit("HT04", "Nord-Est", "North-East", "Nòdès", 19.5918, -71.8568), // Fort-Liberté
        Unit("HT05", "Artibonite", "Artibonite", "Latibonit", 19.4785, -72.6385), // Gonaïves
        Unit("HT06", "Centre", "Centre", "Sant", 19.1444, -72.0191),       // Hinche
        Unit("HT07", "Sud", "South", "Sid", 18.2615, -73.7613),            // Les Cayes
        Unit("HT08", "Grande'Anse", "Grand'Anse", "Grandans", 18.5339, -74.1611), // Jérémie
        Unit("HT09", "Nord-Ouest", "North-West", "Nòdwès", 19.8663, -72.9285), // Port-de-Paix
        Unit("HT10", "Nippes", "Nippes", "Nip", 18.3682, -73.0626),        // Miragoâne
    ];

    static AdminUnit Unit(string pcode, string fr, string en, string ht, double lat, double lon) => new()
    {
        Pcode = pcode, Level = 1, ParentPcode = "HT", NameFr = fr, NameEn = en, NameHt = ht,
        Latitude = lat, Longitude = lon, Origin = "built-in",
    };

    /// <summary>Haiti's extent with a margin of about 10 km; coordinates outside it are flagged on import.</summary>
    public const double West = -74.58, South = 17.92, East = -71.52, North = 20.19;
}
