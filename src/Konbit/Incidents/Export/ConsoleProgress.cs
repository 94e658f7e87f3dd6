using System.Diagnostics;

namespace Konbit.Incidents.Export;

/// <summary>
/// Progress of a long export or generation on stderr (stdout may be the data itself): a line redrawn in place on a
/// terminal, at most twice a second; one line every five seconds when stderr is a file or a pipe.
/// </summary>
public sealed class ConsoleProgress(string verb, long? total)
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly bool terminal = !Console.IsErrorRedirected;
    TimeSpan last;
    bool drawn;

    public TimeSpan Elapsed => clock.Elapsed;

    public void Report(long done)
    {
        var now = clock.Elapsed;
        if (now - last < (terminal ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(5))) return;
        last = now;
        var of = total is > 0 ? $" of {total:N0} ({100.0 * done / total:0}%)" : "";
        var line = $"{verb} {done:N0}{of}, {done / Math.Max(now.TotalSeconds, 0.001):N0} rows/s";
        if (terminal) Console.Error.Write($"\r{line}   ");
        else Console.Error.WriteLine(line);
        drawn = true;
    }

    public void Done()
    {
        if (drawn && terminal) Console.Error.WriteLine();
    }
}
