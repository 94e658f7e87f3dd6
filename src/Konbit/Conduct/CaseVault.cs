using Konbit.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>
/// Seals and opens the personal fields of complaints with ASP.NET Core Data Protection (AES-256-CBC with
/// HMAC-SHA256 by default). The key ring lives outside the database (Konbit:KeysDirectory) and rotates every 90
/// days; old keys stay in the ring, so older fields still open. Every field is sealed on its own, so a query can
/// load the clear columns without opening anything.
/// </summary>
public sealed class CaseVault(IDataProtectionProvider provider, KonbitDb db)
{
    readonly IDataProtector protector = provider.CreateProtector("Konbit.Conduct.Fields.v1");

    public string? Seal(string? text) => text is null ? null : protector.Protect(text);

    public string? Open(string? sealedText) => sealedText is null ? null : protector.Unprotect(sealedText);

    public byte[] Seal(byte[] content) => protector.Protect(content);

    public byte[] Open(byte[] sealedContent) => protector.Unprotect(sealedContent);

    string? Again(string? sealedText) => Seal(Open(sealedText));

    /// <summary>
    /// Opens every sealed field and seals it again, so that it is encrypted with the current default key: after a
    /// rotation, before the old key is revoked. One transaction: a failure leaves every field as it was.
    /// </summary>
    public async Task<int> ResealAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var count = 0;
        foreach (var c in await db.Complaints.ToListAsync(ct))
        {
            (c.SealedWhen, c.SealedPlace, c.SealedForce) = (Again(c.SealedWhen), Again(c.SealedPlace), Again(c.SealedForce));
            (c.SealedNarrative, c.SealedName, c.SealedContact) = (Again(c.SealedNarrative)!, Again(c.SealedName), Again(c.SealedContact));
            count++;
        }
        foreach (var n in await db.CaseNotes.ToListAsync(ct)) (n.SealedText, count) = (Again(n.SealedText)!, count + 1);
        foreach (var r in await db.CaseReferrals.ToListAsync(ct)) (r.SealedResponse, count) = (Again(r.SealedResponse), count + 1);
        foreach (var a in await db.CaseAttachments.ToListAsync(ct))
            (a.SealedFileName, a.SealedContent, count) = (Again(a.SealedFileName)!, Seal(Open(a.SealedContent)), count + 1);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return count;
    }
}
