namespace Konbit.Tests.Infrastructure;

/// <summary>
/// Which database the suite runs on. scripts/test runs the whole suite twice: once on SQLite, once on a throwaway
/// PostgreSQL whose server connection string it passes in KONBIT_TEST_POSTGRES.
/// </summary>
public enum Provider { Sqlite, Postgres }

public static class TestDatabase
{
    public static Provider Current =>
        Environment.GetEnvironmentVariable("KONBIT_TEST_PROVIDER") is { } p && p.Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? Provider.Postgres
            : Provider.Sqlite;

    /// <summary>Server-level connection string (no database), e.g. Host=127.0.0.1;Port=5433;Username=postgres.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("KONBIT_TEST_POSTGRES")
        ?? throw new InvalidOperationException("KONBIT_TEST_PROVIDER=postgres needs KONBIT_TEST_POSTGRES (scripts/test sets both).");
}
