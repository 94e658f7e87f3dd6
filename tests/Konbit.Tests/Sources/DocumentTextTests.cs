using System.Text;
using Konbit.Sources;

namespace Konbit.Tests.Sources;

/// <summary>Reading a report's text: encodings, HTML main text, and the files that are not reports.</summary>
public sealed class DocumentTextTests
{
    [Fact]
    public void Latin1AndWindows1252_ReadCorrectly()
    {
        // "Pétion-Ville – “calm” €" in Windows-1252: é, en dash, curly quotes and the euro sign are single bytes.
        byte[] bytes = [0x50, 0xE9, 0x74, 0x69, 0x6F, 0x6E, 0x2D, 0x56, 0x69, 0x6C, 0x6C, 0x65, 0x20, 0x96, 0x20, 0x93, 0x63, 0x61, 0x6C, 0x6D, 0x94, 0x20, 0x80];
        Assert.Equal("Pétion-Ville – “calm” €", DocumentText.Read(bytes, "report.txt").Text);
        Assert.Equal("Gonaïves", DocumentText.Read(Encoding.Latin1.GetBytes("Gonaïves"), "report.txt").Text);
    }

    [Fact]
    public void Utf8_WithOrWithoutItsMark_ReadsTheSame()
    {
        var text = "Les Cayes: 1,200 déplacés";
        Assert.Equal(text, DocumentText.Read(Encoding.UTF8.GetBytes(text), "a.txt").Text);
        Assert.Equal(text, DocumentText.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "a.txt").Text);
    }

    [Fact]
    public void Html_KeepsTheArticlesText_AndDropsScriptsMenusAndCommentForms()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>T</title><script>alert("x"); var n = 4000;</script><style>p{}</style></head>
            <body><nav>Home | World</nav><header>Test Wire</header>
            <article><h1>Officers arrive</h1><p>A group of 200 officers &amp; medics arrived on <b>Tuesday</b>.</p>
            <p>Share this article</p><script>track(9000)</script></article>
            <aside>Most read</aside><form><textarea></textarea><button>Post a comment</button></form><footer>(c) Test</footer></body></html>
            """;
        var read = DocumentText.Read(Encoding.UTF8.GetBytes(page), "page.html");
        Assert.True(read.Html);
        Assert.Equal("Officers arrive\nA group of 200 officers & medics arrived on Tuesday.", read.Text);
    }

    [Fact]
    public void AFileThatIsNotAReport_IsRefusedWithItsReason()
    {
        Assert.Equal("the file is empty", DocumentText.Read([], "a.txt").Error);
        Assert.Equal("the file is empty", DocumentText.Read(Encoding.UTF8.GetBytes("  \n\t "), "a.txt").Error);
        Assert.Equal("the file is not text (it holds binary data)", DocumentText.Read([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02], "a.pdf").Error);
        Assert.Equal("the file is 10.0 MB; reports are read up to 10 MB", DocumentText.Read(new byte[DocumentText.MaxBytes + 1], "big.txt").Error);
        Assert.Equal("the page holds no text", DocumentText.Read(Encoding.UTF8.GetBytes("<html><body><script>x()</script></body></html>"), "p.html").Error);
    }
}
