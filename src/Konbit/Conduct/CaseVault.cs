using Microsoft.AspNetCore.DataProtection;

namespace Konbit.Conduct;

/// <summary>
/// Seals and opens the personal fields of complaints with ASP.NET Core Data Protection (AES-256-CBC with
/// HMAC-SHA256 by default). The key ring lives outside the database (Konbit:KeysDirectory) and rotates every 90
/// days; old keys stay in the ring, so older fields still open. Every field is sealed on its own, so a query can
/// load the clear columns without opening anything.
/// </summary>
public sealed class CaseVault(IDataProtectionProvider provider)
{
    readonly IDataProtector protector = provider.CreateProtector("Konbit.Conduct.Fields.v1");

    public string? Seal(string? text) => text is null ? null : protector.Protect(text);

    public string? Open(string? sealedText) => sealedText is null ? null : protector.Unprotect(sealedText);

    public byte[] Seal(byte[] content) => protector.Protect(content);

    public byte[] Open(byte[] sealedContent) => protector.Unprotect(sealedContent);
}
