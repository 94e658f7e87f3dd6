using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Konbit.Reports;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Konbit.Tests.Reports;

/// <summary>Reads a weekly report back from each format, as text to compare with the JSON's figures.</summary>
static partial class ReportReading
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<WeeklyReport> JsonAsync(HttpClient client, string week) =>
        (await client.GetFromJsonAsync<WeeklyReport>($"/api/v1/reports/weekly?week={week}", Options))!;

    public static async Task<byte[]> FileAsync(HttpClient client, string week, string format)
    {
        var response = await client.GetAsync($"/api/v1/reports/weekly?week={week}&format={format}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every word of every page, one space between words, as a reader's copy and paste gives it.</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    public static string HtmlText(byte[] html)
    {
        var text = System.Text.Encoding.UTF8.GetString(html);
        text = Svg().Replace(text, " ");
        text = Tags().Replace(text, " ");
        return Spaces().Replace(System.Net.WebUtility.HtmlDecode(text), " ");
    }

    /// <summary>(section, figure, value) of the workbook's Report sheet.</summary>
    public static List<(string Section, string Figure, string Value)> XlsxFigures(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return stream.Query(useHeaderRow: true, sheetName: "Report").Cast<IDictionary<string, object?>>()
            .Select(r => ((string)r["Section"]!, (string)r["Figure"]!, (string)r["Value"]!)).ToList();
    }

    /// <summary>Text as the PDF prints it: wrapped lines come back as one space.</summary>
    public static string Flat(string text) => Spaces().Replace(ReportPdf.Safe(text), " ").Trim();

    [GeneratedRegex(@"<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
