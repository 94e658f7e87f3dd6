using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Konbit.Incidents.Import;

/// <summary>
/// A 128-bit hash of a row's values, as 32 hex digits. Not cryptographic: it tells rows apart and changes apart, and
/// SHA-256 would cost more than parsing the row. The bytes hashed are each value's invariant text in UTF-16 followed
/// by U+001F (nothing for a null): hashes stored by earlier versions stay valid, so a re-import finds rows unchanged.
/// Values go straight from their spans into the hasher, with no string built per row.
/// </summary>
sealed class RowHasher
{
    const char Separator = '\u001f';
    readonly XxHash128 hasher = new();

    public RowHasher Start() { hasher.Reset(); return this; }

    public RowHasher Add(string? value)
    {
        if (value is not null) hasher.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        return End();
    }

    public RowHasher Add<T>(T? value) where T : struct, ISpanFormattable => value is { } v ? Add(v) : End();

    public RowHasher Add<T>(T value) where T : struct, ISpanFormattable
    {
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture)) return Add(value.ToString(null, CultureInfo.InvariantCulture));
        hasher.Append(MemoryMarshal.AsBytes(text[..written]));
        return End();
    }

    RowHasher End()
    {
        var separator = Separator;
        hasher.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<char>(in separator)));
        return this;
    }

    public string Hex()
    {
        Span<byte> digest = stackalloc byte[16];
        hasher.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }
}

/// <summary>
/// One string per distinct value of the columns a file repeats endlessly (types, actors, places, sources), looked up
/// from the record's own characters: a million rows name a few thousand actors and places. Bounded, so memory stays flat.
/// </summary>
sealed class StringPool(int max)
{
    readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> value)
    {
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var known)) return known;
        var s = value.ToString();
        if (pool.Count < max) pool[s] = s;
        return s;
    }
}
