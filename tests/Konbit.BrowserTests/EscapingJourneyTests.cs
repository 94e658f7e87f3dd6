using Konbit.Accounts;
using Konbit.Tests.Security;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed class EscapingJourneyTests
{
    [Fact]
    public async Task StoredMarkup_ShowsAsText_AndNeverRuns_OnAnyPage()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        var shown = await HostileText.StoreEverywhereAsync(await browser.App.ClientAsAsync(Roles.Coordinator));
        // And one through a form, as a person types it.
        await browser.SignInAsAsync(Roles.Coordinator);
        await page.GotoAsync("/Sources/Add");
        await page.GetByLabel("Source title").FillAsync(HostileText.In("Typed title"));
        await page.GetByLabel("Source address (URL)").FillAsync("https://news.example.org/typed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        shown.Add(new("/Sources", HostileText.In("Typed title")));

        foreach (var group in shown.GroupBy(s => s.Page))
        {
            await page.GotoAsync(group.Key, new() { WaitUntil = WaitUntilState.NetworkIdle });
            foreach (var (_, text) in group) await Assertions.Expect(page.Locator("body")).ToContainTextAsync(text);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"script ran on {group.Key}");
        }
        await browser.ScreenshotAsync("stored-markup-as-text");
        Assert.True(browser.ScriptErrors.Count == 0, string.Join("\n", browser.ScriptErrors));
    }
}
