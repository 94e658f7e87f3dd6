using Konbit.Geography;

namespace Konbit.Incidents.Import;

/// <summary>
/// Gives imported incidents their P-codes: from the coordinates where boundaries are loaded, else from the file's own
/// codes, else from the admin names (each level within its parent); flags coordinates outside Haiti. ACLED repeats
/// the same places endlessly, so answers are remembered (up to a bound, to keep memory flat).
/// </summary>
sealed class Placer(Gazetteer gazetteer)
{
    const int MaxRemembered = 100_000;
    readonly Dictionary<(double, double), Placement> points = [];
    readonly Dictionary<(int, string, string?), string?> names = [];

    public void Place(Incident incident)
    {
        if (incident.Latitude is { } lat && incident.Longitude is { } lon)
        {
            incident.OutsideHaiti = !PlaceLookup.InsideHaiti(lat, lon);
            if (!points.TryGetValue((lat, lon), out var placed))
            {
                if (points.Count >= MaxRemembered) points.Clear();
                points[(lat, lon)] = placed = gazetteer.Locate(lat, lon);
            }
            incident.Adm1Pcode = placed.Adm1 ?? incident.Adm1Pcode;
            incident.Adm2Pcode = placed.Adm2 ?? incident.Adm2Pcode;
            incident.Adm3Pcode = placed.Adm3 ?? incident.Adm3Pcode;
        }
        incident.Adm1Pcode ??= Find(1, incident.Admin1, null);
        incident.Adm2Pcode ??= Find(2, incident.Admin2, incident.Adm1Pcode);
        incident.Adm3Pcode ??= Find(3, incident.Admin3, incident.Adm2Pcode);
    }

    string? Find(int level, string? name, string? within)
    {
        if (name is null) return null;
        if (!names.TryGetValue((level, name, within), out var pcode))
        {
            if (names.Count >= MaxRemembered) names.Clear();
            names[(level, name, within)] = pcode = gazetteer.Find(level, name, within)?.Pcode;
        }
        return pcode;
    }
}
