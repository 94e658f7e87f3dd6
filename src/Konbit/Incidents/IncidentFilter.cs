using Konbit.Shared;

namespace Konbit.Incidents;

/// <summary>
/// The questions people ask of the incident log, as query parameters shared by the list, the summaries, the map, the
/// charts and every export, so that what a page shows is what it downloads.
/// </summary>
public sealed record IncidentFilter
{
    /// <summary>First day included (yyyy-mm-dd).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day included (yyyy-mm-dd).</summary>
    public DateOnly? To { get; init; }
    /// <summary>ACLED event type; several separated by commas.</summary>
    public string? EventType { get; init; }
    /// <summary>ACLED sub-event type; several separated by commas.</summary>
    public string? SubEventType { get; init; }
    /// <summary>Text found in either actor or its associated actors.</summary>
    public string? Actor { get; init; }
    /// <summary>A department, commune or section P-code (HT01, HT0111, HT0111-01): the events inside it.</summary>
    public string? Area { get; init; }
    /// <summary>Only events the mission took part in (true) or did not (false).</summary>
    public bool? Mission { get; init; }
    /// <summary>Text found in the notes.</summary>
    public string? Q { get; init; }
    /// <summary>Include synthetic events (false leaves them out).</summary>
    public bool? Synthetic { get; init; }
    /// <summary>A box on the map: west,south,east,north in degrees.</summary>
    public string? Bbox { get; init; }

    static string[] List(string? csv) =>
        csv is null ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Messages naming each bad parameter; empty when the filter can be applied.</summary>
    public Errors Validate()
    {
        var errors = new Errors();
        if (From > To) errors.Add("from", $"from {From:yyyy-MM-dd} is after to {To:yyyy-MM-dd}.");
        foreach (var t in List(EventType).Where(t => Taxonomy.EventType(t) is null))
            errors.Add("eventType", $"'{t}' is not an ACLED event type (one of {string.Join(", ", Taxonomy.EventTypes)}).");
        var subs = Taxonomy.SubEventTypes.Values.SelectMany(s => s).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var s in List(SubEventType).Where(s => !subs.Contains(s)))
            errors.Add("subEventType", $"'{s}' is not an ACLED sub-event type.");
        if (Area is { } area && !(area.Length is 4 or 6 or 9 && area.StartsWith("HT", StringComparison.OrdinalIgnoreCase)))
            errors.Add("area", $"'{area}' is not a Haitian P-code (HT01, HT0111 or HT0111-01).");
        if (Bbox is not null && ParseBbox(Bbox) is null)
            errors.Add("bbox", $"'{Bbox}' is not west,south,east,north in degrees.");
        return errors;
    }

    static (double W, double S, double E, double N)? ParseBbox(string bbox)
    {
        var parts = List(bbox);
        if (parts.Length != 4) return null;
        var n = new double[4];
        for (var i = 0; i < 4; i++)
            if (!double.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out n[i])) return null;
        return n[0] <= n[2] && n[1] <= n[3] && n.All(double.IsFinite) ? (n[0], n[1], n[2], n[3]) : null;
    }

    /// <summary>
    /// The filter applied to the rollup, or null when the rollup cannot answer it exactly: dates must cover whole
    /// months, an area must be a department or a commune, and nothing may filter on a column the rollup does not keep.
    /// Keep in step with <see cref="Apply"/>: a new parameter there must return null here until the rollup has it.
    /// </summary>
    public IQueryable<IncidentCount>? ApplyToCounts(IQueryable<IncidentCount> counts)
    {
        if (List(SubEventType).Length > 0 || !string.IsNullOrWhiteSpace(Actor) || !string.IsNullOrWhiteSpace(Q) || Bbox is not null) return null;
        if (From is { Day: not 1 } || To is { } last && last.AddDays(1).Day != 1 || Area is { Length: not (4 or 6) }) return null;
        if (From is { } from)
        {
            var month = from.Year * 100 + from.Month;
            counts = counts.Where(c => c.Month >= month);
        }
        if (To is { } to)
        {
            var month = to.Year * 100 + to.Month;
            counts = counts.Where(c => c.Month <= month);
        }
        var types = List(EventType).Select(t => Taxonomy.EventType(t)!).ToArray();
        if (types.Length == 1) counts = counts.Where(c => c.EventType == types[0]);
        else if (types.Length > 1) counts = counts.Where(c => types.Contains(c.EventType));
        if (Area is { } area)
        {
            area = area.ToUpperInvariant();
            string adm1 = area[..4], adm2 = area.Length == 6 ? area : "";
            counts = area.Length == 4 ? counts.Where(c => c.Adm1Pcode == adm1) : counts.Where(c => c.Adm1Pcode == adm1 && c.Adm2Pcode == adm2);
        }
        if (Mission is { } mission) counts = counts.Where(c => c.MissionInvolved == mission);
        if (Synthetic == false) counts = counts.Where(c => !c.Synthetic);
        return counts;
    }

    /// <summary>Applies the filter; call <see cref="Validate"/> first.</summary>
    public IQueryable<Incident> Apply(IQueryable<Incident> incidents)
    {
        if (From is { } from) incidents = incidents.Where(i => i.EventDate >= from);
        if (To is { } to) incidents = incidents.Where(i => i.EventDate <= to);
        var types = List(EventType).Select(t => Taxonomy.EventType(t)!).ToArray();
        if (types.Length == 1) incidents = incidents.Where(i => i.EventType == types[0]);
        else if (types.Length > 1) incidents = incidents.Where(i => types.Contains(i.EventType));
        var subs = List(SubEventType).Select(s => Taxonomy.SubEventTypes.Values.SelectMany(v => v).First(v => v.Equals(s, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (subs.Length == 1) incidents = incidents.Where(i => i.SubEventType == subs[0]);
        else if (subs.Length > 1) incidents = incidents.Where(i => subs.Contains(i.SubEventType));
        if (Area is { } area)
        {
            // P-codes nest (HT01 > HT0111 > HT0111-01): naming the parents too lets the department-first index serve.
            area = area.ToUpperInvariant();
            string adm1 = area[..4], adm2 = area.Length >= 6 ? area[..6] : "";
            incidents = area.Length switch
            {
                4 => incidents.Where(i => i.Adm1Pcode == adm1),
                6 => incidents.Where(i => i.Adm1Pcode == adm1 && i.Adm2Pcode == adm2),
                _ => incidents.Where(i => i.Adm1Pcode == adm1 && i.Adm2Pcode == adm2 && i.Adm3Pcode == area),
            };
        }
        if (Mission is { } mission) incidents = incidents.Where(i => i.MissionInvolved == mission);
        if (Synthetic == false) incidents = incidents.Where(i => !i.Synthetic);
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var a = Actor.Trim().ToLower();
            incidents = incidents.Where(i => i.Actor1.ToLower().Contains(a) || (i.Actor2 != null && i.Actor2.ToLower().Contains(a))
                || (i.AssocActor1 != null && i.AssocActor1.ToLower().Contains(a)) || (i.AssocActor2 != null && i.AssocActor2.ToLower().Contains(a)));
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            incidents = incidents.Where(i => i.Notes != null && i.Notes.ToLower().Contains(q));
        }
        if (Bbox is not null && ParseBbox(Bbox) is { } box)
        {
            var (w, s, e, n) = box;
            incidents = incidents.Where(i => i.Longitude >= w && i.Longitude <= e && i.Latitude >= s && i.Latitude <= n);
        }
        return incidents;
    }
}
