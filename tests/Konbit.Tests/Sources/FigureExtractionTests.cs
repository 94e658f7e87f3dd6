using Konbit.Sources.Figures;

namespace Konbit.Tests.Sources;

/// <summary>
/// The figure extractor on sentences written for these tests (never copied from a report): every measure, every
/// bound, every number form, the numbers that are not figures, subjects and time hints.
/// </summary>
public sealed class FigureExtractionTests
{
    static (string Subject, string Measure, decimal Value, string Bound) One(string text)
    {
        var figures = FigureExtractor.Extract(text);
        Assert.True(figures.Count == 1, $"expected one figure in \"{text}\", found {figures.Count}: {string.Join("; ", figures)}");
        var f = figures[0];
        return (f.Subject, f.Measure, f.Value, f.Bound);
    }

    [Theory]
    [InlineData("Jamaica has pledged 200 soldiers to the force.", "Jamaica", Measures.Pledged, 200)]
    [InlineData("Benin promised to send 1,500 troops by the end of the year.", "Benin", Measures.Pledged, 1500)]
    [InlineData("So far 991 personnel have been deployed in the capital.", "*", Measures.Deployed, 991)]
    [InlineData("A second group of 150 Kenyan police officers arrived at the airport on Tuesday.", "Kenya", Measures.Deployed, 150)]
    [InlineData("Another 230 Guatemalan officers are undergoing training before they travel.", "Guatemala", Measures.InTraining, 230)]
    [InlineData("With the new arrivals the contingent is expected to reach 2,500 police officers.", "*", Measures.Expected, 2500)]
    [InlineData("The Council authorized a force of up to 5,550 personnel.", "*", Measures.Authorized, 5550)]
    [InlineData("Twelve countries have now committed troops or police to the mission.", "*", Measures.Contributors, 12)]
    [InlineData("Fighting in the north has displaced 6,000 people this month.", "*", Measures.Displaced, 6000)]
    [InlineData("Some 1.4 million people are displaced inside the country.", "*", Measures.Displaced, 1_400_000)]
    [InlineData("Half a million children face acute food insecurity.", "*", Measures.FoodInsecure, 500_000)]
    [InlineData("The attack on the market killed 23 people.", "*", Measures.Killed, 23)]
    [InlineData("The gang opened fire, killing at least 41 residents of the town.", "*", Measures.Killed, 41)]
    [InlineData("Hospitals treated 18 people who were wounded in the clashes.", "*", Measures.Injured, 18)]
    [InlineData("Gunmen abducted 14 passengers from a bus on the main road.", "*", Measures.Abducted, 14)]
    [InlineData("Police said 9 people were kidnapped in the week before.", "*", Measures.Abducted, 9)]
    [InlineData("The United States has pledged $300 million to the mission's trust fund.", "United States", Measures.FundingPledged, 300_000_000)]
    [InlineData("The trust fund has received US$ 85 million so far.", "*", Measures.FundingReceived, 85_000_000)]
    public void EachMeasure_IsRead(string text, string subject, string measure, decimal value)
    {
        var (s, m, v, _) = One(text);
        Assert.Equal((subject, measure, value), (s, m, v));
    }

    [Theory]
    [InlineData("Kenya has deployed 400 officers.", Bounds.Exact)]
    [InlineData("Kenya has deployed approximately 400 officers.", Bounds.About)]
    [InlineData("Kenya has deployed roughly 400 officers.", Bounds.About)]
    [InlineData("Kenya has deployed about 400 officers.", Bounds.About)]
    [InlineData("Kenya has deployed some 400 officers.", Bounds.About)]
    [InlineData("Kenya has deployed an estimated 400 officers.", Bounds.About)]
    [InlineData("Kenya has deployed over 400 officers.", Bounds.AtLeast)]
    [InlineData("Kenya has deployed more than 400 officers.", Bounds.AtLeast)]
    [InlineData("Kenya has deployed at least 400 officers.", Bounds.AtLeast)]
    [InlineData("Kenya has deployed a minimum of 400 officers.", Bounds.AtLeast)]
    [InlineData("Kenya has deployed 400 or more officers.", Bounds.AtLeast)]
    [InlineData("Kenya has deployed nearly 400 officers.", Bounds.AtMost)]
    [InlineData("Kenya has deployed almost 400 officers.", Bounds.AtMost)]
    [InlineData("Kenya has deployed up to 400 officers.", Bounds.AtMost)]
    [InlineData("Kenya has deployed less than 400 officers.", Bounds.AtMost)]
    [InlineData("Kenya has deployed fewer than 400 officers.", Bounds.AtMost)]
    public void EachBound_IsRead(string text, string bound)
    {
        var (subject, measure, value, b) = One(text);
        Assert.Equal(("Kenya", Measures.Deployed, 400m, bound), (subject, measure, value, b));
    }

