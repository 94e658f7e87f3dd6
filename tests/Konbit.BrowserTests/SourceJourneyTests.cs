using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed class SourceJourneyTests
{
    const string FirstReport = """
        Kenya to send 600 more officers
        Kenya will send an additional 600 police officers to Haiti next month, the president said on 3 October 2024.
        Aid groups say more than 700,000 people have been displaced. <script>window.injected = true</script>
        """;
    // Another outlet, its own words: one figure in common, so another story that confirms it.
    const string SecondReport = """
        Parliament hears of Haiti deployment
        Members were told on 10 October 2024 that Kenya has pledged 600 officers in all for the second rotation, with
        the first group due to fly before Christmas.
        """;

    [Fact]
    public async Task ACoordinator_AddsAReport_SeesItsFiguresMarked_AndComparesAFigureTwoReportsState()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await browser.SignInAsAsync("coordinator");

        await page.GotoAsync("/Sources/AddReport");
        await page.GetByLabel("Text of the report").FillAsync(FirstReport);
        await page.GetByLabel("Publisher").FillAsync("Test Wire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add report" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kenya to send 600 more officers");
        var text = page.GetByTestId("report-text");
        // The headline states the pledge first; the body repeats it, and a figure repeated in one report is one figure.
        await Assertions.Expect(text.Locator("mark.figure")).ToHaveCountAsync(2);
        await Assertions.Expect(text.Locator("mark.figure").Filter(new() { HasText = "more than 700,000 people" })).ToHaveAttributeAsync("data-measure", "people.displaced");
        // The stored <script> is shown as text and never runs.
        await Assertions.Expect(text).ToContainTextAsync("<script>window.injected = true</script>");
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        await browser.ScreenshotAsync("report-figures");

        await page.GotoAsync("/Sources/AddReport");
        await page.GetByLabel("Text of the report").FillAsync(SecondReport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add report" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Parliament hears of Haiti deployment");

        await page.GetByRole(AriaRole.Link, new() { Name = "Compare personnel.pledged of Kenya" }).ClickAsync();
        var group = page.GetByRole(AriaRole.Region, new() { Name = "personnel.pledged of Kenya, 2024-10" });
        await Assertions.Expect(group.GetByTestId("group-state")).ToHaveTextAsync("Consistent: 1 value from 2 stories.");
        await Assertions.Expect(group.GetByTestId("stories")).ToHaveTextAsync("2");
        await Assertions.Expect(group.Locator("ul.statements li")).ToHaveCountAsync(2);
        await Assertions.Expect(group.GetByRole(AriaRole.Link, new() { Name = "Kenya to send 600 more officers" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("figures-compared");

        // The coordinator turns the figure into a pledge of the ledger, citing the report.
        await group.GetByRole(AriaRole.Link, new() { Name = "Parliament hears of Haiti deployment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as a pledge" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Recorded: KEN pledge announced 2024-10-10, citing this report.")).ToBeVisibleAsync();
        await page.GotoAsync("/Forces/Contributor/KEN");
        await Assertions.Expect(page.GetByText("Parliament hears of Haiti deployment").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("figure-recorded");
        Assert.Equal(0, dialogs);
    }
}
