using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Konbit.Shared;

/// <summary>
/// A write's validation messages laid out on a form. Each message is written once: beside its field when the form
/// has one (the field's id is the error key with '.' turned into '-', e.g. "source.url" → "source-url"), otherwise
/// in full in the summary. The summary links to the fields by their labels, so it stays short and no message is
/// repeated on the page.
/// </summary>
public sealed class FormErrors
{
    public static readonly FormErrors None = new(null, new Dictionary<string, string>());

    readonly Dictionary<string, string[]> messages;
    readonly IReadOnlyDictionary<string, string> labels;

    /// <param name="labels">The form's fields: error key → label text.</param>
    public FormErrors(Errors? errors, IReadOnlyDictionary<string, string> labels)
    {
        messages = new(errors?.ToDictionary() ?? [], StringComparer.OrdinalIgnoreCase);
        this.labels = new Dictionary<string, string>(labels, StringComparer.OrdinalIgnoreCase);
    }

    public bool Any => messages.Count > 0;

    public static string Id(string key) => key.Replace('.', '-');

    /// <summary>The messages for a field, for the span beside it; empty when the field is fine.</summary>
    public IHtmlContent For(string key)
    {
        if (!messages.TryGetValue(key, out var list)) return HtmlString.Empty;
        var text = HtmlEncoder.Default.Encode(string.Join(" ", list.Select(m => Speak(key, m))));
        return new HtmlString($"<span class=\"field-error\" id=\"{Id(key)}-error\">{text}</span>");
    }

    /// <summary>
    /// Messages name fields as the API does ("on is required."); beside a form field they use its label instead
    /// ("Date is required.").
    /// </summary>
    string Speak(string key, string message) =>
        labels.TryGetValue(key, out var label) && message.StartsWith(key + " ", StringComparison.Ordinal) ? label + message[key.Length..] : message;

    /// <summary>For aria-invalid: "true", or null so that Razor leaves the attribute out.</summary>
    public string? Invalid(string key) => messages.ContainsKey(key) ? "true" : null;

    /// <summary>For aria-describedby: the id of the field's message span, or null.</summary>
    public string? DescribedBy(string key) => messages.ContainsKey(key) ? Id(key) + "-error" : null;

    /// <summary>Fields in error (by label, to link to) and messages that no field on the form can show.</summary>
    public IEnumerable<SummaryLine> Summary => messages.Select(kv => labels.TryGetValue(kv.Key, out var label)
        ? new SummaryLine(Id(kv.Key), label, [])
        : new SummaryLine(null, null, kv.Value));

    public sealed record SummaryLine(string? FieldId, string? Label, string[] Messages);
}
