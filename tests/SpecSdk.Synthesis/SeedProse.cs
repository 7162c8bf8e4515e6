using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SpecSdk.Synthesis;

/// <summary>
/// The seeds taken apart once, to be put together again for every synthesized file: each seed's front matter
/// lines and section shape (headings, subsections, paragraphs, lists, fixed lines such as <c>OR</c>), and pools
/// of the seeds' sentences and list items by the kind of section they come from. In every sentence the words
/// that may vary are marked: terms of the <see cref="Terms"/> lists, numbers of years, and class titles.
/// </summary>
/// <remarks>
/// A paragraph keeps its seed's first sentence (and a web address after it), so a factor keeps its rating
/// and a section its opening; the rest of the section is drawn from the pool of its kind (a class's
/// description, its duties, knowledge or skills, a factor, or conditions of employment). Minimum
/// qualifications keep every sentence, with their terms and years varied. A file's vocabulary maps each
/// term to another of its list throughout the file, so its sentences agree; a long enumeration ("sitting,
/// stooping, ...") is cut down differently each time.
/// </remarks>
internal static class SeedProse
{
    /// <summary>The folder of the seeds' class series; its titles are those of a synthesized series.</summary>
    public const string SeriesFolder = "colorado/customer-support-coordinator/";

    // The Terms list of probationary periods, whose first member the seeds use.
    private const int ProbationList = 9;
    private const int LineWidth = 110;
    private const int ShortestSentence = 12;

    private const int SamePrefix = 60;
    private const int EmptySectionWeight = 150;
    private const string Conditions = "conditions";

    /// <summary>
    /// Interchangeable words, list by list; a member is its forms (singular, plural). Every form of every
    /// member is looked for in the seeds, so a member is either in the seeds only where any other fits too, or
    /// not in them at all. A file's <see cref="Vocabulary"/> maps each member to another of its list.
    /// </summary>
    private static readonly string[][][] Terms =
    [
        [["production support"], ["data processing"], ["customer support"], ["systems support"], ["computer programming"], ["business system support"], ["records management"], ["network operations"], ["database administration"], ["application support"], ["help desk"], ["technical support"], ["quality assurance"], ["information security"], ["payroll processing"], ["case management"], ["document imaging"], ["telecommunications"]],
        [["customer", "customers"], ["user", "users"], ["client", "clients"], ["caller", "callers"], ["end user", "end users"], ["requester", "requesters"], ["stakeholder", "stakeholders"]],
        [["agency"], ["department"], ["division"], ["bureau"], ["commission"], ["cabinet"]],
        [["data files"], ["system libraries"], ["tape libraries"], ["jobstreams"], ["terminals"], ["workstations"], ["peripherals"], ["servers"], ["printers"], ["scanners"], ["network devices"], ["storage volumes"], ["backup media"], ["case files"]],
        [["computer science"], ["information technology"], ["business administration"], ["public administration"], ["accounting"], ["mathematics"], ["engineering"], ["statistics"]],
        [["job control language"], ["scheduling software"], ["batch scripting"], ["workflow configuration"], ["query language"], ["interface definitions"]],
        [["office setting"], ["data center"], ["call center"], ["court facility"], ["field office"], ["records center"]],
        [["drug screening test"], ["background check"], ["fingerprint check"], ["credit check"], ["medical examination"], ["reference check"]],
        [["driver's license"], ["commercial driver's license"], ["notary commission"], ["first aid certificate"], ["forklift certification"]],
        [["6 months"], ["9 months"], ["12 months"], ["1 year"]],
        [["10 pounds"], ["15 pounds"], ["20 pounds"], ["25 pounds"]],
        [["Judicial Council"], ["Personnel Board"], ["Civil Service Commission"], ["Office of the Courts"], ["Board of Regents"]],
        [["local and statewide"], ["occasional overnight"], ["regional"], ["frequent local"], ["out-of-state"]],
        [["virtual conferencing tools"], ["video conferencing"], ["remote collaboration software"], ["teleconferencing"]],
        [["office environment"], ["courthouse environment"], ["warehouse environment"], ["laboratory environment"], ["call center environment"]],
        [["Department of Personnel"], ["Office of Human Resources"], ["Division of Human Resources"], ["Personnel Cabinet"]],
        [["licensed vehicle"], ["state vehicle"], ["agency vehicle"], ["personal vehicle"]],
        [["walking and standing"], ["lifting and carrying"], ["bending and reaching"], ["climbing and balancing"]],
        [["position description questionnaires"], ["position descriptions"], ["job announcements"], ["classification studies"]],
    ];

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight"];

