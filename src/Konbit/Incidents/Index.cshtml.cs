using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>
/// The incident log: a filter, and the map, chart and table that follow it. The table is rendered here from the same
/// <see cref="IncidentFilter"/> the API applies, so the page works without JavaScript and every view agrees.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IncidentListModel(KonbitDb db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, DateOnly EventDate, string EventType, string SubEventType, string Actor1, string? Actor2,
        string? Admin1, string? Admin2, string? Location, int Fatalities, bool MissionInvolved, bool Synthetic);

    public sealed record Unit(string Pcode, int Level, string? Parent, string Name);

    public FilterQuery Query { get; private set; } = FilterQuery.Empty;
    public FormErrors Errors { get; private set; } = FormErrors.None;
    /// <summary>Departments and, once imported, communes: the choices of the area filter.</summary>
    public List<Unit> Units { get; private set; } = [];
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Fatalities { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    /// <summary>The map's starting level: communes when the filter names a commune or section.</summary>
    public int Level { get; private set; } = 1;

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["from"] = "From", ["to"] = "To", ["eventType"] = "Event type", ["subEventType"] = "Sub-event type",
        ["actor"] = "Actor", ["area"] = "Department or commune", ["mission"] = "Mission involvement", ["q"] = "Notes contain",
        ["synthetic"] = "Synthetic events", ["bbox"] = "Map box", ["page"] = "Page", ["level"] = "Map level",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await db.AdminUnits.AsNoTracking().Where(u => u.Level <= 2).OrderBy(u => u.Pcode)
            .Select(u => new Unit(u.Pcode, u.Level, u.ParentPcode, u.NameFr)).ToListAsync(ct);
        var (query, errors) = FilterQuery.Parse(Request.Query);
        Query = query;
        PageNumber = PositiveInt(Request.Query["page"], "page", errors) ?? 1;
        Level = PositiveInt(Request.Query["level"], "level", errors) is { } level and (1 or 2) ? level
            : query.Filter.Area is { Length: > 4 } ? 2 : 1;
        Errors = new FormErrors(errors, Labels);
        if (errors.Any) return;

        var incidents = query.Filter.Apply(db.Incidents.AsNoTracking());
        var totals = await incidents.GroupBy(i => 1)
            .Select(g => new { Events = g.Count(), Fatalities = g.Sum(i => i.Fatalities) }).SingleOrDefaultAsync(ct);
        (Total, Fatalities) = (totals?.Events ?? 0, totals?.Fatalities ?? 0);
        PageNumber = Math.Min(PageNumber, PageCount);
        Rows = await incidents.OrderByDescending(i => i.EventDate).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new Row(i.Id, i.EventDate, i.EventType, i.SubEventType, i.Actor1, i.Actor2, i.Admin1, i.Admin2,
                i.Location, i.Fatalities, i.MissionInvolved, i.Synthetic))
            .ToListAsync(ct);
    }

    static int? PositiveInt(string? value, string field, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        errors.Add(field, $"{field} '{value}' is not a positive whole number.");
        return null;
    }

    /// <summary>This page's address with the filter, on another page of the table.</summary>
    public string PageLink(int page) => Url.Content("~/Incidents") + "?" + Query.With(("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string UnitName(string? pcode, string? fallback) =>
        pcode is null ? fallback ?? "" : Units.FirstOrDefault(u => u.Pcode == pcode)?.Name ?? fallback ?? pcode;
}
