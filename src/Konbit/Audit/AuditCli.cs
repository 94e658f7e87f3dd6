using System.CommandLine;
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
        var command = new Command("verify",
            "Check the audit log's hash chain: exit 0 when no entry was changed, removed or inserted, 1 at the first that was. " +
            "Keep the head it prints somewhere else to notice later that the newest entries were removed.");
        command.SetAction(async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
            await db.MigrateAsync(ct);
            var check = await AuditChain.VerifyAsync(db, ct);
            Console.WriteLine(check.Message);
            return check.Intact ? 0 : 1;
        });
        return command;
    }
}
