namespace Konbit.Incidents;

/// <summary>
/// One import of an incidents file: who ran it, from which file, how far it got and what it did. Progress is written
/// after every batch, so a page on any node can follow an upload.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; set; }
    /// <summary>Chosen by the client that starts the run (an upload page), so it can poll before the upload returns.</summary>
    public Guid Key { get; set; }
    public required string FileName { get; set; }
    public long FileBytes { get; set; }
    /// <summary>acled, acled-resaved, hxl: what the importer recognised.</summary>
    public string? Layout { get; set; }
    public required string StartedBy { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public ImportState State { get; set; }
    public bool DryRun { get; set; }
    public bool Strict { get; set; }
    public long BytesRead { get; set; }
    public int RowsRead { get; set; }
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    /// <summary>The first rejects (line number and reason), for the page; the CLI writes all of them to a file.</summary>
    public string? RejectsSample { get; set; }
    public string? Error { get; set; }
    /// <summary>The file, cited as the source of every incident it wrote.</summary>
    public int? SourceId { get; set; }
}

public enum ImportState { Running, Completed, Failed }
