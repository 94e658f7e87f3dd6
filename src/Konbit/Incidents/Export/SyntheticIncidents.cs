using System.Globalization;
using Konbit.Data;
using Konbit.Geography;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;
using static Konbit.Incidents.Export.SyntheticActors;

namespace Konbit.Incidents.Export;

/// <summary>
/// Realistic synthetic events in ACLED's 31-column layout for load tests and demos: the same seed always gives the
/// same file. Events are spread over 2018-2026 (more in recent years) and over Haiti's units, mostly in Ouest as in
/// real data; ids are "SYN" and a number and tags "synthetic", so that an import marks them synthetic.
/// </summary>
public sealed class SyntheticIncidents
{
    /// <summary>Where events are placed: a unit's representative point, with a spread in degrees.</summary>
    public sealed record Place(string Admin1, string? Admin2, string Location, double Latitude, double Longitude, double Spread, double Weight);

    public static readonly DateOnly FirstDay = new(2018, 1, 1);
    /// <summary>The last day generated: fixed (not today) so that a seed gives the same file on any day.</summary>
    public static readonly DateOnly LastDay = new(2026, 11, 30);
    static readonly DateOnly MissionArrived = new(2024, 6, 25);
    static readonly int[] YearWeights = [3, 5, 5, 7, 11, 14, 19, 19, 17]; // 2018..2026
    static readonly int[] YearIndexes = [.. Enumerable.Range(0, YearWeights.Length)];

    /// <summary>Share of events by department (P-code), roughly as in ACLED's Haiti data.</summary>
    static readonly Dictionary<string, double> DepartmentWeights = new()
    {
        ["HT01"] = 75, ["HT05"] = 10, ["HT06"] = 4, ["HT03"] = 2.5, ["HT02"] = 2, ["HT07"] = 2, ["HT09"] = 1.5, ["HT04"] = 1, ["HT10"] = 1, ["HT08"] = 1,
    };

    static readonly (string Type, double Weight, (string Sub, double Weight)[] Subs)[] Types =
    [
        ("Battles", 27, [("Armed clash", 90), ("Government regains territory", 6), ("Non-state actor overtakes territory", 4)]),
        ("Violence against civilians", 23, [("Attack", 60), ("Abduction/forced disappearance", 33), ("Sexual violence", 7)]),
        ("Strategic developments", 31, [("Looting/property destruction", 35), ("Arrests", 25), ("Change to group/activity", 15), ("Disrupted weapons use", 10),
            ("Other", 8), ("Agreement", 3), ("Headquarters or base established", 2), ("Non-violent transfer of territory", 2)]),
        ("Protests", 10, [("Peaceful protest", 75), ("Protest with intervention", 20), ("Excessive force against protesters", 5)]),
        ("Riots", 8.5, [("Violent demonstration", 55), ("Mob violence", 45)]),
        ("Explosions/Remote violence", 0.5, [("Grenade", 40), ("Remote explosive/landmine/IED", 40), ("Air/drone strike", 20)]),
    ];

    /// <summary>
    /// Chance that an eligible event (a battle, explosion or strategic development after the mission arrived) involves the
    /// mission: about 44% of events fall after its arrival and 58% of those are eligible, so about 5% overall.
    /// </summary>
    const double MissionShare = 0.195;

    readonly Random rng;
    readonly Place[] places;
    readonly double placeTotal;
    readonly int[] yearStarts;

    public SyntheticIncidents(int seed, IReadOnlyList<Place> places)
    {
        rng = new Random(seed);
        this.places = [.. places];
        placeTotal = places.Sum(p => p.Weight);
        yearStarts = [.. Enumerable.Range(FirstDay.Year, YearWeights.Length).Select(y => new DateOnly(y, 1, 1).DayNumber)];
    }

