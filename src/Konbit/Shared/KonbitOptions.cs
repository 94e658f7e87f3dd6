using System.ComponentModel.DataAnnotations;

namespace Konbit.Shared;

/// <summary>The "Konbit" configuration section. Bound and validated on start.</summary>
public sealed class KonbitOptions : IValidatableObject
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

    /// <summary>
    /// Where the Data Protection key ring lives (sign-in cookies, tokens, and the encryption of complaint fields):
    /// outside the database, so a copy of the database alone reads no personal data. Default: "keys" in the data
    /// directory. Back it up with the database; without it, encrypted fields cannot be read.
    /// </summary>
    public string? KeysDirectory { get; set; }

    public ConductOptions Conduct { get; set; } = new();

    public string FullKeysDirectory => KeysDirectory is { Length: > 0 } k
        ? Path.GetFullPath(k, DefaultDataRoot ?? Directory.GetCurrentDirectory())
        : Path.Combine(FullDataDirectory, "keys");

    /// <summary>Nested sections are not validated by data annotations on their own: check them here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Conduct, new ValidationContext(Conduct), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"Konbit:Conduct: {r.ErrorMessage}", [.. r.MemberNames.Select(m => "Conduct." + m)]));
    }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory, DefaultDataRoot ?? Directory.GetCurrentDirectory());
}

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default, a file in the data directory) or "Postgres" (needs ConnectionStrings:Konbit).</summary>
    [RegularExpression("^(Sqlite|Postgres)$")] public string Provider { get; set; } = "Sqlite";
}

/// <summary>Limits on the public complaint forms and their API, per client address.</summary>
public sealed class ConductOptions
{
    /// <summary>Complaints and follow-up submissions one client may send per window.</summary>
    [Range(1, 10_000)] public int SubmissionsPerWindow { get; set; } = 5;

    /// <summary>Follow-up look-ups (reference and code) one client may try per window: guessing codes stays hopeless.</summary>
    [Range(1, 10_000)] public int LookupsPerWindow { get; set; } = 20;

    [Range(1, 1440)] public int WindowMinutes { get; set; } = 10;
}
