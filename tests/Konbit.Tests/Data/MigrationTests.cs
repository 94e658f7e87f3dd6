using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task TheModel_HasNoChangesMissingFromTheMigrations()
    {
        await using var app = await KonbitApp.StartAsync();
        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, $"The model has changes without a migration for {TestDatabase.Current}: run `dotnet ef migrations add` for both contexts (see docs/operations.md).");
    }

    [Fact]
    public async Task TheDatabase_IsFullyMigratedOnStart_AndSqliteRunsInWalMode()
    {
        await using var app = await KonbitApp.StartAsync();
        Assert.Empty(await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
        if (TestDatabase.Current != Provider.Sqlite) return;
        var mode = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task Health_ChecksTheDatabase_AndTheApiIsDescribed()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.Anonymous();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/strength", openApi);
        Assert.Contains("/api/v1/conflicts/{id}/accept", openApi);
        Assert.Contains("swagger", (await client.GetStringAsync("/api/docs/index.html")).ToLowerInvariant());
    }
}