    /// <summary>
    /// The units to place events in: the communes (level 2) when boundaries are imported, otherwise the departments.
    /// Within a department the first communes by P-code (the capital and its neighbours) get the most events.
    /// </summary>
    public static async Task<IReadOnlyList<Place>> PlacesAsync(KonbitDb db, CancellationToken ct)
    {
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.Level <= 2).OrderBy(u => u.Pcode).ToListAsync(ct);
        var departments = units.Where(u => u.Level == 1).ToDictionary(u => u.Pcode);
        foreach (var builtIn in Departments.BuiltIn) departments.TryAdd(builtIn.Pcode, builtIn);
        var communes = units.Where(u => u.Level == 2 && u.Pcode.Length >= 4 && departments.ContainsKey(u.Pcode[..4])).ToList();
        if (communes.Count == 0)
            return [.. departments.Values.OrderBy(d => d.Pcode)
                .Select(d => new Place(d.NameFr, null, d.NameFr, d.Latitude, d.Longitude, 0.12, DepartmentWeights.GetValueOrDefault(d.Pcode, 1)))];
        return [.. communes.GroupBy(c => c.Pcode[..4]).SelectMany(g => g.Select((c, rank) => new Place(
            departments[g.Key].NameFr, c.NameFr, c.NameFr, c.Latitude, c.Longitude, 0.03,
            DepartmentWeights.GetValueOrDefault(g.Key, 1) / (rank + 1) / g.Select((_, r) => 1.0 / (r + 1)).Sum())))];
    }

    /// <summary>Writes the header and <paramref name="count"/> events to <paramref name="writer"/>.</summary>
    public void Write(TextWriter writer, long count, Action<long>? progress = null)
    {
        var csv = new CsvOut(writer);
        csv.Row(ExportColumns.Acled.Select(c => c.Name));
        for (long n = 1; n <= count; n++)
        {
            WriteEvent(csv, n);
            if (n % 10_000 == 0) progress?.Invoke(n);
        }
        writer.Flush();
    }

    void WriteEvent(CsvOut csv, long number)
    {
        var date = Date();
        var (type, sub) = Type();
        var mission = date >= MissionArrived && type is "Battles" or "Strategic developments" or "Explosions/Remote violence" && rng.NextDouble() < MissionShare;
        if (mission && type == "Strategic developments") sub = SyntheticNotes.Pick(rng, ["Arrests", "Disrupted weapons use", "Headquarters or base established", "Other"]);
        var (a1, assoc1, a2, assoc2) = Actors(type, sub, mission);
        if (a2 is null) assoc2 = null;
        var place = Pick(places, placeTotal, p => p.Weight);
        var lat = Math.Clamp(place.Latitude + Gaussian() * place.Spread, Departments.South + 0.1, Departments.North - 0.1);
        var lon = Math.Clamp(place.Longitude + Gaussian() * place.Spread, Departments.West + 0.1, Departments.East - 0.1);
        var timePrecision = (byte)(rng.NextDouble() switch { < 0.85 => 1, < 0.95 => 2, _ => 3 });
        var geoPrecision = (byte)(rng.NextDouble() switch { < 0.7 => 1, < 0.95 => 2, _ => 3 });
        var fatalities = Fatalities(sub);
        var outlets = rng.NextDouble() < 0.3 ? $"{SyntheticNotes.Pick(rng, Outlets)}; {SyntheticNotes.Pick(rng, Outlets)}" : SyntheticNotes.Pick(rng, Outlets);

        csv.Field("SYN" + number.ToString(CultureInfo.InvariantCulture));
        csv.Field(date);
        csv.Field(date.Year);
        csv.Field(timePrecision);
        csv.Field(Taxonomy.DisorderFor(type, sub));
        csv.Field(type);
        csv.Field(sub);
        csv.Field(a1.Name);
        csv.Field(assoc1);
        csv.Field(a1.Inter);
        csv.Field(a2?.Name);
        csv.Field(assoc2);
        csv.Field(a2?.Inter);
        csv.Field(a2 is null ? a1.Inter * 10 : Math.Min(a1.Inter, a2.Inter) * 10 + Math.Max(a1.Inter, a2.Inter));
        csv.Field(type == "Violence against civilians" || a2 == Civilians ? "Civilian targeting" : null);
        csv.Field(332);
        csv.Field("Caribbean");
        csv.Field("Haiti");
        csv.Field(place.Admin1);
        csv.Field(place.Admin2);
        csv.Field((string?)null);
        csv.Field(place.Location);
        csv.Field(Math.Round(lat, 4));
        csv.Field(Math.Round(lon, 4));
        csv.Field(geoPrecision);
        csv.Field(outlets);
        csv.Field(SyntheticNotes.Pick(rng, SourceScales));
        csv.Field(SyntheticNotes.Compose(rng, date, timePrecision, type, sub, a1, a2, place.Admin2 is null ? place.Location : $"{place.Location} ({place.Admin1})", fatalities));
        csv.Field(fatalities);
        csv.Field("synthetic");
        csv.Field(new DateTimeOffset(date.AddDays(rng.Next(3, 40)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() + rng.Next(86_400));
        csv.EndRow();
    }

    DateOnly Date()
    {
        var year = Pick(YearIndexes, YearWeights.Sum(), i => YearWeights[i]);
        var start = yearStarts[year];
        var end = year + 1 < yearStarts.Length ? yearStarts[year + 1] : LastDay.DayNumber + 1;
        return DateOnly.FromDayNumber(start + rng.Next(end - start));
    }

    (string Type, string Sub) Type()
    {
        var t = Pick(Types, 100, t => t.Weight);
        return (t.Type, Pick(t.Subs, t.Subs.Sum(s => s.Weight), s => s.Weight).Sub);
    }

    (Actor A1, string? Assoc1, Actor? A2, string? Assoc2) Actors(string type, string sub, bool mission)
    {
        var gang = Gang();
        var r = rng.NextDouble();
        if (mission)
            return r < 0.5 ? (Police, Mission.Name, sub == "Headquarters or base established" ? null : gang, null) : (Mission, Police.Name, sub == "Headquarters or base established" ? null : gang, null);
        string? victims = rng.NextDouble() < 0.3 ? SyntheticNotes.Pick(rng, CivilianGroups) : null;
        string? coalition = rng.NextDouble() < 0.2 ? Coalition : null;
        return sub switch
        {
            "Armed clash" => r switch
            {
                < 0.40 => (Police, null, gang, coalition),
                < 0.65 => (gang, coalition, Other(gang), null),
                < 0.80 => (gang, null, Vigilantes, null),
                < 0.90 => (Police, Military.Name, gang, null),
                _ => (gang, null, UnidentifiedArmedGroup, null),
            },
            "Government regains territory" => (Police, r < 0.3 ? Military.Name : null, gang, null),
            "Non-state actor overtakes territory" => (gang, coalition, r < 0.3 ? Police : r < 0.7 ? Other(gang) : null, null),
            _ when type == "Violence against civilians" => (r switch { < 0.80 => gang, < 0.88 => UnidentifiedArmedGroup, < 0.94 => Vigilantes, _ => Police }, null, Civilians, victims),
            "Grenade" => (gang, null, r < 0.5 ? Civilians : Police, null),
            "Remote explosive/landmine/IED" => (gang, null, Police, null),
            "Air/drone strike" => (Police, null, gang, null),
            "Arrests" => (Police, null, r < 0.6 ? gang : Civilians, null),
            "Looting/property destruction" => (r < 0.85 ? gang : Rioters, null, rng.NextDouble() < 0.6 ? Civilians : null, victims),
            "Disrupted weapons use" => (Police, null, r < 0.5 ? gang : null, null),
            "Agreement" => (gang, coalition, Other(gang), null),
            "Change to group/activity" or "Headquarters or base established" or "Non-violent transfer of territory" => (gang, coalition, null, null),
            "Other" => (r < 0.6 ? gang : Police, null, null, null),
            "Peaceful protest" => (Protesters, rng.NextDouble() < 0.5 ? SyntheticNotes.Pick(rng, ProtesterGroups) : null, null, null),
            "Protest with intervention" => (Protesters, rng.NextDouble() < 0.5 ? SyntheticNotes.Pick(rng, ProtesterGroups) : null, Police, null),
            "Excessive force against protesters" => (Police, null, Protesters, null),
            "Violent demonstration" => (Rioters, null, r < 0.4 ? Police : null, null),
            _ => (Rioters, null, r < 0.6 ? Civilians : r < 0.9 ? gang : null, null), // mob violence
        };
    }

    /// <summary>A few gangs account for most events: the k-th is drawn with weight 1/k.</summary>
    Actor Gang() => Gangs[Math.Min(Gangs.Length - 1, (int)Math.Floor(Math.Exp(rng.NextDouble() * Math.Log(Gangs.Length + 1))) - 1)];

    Actor Other(Actor gang)
    {
        var other = Gang();
        return other == gang ? Gangs[(Array.IndexOf(Gangs, gang) + 1) % Gangs.Length] : other;
    }

    /// <summary>Mostly none or a few, rarely dozens: the long tail of real event data.</summary>
    int Fatalities(string sub)
    {
        var (none, few, some, many) = sub switch
        {
            "Armed clash" or "Government regains territory" or "Non-state actor overtakes territory" => (0.45, 0.83, 0.96, 0.995),
            "Attack" => (0.20, 0.85, 0.95, 0.99),
            "Grenade" or "Remote explosive/landmine/IED" or "Air/drone strike" => (0.50, 0.90, 1.0, 1.0),
            "Abduction/forced disappearance" or "Looting/property destruction" or "Protest with intervention" or "Violent demonstration" => (0.92, 1.0, 1.0, 1.0),
            "Excessive force against protesters" => (0.40, 1.0, 1.0, 1.0),
            "Mob violence" => (0.15, 0.95, 1.0, 1.0),
            "Sexual violence" => (0.97, 1.0, 1.0, 1.0),
            _ => (1.0, 1.0, 1.0, 1.0),
        };
        var r = rng.NextDouble();
        return r < none ? 0 : r < few ? rng.Next(1, 4) : r < some ? rng.Next(4, 10) : r < many ? rng.Next(10, 31) : rng.Next(31, 121);
    }

    T Pick<T>(IReadOnlyList<T> items, double total, Func<T, double> weight)
    {
        var x = rng.NextDouble() * total;
        foreach (var item in items)
            if ((x -= weight(item)) < 0) return item;
        return items[^1];
    }

    double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
