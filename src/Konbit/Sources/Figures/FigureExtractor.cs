using System.Text.RegularExpressions;

namespace Konbit.Sources.Figures;

/// <summary>
/// Reads the figures an English report states (see docs/figures.md). For each number it finds (<see cref="Numbers"/>):
/// <list type="number">
/// <item>leaves out what is not a figure: shares, other currencies, dates and years, durations, ages, codes
/// ("resolution 2699"), counts of votes or members;</item>
/// <item>reads the bound from the words just before it ("nearly", "over", "about") or after it ("or more");</item>
/// <item>finds what it counts from the noun after it ("officers", "countries", "people", "deaths"), or the verb just
/// before it ("killing at least 115"), or the dollar sign;</item>
/// <item>decides the measure from the words around it, nearest first and within its clause before its sentence
/// ("have been deployed", "pledged to send", "undergoing training", "will total", "displaced"). A number whose measure
/// cannot be told is left out: a missing figure costs less than a wrong one;</item>
/// <item>gives it a country when the sentence ties it to one ("from Kenya", "Kenya's contingent", "Jamaica pledged"),
/// or when an earlier figure of the report with the same value had one ("the additional 600 officers").</item>
/// </list>
/// The word lists are English; another language gets its own lists behind the same steps.
/// </summary>
public static partial class FigureExtractor
{
    public static List<Figure> Extract(string text)
    {
        var offsets = new Offsets(text);
        var figures = new List<Figure>();
        var sentences = Sentences.Split(text);
        var numbers = Numbers.Find(text);
        var s = 0;
        foreach (var number in numbers)
        {
            while (s < sentences.Count && sentences[s].End <= number.Start) s++;
            if (s == sentences.Count) break;
            var sentence = sentences[s];
            if (number.Start < sentence.Start) continue; // between sentences (a list marker)
            if (Read(text, sentence, number, figures, offsets) is { } figure) figures.Add(figure);
        }
        SentenceCache.Forget(); // the cache holds the text: a server thread should not keep a 10 MB report alive
        return figures;
    }

    static Figure? Read(string text, (int Start, int End) sentence, Number number, List<Figure> earlier, Offsets offsets)
    {
        if (number.Percent || number.OtherCurrency) return null;
        var clause = Clause(text, sentence, number);
        var before = text[clause.Start..number.Start];
        var after = text[number.End..clause.End];
        if (NotAFigureBefore().IsMatch(before) || NotAFigureAfter().IsMatch(after)) return null;
        if (MonthBefore().IsMatch(before) || MonthAfter().IsMatch(after)) return null; // a date: "25 June", "June 25", "October 2023"

        var (bound, boundStart) = Bound(before, after, number);
        var head = Head(after);
        string? measure;
        var headEnd = number.End + (head?.Length ?? 0);

        if (number.Money)
        {
            // What something costs or needs is neither pledged nor received.
            measure = NotFunding().IsMatch(text[clause.Start..clause.End]) ? null : Cue(text, sentence, clause, number, FundingCues);
            head = null;
            headEnd = number.End;
        }
        else if (head is { Kind: HeadKind.Anaphora })
        {
            // "nearly 400 of those coming from Kenya": the same measure as the figure before it in the sentence.
            measure = earlier.LastOrDefault(f => f.Start >= offsets.Of(sentence.Start))?.Measure;
        }
        else if (head is { Kind: HeadKind.Casualty } casualty) measure = casualty.Measure;
        else if (head is { Kind: HeadKind.Personnel })
            // Words inside the phrase describe the people, not what happens to them ("991 of the authorised officers").
            measure = CasualtyAfter(after) ?? Cue(text, sentence, clause, number, PersonnelCues, skip: (number.End, headEnd));
        else if (head is { Kind: HeadKind.Countries })
            measure = ContributionCue().Match(text, sentence.Start, sentence.End - sentence.Start).Success ? Measures.Contributors : null;
        else if (head is { Kind: HeadKind.People })
            measure = Cue(text, sentence, clause, number, PeopleCues); // its cues include the casualty verbs, nearest first
        else if (VerbBefore(before) is { } verb) measure = verb; // "killing at least 115", "displacing 5,000"
        else if (HeadBefore(text, sentence, clause, number, before[..(boundStart is { } b ? b - clause.Start : before.Length)]) is { } earlierNoun)
            measure = earlierNoun; // "the number of Kenyan officers in Haiti rises to roughly 800"
        else if (Elliptic(text, sentence, clause, number, before, after, earlier) is { } elliptic)
            measure = elliptic; // "a further 180 are undergoing training", "the 2,500 envisaged"
        else measure = null;
        // Counts inside a count ("70 people, among them 10 women") are not figures of their own.
        if (measure is not null && Measures.National(measure) && SubCount().IsMatch(before)) return null;
        if (measure is null) return null;
        // A year standing alone is a date, not a count ("in 2024"), unless a noun says what it counts.
        if (!number.Words && head is null && !number.Money && number.Value is >= 1900 and <= 2100 && !text[number.Start..number.End].Contains(',')) return null;

        var subject = Measures.National(measure) ? "*" : Subject(text, sentence, clause, number, measure, earlier);
        if (subject is null) return null;
        // A figure repeated in one report is one figure: the first statement of it stands. Most numbers of a long
        // report end here, so the check comes before the figure's words, time and sentence are cut from the text.
        if (Repeated(earlier, subject, measure, number.Value)) return null;
        var start = boundStart ?? number.Start;
        return new Figure(subject, measure, number.Value, bound, text[start..headEnd],
            offsets.Of(start), offsets.Of(headEnd), Time(text, sentence, clause)) { Sentence = text[sentence.Start..sentence.End].Trim() };
    }

