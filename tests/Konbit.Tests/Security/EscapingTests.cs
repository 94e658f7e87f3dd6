using System.Text.Encodings.Web;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Security;

public sealed class EscapingTests
{
    [Fact]
    public async Task StoredMarkup_IsWrittenEncoded_OnEveryPageThatShowsIt()
    {
        await using var app = await KonbitApp.StartAsync();
        var shown = await HostileText.StoreEverywhereAsync(await app.ClientAsAsync(Roles.Coordinator));
        var client = app.Anonymous();

        foreach (var page in shown.GroupBy(s => s.Page))
        {
            var html = await client.GetStringAsync(page.Key);
            Assert.DoesNotContain("<script>window.__xss", html);
            Assert.DoesNotContain("<img src=x", html);
            foreach (var (_, text) in page) Assert.True(html.Contains(HtmlEncoder.Default.Encode(text)), $"{page.Key} does not show {text} encoded");
        }
    }
}
