using Konbit.Audit;
using Konbit.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Konbit.Tests.Infrastructure;

/// <summary>
/// Each test gets its own PostgreSQL database, copied from a template migrated once per test run: CREATE DATABASE
/// ... TEMPLATE takes milliseconds where migrating takes seconds. The app's start-up still runs its migrations (none pending).
/// </summary>
static class PostgresTemplate
{
    static readonly SemaphoreSlim Gate = new(1, 1);
    static string? template;

    public static async Task CreateDatabaseAsync(string name)
    {
        var source = await TemplateAsync();
        await Gate.WaitAsync(); // PostgreSQL refuses two concurrent copies of one template.
        try { await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\""); }
        finally { Gate.Release(); }
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    static async Task<string> TemplateAsync()
    {
        if (template is not null) return template;
        await Gate.WaitAsync();
        try
        {
            if (template is not null) return template;
            var name = "konbit_template_" + Environment.ProcessId + "_" + Guid.NewGuid().ToString("N")[..8];
            await ExecuteAsync($"CREATE DATABASE \"{name}\"");
            var options = new DbContextOptionsBuilder<PostgresKonbitDb>()
                .UseNpgsql(new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = name, Pooling = false }.ToString()).Options;
            await using (var db = new PostgresKonbitDb(options, new Actor())) await db.Database.MigrateAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
            return template = name;
        }
        finally { Gate.Release(); }
    }

    static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