    private static readonly Dictionary<string, string> Texts = LoadSeeds();
    private static readonly Dictionary<string, SeedTemplate> Templates = new(StringComparer.Ordinal);
    private static readonly List<(string Title, bool InSeries)> Titles = [];
    private static readonly Dictionary<string, int> GroupIds = new(StringComparer.Ordinal);
    private static readonly Phrase[][] Pools = Harvest();
    private static readonly int ConditionsGroup = GroupIds[Conditions];

    /// <summary>The text of the seed at <paramref name="path"/>, e.g. <c>kentucky/jurisdiction.md</c>.</summary>
    public static string Text(string path) => Texts[path];

    /// <summary>The class or series seed at <paramref name="path"/>, taken apart.</summary>
    public static SeedTemplate Template(string path) => Templates[path];

    /// <summary>A new vocabulary: each term list shuffled, for one class or for a series and its levels.</summary>
    public static Vocabulary Words(Random random, string? seriesNumber)
    {
        var members = new int[Terms.Length][];
        for (var list = 0; list < Terms.Length; list++)
        {
            members[list] = Shuffled(random, Terms[list].Length);
        }

        return new Vocabulary(members, seriesNumber);
    }

    /// <summary>
    /// Appends the body of a file made from <paramref name="template"/>: its sections in the seed's order, with at
    /// least <paramref name="target"/> UTF-8 bytes where the pools allow it and, but for the indents of wrapped list
    /// lines (two bytes a line) and paragraph breaks (one byte each), never more than <paramref name="limit"/>.
    /// </summary>
    public static void AppendBody(StringBuilder output, SeedTemplate template, Vocabulary words, Random random, string title, int target, int limit) =>
        new Composer(output, template, words, random, title).Compose(target, limit);

    /// <summary>The seeds' title <paramref name="seedTitle"/>, and whether it is the series' or one of its levels'.</summary>
    public static (string Title, bool InSeries) SeedTitle(int seedTitle) => Titles[seedTitle];

    /// <summary>The probationary period that <paramref name="words"/> give for the seeds' "6 months", for the front matter.</summary>
    public static string Probation(Vocabulary words) => Terms[ProbationList][words.Member(ProbationList, 0)][0];

    private static int[] Shuffled(Random random, int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static Dictionary<string, string> LoadSeeds()
    {
        var assembly = typeof(SeedProse).Assembly;
        var seeds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            seeds.Add(name.Substring("seeds/".Length).Replace('\\', '/'), reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        return seeds;
    }

    /// <summary>
    /// Takes every seed apart: class and series seeds become templates, and their sentences and items, with
    /// those of the Kentucky jurisdiction's Additional Requirements, fill the pools. A paragraph's opening
    /// sentence is left out of its pool, so that no file says it twice and a level's rating stays its own;
    /// only the openings of conditions of employment, which say nothing about a class, are pooled too (a file
    /// that opens a paragraph with one does not draw it again).
    /// </summary>
    private static Phrase[][] Harvest()
    {
        var seeds = Texts.Keys.Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Front: FrontMatter(Texts[path]), Sections: RawSections(Texts[path])))
            .ToList();
        foreach (var seed in seeds.Where(s => !IsJurisdiction(s.Front)))
        {
            Titles.Add((Field(seed.Front, "title"), seed.Path.StartsWith(SeriesFolder, StringComparison.Ordinal)));
        }

        var candidates = new List<(int Group, string Text)>();
        var openings = new HashSet<(int, string)>();
        var drafts = new List<(string Path, string[] Front, List<(string Heading, List<Draft> Elements)> Sections)>();
        foreach (var seed in seeds)
        {
            if (IsJurisdiction(seed.Front))
            {
                candidates.AddRange(seed.Sections.Where(r => r.Id == "additional-requirements")
                    .SelectMany(r => r.Blocks).SelectMany(b => Sentences(b.Text)).Select(t => (Group(Conditions), t)));
                continue;
            }

            drafts.Add((seed.Path, seed.Front, seed.Sections.Select(r => (r.Heading, Drafts(r, candidates, openings))).ToList()));
        }

        var matchers = Matchers();
        var pools = new List<Phrase>[GroupIds.Count];
        for (var group = 0; group < pools.Length; group++)
        {
            pools[group] = [];
        }

        var slots = new Dictionary<(int, string), int>();
        foreach (var (group, text) in candidates)
        {
            var key = (group, Key(text));
            if (text.Length >= ShortestSentence && !text.Contains("://", StringComparison.Ordinal) && !openings.Contains(key) && slots.TryAdd(key, pools[group].Count))
            {
                pools[group].Add(Compile(text, matchers));
            }
        }

        foreach (var (path, front, sections) in drafts)
        {
            var built = sections.Select(section => new SeedSection(section.Heading, section.Elements.Select(d => new SeedElement(
                d.Kind,
                d.Text,
                d.Phrases.Select(t => Compile(t, matchers)).ToArray(),
                d.Phrases.Select(t => slots.TryGetValue((d.Group, Key(t)), out var slot) ? slot : -1).ToArray(),
                d.Group,
                d.Weight,
                d.Semicolons)).ToArray()));
            Templates.Add(path, new SeedTemplate(front, Field(front, "title"), built.ToArray()));
        }

        return pools.Select(p => p.ToArray()).ToArray();
    }

