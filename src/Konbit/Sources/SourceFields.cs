using Konbit.Shared;

namespace Konbit.Sources;

/// <summary>The new-source fields of a form, bound from the post; empty fields mean "no new source".</summary>
public sealed class SourceFields
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Publisher { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public bool OfficialRecord { get; set; }
    public string? Reference { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url) && string.IsNullOrWhiteSpace(Publisher)
        && PublishedOn is null && !OfficialRecord && string.IsNullOrWhiteSpace(Reference);

    public SourceInput? ToInput() => IsEmpty ? null : new(Title, Publisher, Url, PublishedOn, OfficialRecord, Reference);

    /// <summary>Error key → label of the new-source fields, keyed as <see cref="Citations.Validate"/> names them.</summary>
    public static Dictionary<string, string> Labels(string keyPrefix) => new()
    {
        [keyPrefix + "title"] = "Source title",
        [keyPrefix + "url"] = "Source address (URL)",
        [keyPrefix + "publisher"] = "Publisher",
        [keyPrefix + "publishedOn"] = "Published on",
        [keyPrefix + "reference"] = "Reference",
    };

    /// <summary>A ledger form's own labels plus those of its source fields (existing ones, and one new one).</summary>
    public static IReadOnlyDictionary<string, string> CitingLabels(Dictionary<string, string> formLabels)
    {
        var all = Labels("source.");
        all["sourceIds"] = "Existing sources";
        foreach (var (key, label) in formLabels) all[key] = label;
        return all;
    }
}

/// <summary>What the new-source partial needs: the bound values, where they bind, and how their errors are keyed.</summary>
public sealed record NewSourceView(SourceFields Fields, FormErrors Errors, string NamePrefix, string KeyPrefix);

/// <summary>What the "cite sources" partial of a ledger form needs.</summary>
public sealed record CiteSourcesView(IReadOnlyList<SourceDto> All, int[] Selected, SourceFields New, FormErrors Errors);
