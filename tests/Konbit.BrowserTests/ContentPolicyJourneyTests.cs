using System.Text.RegularExpressions;
using Konbit.Accounts;
using Konbit.Tests.Security;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed class ContentPolicyJourneyTests
{
    /// <summary>
    /// Chromium enforces the Content-Security-Policy: a chart, map or form script it refused would show here as a
    /// console error. Every page the app maps, as a coordinator (who sees the most), and the API's own viewer.
    /// </summary>
    [Fact]
    public async Task EveryPage_RunsItsScriptsUnderTheContentSecurityPolicy()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        // Records for the pages that show one by id (incident 1, report 1).
        await HostileText.StoreEverywhereAsync(await browser.App.ClientAsAsync(Roles.Coordinator));
        await browser.SignInAsAsync(Roles.Coordinator);
        var pages = (await Endpoints.AllAsync(browser.App)).Where(e => e.IsPage && e.Method == "GET" && e.Pattern != "/Accounts/Logout").Select(e => e.Path!);

        foreach (var path in pages.Append("/api/docs/index.html"))
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        // Swagger UI drew the API description it fetched: its scripts ran under the same policy. The first request for
        // the description builds it for every endpoint, which takes seconds on a busy machine (the two suites run at once).
        var drawn = new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 };
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^konbit \\| v1", RegexOptions.IgnoreCase), Level = 1 })).ToBeVisibleAsync(drawn);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Incidents") })).ToBeVisibleAsync(drawn);
        await browser.ScreenshotAsync("api-docs-under-csp");

        Assert.True(browser.ScriptErrors.Count == 0, string.Join("\n", browser.ScriptErrors));
    }
}