    /// <summary>Sentences of two seeds that start alike (Colorado's levels repeat each other, once with a typo) are pooled once.</summary>
    private static string Key(string text) => text.Substring(0, Math.Min(text.Length, SamePrefix));

    private static List<Draft> Drafts(RawSection raw, List<(int Group, string Text)> candidates, HashSet<(int, string)> openings)
    {
        var elements = new List<Draft>();
        string? subsection = null;
        foreach (var block in raw.Blocks)
        {
            if (block.Kind == RawKind.Subheading)
            {
                subsection = block.Text.Substring("### ".Length);
                elements.Add(new Draft(ElementKind.Line, block.Text, [], -1, 0, false));
                continue;
            }

            if (block.Kind == RawKind.Paragraph && (block.Text == "OR" || block.Text.StartsWith("*(", StringComparison.Ordinal)))
            {
                elements.Add(new Draft(ElementKind.Line, block.Text, [], -1, 0, false));
                continue;
            }

            var name = GroupName(raw.Id, subsection);
            if (block.Kind == RawKind.List)
            {
                var group = Group(name);
                candidates.AddRange(block.Items.Select(item => (group, ItemCore(item))));
                var semicolons = block.Items.Take(block.Items.Length - 1).All(i => i.EndsWith(';') || i.EndsWith("; and", StringComparison.Ordinal));
                elements.Add(new Draft(ElementKind.List, string.Empty, [], group, block.Items.Sum(i => i.Length), semicolons));
            }
            else if (raw.Id == "minimum-qualifications" || (raw.Id == "factors" && subsection is null))
            {
                elements.Add(new Draft(ElementKind.Fixed, string.Empty, Sentences(block.Text).ToArray(), -1, 0, false));
            }
            else
            {
                var group = Group(name);
                var sentences = Sentences(block.Text).Where(s => s.Length >= ShortestSentence).ToList();
                var opening = sentences.Count == 0 ? 0 : 1;
                while (opening > 0 && opening < sentences.Count && sentences[opening].Contains("://", StringComparison.Ordinal))
                {
                    opening++;
                }

                if (name != Conditions)
                {
                    openings.UnionWith(sentences.Take(opening).Select(s => (group, Key(s))));
                }

                candidates.AddRange(sentences.Select(s => (group, s)));
                elements.Add(new Draft(ElementKind.Prose, string.Empty, sentences.Take(opening).ToArray(), group, block.Text.Length, false));
            }
        }

        if (elements.Count == 0)
        {
            elements.Add(new Draft(ElementKind.Prose, string.Empty, [], Group(GroupName(raw.Id, null)), EmptySectionWeight, false));
        }

        return elements;
    }

    private static string GroupName(string section, string? subsection) => section switch
    {
        "duties" or "knowledge" or "skills" => section,
        "factors" => "factor: " + subsection,
        "probationary-period" or "special-requirements" or "unique-physical-requirements" or "working-conditions" or "entrance-requirements" or "licensing" => Conditions,
        _ => "describe",
    };

    private static int Group(string name)
    {
        if (!GroupIds.TryGetValue(name, out var id))
        {
            id = GroupIds.Count;
            GroupIds.Add(name, id);
        }

        return id;
    }

