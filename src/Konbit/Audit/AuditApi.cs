using System.Security.Claims;
using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Audit;

public sealed record AuditEntryDto(long Id, DateTime AtUtc, string Actor, string EntityType, string EntityId, string Action, string? Before, string? After);

/// <summary>
/// A record's history. Signed-in users only: entries name the people who made the changes. The history of
/// conduct cases (who filed, read, assigned or referred what, and when) is for conduct officers only.
/// </summary>
public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/audit", History).WithTags("Audit").RequireAuthorization(Policies.SignedIn);

    static async Task<Ok<List<AuditEntryDto>>> History(KonbitDb db, ClaimsPrincipal user, CancellationToken ct, string? entity = null, string? id = null, int limit = 200) =>
        TypedResults.Ok(await HistoryAsync(db, entity, id, Math.Clamp(limit, 1, 1000), ct, cases: user.IsInRole(Roles.Conduct)));

    public static Task<List<AuditEntryDto>> HistoryAsync(KonbitDb db, string? entity, string? id, int limit, CancellationToken ct, bool cases = false)
    {
        string[] hidden = cases ? [] : Conduct.ConductModel.EntityTypes;
        return db.AuditEntries.AsNoTracking()
            .Where(a => (entity == null || a.EntityType == entity) && (id == null || a.EntityId == id) && !hidden.Contains(a.EntityType))
            .OrderByDescending(a => a.Id).Take(limit)
            .Select(a => new AuditEntryDto(a.Id, a.AtUtc, a.Actor, a.EntityType, a.EntityId, a.Action, a.Before, a.After))
            .ToListAsync(ct);
    }
}
