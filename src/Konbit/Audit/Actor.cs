namespace Konbit.Audit;

/// <summary>Who is making the changes in this scope: the signed-in user, or a named command-line task.</summary>
public sealed class Actor(IHttpContextAccessor? http = null, TimeProvider? clock = null)
{
    string? task;

    /// <summary>The user's name; "public" for a request without sign-in (a complaint, the first-admin setup); "system" outside requests.</summary>
    public string Name => task ?? (http?.HttpContext is { } context ? context.User.Identity?.Name ?? "public" : "system");

    /// <summary>True while the seed loader runs: its changes do not count as user edits.</summary>
    public bool IsSeeder { get; private set; }

    public DateTime UtcNow => (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    public void ActAs(string taskName, bool seeder = false) => (task, IsSeeder) = (taskName, seeder);
}
