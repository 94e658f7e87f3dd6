using System.Globalization;
using System.Text;
using System.Xml;

namespace Konbit.Incidents.Export;

/// <summary>
/// Cursor on Target XML for TAK users: one &lt;event&gt; per incident inside an &lt;events&gt; root, so that the file is
/// one well-formed XML document. CoT requires a point, so incidents without coordinates are left out.
/// </summary>
public static class CotExport
{
    /// <summary>CoT's value for an unknown height or error (metres).</summary>
    public const string Unknown = "9999999.0";

    /// <summary>
    /// CoT types by ACLED event type. Armed violence is a hostile ground track (a-h-G: gangs are the hostile party in
    /// the mission's picture); riots are ground activity of unknown affiliation (a-u-G) and protests neutral (a-n-G);
    /// strategic developments (arrests, looting, agreements) are not forces at all, so a spot-map marker (b-m-p-s-m).
    /// </summary>
    public static string Type(string eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "a-h-G",
        "Riots" => "a-u-G",
        "Protests" => "a-n-G",
        _ => "b-m-p-s-m",
    };

    /// <summary>
    /// How long TAK keeps showing the markers: a month after the export. Stale times counted from the event date would
    /// make clients discard historical events as soon as they load them.
    /// </summary>
    public static readonly TimeSpan StaleAfterExport = TimeSpan.FromDays(30);

    internal static async Task<long> WriteAsync(IAsyncEnumerable<ExportRow> rows, DateTime nowUtc, MemoryStream chunk, Stream output,
        Action<long>? progress, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        var stale = Time(nowUtc + StaleAfterExport);
        long count = 0;
        using (var xml = XmlWriter.Create(chunk, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("events");
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (row is not { Latitude: { } lat, Longitude: { } lon }) continue;
                var time = Time(row.EventDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
                xml.WriteStartElement("event");
                xml.WriteAttributeString("version", "2.0");
                xml.WriteAttributeString("uid", $"konbit-incident-{row.Id}");
                xml.WriteAttributeString("type", Type(row.EventType));
                xml.WriteAttributeString("time", time);
                xml.WriteAttributeString("start", time);
                xml.WriteAttributeString("stale", stale);
                xml.WriteAttributeString("how", "h-e");
                xml.WriteStartElement("point");
                xml.WriteAttributeString("lat", lat.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("lon", lon.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("hae", Unknown);
                xml.WriteAttributeString("ce", Unknown);
                xml.WriteAttributeString("le", Unknown);
                xml.WriteEndElement();
                xml.WriteStartElement("detail");
                xml.WriteStartElement("contact");
                xml.WriteAttributeString("callsign", $"{row.SubEventType}, {row.Location ?? row.Admin1 ?? "Haiti"} {row.EventDate:yyyy-MM-dd}");
                xml.WriteEndElement();
                if (row.Notes is { } notes) xml.WriteElementString("remarks", notes);
                xml.WriteStartElement("konbit");
                xml.WriteAttributeString("sourceId", row.SourceId);
                xml.WriteAttributeString("eventType", row.EventType);
                xml.WriteAttributeString("subEventType", row.SubEventType);
                xml.WriteAttributeString("actor1", row.Actor1);
                if (row.Actor2 is { } actor2) xml.WriteAttributeString("actor2", actor2);
                xml.WriteAttributeString("fatalities", row.Fatalities.ToString(CultureInfo.InvariantCulture));
                if (row.Adm1Pcode is { } adm1) xml.WriteAttributeString("adm1Pcode", adm1);
                if (row.Adm2Pcode is { } adm2) xml.WriteAttributeString("adm2Pcode", adm2);
                xml.WriteAttributeString("geoPrecision", row.GeoPrecision.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("missionInvolved", row.MissionInvolved ? "true" : "false");
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
                IncidentExport.Report(progress, ++count);
                xml.Flush();
                await IncidentExport.DrainAsync(chunk, output, ct);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        await IncidentExport.DrainAsync(chunk, output, ct, force: true);
        return count;
    }

    static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
