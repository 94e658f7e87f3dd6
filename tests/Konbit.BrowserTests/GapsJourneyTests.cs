using System.Globalization;
using System.Text.RegularExpressions;
using Konbit.Accounts;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed class GapsJourneyTests
{
    [Fact]
    public async Task ACoordinator_RecordsAnEquipmentDelivery_AndTheGapForItsCategoryShrinks()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Coordinator);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await RecordAsync(page, "Record equipment requirement", "Stated on", "6", today, "Needs assessment for boats");
        var before = await GapAsync(page, "boat");

        await page.GotoAsync("/Equipment");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record equipment delivery" }).First.ClickAsync();
        await page.GetByLabel("Donor").FillAsync("United States");
        await RecordAsync(page, "Record equipment delivery", "Delivered on", "2", today, "Boats handed over", navigate: false);

        Assert.Equal(before - 2, await GapAsync(page, "boat"));
        await Assertions.Expect(page.GetByTestId("confirmation")).ToContainTextAsync("2 × boat");
        Assert.Empty(browser.ScriptErrors);
        await browser.ScreenshotAsync("equipment-gap-after-delivery");
    }

    [Fact]
    public async Task ACoordinator_RecordsABudgetPeriod_AndFindsItOnTheFundingPage()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Coordinator);

        await page.GotoAsync("/Funding");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record budget period" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Second year");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2024-10-02");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2025-10-01");
        await page.GetByLabel("Budget (US dollars)").FillAsync("0");
        await page.GetByLabel("Source title").FillAsync("Budget decision");
        await page.GetByLabel("Source address (URL)").FillAsync("https://news.example.org/budget-decision");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record budget period" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Check Budget (US dollars)");
        await Assertions.Expect(page.GetByText("Budget (US dollars) must be more than zero.")).ToBeVisibleAsync();

        await page.GetByLabel("Budget (US dollars)").FillAsync("500000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record budget period" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Funding", StringComparison.Ordinal));

        await Assertions.Expect(page.GetByTestId("confirmation")).ToContainTextAsync("budget period Second year");
        await Assertions.Expect(page.GetByTestId("period-row").Filter(new() { HasText = "Second year" })).ToContainTextAsync("US$500,000,000");
        Assert.Empty(browser.ScriptErrors);
        await browser.ScreenshotAsync("funding-budget-period-recorded");
    }

    /// <summary>Fills the fields every equipment form shares and submits; the form sends the user back to the gaps.</summary>
    static async Task RecordAsync(IPage page, string title, string dateLabel, string quantity, string on, string sourceTitle, bool navigate = true)
    {
        if (navigate)
        {
            await page.GotoAsync("/Equipment");
            await page.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        }
        await page.GetByLabel("Category").SelectOptionAsync("boat");
        await page.GetByLabel("Quantity").FillAsync(quantity);
        await page.GetByLabel(dateLabel, new() { Exact = true }).FillAsync(on);
        await page.GetByLabel("Source title").FillAsync(sourceTitle);
        await page.GetByLabel("Source address (URL)").FillAsync("https://news.example.org/" + Uri.EscapeDataString(sourceTitle));
        await page.GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Equipment?on="));
    }

    static async Task<int> GapAsync(IPage page, string category) =>
        int.Parse(Regex.Replace(await page.GetByTestId("gap-" + category).InnerTextAsync(), "[^0-9]", ""), CultureInfo.InvariantCulture);
}
