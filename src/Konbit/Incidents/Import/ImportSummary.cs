using System.Text.Json;

namespace Konbit.Incidents.Import;

/// <summary>How to run one import.</summary>
/// <param name="FileName">The file's name as the user knows it: cited as the source, shown in revisions.</param>
/// <param name="Key">Chosen by the caller so that a page can poll the run; a new one when null.</param>
/// <param name="RejectsPath">Where to write every rejected row (line, reason, raw record); none when null.</param>
/// <param name="BatchSize">Rows per transaction.</param>
/// <param name="FileBytes">The file's size when the stream cannot tell (an upload).</param>
/// <param name="BulkFromRows">The smallest file (in rows) loaded without the secondary indexes, when it also holds at
/// least as many rows as the log (<see cref="BulkIndexes"/>); tests lower it to see a bulk load on a small file.</param>
/// <param name="TakeDatabase">The command line's import: a bulk load may take a SQLite file that nothing else has open
/// to itself (<see cref="IBatchWriter.TakeDatabase"/>). Not the server's upload, whose readers would wait for it.</param>
public sealed record ImportOptions(string FileName, Guid? Key = null, bool DryRun = false, bool Strict = false,
    string? RejectsPath = null, int BatchSize = ImportOptions.DefaultBatchSize, long? FileBytes = null,
    long BulkFromRows = ImportOptions.DefaultBulkFromRows, bool TakeDatabase = false)
{
    public const int DefaultBatchSize = 25_000;
    /// <summary>Below this the time a bulk load saves is smaller than building the indexes again.</summary>
    public const long DefaultBulkFromRows = 50_000;
}

public sealed record ImportReject(int Line, string Reason);

/// <summary>What an import did, and while it runs, how far it got. <see cref="Error"/> is set when the file was refused.</summary>
public sealed record ImportSummary(Guid Key, ImportState State, string? Layout, string FileName, long FileBytes, long BytesRead,
    int RowsRead, int Imported, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportReject> Rejects, string? Error = null)
{
    /// <summary>The page shows the first rejects; the command line writes all of them to a file.</summary>
    public const int SampleSize = 100;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SampleJson(IEnumerable<ImportReject> rejects) => JsonSerializer.Serialize(rejects.Take(SampleSize), Json);

    public static ImportSummary Of(ImportRun run) => new(run.Key, run.State, run.Layout, run.FileName, run.FileBytes, run.BytesRead,
        run.RowsRead, run.Imported, run.Updated, run.Unchanged, run.Rejected,
        run.RejectsSample is { } sample ? JsonSerializer.Deserialize<List<ImportReject>>(sample, Json) ?? [] : [], run.Error);

    /// <summary>"imported N, updated N, unchanged N, rejected N (rejects in PATH)".</summary>
    public string Line(string? rejectsPath) =>
        $"imported {Imported:N0}, updated {Updated:N0}, unchanged {Unchanged:N0}, rejected {Rejected:N0}" +
        (Rejected > 0 && rejectsPath is not null ? $" (rejects in {rejectsPath})" : "");
}
