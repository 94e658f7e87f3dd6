using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed class ConductJourneyTests
{
    // The smallest valid PNG header is enough: the intake judges files by their first bytes.
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task AComplaintFiledAnonymouslyInCreole_IsFollowedUp_SeenByAConductOfficer_AndCountedAsFewerThanFive()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };

        // Creole first, no account.
        await page.GotoAsync("/Conduct/Complain");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ht");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pote plent");
        await page.GetByLabel("Twòp fòs, kou, blese").CheckAsync();
        await page.GetByLabel("Ki dat? (si w konnen)").FillAsync("2025-02-20");
        await page.GetByLabel("Moun ki nan ki peyi? (si w konnen)").SelectOptionAsync(new SelectOptionValue { Label = "Kenya" });
        await page.GetByLabel("Rakonte sa k te pase").FillAsync("Yon sòlda frape m nan baryè a. <script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 1\">");
        await page.GetByLabel("Mwen vle rete anonim (san non, san kontak)").CheckAsync();
        await page.GetByLabel("Foto oswa dokiman PDF (jiska 3, 5 MB chak)").SetInputFilesAsync(new FilePayload { Name = "foto.png", MimeType = "image/png", Buffer = Png });
        await browser.ScreenshotAsync("complaint-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voye plent lan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nou resevwa plent ou");
        var reference = (await page.GetByTestId("reference").TextContentAsync())!.Trim();
        var code = (await page.GetByTestId("code").TextContentAsync())!.Trim();
        Assert.StartsWith("KB-", reference);
        await browser.ScreenshotAsync("complaint-filed");

        // Later, the reporter follows it up with the two codes and adds something.
        await page.GotoAsync("/Conduct/FollowUp");
        await page.GetByLabel("Nimewo plent").FillAsync(reference);
        await page.GetByLabel("Kòd sekrè").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gade" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Resevwa");
        await page.GetByLabel("Ajoute enfòmasyon").FillAsync("Te gen de lòt moun ki te wè sa.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voye" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirmation")).ToHaveTextAsync("Nou resevwa enfòmasyon an. Mèsi.");

        // The public statistics count it without giving the number away.
        await page.GotoAsync("/Conduct/Statistics");
        await Assertions.Expect(page.GetByTestId("stats-total")).ToHaveTextAsync("mwens pase 5");
        await Assertions.Expect(page.GetByTestId("by-category").GetByRole(AriaRole.Row, new() { Name = "Twòp fòs, kou, blese" })).ToContainTextAsync("mwens pase 5");
        await browser.ScreenshotAsync("complaint-statistics");

        // A conduct officer finds it in the queue and reads it; the stored markup is text, and never runs.
        await browser.SignInAsAsync("conduct");
        await page.GotoAsync("/Conduct");
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(page.GetByTestId("narrative")).ToContainTextAsync("<script>window.__xss = 1</script>");
        await Assertions.Expect(page.GetByTestId("reporter")).ToHaveTextAsync("anonymous");
        await Assertions.Expect(page.GetByTestId("notes")).ToContainTextAsync("Te gen de lòt moun ki te wè sa.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "foto.png" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await browser.ScreenshotAsync("conduct-case");
        Assert.Equal(0, dialogs);
    }
}
