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

    /// <summary>The text or why there is none; the title, publisher and date the document states, where it states them.</summary>
    public sealed record Result(string? Text, string? Error, bool Html, string? Title = null, string? Publisher = null, DateOnly? Published = null);

    public static string TooLarge(long bytes) => $"the file is {bytes / 1048576.0:F1} MB; reports are read up to 10 MB";

    public static bool IsReport(string fileName) => Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public static Result Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return new(null, "the file does not exist", false);
        if (info.Length > MaxBytes) return new(null, TooLarge(info.Length), false);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public static Result Read(byte[] bytes, string fileName)
    {
        if (bytes.Length > MaxBytes) return new(null, TooLarge(bytes.Length), false);
        if (bytes.Length == 0) return new(null, "the file is empty", false);
        var text = Decode(bytes);
        if (text is null) return new(null, "the file is not text (it holds binary data)", false);
        var html = Path.GetExtension(fileName).StartsWith(".htm", StringComparison.OrdinalIgnoreCase) || LooksLikeHtml().IsMatch(text);
        var raw = text;
        if (html) text = MainText(text);
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) return new(null, html ? "the page holds no text" : "the file is empty", html);
        return html
            ? new(text, null, true, Meta(raw, "og:title") ?? Clean(HtmlTitle().Match(raw).Groups[1].Value), Meta(raw, "og:site_name"),
                Date(Meta(raw, "article:published_time") ?? TimeTag().Match(raw).Groups[1].Value) ?? DateInText(text))
            : new(text, null, false, FirstLine(text), null, DateInText(text));
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

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"<time[^>]*\bdatetime=[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex TimeTag();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})(?!\d)|\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    static string? Meta(string html, string property)
    {
        var m = Regex.Match(html, $@"<meta[^>]+(?:property|name)=[""']{Regex.Escape(property)}[""'][^>]*content=[""']([^""']*)[""']", RegexOptions.IgnoreCase);
        if (!m.Success) m = Regex.Match(html, $@"<meta[^>]+content=[""']([^""']*)[""'][^>]*(?:property|name)=[""']{Regex.Escape(property)}[""']", RegexOptions.IgnoreCase);
        return m.Success ? Clean(m.Groups[1].Value) : null;
    }

    static string? Clean(string value) => WebUtility.HtmlDecode(Spaces().Replace(value, " ")).Trim() is { Length: > 0 } s ? (s.Length > 300 ? s[..300] : s) : null;

    /// <summary>A plain or Markdown report's first line, when it is short enough to be a headline.</summary>
    static string? FirstLine(string text)
    {
        var line = text.TrimStart().Split('\n', 2)[0].Trim().TrimStart('#').Trim().Trim('*').Trim();
        return line.Length is > 0 and <= 200 ? line : null;
    }

    static DateOnly? Date(string? value) => value is null ? null : DatePattern().Match(value) is { Success: true } m ? Parse(m) : null;

    /// <summary>A date stated near the top of the report ("12 March 2024", "March 12, 2024", "2024-03-12").</summary>
    static DateOnly? DateInText(string text) => Date(text.Length > 400 ? text[..400] : text);

    static DateOnly? Parse(Match m)
    {
        var g = m.Groups;
        var (y, mo, d) = g[1].Success ? (int.Parse(g[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(g[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(g[3].Value, System.Globalization.CultureInfo.InvariantCulture))
            : g[4].Success ? (int.Parse(g[6].Value, System.Globalization.CultureInfo.InvariantCulture), MonthNumber(g[5].Value), int.Parse(g[4].Value, System.Globalization.CultureInfo.InvariantCulture))
            : (int.Parse(g[9].Value, System.Globalization.CultureInfo.InvariantCulture), MonthNumber(g[7].Value), int.Parse(g[8].Value, System.Globalization.CultureInfo.InvariantCulture));
        return y is >= 1990 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    static int MonthNumber(string name) => DateTime.ParseExact(name[..3], "MMM", System.Globalization.CultureInfo.InvariantCulture).Month;

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