    [Theory]
    [InlineData("The mission has 2,900 officers deployed.", 2900)]
    [InlineData("The mission has 2900 officers deployed.", 2900)]
    [InlineData("The mission has ten officers deployed.", 10)]
    [InlineData("The mission has twenty-five officers deployed.", 25)]
    [InlineData("The mission has two hundred and fifty officers deployed.", 250)]
    [InlineData("The mission has a dozen officers deployed.", 12)]
    [InlineData("Floods have displaced five million people.", 5_000_000)]
    [InlineData("Floods have displaced 1.3 million people.", 1_300_000)]
    [InlineData("Floods have displaced 700,000 people.", 700_000)]
    [InlineData("Floods have displaced half a million people.", 500_000)]
    [InlineData("Donors pledged $1.5bn for the response.", 1_500_000_000)]
    [InlineData("Donors pledged $20m for the response.", 20_000_000)]
    [InlineData("Donors pledged 40 million dollars for the response.", 40_000_000)]
    public void EachNumberForm_IsRead(string text, decimal value) => Assert.Equal(value, One(text).Value);

    [Theory]
    [InlineData("The resolution was adopted on 2 October 2023 by 13 votes in favour, with two abstentions.")]
    [InlineData("Resolution 2699 authorized the mission in 2023.")]
    [InlineData("A 23-year-old officer was among the first to arrive in June 2024.")]
    [InlineData("Only 11% of the funding has been received.")]
    [InlineData("Only 11 percent of the police officers have been deployed.")]
    [InlineData("The 15-member Council voted on Monday.")]
    [InlineData("The mission's mandate runs for 12 months.")]
    [InlineData("The Kenyan-led mission began on June 25.")]
    [InlineData("Officers patrolled Route 9 and Highway 2 for 48 hours.")]
    [InlineData("Donors gave €5 million to the Haitian police.")]
    [InlineData("1. Improve coordination between the police and the mission.")]
    [InlineData("Gangs control 80 percent of the capital, home to nearly three million people.")]
    [InlineData("The Haitian National Police has about 9,000 active officers.")]
    public void NumbersThatAreNotFigures_AreLeftOut(string text) => Assert.Empty(FigureExtractor.Extract(text));

    [Fact]
    public void AFigureRepeatedInOneReport_IsOneFigure()
    {
        var figures = FigureExtractor.Extract("Kenya has deployed 400 officers. Officials confirmed that Kenya has deployed 400 officers so far.");
        Assert.Single(figures);
    }

    [Theory]
    [InlineData("Of the 430 personnel deployed, nearly 400 of them came from Kenya.", 400, "Kenya")]
    [InlineData("Jamaica's contingent will total 330 soldiers.", 330, "Jamaica")]
    [InlineData("Police from the Bahamas, 150 in all, have been deployed with 80 troops from Belize.", 80, "Belize")]
    [InlineData("Jamaica and Belize pledged 330 personnel between them.", 330, "*")]
    [InlineData("The Kenyan-led force has 991 personnel deployed.", 991, "*")]
    [InlineData("Salvadoran authorities said 8 medics and 40 soldiers had arrived in Haiti.", 40, "El Salvador")]
    public void Subjects_AreTheCountryTheSentenceTiesTheFigureTo(string text, decimal value, string subject) =>
        Assert.Equal(subject, FigureExtractor.Extract(text).Single(f => f.Value == value).Subject);

    [Fact]
    public void AFigureRepeatedWithoutItsCountry_KeepsTheCountryItHadBefore()
    {
        var figures = FigureExtractor.Extract("Chad offered to send 1,000 gendarmes. Diplomats say the 1,000 gendarmes are now in training.");
        Assert.Equal([("Chad", Measures.Pledged), ("Chad", Measures.InTraining)], figures.Select(f => (f.Subject, f.Measure)));
    }

    [Theory]
    [InlineData("Kenya will send 600 more officers next month.", "next month")]
    [InlineData("Since June, 400 officers have been deployed.", "Since June")]
    [InlineData("Kenya will send 600 officers in November.", "in November")]
    [InlineData("Kenya has deployed 400 officers.", null)]
    public void TheTimeHint_IsTheSentencesOwnWords(string text, string? time) => Assert.Equal(time, FigureExtractor.Extract(text).Single().Time);

    [Fact]
    public void TextAndOffsets_PointAtTheWordsThatStateTheFigure()
    {
        const string report = "Aid groups 😟 warn.\nThe government said “nearly 1.3 million people” have been displaced.";
        var f = FigureExtractor.Extract(report).Single();
        Assert.Equal("nearly 1.3 million people", f.Text);
        // Offsets count characters, so the emoji (two UTF-16 units) counts once.
        var runes = report.EnumerateRunes().ToArray();
        Assert.Equal(f.Text, string.Concat(runes[f.Start..f.End].Select(r => r.ToString())));
    }
}
