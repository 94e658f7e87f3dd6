using System.ComponentModel.DataAnnotations;

namespace Konbit.Shared;

/// <summary>The "Konbit" configuration section. Bound and validated on start.</summary>
public sealed class KonbitOptions
{
    public const string Section = "Konbit";

    /// <summary>Where the SQLite database and other local state live. Relative paths are from the working directory.</summary>
    [Required] public string DataDirectory { get; set; } = "konbit-data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Let anyone read the dashboard and the /api/v1 GET endpoints without signing in (public-source data).</summary>
    public bool PublicRead { get; set; } = true;

    /// <summary>Load the mission's public data into an empty database on first start.</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>Largest request body accepted, in bytes.</summary>
    [Range(1024, 100_000_000)] public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>What a relative data directory is relative to: set by `dotnet run` to the folder it was typed in; otherwise the working directory.</summary>
    public string? DefaultDataRoot { get; set; }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory, DefaultDataRoot ?? Directory.GetCurrentDirectory());
}

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default, a file in the data directory) or "Postgres" (needs ConnectionStrings:Konbit).</summary>
    [RegularExpression("^(Sqlite|Postgres)$")] public string Provider { get; set; } = "Sqlite";
}
