using System.CommandLine;

namespace Konbit.Incidents.Export;

/// <summary>`konbit incidents generate --count N --seed S --out FILE.csv`: synthetic events in ACLED's layout.</summary>
public static class GenerateCommand
{
    public static Command Create(WebApplication app) => new("generate", "Write realistic synthetic incidents (marked synthetic) in ACLED's layout, for load tests.");
}
