using Konbit.Incidents;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Incidents.Export;

/// <summary>Three incidents stored with EF, chosen to exercise every format: quoting, a missing point, the mission, ranges.</summary>
static class ExportFixture
{
    public static Incident Clash() => New("HTI1001", new DateOnly(2024, 7, 2), "Battles", "Armed clash", i =>
    {
        i.Actor1 = "Police Forces of Haiti (2021-)"; i.Inter1 = 1; i.AssocActor1 = "Multinational Security Support Mission in Haiti (2024-)";
        i.Actor2 = "Lakou Wouj Gang"; i.Inter2 = 3; i.Interaction = 13;
        i.Admin1 = "Ouest"; i.Admin2 = "Delmas"; i.Adm1Pcode = "HT01"; i.Adm2Pcode = "HT0112";
        i.Location = "Delmas"; i.Latitude = 18.5446; i.Longitude = -72.3023;
        i.SourceNames = "Haiti Daily Wire; Radio Lakou FM"; i.SourceScale = "National";
        i.Notes = "Police and \"mission\" personnel fought the gang, near the market;\nthree killed."; i.Fatalities = 3;
        i.FatalitiesLow = 2; i.FatalitiesHigh = 5; i.Injured = 4; i.MissionInvolved = true; i.SourceTimestamp = 1720000000;
    });

    public static Incident Abduction() => New("HTI1002", new DateOnly(2023, 3, 15), "Violence against civilians", "Abduction/forced disappearance", i =>
    {
        i.Actor1 = "Savann Blan Gang"; i.Inter1 = 3; i.Actor2 = "Civilians (Haiti)"; i.AssocActor2 = "Teachers (Haiti)"; i.Inter2 = 7; i.Interaction = 37;
        i.CivilianTargeting = "Civilian targeting"; i.Admin1 = "Artibonite"; i.Adm1Pcode = "HT05"; i.Location = "Saint-Marc";
        i.Latitude = 19.1082; i.Longitude = -72.6939; i.GeoPrecision = 2; i.Notes = "Two teachers abducted on the road."; i.Abducted = 2;
        i.SourceTimestamp = 1680000000;
    });

    /// <summary>A protest placed only by its department's name: no coordinates.</summary>
    public static Incident Protest() => New("KON-3", new DateOnly(2025, 1, 20), "Protests", "Peaceful protest", i =>
    {
        i.Actor1 = "Protesters (Haiti)"; i.Inter1 = 6; i.Interaction = 60; i.Admin1 = "Nord"; i.Adm1Pcode = "HT03"; i.TimePrecision = 2;
        i.GeoPrecision = 3; i.Notes = "Demonstrators marched peacefully in Cap-Haïtien."; i.Tags = "crowd size=around 200"; i.Synthetic = true;
        i.Dataset = "manual";
    });

    static Incident New(string sourceId, DateOnly date, string type, string sub, Action<Incident> fill)
    {
        var incident = new Incident
        {
            SourceId = sourceId, Dataset = "acled", EventDate = date, DisorderType = Taxonomy.DisorderFor(type, sub), EventType = type,
            SubEventType = sub, Actor1 = "", RecordedAtUtc = KonbitApp.Now.UtcDateTime, UpdatedAtUtc = KonbitApp.Now.UtcDateTime,
        };
        fill(incident);
        incident.Derive();
        return incident;
    }

    /// <summary>Stores the three incidents and returns them as stored (with their ids).</summary>
    public static async Task<Incident[]> ArrangeAsync(KonbitApp app)
    {
        Incident[] incidents = [Clash(), Abduction(), Protest()];
        await app.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(incidents);
            return await db.SaveChangesAsync();
        });
        return incidents;
    }
}
