using System.Text.Json;
using System.Threading.Channels;
using Konbit.Audit;
using Konbit.Data;
using Konbit.Geography;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Konbit.Incidents.Import;

/// <summary>
/// Imports an ACLED or HXL incidents file: streams it, validates every row, upserts on SourceId in batches (one
/// transaction each, so an interrupted import leaves whole batches and a re-run completes it), keeps replaced versions
/// as revisions, and records its progress on the <see cref="ImportRun"/> after every batch. Used by the command line
/// and the upload endpoint.
/// </summary>
public sealed class IncidentImporter(KonbitDb db, PlaceLookup places, TimeProvider clock)
{
    /// <summary>Batches per transaction in a bulk load (see <see cref="Commits"/>).</summary>
    internal const int BulkCommitEvery = 10;

    /// <summary>
    /// Rows the parser hands to the writer at a time, whatever the batch (the rows per transaction). A handed-over
    /// list lives until it is written: with 25,000 rows (tens of megabytes) each list outlived several collections and was
    /// copied into the older generations on the way, which cost a million-row load a fifth of its time and 250 MB.
    /// </summary>
    internal const int HandOverRows = 2_000;

    /// <param name="open">Opens the file; called twice with <see cref="ImportOptions.Strict"/> (a validation pass first).</param>
    /// <param name="progress">Told after every batch.</param>
    public async Task<ImportSummary> ImportAsync(Func<Stream> open, ImportOptions options, Action<ImportSummary>? progress, CancellationToken ct)
    {
        var key = options.Key ?? Guid.NewGuid();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var state = new Progress(key, options);

        Layout layout;
        await using (var first = new CountingStream(open()))
        {
            state.FileBytes = options.FileBytes ?? (first.CanSeek ? first.Length : 0);
            using var csv = new CsvRecords(first);
            var (detected, error) = Layout.Detect(csv);
            if (detected is null) return state.Summary(ImportState.Failed, null, error);
            layout = detected;
        }

        var run = new ImportRun
        {
            Key = key, FileName = options.FileName, FileBytes = state.FileBytes, Layout = layout.Name, StartedBy = db.Actor.Name,
            StartedAtUtc = db.Actor.UtcNow, State = ImportState.Running, DryRun = options.DryRun, Strict = options.Strict,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        using var rejects = new RejectsFile(options.RejectsPath);
        try
        {
            if (options.Strict)
            {
                await PassAsync(open, layout, today, state, rejects, write: null, ct);
                if (state.Rejected > 0)
                    return await FinishAsync(run, state, ImportState.Completed, $"--strict: {state.Rejected:N0} bad rows, nothing imported", ct);
                state.Restart();
            }

            var rollup = new IncidentRollupDelta();
            var committed = 0;
            var context = new BatchContext(run.Id, db.Actor.UtcNow, db.Actor.Name, options.FileName);
            if (!options.DryRun) await CiteAsync(run, ct);
            var placer = new Placer(await places.CurrentAsync(db, ct));
            var stored = await db.Incidents.MaxAsync(i => (long?)i.Id, ct) ?? 0; // an upper bound, without counting
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var writer = await IBatchWriter.CreateAsync(db, context, ct);
                var seen = options.DryRun ? new HashSet<string>(StringComparer.Ordinal) : null;
                var (first, bulk) = (true, false);
                var commits = new Commits { Rows = state.BatchSize };
                await rollup.StartAsync(db, ct);
                async Task Write(List<Incident> batch)
                {
                    // The first batch tells the size of a row, and so about how many rows the file holds.
                    if (first && !options.DryRun && BulkIndexes.Worthwhile(state.EstimatedRows, stored, options.BulkFromRows))
                    {
                        await BulkIndexes.DropAsync(db, ct);
                        if (options.TakeDatabase) writer.TakeDatabase();
                        (bulk, commits.Rows) = (true, state.BatchSize * BulkCommitEvery);
                    }
                    first = false;
                    await WriteBatchAsync(writer, batch, seen, run.Id, state, commits, rollup, ct);
                    progress?.Invoke(state.Summary(ImportState.Running, layout.Name));
                }
                try
                {
                    await PassAsync(open, layout, today, state, rejects, (placer, Write), ct);
                    await commits.CommitAsync(ct);
                }
                finally
                {
                    committed = commits.Committed;
                    await commits.DisposeAsync();
                    // Also after a failure, so that the log is not left slow; a killed process is repaired at the next start.
                    if (bulk) await BulkIndexes.RestoreAsync(db, CancellationToken.None);
                }
            }
            finally { await db.Database.CloseConnectionAsync(); }
            // So that the first map after an import is quick: the batches only moved the log's version.
            if (!options.DryRun) await rollup.ApplyAsync(db, committed, ct);
            return await FinishAsync(run, state, ImportState.Completed, null, ct);
        }
        catch (OperationCanceledException)
        {
            await FinishAsync(run, state, ImportState.Failed, "interrupted", CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// One streaming pass over the rows; with no writer it only validates. Parsing and writing run side by side (each
    /// takes about half the time), handing over <see cref="HandOverRows"/> rows at a time, so memory stays flat.
    /// </summary>
    async Task PassAsync(Func<Stream> open, Layout layout, DateOnly today, Progress state, RejectsFile rejects,
        (Placer Placer, Func<List<Incident>, Task> Flush)? write, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<List<Incident>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var consumer = write is { } w0 ? Task.Run(async () =>
        {
            try { await foreach (var b in channel.Reader.ReadAllAsync(CancellationToken.None)) await w0.Flush(b); }
            catch (Exception e) { channel.Writer.TryComplete(e); throw; }
        }, CancellationToken.None) : Task.CompletedTask;
        try
        {
            await ReadRowsAsync(open, layout, today, state, rejects, write?.Placer, channel.Writer, ct);
            channel.Writer.TryComplete();
        }
        catch (ChannelClosedException) { } // the writer failed; its exception comes out of the consumer below
        catch (Exception e)
        {
            channel.Writer.TryComplete(e);
            await Task.WhenAny(consumer); // let the writer stop; the reader's exception is the one to report
            throw;
        }
        await consumer;
    }

    async Task ReadRowsAsync(Func<Stream> open, Layout layout, DateOnly today, Progress state, RejectsFile rejects,
        Placer? placer, ChannelWriter<List<Incident>> batches, CancellationToken ct)
    {
        await using var stream = new CountingStream(open());
        using var csv = new CsvRecords(stream);
        Layout.Detect(csv);
        var parser = new RowParser(layout, today);
        var handOver = Math.Min(state.BatchSize, HandOverRows);
        var batch = new List<Incident>(handOver);
        // Rows of the current batch handed over already: a hand-over ends where a batch does, so that transactions
        // hold whole batches.
        var inBatch = 0;
        var firstRow = true;
        while (csv.Read())
        {
            // ACLED files published with HXL tags carry the hashtag row under the header: not a data row.
            if (firstRow && layout.Name != "hxl" && csv.Broken is null && csv.FieldCount > 0 && csv.Span(0).TrimStart().StartsWith("#")) { firstRow = false; continue; }
            firstRow = false;
            state.RowsRead++;
            state.BytesRead = stream.BytesRead;
            var incident = parser.Parse(csv, out var reason);
            if (incident is null)
            {
                state.Reject(new ImportReject(csv.Line, reason!));
                rejects.Write(csv.Line, reason!, csv.Raw);
                continue;
            }
            if (placer is null) continue;
            placer.Place(incident);
            batch.Add(incident);
            if (batch.Count >= Math.Min(handOver, state.BatchSize - inBatch))
            {
                inBatch = (inBatch + batch.Count) % state.BatchSize;
                await batches.WriteAsync(batch, ct);
                batch = new List<Incident>(handOver);
            }
        }
        state.BytesRead = stream.BytesRead;
        if (batch.Count > 0) await batches.WriteAsync(batch, ct);
    }

    async Task WriteBatchAsync(IBatchWriter writer, List<Incident> rows, HashSet<string>? seen, long runId, Progress state, Commits commits,
        IncidentRollupDelta rollup, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var now = db.Actor.UtcNow;
        // A row repeated within the rows handed over is written once (the version that wins) and counts once; a
        // repeat further apart meets its earlier version in the database, which tells the same.
        var unique = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var batch = new List<Incident>(rows.Count);
        var repeats = 0;
        foreach (var incident in rows)
        {
            incident.ImportRunId = runId;
            incident.UpdatedAtUtc = now;
            if (seen is not null && !seen.Add(incident.SourceId) && !unique.ContainsKey(incident.SourceId)) { repeats++; continue; }
            if (unique.TryGetValue(incident.SourceId, out var at))
            {
                repeats++;
                var kept = batch[at];
                if (IncidentColumns.Replaces(incident.SourceTimestamp, incident.RowHash, kept.SourceTimestamp, kept.RowHash)) batch[at] = incident;
                continue;
            }
            unique[incident.SourceId] = batch.Count;
            batch.Add(incident);
        }

        var tx = await commits.BeginAsync(db, ct);
        var counts = await writer.WriteAsync(batch, tx.GetDbTransaction(), rollup, ct);
        state.Add(counts, repeats);
        if (seen is not null) // a dry run
        {
            await commits.RollbackAsync();
            await SaveProgressAsync(runId, state, ct);
        }
        else
        {
            await SaveProgressAsync(runId, state, ct);
            await commits.WroteAsync(rows.Count, ct);
        }
    }

    /// <summary>
    /// The transaction rows are written in, committed once it holds <see cref="Rows"/> of them: a batch normally, and
    /// a few batches in a bulk load, since every commit writes the pages it changed once more (to SQLite's write-ahead log, to PostgreSQL's WAL),
    /// and the unique index on SourceId, filled in random order, changes nearly all of its pages in every batch.
    /// Either way an interrupted import leaves only whole transactions, each with its progress recorded.
    /// </summary>
    sealed class Commits
    {
        IDbContextTransaction? open;
        long written;
        /// <summary>Rows per transaction.</summary>
        public long Rows { get; set; } = 1;
        /// <summary>Transactions committed, each of which moved the log's version once.</summary>
        public int Committed { get; private set; }

        public async Task<IDbContextTransaction> BeginAsync(KonbitDb db, CancellationToken ct)
        {
            if (open is not null) return open;
            open = await db.Database.BeginTransactionAsync(ct);
            await IncidentRollup.MarkChangedAsync(db, ct);
            return open;
        }

        public async Task WroteAsync(int rows, CancellationToken ct)
        {
            if ((written += rows) >= Rows) await CommitAsync(ct);
        }

        public async Task CommitAsync(CancellationToken ct)
        {
            if (open is null) return;
            await open.CommitAsync(ct);
            Committed++;
            await DisposeAsync();
        }

        public async Task RollbackAsync()
        {
            if (open is null) return;
            await open.RollbackAsync();
            await DisposeAsync();
        }

        public async Task DisposeAsync()
        {
            if (open is not null) await open.DisposeAsync();
            (open, written) = (null, 0);
        }
    }

    /// <summary>The file is cited as the source of every incident it writes (through the run).</summary>
    async Task CiteAsync(ImportRun run, CancellationToken ct)
    {
        var source = new Source
        {
            Kind = SourceKind.Publication,
            Title = Cut($"Incidents file {run.FileName}", 300),
            Reference = $"import run {run.Id} ({run.Key})",
            PublishedOn = DateOnly.FromDateTime(run.StartedAtUtc),
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SourceId, source.Id), ct);
    }

    Task SaveProgressAsync(long runId, Progress p, CancellationToken ct) =>
        db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.BytesRead, p.BytesRead).SetProperty(r => r.RowsRead, p.RowsRead)
            .SetProperty(r => r.Imported, p.Imported).SetProperty(r => r.Updated, p.Updated)
            .SetProperty(r => r.Unchanged, p.Unchanged).SetProperty(r => r.Rejected, p.Rejected)
            .SetProperty(r => r.RejectsSample, ImportSummary.SampleJson(p.Rejects)), ct);

