using System.Text.Json;

namespace Konbit.Incidents;

/// <summary>
/// What a correction or a re-import changed: a revision's snapshot (the replaced version's fields as JSON) set against
/// the version that replaced it, as "Fatalities: 10 → 12". Readers want the difference, not fifty unchanged fields.
/// </summary>
public static class RevisionDiff
{
    // Derived or internal columns: they change whenever something else does and say nothing of their own.
    static readonly HashSet<string> Ignored = ["Id", "Month", "RowHash", "UpdatedAtUtc", "RecordedAtUtc", "Sources"];

    public sealed record Change(string Field, string? Before, string? After);

    /// <summary>The current version as a snapshot is written: the entity's fields by name.</summary>
    public static string SnapshotOf(Incident incident, IEnumerable<int> sourceIds)
    {
        var fields = JsonSerializer.SerializeToNode(incident)!.AsObject();
        fields.Remove(nameof(Incident.Sources));
        fields["SourceIds"] = JsonSerializer.SerializeToNode(sourceIds.Order().ToArray());
        return fields.ToJsonString();
    }

    /// <summary>Fields whose values differ; null when either side is not a JSON object (then show the snapshot whole).</summary>
    public static List<Change>? Between(string before, string after)
    {
        try
        {
            using var b = JsonDocument.Parse(before);
            using var a = JsonDocument.Parse(after);
            if (b.RootElement.ValueKind != JsonValueKind.Object || a.RootElement.ValueKind != JsonValueKind.Object) return null;
            var afterFields = a.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase);
            var changes = new List<Change>();
            foreach (var field in b.RootElement.EnumerateObject())
            {
                if (Ignored.Contains(field.Name) || !afterFields.TryGetValue(field.Name, out var now)) continue;
                if (field.Value.GetRawText() == now.GetRawText()) continue;
                changes.Add(new Change(field.Name, Text(field.Value), Text(now)));
            }
            return changes;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
