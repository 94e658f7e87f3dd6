namespace Konbit.Conduct;

/// <summary>A file a reporter sends with a complaint: its name, its size and its bytes (none when it is too large to keep).</summary>
public sealed record Upload(string FileName, byte[] Content)
{
    public long Length { get; init; } = Content.LongLength;
}

/// <summary>
/// What a reporter may attach: photos and PDFs, judged by their first bytes (the type a browser claims is not
/// trusted), at most three per submission and 5 MB each.
/// </summary>
public static class CaseFiles
{
    public const int MaxFiles = 3;
    public const int MaxBytes = 5 * 1024 * 1024;
    /// <summary>A whole submission: the files and the form around them.</summary>
    public const int MaxRequestBytes = MaxFiles * MaxBytes + 1024 * 1024;

    /// <summary>The content type the bytes show, or null when they are not a JPEG, PNG, WebP or PDF.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> b) =>
        b.StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : b.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : b.StartsWith("%PDF-"u8) ? "application/pdf"
        : null;

    /// <summary>Checks the files, adding messages in the reporter's language under "files".</summary>
    public static void Check(IReadOnlyList<Upload> files, string lang, Shared.Errors errors)
    {
        if (files.Count > MaxFiles) errors.Add("files", Texts.T(lang, "error.fileCount"));
        foreach (var f in files)
        {
            if (f.Length > MaxBytes) errors.Add("files", string.Format(Texts.T(lang, "error.fileSize"), Name(f)));
            else if (TypeOf(f.Content) is null) errors.Add("files", string.Format(Texts.T(lang, "error.fileType"), Name(f)));
        }
    }

    /// <summary>The file's own name without any folder, short enough to show.</summary>
    public static string Name(Upload f)
    {
        var name = Path.GetFileName(f.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name)) name = "file";
        return name.Length <= 120 ? name : name[..120];
    }

    /// <summary>Reads posted form files, refusing to buffer any that says it is over the limit.</summary>
    public static async Task<List<Upload>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken ct)
    {
        var read = new List<Upload>();
        foreach (var f in files ?? [])
        {
            if (f.Length == 0) continue;
            if (f.Length > MaxBytes)
            {
                // Only the size matters for the message: the bytes are never read.
                read.Add(new Upload(f.FileName, []) { Length = f.Length });
                continue;
            }
            using var copy = new MemoryStream((int)f.Length);
            await f.CopyToAsync(copy, ct);
            read.Add(new Upload(f.FileName, copy.ToArray()));
        }
        return read;
    }
}