    private static string ItemCore(string item)
    {
        foreach (var end in (ReadOnlySpan<string>)["; and", ";", "."])
        {
            if (item.EndsWith(end, StringComparison.Ordinal))
            {
                return item.Substring(0, item.Length - end.Length);
            }
        }

        return item;
    }

    private static bool IsJurisdiction(string[] front) => front.Contains("kind: jurisdiction", StringComparer.Ordinal);

    private static string Field(string[] front, string name) =>
        front.First(line => line.StartsWith(name + ": ", StringComparison.Ordinal)).Substring(name.Length + 2);

    private static string[] FrontMatter(string text)
    {
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return text.Substring(4, end - 4).Split('\n');
    }

    /// <summary>The <c>##</c> sections of a seed's body: heading line, id, and blocks (paragraphs and items joined into one line each).</summary>
    private static List<RawSection> RawSections(string text)
    {
        var sections = new List<RawSection>();
        var body = text.Substring(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5);
        var lines = new List<string>();
        RawSection? section = null;
        var list = new List<string>();
        void Flush()
        {
            if (section is null)
            {
                return;
            }

            if (list.Count > 0)
            {
                section.Blocks.Add(new RawBlock(RawKind.List, string.Empty, list.ToArray()));
                list.Clear();
            }
            else if (lines.Count > 0)
            {
                section.Blocks.Add(new RawBlock(RawKind.Paragraph, string.Join(' ', lines), []));
            }

            lines.Clear();
        }

        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                var id = line.Substring(line.LastIndexOf("{#", StringComparison.Ordinal) + 2).TrimEnd('}');
                section = new RawSection(line, id, []);
                sections.Add(section);
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                section!.Blocks.Add(new RawBlock(RawKind.Subheading, line, []));
            }
            else if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                list.Add(line.Substring(2));
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && list.Count > 0)
            {
                list[^1] += " " + line.Trim();
            }
            else
            {
                lines.Add(line);
            }
        }

        Flush();
        return sections;
    }

    /// <summary>
    /// The sentences of a paragraph: it is split after a '.', '?' or '!' (and any closing '*', ')' or quote) that
    /// a space and a capital letter, '*', '(' or an opening quote follow.
    /// </summary>
    private static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '*' or ')' or '”' or '"' or '’')
            {
                end++;
            }

            if (end + 1 < paragraph.Length && paragraph[end] == ' ' && (char.IsUpper(paragraph[end + 1]) || paragraph[end + 1] is '*' or '(' or '“' or '"'))
            {
                sentences.Add(paragraph.Substring(start, end - start));
                start = end + 1;
                i = end;
            }
        }

        if (start < paragraph.Length)
        {
            sentences.Add(paragraph.Substring(start));
        }

        return sentences;
    }

    /// <summary>Every form of every term (list ≥ 0) and every seed title (list -1), longest first.</summary>
    private static (string Text, int List, int Member, int Form)[] Matchers()
    {
        var matchers = new List<(string Text, int List, int Member, int Form)>();
        for (var list = 0; list < Terms.Length; list++)
        {
            for (var member = 0; member < Terms[list].Length; member++)
            {
                for (var form = 0; form < Terms[list][member].Length; form++)
                {
                    matchers.Add((Terms[list][member][form], list, member, form));
                }
            }
        }

        for (var title = 0; title < Titles.Count; title++)
        {
            matchers.Add((Titles[title].Title, -1, title, 0));
        }

        return matchers.OrderByDescending(m => m.Text.Length).ThenBy(m => m.Text, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Marks in <paramref name="text"/> the words that vary: a term or title starting a word and ending one
    /// (with its article, 'a' or 'an', which the term chosen decides), and a number of years ("four years",
    /// "Four (4) years").
    /// </summary>
    private static Phrase Compile(string text, (string Text, int List, int Member, int Form)[] matchers)
    {
        var pieces = new List<Piece>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                pieces.Add(new Piece(PieceKind.Text, literal.ToString(), 0, 0, 0, '\0', false));
                literal.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            if (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            {
                if (Years(text, i, out var length, out var capital, out var digits))
                {
                    Flush();
                    pieces.Add(new Piece(PieceKind.Years, string.Empty, 0, 0, 0, '\0', capital, digits));
                    i += length;
                    continue;
                }

                if (Enumeration(text, i, out length, out var items))
                {
                    Flush();
                    pieces.Add(new Piece(PieceKind.Choice, string.Empty, 0, 0, 0, '\0', false, Items: items));
                    i += length;
                    continue;
                }

                var match = Array.FindIndex(matchers, m => string.CompareOrdinal(text, i, m.Text, 0, m.Text.Length) == 0 && Ends(text, i + m.Text.Length));
                if (match >= 0)
                {
                    var (phrase, list, member, form) = matchers[match];
                    var article = Article(literal);
                    Flush();
                    pieces.Add(list < 0
                        ? new Piece(PieceKind.Title, string.Empty, 0, member, 0, article, false)
                        : new Piece(PieceKind.Term, string.Empty, list, member, form, article, false));
                    i += phrase.Length;
                    continue;
                }
            }

            literal.Append(text[i]);
            i++;
        }

        Flush();
        return new Phrase(pieces.ToArray());
    }

    private static bool Ends(string text, int index) => index == text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>Removes an article ("a ", "an ", "A ", "An ") that ends <paramref name="literal"/> as a word, and says which it was.</summary>
    private static char Article(StringBuilder literal)
    {
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "A ", "An "])
        {
            var start = literal.Length - article.Length;
            if (start >= 0 && (start == 0 || !char.IsLetterOrDigit(literal[start - 1])) && literal.ToString(start, article.Length) == article)
            {
                literal.Length = start;
                return article[0];
            }
        }

        return '\0';
    }

    /// <summary>
    /// An enumeration of five or more one-word items, the last after ", and " and of one or two words: "sitting,
    /// stooping, kneeling, ..., and repetitive motions".
    /// </summary>
    private static bool Enumeration(string text, int index, out int length, out string[] items)
    {
        var found = new List<string>();
        var at = index;
        while (true)
        {
            var last = found.Count > 0 && string.CompareOrdinal(text, at, "and ", 0, 4) == 0;
            var start = last ? at + 4 : at;
            var end = LowerWord(text, start);
            if (last && end > start && end + 1 < text.Length && text[end] == ' ' && LowerWord(text, end + 1) > end + 1)
            {
                end = LowerWord(text, end + 1);
            }

            if (end == start)
            {
                break;
            }

            found.Add(text.Substring(start, end - start));
            at = end;
            if (last || string.CompareOrdinal(text, at, ", ", 0, 2) != 0)
            {
                if (last && found.Count >= 5 && Ends(text, at))
                {
                    length = at - index;
                    items = found.ToArray();
                    return true;
                }

                break;
            }

            at += 2;
        }

        length = 0;
        items = [];
        return false;
    }

    private static int LowerWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || (end > start && text[end] == '-')))
        {
            end++;
        }

        return end;
    }

    private static bool Years(string text, int index, out int length, out bool capital, out bool digits)
    {
        length = 0;
        capital = char.IsUpper(text[index]);
        digits = false;
        foreach (var word in NumberWords)
        {
            if (char.ToLowerInvariant(text[index]) != word[0] || string.CompareOrdinal(text, index + 1, word, 1, word.Length - 1) != 0)
            {
                continue;
            }

            var end = index + word.Length;
            if (string.CompareOrdinal(text, end, " (", 0, 2) == 0 && end + 3 < text.Length && char.IsDigit(text[end + 2]) && text[end + 3] == ')')
            {
                digits = true;
                end += 4;
            }

            if (string.CompareOrdinal(text, end, " year", 0, 5) != 0)
            {
                return false;
            }

            end += 5;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            length = end - index;
            return Ends(text, end);
        }

        return false;
    }

    /// <summary>Fills one file's sections and writes them to <paramref name="output"/>.</summary>
    private sealed class Composer(StringBuilder output, SeedTemplate template, Vocabulary words, Random random, string title)
    {
        private readonly StringBuilder scratch = new();
        private readonly int[]?[] decks = new int[]?[Pools.Length];
        private readonly int[] dealt = new int[Pools.Length];
        private int column;
        private string indent = string.Empty;
        private bool lineStart;

        public void Compose(int target, int limit)
        {
            var elements = template.Sections.SelectMany(s => s.Elements).ToArray();
            foreach (var element in elements)
            {
                foreach (var slot in element.Slots.Where(slot => slot >= 0))
                {
                    Withhold(element.Group, slot);
                }
            }

            var units = new List<string>[elements.Length];
            var size = template.Sections.Sum(s => Encoding.UTF8.GetByteCount(s.Heading) + 2);
            for (var e = 0; e < elements.Length; e++)
            {
                var element = elements[e];
                units[e] = [];
                size += 1;
                if (element.Kind == ElementKind.Line)
                {
                    size += Encoding.UTF8.GetByteCount(element.Text) + 1;
                    continue;
                }

                foreach (var phrase in element.Phrases)
                {
                    units[e].Add(Render(phrase));
                    size += Encoding.UTF8.GetByteCount(units[e][^1]) + 1;
                }

                // A list starts with three items, a paragraph with two sentences after its opening; a conditions
                // section with three, as its pool is small and its sentences short.
                var first = element.Kind switch
                {
                    ElementKind.Fixed => 0,
                    ElementKind.List => 3,
                    _ => element.Group == ConditionsGroup ? 3 : 2,
                };
                for (var n = 0; n < first && Deal(element.Group) is { } phrase; n++)
                {
                    var unit = Render(phrase);
                    units[e].Add(Unit(element, unit));
                    size += Cost(element, unit);
                }
            }

            var weights = new int[elements.Length];
            while (size < target)
            {
                var total = 0;
                for (var e = 0; e < elements.Length; e++)
                {
                    weights[e] = elements[e].Weight > 0 && CanDeal(elements[e].Group) ? elements[e].Weight : 0;
                    total += weights[e];
                }

                if (total == 0)
                {
                    break;
                }

                var pick = random.Next(total);
                var chosen = 0;
                while (pick >= weights[chosen])
                {
                    pick -= weights[chosen];
                    chosen++;
                }

                var unit = Render(Deal(elements[chosen].Group)!);
                var cost = Cost(elements[chosen], unit);
                if (size + cost > limit)
                {
                    break;
                }

                units[chosen].Add(Unit(elements[chosen], unit));
                size += cost;
            }

            Write(elements, units);
        }

        /// <summary>A rendered phrase as <paramref name="element"/> keeps it: an item without its end punctuation, which the list gives.</summary>
        private static string Unit(SeedElement element, string rendered) => element.Kind == ElementKind.List ? ItemCore(rendered) : rendered;

        /// <summary>The bytes a unit adds: a sentence and its space or line end, or an item's "- ", punctuation and line end.</summary>
        private static int Cost(SeedElement element, string unit) =>
            Encoding.UTF8.GetByteCount(unit) + (element.Kind == ElementKind.List ? 4 : 1);

        private bool CanDeal(int group) => group >= 0 && dealt[group] < Pools[group].Length;

        private int[] Deck(int group) => decks[group] ??= Enumerable.Range(0, Pools[group].Length).ToArray();

        /// <summary>Deals the pool's phrase <paramref name="slot"/> to nobody: the file has it already.</summary>
        private void Withhold(int group, int slot)
        {
            var deck = Deck(group);
            var position = Array.IndexOf(deck, slot, dealt[group]);
            if (position >= 0)
            {
                (deck[position], deck[dealt[group]]) = (deck[dealt[group]], deck[position]);
                dealt[group]++;
            }
        }

        /// <summary>The next phrase of the group's pool in this file's shuffled order; null when all are used.</summary>
        private Phrase? Deal(int group)
        {
            if (!CanDeal(group))
            {
                return null;
            }

            var pool = Pools[group];
            var deck = Deck(group);
            var next = dealt[group]++;
            var j = random.Next(next, deck.Length);
            (deck[next], deck[j]) = (deck[j], deck[next]);
            return pool[deck[next]];
        }

        private string Render(Phrase phrase)
        {
            scratch.Clear();
            foreach (var piece in phrase.Pieces)
            {
                switch (piece.Kind)
                {
                    case PieceKind.Text:
                        scratch.Append(piece.Text);
                        break;
                    case PieceKind.Years:
                        var years = random.Next(1, 7);
                        var word = NumberWords[years - 1];
                        scratch.Append(piece.Capital ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word);
                        if (piece.Digits)
                        {
                            scratch.Append(" (").Append((char)('0' + years)).Append(')');
                        }

                        scratch.Append(years == 1 ? " year" : " years");
                        break;
                    case PieceKind.Choice:
                        Choose(piece.Items!);
                        break;
                    default:
                        var text = piece.Kind == PieceKind.Title
                            ? words.Title(piece.Member, template.Title, title)
                            : Terms[piece.List][words.Member(piece.List, piece.Member)][piece.Form];
                        if (piece.Article != '\0')
                        {
                            var an = text[0] is 'a' or 'e' or 'i' or 'o' or 'A' or 'E' or 'I' or 'O';
                            scratch.Append(piece.Article == 'A' ? 'A' : 'a').Append(an ? "n " : " ");
                        }

                        scratch.Append(text);
                        break;
                }
            }

            return scratch.ToString();
        }

        /// <summary>Writes about three in four of the items, at least three, in their order: "a, b, and c".</summary>
        private void Choose(string[] items)
        {
            var chosen = items.Where(_ => random.Next(4) != 0).ToList();
            if (chosen.Count < 3)
            {
                chosen = [.. items];
            }

            for (var i = 0; i < chosen.Count; i++)
            {
                scratch.Append(i == 0 ? string.Empty : i == chosen.Count - 1 ? ", and " : ", ").Append(chosen[i]);
            }
        }

        private void Write(SeedElement[] elements, List<string>[] units)
        {
            var e = 0;
            foreach (var section in template.Sections)
            {
                output.Append('\n').Append(section.Heading).Append('\n');
                foreach (var element in section.Elements)
                {
                    var parts = units[e++];
                    if (element.Kind != ElementKind.Line && parts.Count == 0)
                    {
                        continue;
                    }

                    output.Append('\n');
                    switch (element.Kind)
                    {
                        case ElementKind.Line:
                            Start(string.Empty, string.Empty);
                            Words(element.Text);
                            output.Append('\n');
                            break;
                        case ElementKind.List:
                            for (var i = 0; i < parts.Count; i++)
                            {
                                Start("- ", "  ");
                                if (element.Semicolons && i == parts.Count - 2)
                                {
                                    Words(parts[i], ";");
                                    Words("and");
                                }
                                else
                                {
                                    Words(parts[i], element.Semicolons && i < parts.Count - 1 ? ";" : ".");
                                }

                                output.Append('\n');
                            }

                            break;
                        default:
                            Paragraphs(parts);
                            break;
                    }
                }
            }
        }

        /// <summary>Writes the sentences as paragraphs of 600 to 1,400 characters (a longer sentence is a paragraph of its own).</summary>
        private void Paragraphs(List<string> sentences)
        {
            var length = 0;
            var most = random.Next(600, 1400);
            Start(string.Empty, string.Empty);
            foreach (var sentence in sentences)
            {
                if (length > 0 && length + sentence.Length > most)
                {
                    output.Append("\n\n");
                    Start(string.Empty, string.Empty);
                    length = 0;
                    most = random.Next(600, 1400);
                }

                Words(sentence);
                length += sentence.Length + 1;
            }

            output.Append('\n');
        }

        /// <summary>Starts a wrapped line with <paramref name="first"/>; the lines it wraps onto start with <paramref name="rest"/>.</summary>
        private void Start(string first, string rest)
        {
            output.Append(first);
            column = first.Length;
            indent = rest;
            lineStart = true;
        }

        /// <summary>
        /// Appends the words of <paramref name="text"/>, the last followed by <paramref name="suffix"/>, to the line,
        /// wrapping greedily at 110 columns as the seeds and the importer do; a word that could start a Markdown
        /// block at the start of a line stays on the line before.
        /// </summary>
        private void Words(string text, string suffix = "")
        {
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf(' ', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var length = end - start + (end == text.Length ? suffix.Length : 0);
                if (!lineStart)
                {
                    if (column + 1 + length > LineWidth && SafeLineStart(text, start, end))
                    {
                        output.Append('\n').Append(indent);
                        column = indent.Length;
                    }
                    else
                    {
                        output.Append(' ');
                        column++;
                    }
                }

                output.Append(text, start, end - start);
                column += length;
                lineStart = false;
                start = end + 1;
            }

            output.Append(suffix);
        }

        private static bool SafeLineStart(string text, int start, int end)
        {
            var c = text[start];
            if (c is '#' or '>' or '-' or '+' or '|' or '<' or '=' or '`' or '~' or '_' or '[' || (c == '*' && end - start == 1))
            {
                return false;
            }

            var digits = start;
            while (digits < end && char.IsDigit(text[digits]))
            {
                digits++;
            }

            return digits == start || digits + 1 != end || text[digits] is not ('.' or ')');
        }
    }

    private enum RawKind
    {
        Paragraph,
        List,
        Subheading,
    }

    private sealed record RawBlock(RawKind Kind, string Text, string[] Items);

    private sealed record RawSection(string Heading, string Id, List<RawBlock> Blocks);

    /// <summary>A <see cref="SeedElement"/> before the pools are made: its phrases as text.</summary>
    private sealed record Draft(ElementKind Kind, string Text, string[] Phrases, int Group, int Weight, bool Semicolons);
}

