namespace Konbit.Tests.Infrastructure;

/// <summary>
/// The shared folder of real partner files (../shared/data beside the repository), which tests use where present and
/// skip without: the files are not the project's to ship.
/// </summary>
public static class SharedData
{
    /// <summary>The full path of a file or folder under shared/data, searched upwards from the test binaries; null when absent.</summary>
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            foreach (var shared in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
                if (Path.Combine(shared, relative) is var path && (Directory.Exists(path) || File.Exists(path)))
                    return Path.GetFullPath(path);
        return null;
    }
}
