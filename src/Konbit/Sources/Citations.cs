using Konbit.Data;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>A source described in a request: a publication (title, publisher, address, date) or an official record.</summary>
public sealed record SourceInput(string? Title, string? Publisher, string? Url, DateOnly? PublishedOn, bool OfficialRecord = false, string? Reference = null);

public sealed record SourceDto(int Id, string Kind, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Reference);

public static class Citations
{
    public static readonly System.Linq.Expressions.Expression<Func<Source, SourceDto>> ToDto = s =>
        new SourceDto(s.Id, s.Kind == SourceKind.Publication ? "publication" : "officialRecord", s.Title, s.Publisher, s.Url, s.PublishedOn, s.Reference);

    static readonly Func<Source, SourceDto> toDto = ToDto.Compile();

    public static SourceDto Dto(Source s) => toDto(s);

    /// <summary>
    /// Resolves the sources a figure cites: existing ones by id, plus at most one new source described inline.
    /// Every figure must cite at least one.
    /// </summary>
    public static async Task<List<Source>> ResolveAsync(KonbitDb db, int[]? sourceIds, SourceInput? newSource, Errors errors,
        DateOnly today, CancellationToken ct)
    {
        var ids = (sourceIds ?? []).Distinct().ToArray();
        var found = ids.Length == 0 ? [] : await db.Sources.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        foreach (var missing in ids.Except(found.Select(s => s.Id)))
            errors.Add("sourceIds", $"There is no source with id {missing}.");
        if (newSource is not null && Validate(newSource, errors, "source.", today) is { } created)
        {
            db.Sources.Add(created);
            found.Add(created);
        }
        if (ids.Length == 0 && newSource is null)
            errors.Add("sourceIds", "Cite at least one source: an existing source id, or a new source (title and address, or an official record with its reference).");
        return found;
    }

    /// <summary>Checks a described source; returns the entity to add, or null with messages in <paramref name="errors"/>.</summary>
    public static Source? Validate(SourceInput input, Errors errors, string prefix, DateOnly today)
    {
        var before = errors.MessageCount;
        var title = errors.Text(prefix + "title", input.Title, 300, required: true);
        var publisher = errors.Text(prefix + "publisher", input.Publisher, 200);
        var url = errors.Text(prefix + "url", input.Url, 2000);
        var reference = errors.Text(prefix + "reference", input.Reference, 300);
        if (input.PublishedOn is { } published) errors.Date(prefix + "publishedOn", published, today);
        if (input.OfficialRecord)
        {
            if (reference is null) errors.Add(prefix + "reference", "An official record needs its reference (document symbol, letter or minutes number).");
        }
        else
        {
            if (url is null) errors.Add(prefix + "url", "A publication needs its address (http or https), or mark it as an official record with a reference.");
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                errors.Add(prefix + "url", $"'{url}' is not an http or https address.");
        }
        if (errors.MessageCount != before) return null;
        return new Source
        {
            Kind = input.OfficialRecord ? SourceKind.OfficialRecord : SourceKind.Publication,
            Title = title!,
            Publisher = publisher,
            Url = url,
            PublishedOn = input.PublishedOn,
            Reference = reference,
        };
    }
}
