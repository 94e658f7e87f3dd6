using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Konbit.Sources;

/// <summary>
/// The text of a report as a reader sees it: decoded (UTF-8, or Windows-1252 and Latin-1 when the bytes are not
/// UTF-8), and for HTML the main text without its markup, scripts, menus, share buttons and comment forms. Refuses
/// what is not a report, saying why: an empty file, a binary one, one over 10 MB.
/// </summary>
public static partial class DocumentText
{
    public const int MaxBytes = 10 * 1024 * 1024;
    static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".text"];

    public sealed record Result(string? Text, string? Error, bool Html);

    public static bool IsReport(string fileName) => Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public static Result Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return new(null, "the file does not exist", false);
        if (info.Length > MaxBytes) return new(null, $"the file is {info.Length / 1048576.0:F1} MB; reports are read up to 10 MB", false);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public static Result Read(byte[] bytes, string fileName)
    {
        if (bytes.Length > MaxBytes) return new(null, $"the file is {bytes.Length / 1048576.0:F1} MB; reports are read up to 10 MB", false);
        if (bytes.Length == 0) return new(null, "the file is empty", false);
        var text = Decode(bytes);
        if (text is null) return new(null, "the file is not text (it holds binary data)", false);
        var html = Path.GetExtension(fileName).StartsWith(".htm", StringComparison.OrdinalIgnoreCase) || LooksLikeHtml().IsMatch(text);
        if (html) text = MainText(text);
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) return new(null, html ? "the page holds no text" : "the file is empty", html);
        return new(text, null, html);
    }

    /// <summary>The bytes as text, or null when they are binary (NUL bytes, or many control characters).</summary>
    static string? Decode(byte[] bytes)
    {
        string text;
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        else if (bytes is [0xFF, 0xFE, ..]) text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes is [0xFE, 0xFF, ..]) text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0) return null;
            try { text = StrictUtf8.GetString(bytes); }
            catch (DecoderFallbackException) { text = Windows1252.GetString(bytes); }
        }
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > text.Length / 100 + 2 ? null : text;
    }

    static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    // Windows-1252 is Latin-1 with printable characters (curly quotes, dashes, €) where Latin-1 has controls; files
    // saved as either read correctly with it.
    static readonly Encoding Windows1252 = CodePages(1252);

    static Encoding CodePages(int page)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(page);
    }

    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"<!--.*?-->|<(script|style|noscript|template|svg|iframe|object|nav|header|footer|aside|form|button|select|menu)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<(article|main)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MainPart();

    [GeneratedRegex(@"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|blockquote|figure|figcaption|dd|dt|pre)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();

    // Lines a page repeats around every article: sharing, comments, subscriptions.
    [GeneratedRegex(@"^(?:share(?: this)?(?: article| story| post| page)?(?: on \w+)?|tweet|print|email|leave a (?:reply|comment)|post a comment|comments?|subscribe.*|sign up.*|related(?: articles| posts)?|read more|advertisement|cookie.*|\d+ comments?)\.?$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex BoilerplateLine();

    /// <summary>The text a reader of the page sees in its article: markup, scripts and page furniture dropped, entities decoded.</summary>
    static string MainText(string html)
    {
        var body = Dropped().Replace(html, " ");
        var parts = MainPart().Matches(body);
        if (parts.Count > 0) body = string.Join("\n", parts.Select(m => m.Groups[2].Value));
        body = Block().Replace(body, "\n");
        body = Tag().Replace(body, "");
        body = WebUtility.HtmlDecode(body);
        body = Spaces().Replace(body, " ");
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !BoilerplateLine().IsMatch(l));
        return BlankLines().Replace(string.Join("\n", lines), "\n").Trim();
    }
}