    static bool Repeated(List<Figure> earlier, string subject, string measure, decimal value)
    {
        foreach (var f in earlier)
            if (f.Subject == subject && f.Measure == measure && f.Value == value) return true;
        return false;
    }

    /// <summary>The clause of the sentence around the number: between the nearest comma, semicolon, dash or bracket on each side.</summary>
    static (int Start, int End) Clause(string text, (int Start, int End) sentence, Number number)
    {
        var start = number.Start;
        while (start > sentence.Start && !IsClauseBreak(text, start - 1)) start--;
        var end = number.End;
        while (end < sentence.End && !IsClauseBreak(text, end)) end++;
        return (start, end);
    }

    static bool IsClauseBreak(string text, int i) => text[i] switch
    {
        ';' or '—' or '–' or '(' or ')' or ':' => true,
        // A thousands separator is not a break.
        ',' => !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])),
        _ => false,
    };

    // ---- bounds ----

    static (string Bound, int? Start) Bound(string before, string after, Number number)
    {
        if (AtLeastAfter().IsMatch(after)) return (Bounds.AtLeast, null);
        if (BoundBefore().Match(before) is { Success: true } m)
        {
            var word = m.Groups["w"].Value.ToLowerInvariant();
            var bound = AboutWords.Contains(word) ? Bounds.About : AtLeastWords.Contains(word) ? Bounds.AtLeast : Bounds.AtMost;
            return (bound, number.Start - before.Length + m.Groups["w"].Index);
        }
        return (Bounds.Exact, null);
    }

    static readonly HashSet<string> AboutWords = ["approximately", "approx.", "roughly", "about", "around", "some", "an estimated", "estimated", "circa", "an approximate", "approximate"];
    static readonly HashSet<string> AtLeastWords = ["over", "more than", "at least", "a minimum of", "upwards of", "in excess of", "no fewer than", "no less than", "exceeding", "just over", "well over", "above", "beyond"];

    [GeneratedRegex(@"(?<w>approximately|approx\.|roughly|about|around|some|an estimated|estimated|circa|an approximate|approximate|just over|well over|over|more than|at least|a minimum of|upwards of|in excess of|no fewer than|no less than|exceeding|above|beyond|nearly|almost|up to|less than|fewer than|just under|under|no more than|close to|as many as|a maximum of|below|barely)\s+(?:(?:an?|the)\s+)?(?:additional\s+|extra\s+|further\s+)?(?:US\s?)?\$?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex BoundBefore();

    [GeneratedRegex(@"^(?:\+|\s+or\s+more\b|\s+and\s+more\b|\s+plus\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeastAfter();

    // ---- what is not a figure ----

    [GeneratedRegex(@"(?:\b(?:resolutions?|res\.|s/res/|article|articles|chapter|paragraph|section|no\.|number|nos?\.|page|phase|level|route|highway|flight|aged|ages|age of|class|category|item|point|step|grade|code|district|zone|ward|room|km|kilometres?|miles?|top|rank(?:ed)?|since|until|year|years)\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NotAFigureBefore();

    [GeneratedRegex(@"^(?:-|\s)*(?:years?\b|yrs?\b|-?year-old|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|km\b|kilomet|miles?\b|metres?\b|meters?\b|kg\b|kilograms?\b|tons?\b|tonnes?\b|votes?\b|in\s+favou?r\b|member\b|members?\s+(?:of\s+the\s+)?(?:council|security council)|-member|nations?\s+voted|states?\s+voted|st\b|nd\b|rd\b|th\b|a\.?m\.?\b|p\.?m\.?\b|o'clock|times\b|percent|per\s?cent|%|to\s+\d|-\d|–\d|and\s+\d{4}\b|/\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAFigureAfter();

    const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?:" + Month + @")\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + Month + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfter();

    // ---- what the number counts ----

    enum HeadKind { Personnel, Countries, People, Casualty, Anaphora }

    sealed record HeadNoun(HeadKind Kind, int Length, string? Measure = null);

    static readonly HashSet<string> PersonnelNouns = ["officer", "officers", "police", "policemen", "policewomen", "policeman", "policewoman",
        "troops", "troop", "soldiers", "soldier", "personnel", "gendarmes", "gendarme", "servicemen", "servicewomen", "marines", "military",
        "peacekeepers", "peacekeeper", "forces", "contingent", "boots"];
    static readonly HashSet<string> CountryNouns = ["countries", "nations", "states", "contributors", "governments"];
    static readonly HashSet<string> PeopleNouns = ["people", "persons", "individuals", "haitians", "residents", "civilians", "children",
        "women", "men", "inhabitants", "citizens", "victims", "others", "adults", "girls", "boys", "migrants", "deportees", "households", "person"];
    static readonly Dictionary<string, string> CasualtyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deaths"] = Measures.Killed, ["dead"] = Measures.Killed, ["killed"] = Measures.Killed, ["fatalities"] = Measures.Killed,
        ["killings"] = Measures.Killed, ["murders"] = Measures.Killed, ["homicides"] = Measures.Killed, ["bodies"] = Measures.Killed,
        ["injured"] = Measures.Injured, ["wounded"] = Measures.Injured, ["injuries"] = Measures.Injured,
        ["kidnappings"] = Measures.Abducted, ["abductions"] = Measures.Abducted, ["hostages"] = Measures.Abducted,
        ["kidnapped"] = Measures.Abducted, ["abducted"] = Measures.Abducted,
        ["displaced"] = Measures.Displaced, ["idps"] = Measures.Displaced, ["evacuees"] = Measures.Displaced,
    };
    // Words that end the noun phrase after a number: nothing past them describes what it counts.
    static readonly HashSet<string> PhraseEnds = ["have", "has", "had", "are", "is", "were", "was", "will", "would", "could", "should", "may",
        "might", "can", "be", "been", "to", "in", "on", "at", "for", "with", "by", "into", "and", "or", "who", "which", "that", "as", "than",
        "since", "but", "while", "per", "across", "during", "after", "before", "under", "over"];

    [GeneratedRegex(@"[A-Za-z][A-Za-z’'\-]*|[^\sA-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^\s+of\s+(?:those|them|whom|these)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoraAfter();

    [GeneratedRegex(@"^-?\s?strong\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongAfter();

    /// <summary>The noun after the number that says what it counts, within the next few words; null when there is none.</summary>
    static HeadNoun? Head(string after)
    {
        if (AnaphoraAfter().Match(after) is { Success: true } a) return new HeadNoun(HeadKind.Anaphora, a.Length);
        // "400 or more officers": the bound's words come before the noun.
        if (AtLeastAfter().Match(after) is { Success: true, Length: > 0 } more)
            return Head(after[more.Length..]) is { } h ? h with { Length = h.Length + more.Length } : null;
        if (StrongAfter().Match(after) is { Success: true } strong) return new HeadNoun(HeadKind.Personnel, strong.Length);
        var words = 0;
        foreach (Match t in Token().Matches(after))
        {
            var w = t.Value.ToLowerInvariant().TrimEnd('’', '\'');
            if (!char.IsLetter(w[0]))
            {
                if (w is "-" && words == 0) continue;
                break; // punctuation ends the phrase
            }
            if (words++ >= 4) break;
            var end = t.Index + t.Length;
            if (CasualtyNouns.TryGetValue(w, out var measure)) return new HeadNoun(HeadKind.Casualty, end, measure);
            if (PersonnelNouns.Contains(w)) return new HeadNoun(HeadKind.Personnel, PersonnelEnd(after, end));
            if (CountryNouns.Contains(w)) return new HeadNoun(HeadKind.Countries, end);
            if (PeopleNouns.Contains(w)) return new HeadNoun(HeadKind.People, end);
            if (w == "of" && words == 1) continue; // "2,500 of the officers"
            if (PhraseEnds.Contains(w)) break;
        }
        return null;
    }

    /// <summary>"police officers", "security personnel": the phrase runs to its last personnel noun.</summary>
    static int PersonnelEnd(string after, int end)
    {
        var next = Token().Match(after, end);
        return next.Success && (PersonnelNouns.Contains(next.Value.ToLowerInvariant()) || next.Value == "members") && after[end..next.Index].Trim().Length == 0
            ? next.Index + next.Length : end;
    }

    [GeneratedRegex(@"^[^.;\d]{0,40}?\b(?:(?<k>killed|died|dead|murdered|slain|executed|lost\s+their\s+lives)|(?<i>injured|wounded|hurt)|(?<a>kidnapped|abducted|taken\s+hostage|held\s+hostage))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CasualtyVerbAfter();

    /// <summary>"two officers were killed": a casualty, whoever the people are.</summary>
    static string? CasualtyAfter(string after) => CasualtyVerbAfter().Match(after) is { Success: true } m
        ? m.Groups["k"].Success ? Measures.Killed : m.Groups["i"].Success ? Measures.Injured : Measures.Abducted
        : null;

    [GeneratedRegex(@"\b(?:(?<k>killing|killed|kill|claimed\s+the\s+lives\s+of|death\s+toll\s+(?:\w+\s+){0,3}?(?:of|at|to)|toll\s+(?:\w+\s+){0,2}?(?:of|at|to)|left|leaving)|(?<i>injuring|injured|wounding|wounded)|(?<a>kidnapping|kidnapped|abducting|abducted|seized|seizing)|(?<d>displacing|displaced|uprooting|uprooted))\s+(?:(?:approximately|roughly|about|around|some|an\s+estimated|over|more\s+than|at\s+least|nearly|almost|up\s+to|as\s+many\s+as|some)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CasualtyVerbBefore();

    static string? VerbBefore(string before)
    {
        if (CasualtyVerbBefore().Match(before) is not { Success: true } m) return null;
        // "left" and "leaving" alone say nothing; "leaving 20 dead" has its noun after.
        if (m.Value.TrimStart().StartsWith("left", StringComparison.OrdinalIgnoreCase) || m.Value.TrimStart().StartsWith("leaving", StringComparison.OrdinalIgnoreCase)) return null;
        return m.Groups["k"].Success ? Measures.Killed : m.Groups["i"].Success ? Measures.Injured : m.Groups["a"].Success ? Measures.Abducted : Measures.Displaced;
    }

    [GeneratedRegex(@"\b(?:among\s+them|among\s+whom|including|of\s+whom|of\s+them|such\s+as)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex SubCount();

    [GeneratedRegex(@"\b(?:cost|costs|costing|budget|budgeted|needed|needs|required|requires|shortfall|gap|seeks|seeking|appeal|a\s+year|per\s+year|annually|worth|salaries|salary|price)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFunding();

    [GeneratedRegex(@"\b(?:rises?|rose|risen|rising|stands?|stood|standing|reached|reaches|reaching|increased|increases|grew|grows|climbed|climbs|jumped|totals?|totall?ed|brings?|brought|bringing)\s+(?:to|at)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RisesTo();

    /// <summary>
    /// A count whose noun comes before it: "the number of Kenyan officers serving in Haiti rises to 800", "the death
    /// toll climbed to 115". The noun is the last one the clause names before the verb.
    /// </summary>
    static string? HeadBefore(string text, (int Start, int End) sentence, (int Start, int End) clause, Number number, string before)
    {
        if (!RisesTo().IsMatch(before)) return null;
        HeadKind? kind = null;
        string? measure = null;
        foreach (Match t in Token().Matches(before))
        {
            var w = t.Value.ToLowerInvariant();
            if (CasualtyNouns.TryGetValue(w, out var m)) (kind, measure) = (HeadKind.Casualty, m);
            else if (w is "toll") (kind, measure) = (HeadKind.Casualty, Measures.Killed);
            else if (PersonnelNouns.Contains(w)) (kind, measure) = (HeadKind.Personnel, null);
            else if (PeopleNouns.Contains(w)) (kind, measure) = (HeadKind.People, null);
        }
        return kind switch
        {
            HeadKind.Casualty => measure,
            HeadKind.Personnel => Cue(text, sentence, clause, number, PersonnelCues),
            HeadKind.People => Cue(text, sentence, clause, number, PeopleCues),
            _ => null,
        };
    }

    [GeneratedRegex(@"\b(?:a\s+further|another|an?\s+additional|the\s+remaining|the\s+other|the\s+last|the\s+first)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MoreOfTheSame();

    [GeneratedRegex(@"^\s+(?:(?:are|were|is|was|have|has|had|been|being|now|currently|already|still|so\s+far)\s+){0,3}(?<w>envisaged|envisioned|planned|authori[sz]ed|pledged|promised|deployed|expected|required|on\s+the\s+ground|in\s+the\s+country|in\s+haiti|in\s+training|undergoing\s+training|being\s+trained)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleAfter();

    [GeneratedRegex(@"\b(?:personnel|officers|police|troops|soldiers|force|forces|contingent|gendarmes|peacekeepers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonnelTalk();

    /// <summary>
    /// Personnel named by the sentence or the figure before, not after the number: "a further 180 are undergoing
    /// training" (after a personnel figure), "the 2,500 envisaged" (in a sentence about personnel).
    /// </summary>
    static string? Elliptic(string text, (int Start, int End) sentence, (int Start, int End) clause, Number number, string before, string after, List<Figure> earlier)
    {
        if (AfterPersonnel(text, clause, number, before, earlier) is { } verb) return verb;
        if (!PersonnelTalk().Match(text, sentence.Start, sentence.End - sentence.Start).Success) return null;
        if (ParticipleAfter().Match(after) is { Success: true } p)
            return Cue(text, (number.End, number.End + p.Length), (number.End, number.End + p.Length), number, PersonnelCues);
        if (MoreOfTheSame().IsMatch(before) && earlier.Count > 0 && earlier[^1].Measure.StartsWith("personnel.", StringComparison.Ordinal))
            return Cue(text, sentence, clause, number, PersonnelCues);
        return null;
    }

    [GeneratedRegex(@"\b(?:promised|pledged|committed|offered|deployed|sent)\s+(?:(?:approximately|roughly|about|around|some|over|more\s+than|at\s+least|nearly|almost|up\s+to)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PersonnelVerbBefore();

    /// <summary>"We were promised 3,000 by now," after a figure of personnel: the verb says which.</summary>
    static string? AfterPersonnel(string text, (int Start, int End) clause, Number number, string before, List<Figure> earlier)
    {
        if (earlier.Count == 0 || !earlier[^1].Measure.StartsWith("personnel.", StringComparison.Ordinal)) return null;
        if (PersonnelVerbBefore().Match(before) is not { Success: true } m) return null;
        return PersonnelCues.Measure(PersonnelCues.Pattern.Match(m.Value));
    }

    // ---- the measure from the words around ----

    sealed record CueSet(Regex Pattern, Func<Match, string> Measure);

    static readonly CueSet PersonnelCues = new(new Regex(
        @"\b(?:(?<t>undergoing\s+training|in\s+training|being\s+trained|under\s+training|(?:are|were|being|been|was)\s+trained|training|pre-deployment)" +
        @"|(?<a>authori[sz]ed|authori[sz]es|authori[sz]ing|authori[sz]ation|ceiling|capped\s+at|cap\s+of|mandated\s+strength|maximum\s+strength)" +
        @"|(?<e>needs|need|requires|required|will\s+total|would\s+total|to\s+total|totall?ing|bring(?:ing)?\s+(?:the|its|their)\s+(?:total|number|strength|contingent|force)\s+to|full\s+strength|total\s+strength|planned\s+strength|expected\s+to\s+(?:reach|number|total)|(?:once|when)\s+fully\s+deployed|at\s+full\s+capacity|planned\s+force|envisaged|envisioned)" +
        @"|(?<f>(?:will|would|to|plans?\s+to|planning\s+to|intends?\s+to|set\s+to|expected\s+to|ready\s+to|prepared\s+to|agreed\s+to|offered\s+to|promised\s+to|pledged\s+to|committed\s+to|vowed\s+to|is\s+to|are\s+to)\s+(?:send|deploy|contribute|provide|dispatch|supply))" +
        @"|(?<d>deployed|deployment|arrived|arrival|arriving|landed|on\s+the\s+ground|(?:already|now|currently)\s+(?:in|on)\s+(?:haiti|the\s+country|port-au-prince|the\s+capital|the\s+ground)|serving|stationed|(?:have|has|had)\s+(?:been\s+)?sent|sent|dispatched|touched\s+down|present\s+in|in\s+haiti|in\s+the\s+country)" +
        @"|(?<p>pledged|pledges?|pledging|promised|promises?|committed|commitments?|offered|offers?|vowed))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        m => m.Groups["t"].Success ? Measures.InTraining : m.Groups["a"].Success ? Measures.Authorized : m.Groups["e"].Success ? Measures.Expected
            : m.Groups["f"].Success || m.Groups["p"].Success ? Measures.Pledged : Measures.Deployed);

    static readonly CueSet PeopleCues = new(new Regex(
        @"\b(?:(?<d>displaced|displacement|fled|flee|fleeing|(?:from|out\s+of|left|leave|abandoned)\s+their\s+homes|homeless|uprooted|driven\s+from|idps)" +
        @"|(?<f>food\s+insecur\w*|food\s+shortages?|hunger|hungry|famine|malnutrition|malnourished|starvation|starving|acute\s+food|ipc\s+phase|emergency\s+levels\s+of\s+food)" +
        @"|(?<k>killed|killing|kills|died|dead|deaths?|murdered|massacred?|slain|lost\s+their\s+lives|executed)" +
        @"|(?<i>injured|injuring|wounded|wounding|hurt)" +
        @"|(?<a>kidnapped|kidnapping|abducted|abducting|kidnappings?|abductions?|hostages?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        m => m.Groups["d"].Success ? Measures.Displaced : m.Groups["f"].Success ? Measures.FoodInsecure : m.Groups["k"].Success ? Measures.Killed
            : m.Groups["i"].Success ? Measures.Injured : Measures.Abducted);

    static readonly CueSet FundingCues = new(new Regex(
        @"\b(?:(?<r>received|receipts?|disbursed|disbursement|deposited|transferred|paid|has\s+(?:been\s+)?provided|have\s+(?:been\s+)?provided|delivered|contributed|raised)" +
        @"|(?<p>pledged|pledges?|pledging|promised|promises?|committed|commitments?|announced|will\s+provide|to\s+provide|would\s+provide|offered|earmarked|approved|donate|allocated))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        m => m.Groups["r"].Success ? Measures.FundingReceived : Measures.FundingPledged);

    /// <summary>
    /// The measure the nearest cue gives: within the number's clause first, then anywhere in its sentence. Null
    /// when no cue is found: the number's measure cannot be told.
    /// </summary>
    static string? Cue(string text, (int Start, int End) sentence, (int Start, int End) clause, Number number, CueSet cues, (int Start, int End) skip = default)
    {
        Match? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in SentenceCache.For(text, sentence).Cues(cues.Pattern))
        {
            if (m.Index >= skip.Start && m.Index < skip.End) continue;
            var distance = m.Index >= number.End ? m.Index - number.End : Math.Max(0, number.Start - (m.Index + m.Length));
            var inClause = m.Index >= clause.Start && m.Index + m.Length <= clause.End;
            if (!inClause) distance += 10_000;
            if (distance < bestDistance) (best, bestDistance) = (m, distance);
        }
        return best is null ? null : cues.Measure(best);
    }

    [GeneratedRegex(@"\b(?:pledg\w*|commit\w*|contribut\w*|send\w*|sent|deploy\w*|troops|police|personnel|officers|soldiers|mission|join\w*|participat\w*|force)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributionCue();

    // ---- whose figure ----

    [GeneratedRegex(@"\bfrom\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FromBefore();

    /// <summary>The country the figure belongs to, "*" for none or several, null when it is the host's own (its police).</summary>
    static string? Subject(string text, (int Start, int End) sentence, (int Start, int End) clause, Number number, string measure, List<Figure> earlier)
    {
        var mentions = SentenceCache.For(text, sentence).Mentions;
        // "nearly 400 of those coming from Kenya", "troops from Jamaica".
        var from = mentions.FirstOrDefault(m => m.Start >= number.End && m.End <= clause.End && FromBefore().IsMatch(text.AsSpan(clause.Start, m.Start - clause.Start)));
        string? subject = from.Country;
        if (subject is null)
        {
            // The nearest country named before the number in its clause ("the Bahamas committed 150 officers and
            // Jamaica offered 200"), unless it closes a list ("Jamaica, Belize and the Bahamas have 75"): together.
            // Before the number in its clause, else anywhere in its clause, else before it in its sentence.
            var candidates = Within(mentions, clause.Start, number.Start);
            var beforeNumber = candidates.Count > 0;
            if (candidates.Count == 0) candidates = Within(mentions, clause.Start, clause.End);
            if (candidates.Count == 0) candidates = Within(mentions, sentence.Start, number.Start);
            var foreign = candidates.Where(c => c.Country != Countries.Host).ToList();
            if (foreign.Count > 0)
            {
                var nearest = foreign.Where(m => m.End <= number.Start).DefaultIfEmpty(foreign[0]).Last();
                var previous = foreign.LastOrDefault(m => m.End <= nearest.Start);
                if (previous.Country is not null && previous.Country != nearest.Country && ListJoin().IsMatch(text[previous.End..nearest.Start])) return "*";
                if (!beforeNumber && foreign.Select(m => m.Country).Distinct().Count() > 1) return "*";
                subject = nearest.Country;
            }
            else if (candidates.Count > 0 && !measure.StartsWith("funding.", StringComparison.Ordinal))
            {
                // Only the host is named: a figure of its own police is not a contingent, unless Haiti is just where they go.
                if (!HostAsDestination(text, clause, number)) return null;
            }
        }
        if (subject is not null) return subject;
        // "The additional 600 officers": the same value as an earlier figure of the report with a country.
        return earlier.LastOrDefault(f => f.Value == number.Value && f.Subject != "*" && f.Measure.StartsWith("personnel.", StringComparison.Ordinal))?.Subject ?? "*";
    }

    static List<Countries.Mention> Within(List<Countries.Mention> mentions, int start, int end)
    {
        var within = new List<Countries.Mention>();
        foreach (var m in mentions)
            if (m.Start >= start && m.End <= end) within.Add(m);
        return within;
    }

    [GeneratedRegex(@"^\s*(?:,|and|&|as\s+well\s+as)\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"\b(?:to|in|into|for|across|throughout)\s+(?:the\s+)?Haiti\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HaitiAsPlace();

    static bool HostAsDestination(string text, (int Start, int End) clause, Number number) =>
        HaitiAsPlace().IsMatch(text[clause.Start..clause.End]) && !text[clause.Start..clause.End].Contains("Haitian", StringComparison.Ordinal);

    // ---- when ----

    [GeneratedRegex(@"\b(?:(?:next|last|this|coming|past|previous)\s+(?:week|month|year|weeks|months|few\s+(?:weeks|months))|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:in|by|since|until|from|before|after|during)\s+(?:early\s+|mid-|late\s+|the\s+end\s+of\s+)?(?:" + Month + @")(?:\s+\d{4})?|(?:in|by|since|until|before|after|during)\s+\d{4}\b|(?:on\s+)?\d{1,2}\s+(?:" + Month + @")(?:\s+\d{4})?|(?:" + Month + @")\s+\d{1,2}(?:,\s+\d{4})?|by\s+the\s+end\s+of\s+(?:the\s+)?(?:year|month)|(?:yesterday|today|tomorrow|recently|so\s+far))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeHint();

    static string? Time(string text, (int Start, int End) sentence, (int Start, int End) clause)
    {
        if (TimeHint().Match(text, clause.Start, clause.End - clause.Start) is { Success: true } inClause) return inClause.Value;
        return TimeHint().Match(text, sentence.Start, sentence.End - sentence.Start) is { Success: true } inSentence ? inSentence.Value : null;
    }
}

/// <summary>
/// What the extractor looks up in a sentence once for all its numbers (country mentions, cue words): a report's
/// sentences hold several numbers each, and these searches cost more than the rest of the work.
/// </summary>
sealed class SentenceCache(string text, int start, int end)
{
    readonly string text = text;
    readonly int start = start, end = end;
    [ThreadStatic] static SentenceCache? last;
    readonly Dictionary<Regex, List<Match>> cues = [];
    List<Countries.Mention>? mentions;

    public static SentenceCache For(string text, (int Start, int End) sentence)
    {
        if (last is not { } c || !ReferenceEquals(c.text, text) || c.start != sentence.Start || c.end != sentence.End)
            last = c = new SentenceCache(text, sentence.Start, sentence.End);
        return c;
    }

    public static void Forget() => last = null;

    public List<Countries.Mention> Mentions => mentions ??= [.. Countries.Find(text, start, end).Where(m => !m.Led)];

    public List<Match> Cues(Regex pattern)
    {
        if (cues.TryGetValue(pattern, out var found)) return found;
        found = [];
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch()) found.Add(m);
        cues[pattern] = found;
        return found;
    }
}

/// <summary>Offsets as other tools count them: in Unicode characters (code points), not UTF-16 units.</summary>
sealed class Offsets(string text)
{
    // Only a text with characters beyond the first plane (emoji, some scripts) needs counting.
    readonly int[]? astralBefore = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') < 0 ? null : Count(text);

    static int[] Count(string text)
    {
        var before = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
            before[i + 1] = before[i] + (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 1 : 0);
        return before;
    }

    public int Of(int index) => astralBefore is null ? index : index - astralBefore[index];
}
