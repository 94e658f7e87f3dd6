using Konbit.Accounts;
using Konbit.Data;
using Konbit.Sources.Figures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources.Documents;

public sealed record StatementDto(int FigureId, int DocumentId, string Title, string? Publisher, DateOnly? PublishedOn, int StoryId, string Text, string Sentence, string? Time);

/// <param name="Low">The least the report's words allow ("nearly 400": 340).</param>
/// <param name="High">The most they allow ("over 400": null, no upper limit).</param>
/// <param name="Stories">Independent stories that state this value: reports retelling one story count once.</param>
/// <param name="ConflictsWith">Values of the group that cannot be true together with this one.</param>
public sealed record FigureValueDto(decimal Value, string Bound, decimal Low, decimal? High, int Stories, IReadOnlyList<decimal> ConflictsWith,
    IReadOnlyList<StatementDto> Statements);

/// <param name="Period">The month the reports were published in (yyyy-mm), or "undated".</param>
public sealed record FigureGroupDto(string Subject, string Measure, string Period, bool Consistent, int Stories, IReadOnlyList<FigureValueDto> Values);

/// <summary>
/// GET /api/v1/figures: the figures of all kept reports, grouped by subject, measure and the month they were published,
/// with each value's range given its bound, which values cannot all be true, how many independent stories state
/// each, and the sentences themselves.
/// </summary>
public static class Reconciliation
{
    public static void MapFiguresApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/figures", List).WithTags("Sources").RequireAuthorization(Policies.Read);

    /// <summary>
    /// The range of true values a figure allows: "about" within a tenth either way; "nearly" and "almost" (at_most)
    /// from 85% up to the value; "over" and "at least" from the value up, with no limit.
    /// </summary>
    public static (decimal Low, decimal? High) Range(decimal value, string bound) => bound switch
    {
        Bounds.About => (value * 0.9m, value * 1.1m),
        Bounds.AtMost => (value * 0.85m, value),
        Bounds.AtLeast => (value, null),
        _ => (value, value),
    };

    public static bool Compatible((decimal Low, decimal? High) a, (decimal Low, decimal? High) b) =>
        (a.High is null || b.Low <= a.High) && (b.High is null || a.Low <= b.High);

    static async Task<Ok<List<FigureGroupDto>>> List(KonbitDb db, CancellationToken ct, string? subject = null, string? measure = null) =>
        TypedResults.Ok(await GroupsAsync(db, subject, measure, ct));

    /// <summary>The groups, optionally of one subject or one measure: for the API and the figures page.</summary>
    public static async Task<List<FigureGroupDto>> GroupsAsync(KonbitDb db, string? subject, string? measure, CancellationToken ct)
    {
        var query = db.DocumentFigures.AsNoTracking().Join(db.SourceDocuments, f => f.DocumentId, d => d.Id, (f, d) => new
        {
            FigureId = f.Id, f.Subject, f.Measure, f.Value, f.Bound, f.Text, f.Sentence, f.Time, d.Id, d.StoryId, d.Source!.Title, d.Source.Publisher, d.Source.PublishedOn,
        });
        if (!string.IsNullOrWhiteSpace(subject)) query = query.Where(f => f.Subject == subject);
        if (!string.IsNullOrWhiteSpace(measure)) query = query.Where(f => f.Measure == measure);
        // Values as stored carry the column's scale (400.00); a report's value is a plain number.
        var rows = (await query.ToListAsync(ct)).Select(r => r with { Value = Numbers.Normal(r.Value) }).ToList();
        var groups = rows
            .GroupBy(r => (r.Subject, r.Measure, Period: r.PublishedOn is { } on ? $"{on:yyyy-MM}" : "undated"))
            .Select(g =>
            {
                var values = g.GroupBy(r => (r.Value, r.Bound)).Select(v => (v.Key, Range: Range(v.Key.Value, v.Key.Bound), Rows: v.ToList())).ToList();
                var dtos = values.OrderByDescending(v => v.Rows.Select(r => r.StoryId).Distinct().Count()).ThenBy(v => v.Key.Value)
                    .Select(v => new FigureValueDto(v.Key.Value, v.Key.Bound, v.Range.Low, v.Range.High, v.Rows.Select(r => r.StoryId).Distinct().Count(),
                        [.. values.Where(o => !Compatible(v.Range, o.Range)).Select(o => o.Key.Value).Distinct().Order()],
                        [.. v.Rows.OrderBy(r => r.PublishedOn).ThenBy(r => r.Id)
                            .Select(r => new StatementDto(r.FigureId, r.Id, r.Title, r.Publisher, r.PublishedOn, r.StoryId, r.Text, r.Sentence, r.Time))]))
                    .ToList();
                return new FigureGroupDto(g.Key.Subject, g.Key.Measure, g.Key.Period, dtos.All(d => d.ConflictsWith.Count == 0),
                    g.Select(r => r.StoryId).Distinct().Count(), dtos);
            })
            .OrderBy(g => g.Measure, StringComparer.Ordinal).ThenBy(g => g.Subject, StringComparer.Ordinal).ThenByDescending(g => g.Period, StringComparer.Ordinal)
            .ToList();
        return groups;
    }
}