/// <summary>A class or series seed taken apart: its front matter lines, its title, and its sections.</summary>
internal sealed record SeedTemplate(string[] FrontMatter, string Title, SeedSection[] Sections)
{
    /// <summary>Whether the seed's front matter has the top-level <paramref name="field"/>.</summary>
    public bool Has(string field) => FrontMatter.Any(line => line.StartsWith(field + ": ", StringComparison.Ordinal));
}

/// <summary>A <c>##</c> section of a seed: its heading line as written, and what follows it.</summary>
internal sealed record SeedSection(string Heading, SeedElement[] Elements);

/// <summary>What a seed element becomes in a synthesized file.</summary>
internal enum ElementKind
{
    /// <summary>A line kept as it is: a <c>###</c> heading, <c>OR</c>, an italic note.</summary>
    Line,

    /// <summary>A paragraph whose every sentence is kept, with its terms and years varied.</summary>
    Fixed,

    /// <summary>Paragraphs opening with the seed's first sentence, then sentences of the group's pool.</summary>
    Prose,

    /// <summary>A list of items of the group's pool.</summary>
    List,
}

/// <summary>
/// One element of a seed section: a line's <paramref name="Text"/>, the <paramref name="Phrases"/> it keeps and
/// where each is in the pool too (<paramref name="Slots"/>, -1 if not), the pool it draws from
/// (<paramref name="Group"/>, -1 for none), how much it grows (<paramref name="Weight"/>: the seed's length), and
/// for a list whether its items end with ';' and the one before the last with '; and'.
/// </summary>
internal sealed record SeedElement(ElementKind Kind, string Text, Phrase[] Phrases, int[] Slots, int Group, int Weight, bool Semicolons);

