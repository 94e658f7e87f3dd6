using System.CommandLine;
using System.Globalization;
using Konbit.Data;

namespace Konbit.Audit;

/// <summary>`konbit audit verify`.</summary>
public static class AuditCli
{
    public static Command Command(WebApplication app)
    {
        var audit = new Command("audit", "The audit log.");
        audit.Subcommands.Add(Verify(app));
        return audit;
    }

    static Command Verify(WebApplication app)
    {
        var anchor = new Option<string?>("--anchor")
        {
            Description = "A head printed by an earlier run and kept outside the database, as SEQ:HASH (1234:9f2c...): the chain must still hold it.",
        };
        var command = new Command("verify",
            "Check the audit log's hash chain: exit 0 when no entry was changed, removed or inserted, 1 at the first that was. " +
            "Keep the head it prints somewhere else, and give it later as --anchor to notice that entries were rewritten or removed.") { anchor };
        command.SetAction(async (parse, ct) =>
        {
            (long, string)? head = null;
            if (parse.GetValue(anchor) is { } text)
            {
                var parts = text.TrimStart('#').Split(':', ' ');
                if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || parts[1].Length != 64)
                {
                    Console.Error.WriteLine($"konbit audit verify: --anchor {text} is not SEQ:HASH (a number and 64 hex digits).");
                    return 1;
                }
                head = (seq, parts[1]);
            }
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
            await db.MigrateAsync(ct);
            var check = await AuditChain.VerifyAsync(db, ct, head);
            Console.WriteLine(check.Message);
            return check.Intact ? 0 : 1;
        });
        return command;
    }
}
