using Konbit.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed class AccountJourneyTests
{
    [Fact]
    public async Task TheSetupLink_CreatesTheFirstAdministrator_Once()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        string token;
        await using (var scope = browser.App.Services.CreateAsyncScope())
            token = await scope.ServiceProvider.GetRequiredService<Users>().IssueSetupTokenAsync(CancellationToken.None);

        await page.GotoAsync($"/Accounts/Setup?token={token}");
        await page.GetByLabel("Email").FillAsync("admin@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("first-admin-passphrase");
        await page.GetByLabel("Confirm password").FillAsync("first-admin-passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Record movement" }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("first-administrator");

        await page.GotoAsync($"/Accounts/Setup?token={token}");
        await Assertions.Expect(page.GetByText("This setup link is invalid, already used or expired.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AViewer_SeesNoRecordingLinks_AndIsRefusedTheForms()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Viewer);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Record movement" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/Forces/RecordMovement");
        Assert.Equal(403, response!.Status);
    }
}