/// <summary>A sentence or item of the seeds: text, and the places where words vary.</summary>
internal sealed record Phrase(Piece[] Pieces);

/// <summary>What a <see cref="Piece"/> of a phrase is.</summary>
internal enum PieceKind
{
    /// <summary>Text kept as it is.</summary>
    Text,

    /// <summary>A term of a word list.</summary>
    Term,

    /// <summary>A number of years, from one to six.</summary>
    Years,

    /// <summary>A seed's class title.</summary>
    Title,

    /// <summary>Some of the items of an enumeration.</summary>
    Choice,
}

/// <summary>
/// A piece of a phrase: its <paramref name="Text"/>, or the term (<paramref name="List"/>, <paramref name="Member"/>,
/// <paramref name="Form"/>) or title (<paramref name="Member"/>) with the article before it ('a', 'A' or none);
/// for years, whether the word is capitalized and followed by the digit in brackets (<paramref name="Digits"/>); for
/// a choice, its <paramref name="Items"/>.
/// </summary>
internal readonly record struct Piece(PieceKind Kind, string Text, int List, int Member, int Form, char Article, bool Capital, bool Digits = false, string[]? Items = null);

/// <summary>
/// The words of one class, or of one series and its levels: each term list's members shuffled, and the number a
/// series' titles end with.
/// </summary>
internal sealed class Vocabulary(int[][] members, string? seriesNumber)
{
    /// <summary>The member of <paramref name="list"/> that stands for the seeds' <paramref name="member"/>.</summary>
    public int Member(int list, int member) => members[list][member];

    /// <summary>
    /// What stands for the seeds' title <paramref name="seedTitle"/> in a file made from the seed titled
    /// <paramref name="templateTitle"/>: in a series the synthesized title of that series or level, else the file's
    /// own <paramref name="title"/> for its seed's title; another seed's title is another class's and stays.
    /// </summary>
    public string Title(int seedTitle, string templateTitle, string title)
    {
        var (seed, inSeries) = SeedProse.SeedTitle(seedTitle);
        return seriesNumber is not null && inSeries ? seed + " " + seriesNumber : seed == templateTitle ? title : seed;
    }
}
