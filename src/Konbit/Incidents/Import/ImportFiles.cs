using System.Text;

namespace Konbit.Incidents.Import;

/// <summary>Counts the bytes read through it, for progress in bytes on streams that cannot seek (uploads).</summary>
sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }
    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Count(await inner.ReadAsync(buffer, ct));
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    int Count(int n) { BytesRead += n; return n; }
    protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    public override async ValueTask DisposeAsync() { await inner.DisposeAsync(); await base.DisposeAsync(); }
}

/// <summary>
/// The rejected rows as CSV (line, reason, record), created at the first reject so that a clean import leaves no
/// file; an old rejects file from an earlier run is removed so it cannot be mistaken for this one's.
/// </summary>
sealed class RejectsFile(string? path) : IDisposable
{
    StreamWriter? writer;
    bool cleared;

    public void Write(int line, string reason, ReadOnlySpan<char> raw)
    {
        if (path is null) return;
        if (writer is null)
        {
            writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            writer.WriteLine("line,reason,record");
        }
        writer.Write(line);
        writer.Write(',');
        Quoted(reason);
        writer.Write(',');
        Quoted(raw);
        writer.WriteLine();
    }

    void Quoted(ReadOnlySpan<char> value)
    {
        writer!.Write('"');
        foreach (var c in value) { if (c == '"') writer.Write('"'); writer.Write(c); }
        writer.Write('"');
    }

    /// <summary>Removes a rejects file left by an earlier run when this one had none.</summary>
    public void Dispose()
    {
        if (writer is not null) writer.Dispose();
        else if (path is not null && !cleared && File.Exists(path)) File.Delete(path);
        cleared = true;
    }
}
