using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright against the app on a real port, with the seeded mission data.
/// Playwright's own browser download is never used: this machine reaches no browser download site.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"];

    public required KonbitApp App { get; init; }
    public required IPlaywright Playwright { get; init; }
    public required IBrowser Chromium { get; init; }
    public required IPage Page { get; init; }

    /// <summary>Console errors and uncaught script errors, Content-Security-Policy refusals among them.</summary>
    public List<string> ScriptErrors { get; } = [];

    public static async Task<Browser> StartAsync()
    {
        var app = await KonbitApp.StartAsync(seed: true, realServer: true);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("KONBIT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = Flags,
        });
        var context = await chromium.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 1000 } });
        var browser = new Browser { App = app, Playwright = playwright, Chromium = chromium, Page = await context.NewPageAsync() };
        // A 404 page's own status is logged as "Failed to load resource": not a script's failure.
        browser.Page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) browser.ScriptErrors.Add($"{browser.Page.Url}: {m.Text}");
        };
        browser.Page.PageError += (_, e) => browser.ScriptErrors.Add($"{browser.Page.Url}: {e}");
        return browser;
    }

    public async Task SignInAsAsync(string role, string? contributor = null)
    {
        var email = $"{role}@example.org";
        const string password = "browser-test-passphrase";
        await App.CreateUserAsync(email, password, role, contributor);
        await Page.GotoAsync("/Accounts/Login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Accounts/Login"));
    }

    /// <summary>Saves a full-page screenshot under the test output (or KONBIT_SCREENSHOTS) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var dir = Environment.GetEnvironmentVariable("KONBIT_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, path);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}
