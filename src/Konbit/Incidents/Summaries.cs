using System.Linq.Expressions;
using System.Reflection;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>
/// Events and fatalities grouped in the database (one GROUP BY), with names joined in memory from the few admin
/// units. Grouping by actor counts an event under each of its two actors, so those rows add up to more than the total.
/// </summary>
public static class Summaries
{
    /// <summary>The groupBy keys the API accepts (snake_case as in the issue, or camelCase as in the rows) → the row key.</summary>
    static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["adm1"] = "adm1", ["adm2"] = "adm2", ["month"] = "month",
        ["event_type"] = "eventType", ["eventType"] = "eventType",
        ["sub_event_type"] = "subEventType", ["subEventType"] = "subEventType",
        ["actor"] = "actor",
    };

    /// <summary>The row keys to group by, or messages naming groupBy.</summary>
    public static List<string> ParseGroupBy(string? groupBy, Errors errors)
    {
        var keys = new List<string>();
        var parts = (groupBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) errors.Add("groupBy", "groupBy is required: one or more of adm1, adm2, month, event_type, sub_event_type, actor, separated by commas.");
        foreach (var part in parts)
        {
            if (!Keys.TryGetValue(part, out var key)) errors.Add("groupBy", $"groupBy '{part}' is not one of adm1, adm2, month, event_type, sub_event_type, actor.");
            else if (keys.Contains(key)) errors.Add("groupBy", $"groupBy names '{part}' twice.");
            else keys.Add(key);
        }
        return keys;
    }

    /// <summary>One event (or one actor of it) reduced to the columns a summary may group by.</summary>
    public sealed class Fact
    {
        public string? Adm1 { get; set; }
        public string? Adm2 { get; set; }
        public int? Month { get; set; }
        public string? EventType { get; set; }
        public string? SubEventType { get; set; }
        public string? Actor { get; set; }
        public int Fatalities { get; set; }
        public int Events { get; set; }
    }

    /// <summary>The keys the rollup (<see cref="IncidentCount"/>) keeps.</summary>
    static readonly HashSet<string> RollupKeys = ["adm1", "adm2", "month", "eventType"];

    /// <summary>
    /// From the rollup when it holds the keys and the filter exactly and is current (<see cref="IncidentRollup"/>),
    /// else from Incidents: the same answer either way.
    /// </summary>
    public static async Task<IncidentSummary> SummariseAsync(KonbitDb db, IncidentFilter filter, List<string> keys, CancellationToken ct)
    {
        var counts = keys.All(RollupKeys.Contains) ? filter.ApplyToCounts(db.IncidentCounts.AsNoTracking()) : null;
        if (counts is not null && await IncidentRollup.CurrentAsync(db, ct))
        {
            var summed = await counts.Select(Project<IncidentCount>(keys, "")).GroupBy(KeyOf(keys)).Select(Aggregate(keys, counted: false)).ToListAsync(ct);
            return await SummaryAsync(db, keys, summed, (summed.Sum(g => g.Events), summed.Sum(g => g.Fatalities)), ct);
        }

        var filtered = filter.Apply(db.Incidents.AsNoTracking());
        var facts = filtered.Select(Project<Incident>(keys, nameof(Incident.Actor1)));
        if (keys.Contains("actor"))
            facts = facts.Concat(filtered.Where(i => i.Actor2 != null).Select(Project<Incident>(keys, nameof(Incident.Actor2))));
        var groups = await facts.GroupBy(KeyOf(keys)).Select(Aggregate(keys, counted: true)).ToListAsync(ct);
        var totals = keys.Contains("actor")
            ? await TotalsAsync(filtered, ct)
            : (groups.Sum(g => g.Events), groups.Sum(g => g.Fatalities));
        return await SummaryAsync(db, keys, groups, totals, ct);
    }

    static async Task<IncidentSummary> SummaryAsync(KonbitDb db, List<string> keys, List<Fact> groups, (int Events, int Fatalities) totals, CancellationToken ct)
    {
        var (events, fatalities) = totals;
        var names = await NamesAsync(db, ct);
        var rows = groups
            .OrderBy(g => keys.Contains("adm1") ? g.Adm1 ?? "~" : "", StringComparer.Ordinal).ThenBy(g => keys.Contains("adm2") ? g.Adm2 ?? "~" : "", StringComparer.Ordinal)
            .ThenBy(g => g.Month).ThenBy(g => g.EventType, StringComparer.Ordinal).ThenBy(g => g.SubEventType, StringComparer.Ordinal)
            .ThenByDescending(g => g.Events).ThenBy(g => g.Actor, StringComparer.Ordinal)
            .Select(g => Row(g, keys, names)).ToList();
        return new IncidentSummary(keys, events, fatalities, rows);
    }

    static Dictionary<string, object?> Row(Fact g, List<string> keys, Dictionary<string, string> names)
    {
        var row = new Dictionary<string, object?>();
        foreach (var key in keys)
        {
            switch (key)
            {
                case "adm1": row["adm1"] = g.Adm1; row["adm1Name"] = g.Adm1 is null ? null : names.GetValueOrDefault(g.Adm1); break;
                case "adm2": row["adm2"] = g.Adm2; row["adm2Name"] = g.Adm2 is null ? null : names.GetValueOrDefault(g.Adm2); break;
                case "month": row["month"] = MonthName(g.Month!.Value); break;
                case "eventType": row["eventType"] = g.EventType; break;
                case "subEventType": row["subEventType"] = g.SubEventType; break;
                case "actor": row["actor"] = g.Actor; break;
            }
        }
        row["events"] = g.Events;
        row["fatalities"] = g.Fatalities;
        return row;
    }

    /// <summary>
    /// Events per department (level 1) or commune (level 2), placed at the unit's point. Level 2 groups by both codes,
    /// which keeps the scan in the order of an index that starts with the department; events whose code of that level
    /// is unknown, or names no loaded unit, are counted as unplaced.
    /// </summary>
    public static async Task<IncidentMap> MapAsync(KonbitDb db, IncidentFilter filter, int level, CancellationToken ct)
    {
        var groups = await MapGroupsAsync(db, filter, level, ct);
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.Level == level).OrderBy(u => u.Pcode)
            .Select(u => new { u.Pcode, u.NameFr, u.Latitude, u.Longitude }).ToListAsync(ct);
        var counted = groups.Where(g => g.Pcode is not null).GroupBy(g => g.Pcode!)
            .ToDictionary(g => g.Key, g => new Tally(g.Sum(x => x.Events), g.Sum(x => x.Fatalities)));
        var placed = units.Select(u => counted.GetValueOrDefault(u.Pcode) is { } t
            ? new MapUnit(u.Pcode, u.NameFr, u.Latitude, u.Longitude, t.Events, t.Fatalities)
            : new MapUnit(u.Pcode, u.NameFr, u.Latitude, u.Longitude, 0, 0)).ToList();
        var known = units.Select(u => u.Pcode).ToHashSet();
        var unplaced = groups.Where(g => g.Pcode is null || !known.Contains(g.Pcode)).ToList();
        return new IncidentMap(level, placed, new Tally(unplaced.Sum(g => g.Events), unplaced.Sum(g => g.Fatalities)));
    }

    sealed record Placed(string? Pcode, int Events, int Fatalities);

    /// <summary>Events per unit of the level, from the rollup when it can answer (see <see cref="SummariseAsync"/>).</summary>
    static async Task<List<Placed>> MapGroupsAsync(KonbitDb db, IncidentFilter filter, int level, CancellationToken ct)
    {
        if (filter.ApplyToCounts(db.IncidentCounts.AsNoTracking()) is { } counts && await IncidentRollup.CurrentAsync(db, ct))
            return level == 1
                ? await counts.GroupBy(c => c.Adm1Pcode).Select(g => new Placed(g.Key, g.Sum(c => c.Events), g.Sum(c => c.Fatalities))).ToListAsync(ct)
                : await counts.GroupBy(c => new { c.Adm1Pcode, c.Adm2Pcode }).Select(g => new Placed(g.Key.Adm2Pcode, g.Sum(c => c.Events), g.Sum(c => c.Fatalities))).ToListAsync(ct);
        var filtered = filter.Apply(db.Incidents.AsNoTracking());
        return level == 1
            ? await filtered.GroupBy(i => i.Adm1Pcode).Select(g => new Placed(g.Key, g.Count(), g.Sum(i => i.Fatalities))).ToListAsync(ct)
            : await filtered.GroupBy(i => new { i.Adm1Pcode, i.Adm2Pcode }).Select(g => new Placed(g.Key.Adm2Pcode, g.Count(), g.Sum(i => i.Fatalities))).ToListAsync(ct);
    }

    /// <summary>yyyymm as yyyy-MM.</summary>
    public static string MonthName(int month) => $"{month / 100:D4}-{month % 100:D2}";

    static async Task<(int Events, int Fatalities)> TotalsAsync(IQueryable<Incident> filtered, CancellationToken ct)
    {
        var total = await filtered.GroupBy(_ => 1).Select(g => new { Events = g.Count(), Fatalities = g.Sum(i => i.Fatalities) }).SingleOrDefaultAsync(ct);
        return total is null ? (0, 0) : (total.Events, total.Fatalities);
    }

    public static Task<Dictionary<string, string>> NamesAsync(KonbitDb db, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking().Where(u => u.Level <= 2).Select(u => new { u.Pcode, u.NameFr }).ToDictionaryAsync(u => u.Pcode, u => u.NameFr, ct);

    // The projection, key and aggregate hold only the chosen columns, so the SQL selects and groups by those alone.
    static readonly Dictionary<string, (PropertyInfo Fact, string Incident)> Columns = new()
    {
        ["adm1"] = (typeof(Fact).GetProperty(nameof(Fact.Adm1))!, nameof(Incident.Adm1Pcode)),
        ["adm2"] = (typeof(Fact).GetProperty(nameof(Fact.Adm2))!, nameof(Incident.Adm2Pcode)),
        ["month"] = (typeof(Fact).GetProperty(nameof(Fact.Month))!, nameof(Incident.Month)),
        ["eventType"] = (typeof(Fact).GetProperty(nameof(Fact.EventType))!, nameof(Incident.EventType)),
        ["subEventType"] = (typeof(Fact).GetProperty(nameof(Fact.SubEventType))!, nameof(Incident.SubEventType)),
        ["actor"] = (typeof(Fact).GetProperty(nameof(Fact.Actor))!, ""),
    };

    static readonly PropertyInfo FatalitiesOfFact = typeof(Fact).GetProperty(nameof(Fact.Fatalities))!;
    static readonly PropertyInfo EventsOfFact = typeof(Fact).GetProperty(nameof(Fact.Events))!;

    /// <summary>
    /// i => new Fact { Adm1 = i.Adm1Pcode, Month = i.Month, Actor = i.Actor1, Fatalities = i.Fatalities }, from an
    /// Incident or an IncidentCount (same column names; a count also carries its Events).
    /// </summary>
    static Expression<Func<T, Fact>> Project<T>(List<string> keys, string actorColumn)
    {
        var i = Expression.Parameter(typeof(T), "i");
        var bindings = keys.Select(k => Bind(Columns[k].Fact, Expression.Property(i, k == "actor" ? actorColumn : Columns[k].Incident)))
            .Append(Expression.Bind(FatalitiesOfFact, Expression.Property(i, nameof(Incident.Fatalities))));
        if (typeof(T) == typeof(IncidentCount)) bindings = bindings.Append(Expression.Bind(EventsOfFact, Expression.Property(i, nameof(IncidentCount.Events))));
        return Expression.Lambda<Func<T, Fact>>(Expression.MemberInit(Expression.New(typeof(Fact)), bindings), i);
    }

    /// <summary>f => new Fact { Adm1 = f.Adm1, Month = f.Month }</summary>
    static Expression<Func<Fact, Fact>> KeyOf(List<string> keys)
    {
        var f = Expression.Parameter(typeof(Fact), "f");
        var bindings = keys.Select(k => Expression.Bind(Columns[k].Fact, Expression.Property(f, Columns[k].Fact)));
        return Expression.Lambda<Func<Fact, Fact>>(Expression.MemberInit(Expression.New(typeof(Fact)), bindings), f);
    }

    /// <summary>
    /// g => new Fact { Adm1 = g.Key.Adm1, Month = g.Key.Month, Events = g.Count(), Fatalities = g.Sum(f => f.Fatalities) };
    /// over rollup buckets (not counted) Events is the sum of their Events.
    /// </summary>
    static Expression<Func<IGrouping<Fact, Fact>, Fact>> Aggregate(List<string> keys, bool counted)
    {
        var g = Expression.Parameter(typeof(IGrouping<Fact, Fact>), "g");
        var key = Expression.Property(g, nameof(IGrouping<Fact, Fact>.Key));
        Expression<Func<IGrouping<Fact, Fact>, int>> count = counted ? x => x.Count() : x => x.Sum(f => f.Events);
        Expression<Func<IGrouping<Fact, Fact>, int>> sum = x => x.Sum(f => f.Fatalities);
        var bindings = keys.Select(k => Expression.Bind(Columns[k].Fact, Expression.Property(key, Columns[k].Fact)))
            .Append(Expression.Bind(EventsOfFact, Replace(count, g)))
            .Append(Expression.Bind(FatalitiesOfFact, Replace(sum, g)));
        return Expression.Lambda<Func<IGrouping<Fact, Fact>, Fact>>(Expression.MemberInit(Expression.New(typeof(Fact)), bindings), g);
    }

    static MemberAssignment Bind(PropertyInfo target, Expression value) =>
        Expression.Bind(target, value.Type == target.PropertyType ? value : Expression.Convert(value, target.PropertyType));

    static Expression Replace(LambdaExpression lambda, ParameterExpression with) => new Swap(lambda.Parameters[0], with).Visit(lambda.Body);

    sealed class Swap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
