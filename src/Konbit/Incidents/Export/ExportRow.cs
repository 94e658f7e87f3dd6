using System.Data.Common;
using System.Runtime.CompilerServices;
using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents.Export;

/// <summary>
/// The fields of an incident that leave in an export, read with one projection so that a million-row export never
/// loads sources, revisions or change tracking.
/// </summary>
public sealed class ExportRow
{
    public long Id { get; init; }
    public required string SourceId { get; init; }
    public bool Synthetic { get; init; }
    public DateOnly EventDate { get; init; }
    public byte TimePrecision { get; init; }
    public required string DisorderType { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required string Actor1 { get; init; }
    public string? AssocActor1 { get; init; }
    public byte? Inter1 { get; init; }
    public string? Actor2 { get; init; }
    public string? AssocActor2 { get; init; }
    public byte? Inter2 { get; init; }
    public byte? Interaction { get; init; }
    public string? CivilianTargeting { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Admin3 { get; init; }
    public string? Adm1Pcode { get; init; }
    public string? Adm2Pcode { get; init; }
    public string? Adm3Pcode { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public byte GeoPrecision { get; init; }
    public string? SourceNames { get; init; }
    public string? SourceScale { get; init; }
    public string? Notes { get; init; }
    public int Fatalities { get; init; }
    public int? FatalitiesLow { get; init; }
    public int? FatalitiesHigh { get; init; }
    public int? Injured { get; init; }
    public int? Abducted { get; init; }
    public int? Displaced { get; init; }
    public string? Tags { get; init; }
    public long? SourceTimestamp { get; init; }
    public DateTime UpdatedAtUtc { get; init; }
    public bool MissionInvolved { get; init; }
    public string? RespondingUnits { get; init; }
    public int? ResponseMinutes { get; init; }

    /// <summary>ACLED's timestamp when the event came from ACLED; otherwise when Konbit last changed it.</summary>
    public long Timestamp => SourceTimestamp ?? new DateTimeOffset(DateTime.SpecifyKind(UpdatedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    /// <summary>The filtered incidents in the order they were recorded (the primary key: a plain scan on both providers).</summary>
    public static IQueryable<ExportRow> From(IQueryable<Incident> incidents) =>
        incidents.OrderBy(i => i.Id).Select(i => new ExportRow
        {
            Id = i.Id, SourceId = i.SourceId, Synthetic = i.Synthetic, EventDate = i.EventDate, TimePrecision = i.TimePrecision,
            DisorderType = i.DisorderType, EventType = i.EventType, SubEventType = i.SubEventType,
            Actor1 = i.Actor1, AssocActor1 = i.AssocActor1, Inter1 = i.Inter1, Actor2 = i.Actor2, AssocActor2 = i.AssocActor2,
            Inter2 = i.Inter2, Interaction = i.Interaction, CivilianTargeting = i.CivilianTargeting,
            Admin1 = i.Admin1, Admin2 = i.Admin2, Admin3 = i.Admin3, Adm1Pcode = i.Adm1Pcode, Adm2Pcode = i.Adm2Pcode, Adm3Pcode = i.Adm3Pcode,
            Location = i.Location, Latitude = i.Latitude, Longitude = i.Longitude, GeoPrecision = i.GeoPrecision,
            SourceNames = i.SourceNames, SourceScale = i.SourceScale, Notes = i.Notes,
            Fatalities = i.Fatalities, FatalitiesLow = i.FatalitiesLow, FatalitiesHigh = i.FatalitiesHigh,
            Injured = i.Injured, Abducted = i.Abducted, Displaced = i.Displaced, Tags = i.Tags,
            SourceTimestamp = i.SourceTimestamp, UpdatedAtUtc = i.UpdatedAtUtc,
            MissionInvolved = i.MissionInvolved, RespondingUnits = i.RespondingUnits, ResponseMinutes = i.ResponseMinutes,
        });

    /// <summary>
    /// Runs the query's SQL (EF builds it, with the filter's parameters) and reads the rows straight from the data
    /// reader, with the column positions found once: at a million rows every layer per row shows in the export's time.
    /// </summary>
    public static async IAsyncEnumerable<ExportRow> ReadAsync(KonbitDb db, IQueryable<ExportRow> query, [EnumeratorCancellation] CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = query.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(ct);
            var o = new Ordinals(reader);
            while (await reader.ReadAsync(ct)) yield return o.Read(reader);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>Column positions found once by name, since EF chooses the order of the SELECT list.</summary>
    sealed class Ordinals(DbDataReader r)
    {
        readonly int id = r.GetOrdinal(nameof(Id)), sourceId = r.GetOrdinal(nameof(SourceId)), synthetic = r.GetOrdinal(nameof(Synthetic)),
            eventDate = r.GetOrdinal(nameof(EventDate)), timePrecision = r.GetOrdinal(nameof(TimePrecision)), disorder = r.GetOrdinal(nameof(DisorderType)),
            eventType = r.GetOrdinal(nameof(EventType)), sub = r.GetOrdinal(nameof(SubEventType)), actor1 = r.GetOrdinal(nameof(Actor1)),
            assoc1 = r.GetOrdinal(nameof(AssocActor1)), inter1 = r.GetOrdinal(nameof(Inter1)), actor2 = r.GetOrdinal(nameof(Actor2)),
            assoc2 = r.GetOrdinal(nameof(AssocActor2)), inter2 = r.GetOrdinal(nameof(Inter2)), interaction = r.GetOrdinal(nameof(Interaction)),
            civilian = r.GetOrdinal(nameof(CivilianTargeting)), admin1 = r.GetOrdinal(nameof(Admin1)), admin2 = r.GetOrdinal(nameof(Admin2)),
            admin3 = r.GetOrdinal(nameof(Admin3)), adm1 = r.GetOrdinal(nameof(Adm1Pcode)), adm2 = r.GetOrdinal(nameof(Adm2Pcode)),
            adm3 = r.GetOrdinal(nameof(Adm3Pcode)), location = r.GetOrdinal(nameof(Location)), lat = r.GetOrdinal(nameof(Latitude)),
            lon = r.GetOrdinal(nameof(Longitude)), geoPrecision = r.GetOrdinal(nameof(GeoPrecision)), sources = r.GetOrdinal(nameof(SourceNames)),
            scale = r.GetOrdinal(nameof(SourceScale)), notes = r.GetOrdinal(nameof(Notes)), fatalities = r.GetOrdinal(nameof(Fatalities)),
            low = r.GetOrdinal(nameof(FatalitiesLow)), high = r.GetOrdinal(nameof(FatalitiesHigh)), injured = r.GetOrdinal(nameof(Injured)),
            abducted = r.GetOrdinal(nameof(Abducted)), displaced = r.GetOrdinal(nameof(Displaced)), tags = r.GetOrdinal(nameof(Tags)),
            timestamp = r.GetOrdinal(nameof(SourceTimestamp)), updated = r.GetOrdinal(nameof(UpdatedAtUtc)), mission = r.GetOrdinal(nameof(MissionInvolved)),
            units = r.GetOrdinal(nameof(RespondingUnits)), response = r.GetOrdinal(nameof(ResponseMinutes));

        public ExportRow Read(DbDataReader r) => new()
        {
            Id = r.GetInt64(id), SourceId = r.GetString(sourceId), Synthetic = r.GetBoolean(synthetic),
            EventDate = r.GetFieldValue<DateOnly>(eventDate), TimePrecision = (byte)r.GetInt32(timePrecision), DisorderType = r.GetString(disorder),
            EventType = r.GetString(eventType), SubEventType = r.GetString(sub), Actor1 = r.GetString(actor1), AssocActor1 = Text(r, assoc1),
            Inter1 = Code(r, inter1), Actor2 = Text(r, actor2), AssocActor2 = Text(r, assoc2), Inter2 = Code(r, inter2), Interaction = Code(r, interaction),
            CivilianTargeting = Text(r, civilian), Admin1 = Text(r, admin1), Admin2 = Text(r, admin2), Admin3 = Text(r, admin3),
            Adm1Pcode = Text(r, adm1), Adm2Pcode = Text(r, adm2), Adm3Pcode = Text(r, adm3), Location = Text(r, location),
            Latitude = r.IsDBNull(lat) ? null : r.GetDouble(lat), Longitude = r.IsDBNull(lon) ? null : r.GetDouble(lon),
            GeoPrecision = (byte)r.GetInt32(geoPrecision), SourceNames = Text(r, sources), SourceScale = Text(r, scale), Notes = Text(r, notes),
            Fatalities = r.GetInt32(fatalities), FatalitiesLow = Number(r, low), FatalitiesHigh = Number(r, high), Injured = Number(r, injured),
            Abducted = Number(r, abducted), Displaced = Number(r, displaced), Tags = Text(r, tags),
            SourceTimestamp = r.IsDBNull(timestamp) ? null : r.GetInt64(timestamp), UpdatedAtUtc = r.GetDateTime(updated),
            MissionInvolved = r.GetBoolean(mission), RespondingUnits = Text(r, units), ResponseMinutes = Number(r, response),
        };

        static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        static int? Number(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
        static byte? Code(DbDataReader r, int i) => r.IsDBNull(i) ? null : (byte)r.GetInt32(i);
    }
}
