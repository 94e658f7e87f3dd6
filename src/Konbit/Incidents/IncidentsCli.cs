using System.CommandLine;
using Konbit.Incidents.Export;
using Konbit.Incidents.Import;

namespace Konbit.Incidents;

/// <summary>`konbit incidents import|generate|export`.</summary>
public static class IncidentsCli
{
    public static Command Command(WebApplication app)
    {
        var incidents = new Command("incidents", "Import, generate and export incidents.");
        incidents.Subcommands.Add(ImportCommand.Create(app));
        incidents.Subcommands.Add(GenerateCommand.Create(app));
        incidents.Subcommands.Add(ExportCommand.Create(app));
        return incidents;
    }
}
