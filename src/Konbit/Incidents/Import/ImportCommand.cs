using System.CommandLine;

namespace Konbit.Incidents.Import;

/// <summary>`konbit incidents import FILE.csv [--dry-run] [--strict]`.</summary>
public static class ImportCommand
{
    public static Command Create(WebApplication app) => new("import", "Import incidents from an ACLED or HXL CSV file.");
}
