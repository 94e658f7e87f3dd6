using System.Net;
using System.Text;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Security;

/// <summary>
/// Every endpoint the app maps, called as anonymous and as each role, against a table of who may. An endpoint missing
/// from the table fails the test: a new endpoint (or a new role's endpoints) must be classified here.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    public enum Access
    {
        /// <summary>Anyone, always: signing in, the error pages, health, the API description.</summary>
        Public,
        /// <summary>Policies.Read: anyone while Konbit:PublicRead is on (the default), signed-in users otherwise.</summary>
        Read,
        SignedIn,
        /// <summary>Policies.EditLedger: admin, coordinator, liaison.</summary>
        Ledger,
        /// <summary>Policies.Coordinate: admin, coordinator.</summary>
        Coordinate,
        /// <summary>Policies.HandleCases: conduct officers only, never an admin as such.</summary>
        Cases,
    }

    const string Anonymous = "anonymous";

    static readonly Dictionary<string, Access> Table = new()
    {
        ["GET /health"] = Access.Public,
        ["GET /openapi/{documentName}.json"] = Access.Public,
        ["POST /api/v1/auth/token"] = Access.Public,
        ["GET /api/v1/audit"] = Access.SignedIn,

        ["GET /api/v1/contributors"] = Access.Read,
        ["GET /api/v1/contributors/{code}"] = Access.Read,
        ["POST /api/v1/contributors"] = Access.Coordinate,
        ["GET /api/v1/strength"] = Access.Read,
        ["GET /api/v1/strength/series"] = Access.Read,
        ["POST /api/v1/pledges"] = Access.Ledger,
        ["POST /api/v1/pledges/{id:int}/revisions"] = Access.Ledger,
        ["POST /api/v1/movements"] = Access.Ledger,
        ["POST /api/v1/training-cohorts"] = Access.Ledger,
        // A report naming no contributor is the mission-wide headcount, which only coordinators record (an empty body
        // names none). A liaison's report for its own contributor: RoleTests.
        ["POST /api/v1/strength-reports"] = Access.Coordinate,
        ["GET /api/v1/mandates"] = Access.Read,
        ["GET /api/v1/mandates/current"] = Access.Read,
        ["POST /api/v1/mandates"] = Access.Coordinate,

        ["GET /api/v1/sources"] = Access.Read,
        ["POST /api/v1/sources"] = Access.Ledger,
        ["GET /api/v1/conflicts"] = Access.Read,
        ["GET /api/v1/conflicts/{id:int}"] = Access.Read,
        ["POST /api/v1/conflicts/{id:int}/accept"] = Access.Coordinate,
        ["GET /api/v1/sources/documents"] = Access.Read,
        ["GET /api/v1/sources/documents/{id:int}"] = Access.Read,
        ["POST /api/v1/sources/documents"] = Access.Ledger,
        ["GET /api/v1/figures"] = Access.Read,
        ["POST /api/v1/figures/{id:int}/record"] = Access.Ledger,

        ["GET /api/v1/incidents"] = Access.Read,
        ["GET /api/v1/incidents/{id:long}"] = Access.Read,
        ["GET /api/v1/incidents/summary"] = Access.Read,
        ["GET /api/v1/incidents/map"] = Access.Read,
        ["GET /api/v1/incidents/response-times"] = Access.Read,
        ["GET /api/v1/incidents/export"] = Access.Read,
        ["POST /api/v1/incidents"] = Access.Coordinate,
        ["PUT /api/v1/incidents/{id:long}"] = Access.Coordinate,
        ["POST /api/v1/incidents/imports"] = Access.Coordinate,
        ["GET /api/v1/incidents/imports/{key:guid}"] = Access.Coordinate,
        // Complaints come from the public, without an account, whatever Konbit:PublicRead says.
        ["POST /api/v1/conduct/complaints"] = Access.Public,
        ["POST /api/v1/conduct/follow-up"] = Access.Public,
        ["POST /api/v1/conduct/follow-up/information"] = Access.Public,
        ["GET /api/v1/conduct/statistics"] = Access.Public,
        ["GET /api/v1/conduct/cases"] = Access.Cases,
        ["GET /api/v1/conduct/cases/{id:int}"] = Access.Cases,
        ["GET /api/v1/conduct/cases/{id:int}/attachments/{attachmentId:int}"] = Access.Cases,
        ["POST /api/v1/conduct/cases/{id:int}/assign"] = Access.Cases,
        ["POST /api/v1/conduct/cases/{id:int}/status"] = Access.Cases,
        ["POST /api/v1/conduct/cases/{id:int}/notes"] = Access.Cases,
        ["POST /api/v1/conduct/cases/{id:int}/referrals"] = Access.Cases,
        ["POST /api/v1/conduct/cases/{id:int}/referrals/{referralId:int}/response"] = Access.Cases,
        ["GET /api/v1/equipment"] = Access.Read,
        ["GET /api/v1/equipment/gaps"] = Access.Read,
        ["POST /api/v1/equipment/requirements"] = Access.Coordinate,
        ["POST /api/v1/equipment/pledges"] = Access.Coordinate,
        ["POST /api/v1/equipment/deliveries"] = Access.Coordinate,
        ["POST /api/v1/equipment/serviceable-counts"] = Access.Coordinate,
        ["GET /api/v1/funding"] = Access.Read,
        ["GET /api/v1/funding/periods"] = Access.Read,
        ["POST /api/v1/funding/pledges"] = Access.Coordinate,
        ["POST /api/v1/funding/receipts"] = Access.Coordinate,
        ["POST /api/v1/funding/periods"] = Access.Coordinate,
        ["GET /api/v1/indicators"] = Access.Read,
        ["GET /api/v1/indicators/{id:int}"] = Access.Read,
        ["POST /api/v1/indicators"] = Access.Coordinate,
        ["PUT /api/v1/indicators/{id:int}"] = Access.Coordinate,
        ["POST /api/v1/indicators/{id:int}/targets"] = Access.Coordinate,
        ["POST /api/v1/indicators/{id:int}/values"] = Access.Coordinate,
        ["GET /api/v1/geo/units"] = Access.Read,
        ["GET /api/v1/humanitarian/displacement"] = Access.Read,
        ["GET /api/v1/humanitarian/food-insecurity"] = Access.Read,
        ["POST /api/v1/humanitarian/imports"] = Access.Coordinate,
        ["GET /api/v1/reports/weekly"] = Access.Read,
        ["GET /api/v1/geo/lookup"] = Access.Read,

        ["GET /Accounts/Login"] = Access.Public,
        ["POST /Accounts/Login"] = Access.Public,
        ["GET /Accounts/Logout"] = Access.Public,
        ["POST /Accounts/Logout"] = Access.Public,
        ["GET /Accounts/Denied"] = Access.Public,
        ["GET /Accounts/Setup"] = Access.Public,
        ["POST /Accounts/Setup"] = Access.Public,
        ["GET /Accounts/Password"] = Access.SignedIn,
        ["POST /Accounts/Password"] = Access.SignedIn,

        ["GET /"] = Access.Read,
        ["GET /Mandates"] = Access.Read,
        ["GET /Forces/Contributor/{code?}"] = Access.Read,
        ["GET /Forces/RecordMovement"] = Access.Ledger,
        ["POST /Forces/RecordMovement"] = Access.Ledger,
        ["GET /Forces/RecordPledge"] = Access.Ledger,
        ["POST /Forces/RecordPledge"] = Access.Ledger,
        ["GET /Forces/RevisePledge"] = Access.Ledger,
        ["POST /Forces/RevisePledge"] = Access.Ledger,
        ["GET /Forces/RecordCohort"] = Access.Ledger,
        ["POST /Forces/RecordCohort"] = Access.Ledger,
        ["GET /Forces/RecordStrengthReport"] = Access.Ledger,
        ["POST /Forces/RecordStrengthReport"] = Access.Coordinate, // as POST /api/v1/strength-reports

        ["GET /Sources"] = Access.Read,
        ["GET /Sources/Add"] = Access.Ledger,
        ["POST /Sources/Add"] = Access.Ledger,
        ["GET /Sources/AddReport"] = Access.Ledger,
        ["POST /Sources/AddReport"] = Access.Ledger,
        ["GET /Sources/Reports"] = Access.Read,
        ["GET /Sources/Reports/{id:int}"] = Access.Read,
        ["POST /Sources/Reports/{id:int}?handler=Record"] = Access.Ledger,
        ["GET /Sources/Figures"] = Access.Read,
        ["GET /Sources/Conflicts"] = Access.Read,
        ["POST /Sources/Conflicts?handler=Accept"] = Access.Coordinate,

        ["GET /Incidents"] = Access.Read,
        ["GET /Incidents/{id:long}"] = Access.Read,
        ["GET /Incidents/Record"] = Access.Coordinate,
        ["POST /Incidents/Record"] = Access.Coordinate,
        ["GET /Incidents/{id:long}/Edit"] = Access.Coordinate,
        ["POST /Incidents/{id:long}/Edit"] = Access.Coordinate,
        ["GET /Incidents/Import"] = Access.Coordinate,
        ["GET /Humanitarian"] = Access.Read,
        ["GET /Reports/Weekly"] = Access.Read,

        ["GET /Equipment"] = Access.Read,
        ["GET /Equipment/Record/{kind}"] = Access.Coordinate,
        ["POST /Equipment/Record/{kind}"] = Access.Coordinate,
        ["GET /Funding"] = Access.Read,
        ["GET /Funding/Record/{kind}"] = Access.Coordinate,
        ["POST /Funding/Record/{kind}"] = Access.Coordinate,
        ["GET /Funding/RecordPeriod"] = Access.Coordinate,
        ["POST /Funding/RecordPeriod"] = Access.Coordinate,
        ["GET /Indicators"] = Access.Read,
        ["GET /Indicators/Define"] = Access.Coordinate,
        ["POST /Indicators/Define"] = Access.Coordinate,
        ["GET /Indicators/{id:int}/Target"] = Access.Coordinate,
        ["POST /Indicators/{id:int}/Target"] = Access.Coordinate,
        ["GET /Indicators/{id:int}/Value"] = Access.Coordinate,
        ["POST /Indicators/{id:int}/Value"] = Access.Coordinate,
        ["GET /Conduct/Complain"] = Access.Public,
        ["POST /Conduct/Complain"] = Access.Public,
        ["GET /Conduct/FollowUp"] = Access.Public,
        ["POST /Conduct/FollowUp?handler=Check"] = Access.Public,
        ["POST /Conduct/FollowUp?handler=Add"] = Access.Public,
        ["GET /Conduct/Statistics"] = Access.Public,
        ["GET /Conduct"] = Access.Cases,
        ["GET /Conduct/Cases/{id:int}"] = Access.Cases,
        ["POST /Conduct/Cases/{id:int}?handler=Assign"] = Access.Cases,
        ["POST /Conduct/Cases/{id:int}?handler=Status"] = Access.Cases,
        ["POST /Conduct/Cases/{id:int}?handler=Note"] = Access.Cases,
        ["POST /Conduct/Cases/{id:int}?handler=Refer"] = Access.Cases,
        ["POST /Conduct/Cases/{id:int}?handler=Response"] = Access.Cases,
    };

    static bool Allows(Access access, string who, bool publicRead) => access switch
    {
        Access.Public => true,
        Access.Read => publicRead || who != Anonymous,
        Access.SignedIn => who != Anonymous,
        Access.Ledger => who is Roles.Admin or Roles.Coordinator or Roles.Liaison,
        Access.Coordinate => who is Roles.Admin or Roles.Coordinator,
        Access.Cases => who is Roles.Conduct,
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    [Fact]
    public async Task EveryEndpoint_IsClassified_AndLetsThroughExactlyTheRolesItsAccessNames()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var endpoints = await ClassifiedAsync(app);

        var failures = new List<string>();
        failures.AddRange(await CheckAsync(app, endpoints, Anonymous, publicRead: true));
        foreach (var role in Roles.All) failures.AddRange(await CheckAsync(app, endpoints, role, publicRead: true));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task WithPublicReadOff_EveryReadRequiresSignIn_AndPublicEndpointsStayOpen()
    {
        await using var app = await KonbitApp.StartAsync(settings: new Dictionary<string, string?> { ["Konbit:PublicRead"] = "false" });
        var endpoints = await ClassifiedAsync(app);

        var failures = await CheckAsync(app, endpoints, Anonymous, publicRead: false);
        failures.AddRange(await CheckAsync(app, [.. endpoints.Where(e => Table[e.Key] == Access.Read && e.Method == "GET")], Roles.Viewer, publicRead: false));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The app's endpoints, sign-out last (it ends the session the others use); fails on any not in the table.</summary>
    static async Task<List<AppEndpoint>> ClassifiedAsync(KonbitApp app)
    {
        var endpoints = await Endpoints.AllAsync(app);
        var missing = endpoints.Where(e => !Table.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        Assert.True(missing.Count == 0, "Endpoints missing from AuthorizationMatrixTests.Table:\n" + string.Join("\n", missing));
        var unfilled = endpoints.Where(e => e.Path is null).Select(e => e.Key).ToList();
        Assert.True(unfilled.Count == 0, "Route parameters with no value in AppEndpoint.Values:\n" + string.Join("\n", unfilled));
        return [.. endpoints.OrderBy(e => e.Key == "POST /Accounts/Logout")];
    }

    /// <summary>Calls every endpoint as one caller; API calls with a bearer token, pages with the sign-in cookie.</summary>
    static async Task<List<string>> CheckAsync(KonbitApp app, List<AppEndpoint> endpoints, string who, bool publicRead)
    {
        var api = who == Anonymous ? app.Anonymous() : await app.ClientAsAsync(who, who == Roles.Liaison ? "KEN" : null);
        var pages = who == Anonymous ? app.Anonymous() : await app.SignedInPagesAsync(who, who == Roles.Liaison ? "KEN" : null);
        var token = await TokenAsync(pages, "/Accounts/Login");
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            using var response = await SendAsync(endpoint.IsPage ? pages : api, endpoint, token);
            if (Judge(endpoint, who, Allows(Table[endpoint.Key], who, publicRead), response) is { } failure) failures.Add(failure);
        }
        return failures;
    }

    /// <summary>Writes carry an empty body (JSON "{}", or a form with only the antiforgery token), so nothing is created.</summary>
    static Task<HttpResponseMessage> SendAsync(HttpClient client, AppEndpoint endpoint, string token)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method != "GET")
            request.Content = endpoint.IsPage
                ? new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })
                : new StringContent("{}", Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }

    /// <summary>
    /// Refused: 401 with a challenge (anonymous) or 403 (signed in) from the API; a redirect to the sign-in or the
    /// access-denied page from a page. Let through: anything else (400 for the empty body, 404 for a made-up id...).
    /// </summary>
    static string? Judge(AppEndpoint endpoint, string who, bool allowed, HttpResponseMessage response)
    {
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        var redirected = response.StatusCode == HttpStatusCode.Redirect;
        var toSignIn = redirected && location.StartsWith("/Accounts/Login", StringComparison.Ordinal);
        var toDenied = redirected && location.StartsWith("/Accounts/Denied", StringComparison.Ordinal);
        var challenged = response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Count > 0;
        var forbidden = response.StatusCode == HttpStatusCode.Forbidden;
        var outcome = $"{endpoint.Key} as {who}: {(int)response.StatusCode} {location}".TrimEnd();

        // A page refuses by redirecting; the one page that answers 403 itself is the access-denied page.
        if (allowed) return challenged || (forbidden && !endpoint.IsPage) || toSignIn || toDenied ? $"{outcome}, expected to be let through" : null;
        var refused = endpoint.IsPage ? toDenied || (who == Anonymous && toSignIn) : who == Anonymous ? challenged : forbidden;
        var expected = endpoint.IsPage ? (who == Anonymous ? "a redirect to sign in" : "a redirect to /Accounts/Denied") : who == Anonymous ? "401" : "403";
        return refused ? null : $"{outcome}, expected {expected}";
    }
}
