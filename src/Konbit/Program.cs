using System.Globalization;
using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Cli;
using Konbit.Conduct;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Gaps;
using Konbit.Geography;
using Konbit.Humanitarian;
using Konbit.Incidents;
using Konbit.Indicators;
using Konbit.Incidents.Export;
using Konbit.Incidents.Import;
using Konbit.Mandates;
using Konbit.Reports;
using Konbit.Shared;
using Konbit.Sources;
using Konbit.Sources.Documents;

// Figures and dates in messages read the same on every server ("1,000", "2 October 2025"), whatever its locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

// appsettings.json and wwwroot sit next to the executable; the working directory (under which the data directory is
// made by default) may be anywhere, so it is the content root only when it holds the settings. Configuration is read
// once at start: watching a content root that holds the data directory turned every database write into file
// events and halved import speed. A changed appsettings.json takes effect on restart.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = [.. KonbitCli.Settings(args), "--hostBuilder:reloadConfigOnChange=false"],
    ContentRootPath = File.Exists("appsettings.json") ? null : AppContext.BaseDirectory,
});

// Host: configuration (section "Konbit"), default address 127.0.0.1:5080, pages, OpenAPI, health, start-up tasks.
builder.AddKonbitHost();

// Storage: SQLite in the data directory by default, PostgreSQL by configuration; migrations per provider.
builder.Services.AddKonbitDatabase(builder.Configuration);

// Accounts: Identity with cookies for pages and bearer tokens for API clients; roles and named policies. Data
// Protection keys live outside the database (Konbit:KeysDirectory).
builder.Services.AddKonbitIdentity(builder.Configuration);
builder.Services.AddKonbitAuthorization();

// Errors: RFC 7807 problem details everywhere, malformed and oversized requests included.
builder.Services.AddKonbitProblems();

// Features.
builder.Services.AddForces();
builder.Services.AddGeography();
builder.Services.AddIncidents();
builder.Services.AddIncidentImport();
builder.Services.AddSourceDocuments();
// Conduct: public complaints (rate limited per client), cases sealed with the Data Protection keys, public statistics.
builder.Services.AddConduct();
// Humanitarian figures: IOM DTM displacement and IPC food insecurity, imported from partners' files.
builder.Services.AddHumanitarian();
// Gaps: the equipment and funding ledgers, and what is still missing on any date.
builder.Services.AddGaps();
// Indicators: the results framework, each indicator against its targets, computed from the ledgers or entered with sources.
builder.Services.AddIndicators();

var app = builder.Build();

// `konbit migrate|seed|users ...` run against the same configuration and data, then exit.
if (KonbitCli.IsVerb(args)) return await KonbitCli.RunAsync(app, args);

// Browser hardening on every response: CSP without inline script, no framing, no sniffing, HSTS over HTTPS.
app.UseSecurityHeaders();
app.UseKonbitProblems();
app.UseStaticFiles();
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint("/openapi/v1.json", "Konbit API v1");
    o.RoutePrefix = "api/docs";
});
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapKonbitWeb();
app.MapAccountsApi();
app.MapForcesApi();
app.MapSourcesApi();
app.MapSourceDocumentsApi();
app.MapFiguresApi();
app.MapFigureToLedgerApi();
app.MapMandatesApi();
app.MapAuditApi();
app.MapGeographyApi();
app.MapIncidentsApi();
app.MapIncidentImportApi();
app.MapIncidentExportApi();
app.MapConductApi();
app.MapHumanitarianApi();
app.MapEquipmentApi();
app.MapFundingApi();
app.MapIndicatorsApi();
// The weekly situation report, assembled from all of the above: JSON, HTML, PDF and XLSX.
app.MapReportsApi();

await app.RunAsync();
return 0;
