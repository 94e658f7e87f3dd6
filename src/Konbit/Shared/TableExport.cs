using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using MiniExcelLibs;

namespace Konbit.Shared;

/// <summary>A column of a downloadable table: its header, its HXL hashtag, and how a row gives its value.</summary>
public sealed record HxlColumn<T>(string Header, string Tag, Func<T, object?> Value);

public enum TableFormat { Json, Csv, Xlsx }

/// <summary>
/// The downloads of the small list endpoints (ledgers, gaps, humanitarian figures). CSV and XLSX hold the same table:
/// a header row, then the HXL hashtag row that humanitarian tools read, then one row per line. In the CSV numbers and
/// dates are written invariantly (amounts with their cents); in the XLSX they are numbers and spreadsheet dates, so a
/// sheet sums and sorts them. Small tables, so each file is built in memory.
/// </summary>
public static class TableExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
    public const string FormatHelp = "json (the default), csv or xlsx; csv and xlsx have a header row, then the HXL hashtag row, then the data.";

    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The format a query names (JSON when it names none), or null for a name that is not one.</summary>
    public static TableFormat? Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => TableFormat.Json,
        "csv" => TableFormat.Csv,
        "xlsx" => TableFormat.Xlsx,
        _ => null,
    };

    /// <summary>The 400 for a format that is not one: it names the parameter and what it accepts.</summary>
    public static ValidationProblem Refused(string? format) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["format"] = [$"format must be json, csv or xlsx, not \"{format}\"."] });

    /// <summary>The rows as JSON, or as a download named <paramref name="name"/> (without its extension).</summary>
    public static Results<Ok<TJson>, FileContentHttpResult, ValidationProblem> Answer<TJson, TRow>(TableFormat format, TJson json,
        string name, IReadOnlyList<HxlColumn<TRow>> columns, IEnumerable<TRow> rows) => format switch
    {
        TableFormat.Csv => TypedResults.File(Csv(columns, rows), CsvType, name + ".csv"),
        TableFormat.Xlsx => TypedResults.File(Xlsx(columns, rows, name), XlsxType, name + ".xlsx"),
        _ => TypedResults.Ok(json),
    };

    /// <summary>
    /// What a table endpoint adds to the API description: the CSV and XLSX answers beside the JSON one its return type
    /// declares, and the `format` parameter's values.
    /// </summary>
    public static RouteHandlerBuilder ProducesTable(this RouteHandlerBuilder endpoint, string description) => endpoint
        .WithDescription(description)
        .ProducesFiles(FormatHelp, ("csv", "text/csv", false), ("xlsx", XlsxType, true));

    /// <summary>
    /// Files an endpoint also answers with, by `format`, listed beside the JSON answer its return type declares (a
    /// second Produces for 200 would replace that one), and the `format` parameter's values (json first).
    /// </summary>
    public static RouteHandlerBuilder ProducesFiles(this RouteHandlerBuilder endpoint, string formatHelp,
        params (string Format, string ContentType, bool Binary)[] files) => endpoint
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse { Content: { } content })
                foreach (var f in files)
                    content[f.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = f.Binary ? "binary" : null } };
            if (operation.Parameters?.FirstOrDefault(p => p.Name == "format") is OpenApiParameter format)
            {
                format.Description = formatHelp;
                if (format.Schema is OpenApiSchema schema) schema.Enum = [JsonValue.Create("json"), .. files.Select(f => (JsonNode)JsonValue.Create(f.Format))];
            }
            return Task.CompletedTask;
        });

    public static byte[] Csv<T>(IReadOnlyList<HxlColumn<T>> columns, IEnumerable<T> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvOut(text);
        csv.Row(columns.Select(c => c.Header));
        csv.Row(columns.Select(c => c.Tag));
        foreach (var row in rows)
        {
            foreach (var value in columns.Select(c => c.Value(row))) csv.Field(value is decimal d ? Money(d) : value);
            csv.EndRow();
        }
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>One sheet named after the file; MiniExcel writes the dictionaries' keys as the header row.</summary>
    public static byte[] Xlsx<T>(IReadOnlyList<HxlColumn<T>> columns, IEnumerable<T> rows, string sheet)
    {
        IEnumerable<Dictionary<string, object?>> Cells()
        {
            yield return columns.ToDictionary(c => c.Header, c => (object?)c.Tag);
            foreach (var row in rows) yield return columns.ToDictionary(c => c.Header, c => c.Value(row));
        }
        var file = new MemoryStream();
        // A sheet's name is at most 31 characters.
        file.SaveAs(Cells(), sheetName: sheet.Length > 31 ? sheet[..31] : sheet);
        return file.ToArray();
    }

    /// <summary>Amounts with their cents and rates with up to eight decimals, whichever provider stored them (SQLite drops trailing zeros).</summary>
    static string Money(decimal d) => d.ToString("0.00######", CultureInfo.InvariantCulture);
}
