using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>
    /// The app runs on the compiled models in Data/CompiledModels (built from the model's code, they save most of a
    /// second at every start); one left behind by a model change would miss its new tables and columns.
    /// </summary>
    [Fact]
    public async Task TheCompiledModel_MatchesTheModelsCode()
    {
        await using var app = await KonbitApp.StartAsync();
        var (compiled, code) = await app.WithDbAsync(db => Task.FromResult((Shape(db.Model), Shape(db.GetService<IDesignTimeModel>().Model))));
        Assert.True(compiled == code, $"The compiled model for {TestDatabase.Current} is out of date: run src/Konbit/scripts/compiled-models (see docs/operations.md).");
    }

    static string Shape(IModel model) => string.Join("\n", model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
        new[] { $"{e.Name} {e.GetTableName()} {e.FindPrimaryKey()?.GetName()}" }
            .Concat(e.GetProperties().Select(p => $"  {p.Name} {p.ClrType} {p.GetColumnName()} {p.IsNullable} {p.GetMaxLength()} {p.GetProviderClrType()}"))
            .Concat(e.GetIndexes().Select(i => $"  index {i.GetDatabaseName()} {i.IsUnique} {i.GetFilter()} {string.Join(",", i.Properties.Select(p => p.Name))}"))
            .Concat(e.GetForeignKeys().Select(f => $"  fk {f.GetConstraintName()} {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
            .Concat(e.GetNavigations().Select(n => $"  navigation {n.Name}"))
            .Concat(e.GetSkipNavigations().Select(n => $"  skip {n.Name}"))));

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
