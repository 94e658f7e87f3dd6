using Konbit.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Konbit.Data;

// Used only by `dotnet ef migrations add`: no database is contacted.
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKonbitDb>
{
    public SqliteKonbitDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKonbitDb>().UseSqlite("Data Source=design.db").Options, new Actor());
}

sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKonbitDb>
{
    public PostgresKonbitDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKonbitDb>().UseNpgsql("Host=localhost;Database=design").Options, new Actor());
}
