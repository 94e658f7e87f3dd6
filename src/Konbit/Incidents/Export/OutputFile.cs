namespace Konbit.Incidents.Export;

/// <summary>
/// Where a command writes its output file: beside the target, renamed over it at the end, so an interrupted export
/// never leaves a truncated file. A device (`--out /dev/stdout`, `/dev/null`) is written directly: renaming a file
/// over it would replace the device with a regular file.
/// </summary>
sealed class OutputFile(FileInfo target)
{
    public string FullName => target.FullName;

    bool Direct => target.FullName.StartsWith("/dev/", StringComparison.Ordinal) || target.FullName.StartsWith("/proc/", StringComparison.Ordinal);

    /// <summary>The path to write to.</summary>
    public string WritePath => Direct ? target.FullName : target.FullName + ".partial";

    /// <summary>
    /// Opens the file to write. A stream that is only written from start to end may go around the page cache
    /// (<see cref="UncachedFileStream"/>); a device never does (a pipe would take O_DIRECT as packets).
    /// </summary>
    public Stream Open(bool sequential) => sequential && !Direct
        ? UncachedFileStream.Create(WritePath)
        : new FileStream(WritePath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);

    /// <summary>Puts the finished file in place.</summary>
    public void Complete()
    {
        if (!Direct) File.Move(WritePath, target.FullName, overwrite: true);
    }
}
