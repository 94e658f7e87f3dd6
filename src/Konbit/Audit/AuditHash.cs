using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Konbit.Audit;

/// <summary>The hash of one audit entry: SHA-256 over a canonical encoding of its fields and the previous hash.</summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    // Bumped if the encoding ever changes, so that an old chain can never be read with the new rule by mistake.
    const string Version = "konbit-audit-v1";

    /// <summary>
    /// PostgreSQL keeps microseconds and SQLite keeps ticks: an entry's time is cut to whole microseconds before it is
    /// hashed and stored, so that what is read back hashes the same on both. The kind is set to UTC because Npgsql
    /// only writes UTC times to a timestamptz column; SQLite reads it back as unspecified, which the format ignores.
    /// </summary>
    public static DateTime Truncate(DateTime t) => new(t.Ticks - t.Ticks % 10, DateTimeKind.Utc);

    public static string Of(AuditEntry e)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Field(sha, Version);
        Field(sha, e.Seq.ToString(CultureInfo.InvariantCulture));
        // A fixed format with no kind specifier: the same text whether the value came back as UTC or unspecified.
        Field(sha, e.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(sha, e.Actor);
        Field(sha, e.EntityType);
        Field(sha, e.EntityId);
        Field(sha, e.Action);
        Field(sha, e.Before);
        Field(sha, e.After);
        Field(sha, e.PrevHash);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// Each field is its UTF-8 length (4 bytes, big-endian) and then its bytes, and null is length -1: no two different
    /// entries encode the same, whatever their fields contain ("ab" + "c" differs from "a" + "bc", null from "").
    /// </summary>
    static void Field(IncrementalHash sha, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = value is null ? null : Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes?.Length ?? -1);
        sha.AppendData(length);
        if (bytes is not null) sha.AppendData(bytes);
    }
}
