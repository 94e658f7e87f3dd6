using System.Net;
using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Accounts;

public sealed class RoleTests
{
    [Fact]
    public async Task AnonymousWrites_Return401_AndAnonymousReads_AreAllowedByDefault()
    {
        var (app, _) = await StartWithContributorsAsync();
        await using var __ = app;
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 10, "2024-06-25"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/pledges", Pledge("KEN", 10, "2024-06-25"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/conflicts/1/accept", new { recordId = 1, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/contributors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/strength")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/mandates")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/conflicts")).StatusCode);
    }

    [Fact]
    public async Task WithPublicReadOff_AnonymousReadsReturn401()
    {
        var (app, coordinator) = await StartWithContributorsAsync(settings: new Dictionary<string, string?> { ["Konbit:PublicRead"] = "false" });
        await using var _ = app;
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/contributors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/v1/contributors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ALiaisonForJamaica_Gets403EditingKenya_ButMayEditJamaica()
    {
        var (app, _) = await StartWithContributorsAsync();
        await using var __ = app;
        var liaison = await app.ClientAsAsync(Roles.Liaison, "JAM");

        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 10, "2024-06-25"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/v1/pledges", Pledge("KEN", 10, "2024-06-25"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/v1/strength-reports", new { contributor = "KEN", asOf = "2024-06-25", count = 5, source = Source() })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await liaison.PostAsJsonAsync("/api/v1/movements", Arrival("JAM", 24, "2024-09-12"))).StatusCode);
        // Mission-wide headcounts and shared records belong to coordinators.
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/v1/strength-reports", new { asOf = "2024-06-25", count = 5, source = Source() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/v1/contributors", new { code = "BLZ", name = "Belize" })).StatusCode);
    }

    [Fact]
    public async Task AViewer_MayReadButNotWrite()
    {
        var (app, _) = await StartWithContributorsAsync();
        await using var __ = app;
        var viewer = await app.ClientAsAsync(Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 10, "2024-06-25"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_RefusesAWrongPassword()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.CreateUserAsync("c@example.org", "a-long-enough-passphrase", Roles.Coordinator);
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email = "c@example.org", password = "wrong-passphrase-here" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var ok = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email = "c@example.org", password = "a-long-enough-passphrase" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task AnonymousPages_ThatEdit_RedirectToSignIn()
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync("/Forces/RecordMovement");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/Login", response.Headers.Location!.PathAndQuery);
    }
}
