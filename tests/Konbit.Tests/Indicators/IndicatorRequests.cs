using System.Net.Http.Json;
using Konbit.Indicators;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Indicators;

/// <summary>This folder's request builders and readers.</summary>
public static class IndicatorRequests
{
    public static object Target(string on, decimal value) => new { on, value };

    /// <summary>An entered indicator (values come with sources); override any field with <paramref name="with"/>.</summary>
    public static Dictionary<string, object?> Entered(string code, string direction, decimal baseline, string baselineOn, params object[] targets) => new()
    {
        ["code"] = code, ["name"] = $"Indicator {code}", ["definition"] = "Test definition.", ["unit"] = "points", ["direction"] = direction,
        ["mandateTask"] = "Support the Haitian National Police in restoring security", ["baseline"] = baseline, ["baselineOn"] = baselineOn,
        ["targets"] = targets,
    };

    public static Dictionary<string, object?> Computed(string code, string metric, string direction, decimal baseline, string baselineOn, params object[] targets)
    {
        var body = Entered(code, direction, baseline, baselineOn, targets);
        body["metric"] = metric;
        body.Remove("unit");
        return body;
    }

    public static object Value(string on, decimal value, string slug = "figure") => new { on, value, source = Requests.Source(slug) };

    public static async Task<IndicatorDetail> DefineAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/indicators", body)).ReadAsync<IndicatorDetail>();

    public static async Task<IndicatorDetail> AddValueAsync(HttpClient client, int id, string on, decimal value) =>
        await (await client.PostAsJsonAsync($"/api/v1/indicators/{id}/values", Value(on, value))).ReadAsync<IndicatorDetail>();

    public static async Task<IndicatorStatus> StatusAsync(HttpClient client, string code, string asOf) =>
        (await client.GetFromJsonAsync<List<IndicatorStatus>>($"/api/v1/indicators?asOf={asOf}"))!.Single(s => s.Code == code);

    public static async Task<IndicatorDetail> DetailAsync(HttpClient client, int id, string asOf) =>
        (await client.GetFromJsonAsync<IndicatorDetail>($"/api/v1/indicators/{id}?asOf={asOf}"))!;
}