    /// <summary>Final counts on the run, and one audit entry for the whole import (no entry per row or per batch).</summary>
    async Task<ImportSummary> FinishAsync(ImportRun run, Progress p, ImportState final, string? error, CancellationToken ct)
    {
        await SaveProgressAsync(run.Id, p, ct);
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, final).SetProperty(r => r.FinishedAtUtc, db.Actor.UtcNow).SetProperty(r => r.Error, error), ct);
        if (!run.DryRun)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = db.Actor.UtcNow, Actor = db.Actor.Name, EntityType = nameof(ImportRun),
                EntityId = run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = final == ImportState.Completed ? "Imported" : "Interrupted",
                After = JsonSerializer.Serialize(new { run.FileName, run.Layout, p.RowsRead, p.Imported, p.Updated, p.Unchanged, p.Rejected, Error = error }),
            });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return p.Summary(final, run.Layout, error);
    }

    static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>The running counts of one import.</summary>
    sealed class Progress(Guid key, ImportOptions options)
    {
        public int BatchSize { get; } = Math.Max(1, options.BatchSize);
        public long FileBytes { get; set; }
        public long BytesRead { get; set; }
        public int RowsRead { get; set; }
        /// <summary>How many rows the whole file holds, judged from the bytes read so far; 0 when its size is unknown.</summary>
        public long EstimatedRows => FileBytes > 0 && BytesRead > 0 ? FileBytes * RowsRead / BytesRead : 0;
        public int Imported { get; private set; }
        public int Updated { get; private set; }
        public int Unchanged { get; private set; }
        public int Rejected { get; private set; }
        // The reader adds rejects while the writer reports progress: the sample is shared under a lock.
        readonly List<ImportReject> rejects = [];
        public List<ImportReject> Rejects { get { lock (rejects) return [.. rejects]; } }

        public void Reject(ImportReject r) { lock (rejects) { Rejected++; if (rejects.Count < ImportSummary.SampleSize) rejects.Add(r); } }
        public void Add(BatchCounts c, int repeats) => (Imported, Updated, Unchanged) = (Imported + c.Imported, Updated + c.Updated, Unchanged + c.Unchanged + repeats);
        /// <summary>After a clean validation pass the import pass counts the same rows again.</summary>
        public void Restart() => (RowsRead, BytesRead) = (0, 0);

        public ImportSummary Summary(ImportState state, string? layout, string? error = null) =>
            new(key, state, layout, options.FileName, FileBytes, BytesRead, RowsRead, Imported, Updated, Unchanged, Rejected, Rejects, error);
    }
}
