using System.Net.Http.Json;
using Konbit.Conduct;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Conduct;

/// <summary>Complaints as the public files them, through the API.</summary>
public static class ConductRequests
{
    public static object Complaint(string narrative = "Yon sòlda frape m nan baryè a.", string category = "ExcessiveForce", string? contributor = null,
        bool anonymous = true, string? name = null, string? contact = null, string language = "ht") =>
        new { language, category, occurredOn = "2025-02-20", when = "nan aswè", pcode = (string?)null, place = "Baryè Delmas 33", contributor,
            force = "inifòm ble", narrative, anonymous, name, contact };

    public static async Task<FiledDto> FileAsync(this HttpClient client, object complaint)
    {
        var response = await client.PostAsJsonAsync("/api/v1/conduct/complaints", complaint);
        return await response.ReadAsync<FiledDto>();
    }

    public static Task<HttpResponseMessage> FollowUpAsync(this HttpClient client, string reference, string code) =>
        client.PostAsJsonAsync("/api/v1/conduct/follow-up", new { reference, code });

    /// <summary>An app whose public limits do not get in the way of a test that files many complaints.</summary>
    public static Dictionary<string, string?> Unlimited => new()
    {
        ["Konbit:Conduct:SubmissionsPerWindow"] = "1000", ["Konbit:Conduct:LookupsPerWindow"] = "1000",
    };

    public static async Task<int> CaseIdAsync(this KonbitApp app, string reference) =>
        await app.WithDbAsync(db => Task.FromResult(db.Complaints.Single(c => c.Reference == reference).Id));
}
