using System.CommandLine;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Seed;
using Konbit.Shared;
using Microsoft.Extensions.Options;

namespace Konbit.Cli;

/// <summary>
/// The `konbit` command line. Each verb runs on the same configuration and data as the server, migrating a new
/// database first. With no verb (or `serve`) the executable serves the web app.
/// </summary>
public static class KonbitCli
{
    static readonly string[] Verbs = ["migrate", "seed", "users", "incidents", "geo", "figures", "sources", "humanitarian", "audit", "keys", "report", "help", "--help", "-h", "-?", "--version"];

    /// <summary>
    /// True when the first argument that is not a configuration setting (`--Key:Sub=value`, which the host reads;
    /// `dotnet run` puts one first) names a verb.
    /// </summary>
    public static bool IsVerb(string[] args) => Commands(args) is [var first, ..] && Verbs.Contains(first);

    /// <summary>
    /// The arguments that are host settings (`--Key:Sub=value`, `--urls=...`, or `--Key:Sub value`), the only ones given
    /// to the configuration. Positional arguments never reach it: the configuration reader takes an argument that starts
    /// with '/' (an absolute path, such as the file of `konbit geo import /data/adm2.geojson`) for a setting and would
    /// swallow the setting after it as its value.
    /// </summary>
    public static string[] Settings(string[] args)
    {
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) continue;
            if (a.Contains('=')) settings.Add(a);
            else if ((a.Contains(':') || HostSwitches.Contains(a)) && i + 1 < args.Length && !args[i + 1].StartsWith('-'))
            {
                settings.Add(a);
                settings.Add(args[++i]);
            }
        }
        return settings.ToArray();
    }

    static readonly string[] HostSwitches = ["--urls", "--environment", "--contentRoot"];

    static string[] Commands(string[] args) => args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && (a.Contains(':') || a.Contains('=')))).ToArray();

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = new RootCommand("Konbit: the information platform of a multinational security-support mission. With no command, serves the web app.");
        root.Subcommands.Add(Migrate(app));
        root.Subcommands.Add(Seed(app));
        root.Subcommands.Add(UsersCommand(app));
        root.Subcommands.Add(Incidents.IncidentsCli.Command(app));
        root.Subcommands.Add(Geography.GeoCli.Command(app));
        root.Subcommands.Add(Sources.Figures.FiguresCli.Command());
        root.Subcommands.Add(Sources.Documents.DocumentsCli.Command(app));
        root.Subcommands.Add(Humanitarian.HumanitarianCli.Command(app));
        root.Subcommands.Add(Audit.AuditCli.Command(app));
        root.Subcommands.Add(Reports.ReportsCli.Command(app));
        root.Subcommands.Add(KeysCli.Command(app));
        return await root.Parse(Commands(args)).InvokeAsync();
    }

    static Command Migrate(WebApplication app)
    {
        var command = new Command("migrate", "Create or upgrade the database to the current schema.");
        command.SetAction(async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
            await db.MigrateAsync(ct);
            Console.WriteLine($"Migrated {Database.Describe(db, Options(app))}.");
            return 0;
        });
        return command;
    }

    static Command Seed(WebApplication app)
    {
        var command = new Command("seed", "Load or refresh the mission's public data. Records that people have edited are kept as they are.");
        command.SetAction(async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
            await db.MigrateAsync(ct);
            var report = await scope.ServiceProvider.GetRequiredService<Seeder>().RunAsync(SeedData.Embedded(), ct);
            Console.WriteLine($"Seeded {Database.Describe(db, Options(app))}: {report.Added} added, {report.Refreshed} refreshed, {report.KeptUserEdits} kept as edited by users.");
            return 0;
        });
        return command;
    }

    static Command UsersCommand(WebApplication app)
    {
        var email = new Argument<string>("email") { Description = "The user's email address, used to sign in." };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var contributor = new Option<string?>("--contributor") { Description = "For a liaison: the contributor's ISO alpha-3 code, such as KEN." };
        var add = new Command("add", "Create a user with a role; prints an initial password for the user to change after signing in.") { email, role, contributor };
        add.SetAction(async (parse, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var password = Users.NewPassword();
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<Users>()
                .CreateAsync(parse.GetValue(email)!, password, parse.GetValue(role)!, parse.GetValue(contributor), ct);
            if (user is null)
            {
                foreach (var e in errors) Console.Error.WriteLine($"konbit users add: {e}");
                return 1;
            }
            Console.WriteLine($"Created {user.Email} ({parse.GetValue(role)}{(user.ContributorCode is { } c ? $", {c}" : "")}).");
            Console.WriteLine($"Initial password: {password}");
            Console.WriteLine("Give it to the user privately: it is shown only now. They change it at /Accounts/Password after signing in.");
            return 0;
        });
        var users = new Command("users", "Manage user accounts.");
        users.Subcommands.Add(add);
        users.Subcommands.Add(Grant(app));
        return users;
    }

    static Command Grant(WebApplication app)
    {
        var email = new Argument<string>("email") { Description = "The user's email address." };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All.Where(r => r != Roles.Liaison))}.", Required = true };
        var grant = new Command("grant", "Give an existing user one more role, e.g. an admin who is also a conduct officer.") { email, role };
        grant.SetAction(async (parse, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var errors = await scope.ServiceProvider.GetRequiredService<Users>().GrantAsync(parse.GetValue(email)!, parse.GetValue(role)!, ct);
            foreach (var e in errors) Console.Error.WriteLine($"konbit users grant: {e}");
            if (errors.Length == 0) Console.WriteLine($"{parse.GetValue(email)} now also has the role {parse.GetValue(role)!.Trim().ToLowerInvariant()}.");
            return errors.Length == 0 ? 0 : 1;
        });
        return grant;
    }

    static KonbitOptions Options(WebApplication app) => app.Services.GetRequiredService<IOptions<KonbitOptions>>().Value;
}
