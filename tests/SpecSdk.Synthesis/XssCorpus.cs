using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SpecSdk.Synthesis;

/// <summary>
/// Script-injection payloads, each calling <c>__xss(N)</c> (or <c>alert(N)</c>) when it runs, written into every
/// field of a spec folder that reaches a page as text: the jurisdiction's name, document title, job group and
/// required sections; a series' title, factors and history; a class's title, short title, code, source title,
/// section headings, paragraphs, list items and links. A browser opens the built pages and searches for them;
/// nothing may run.
/// </summary>
public static class XssCorpus
{
    /// <summary>The payloads; N in <c>__xss(N)</c> is the payload's number.</summary>
    public static IReadOnlyList<string> Payloads { get; } = new[]
    {
        "<script>__xss(0)</script>",
        "<img src=x onerror=__xss(1)>",
        "<svg onload=__xss(2)>",
        "\"><script>__xss(3)</script>",
        "'><img src=x onerror=__xss(4)>",
        "javascript:__xss(5)",
        "<a href=\"javascript:__xss(6)\">link</a>",
        "[click](javascript:__xss(7))",
        "[click](JaVaScRiPt:__xss(8))",
        "<iframe src=\"javascript:__xss(9)\"></iframe>",
        "<body onload=__xss(10)>",
        "</title><script>__xss(11)</script>",
        "</textarea><script>__xss(12)</script>",
        "<details open ontoggle=__xss(13)>",
        "<math><mtext><script>__xss(14)</script></mtext></math>",
        "{{ __xss(15) }}",
        "<input autofocus onfocus=__xss(16)>",
        "<video><source onerror=__xss(17)></video>",
        "![x](x\" onerror=\"__xss(18))",
        "<a href=\"data:text/html,<script>alert(19)</script>\">data</a>",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgyMCk8L3NjcmlwdD4=)",
        "\u2028</script><script>__xss(21)</script>",
        "</script><script>__xss(22)</script>",
        "<scr<script>ipt>__xss(23)</script>",
        "&lt;script&gt;__xss(24)&lt;/script&gt;",
        "`<script>__xss(25)</script>`",
        "<object data=\"javascript:__xss(26)\"></object>",
        "<form action=\"javascript:__xss(27)\"><button>go</button></form>",
        "<a href=\"&#106;avascript:__xss(28)\">entity</a>",
        "[space]( javascript:__xss(29))",
        "<style>*{background:url(\"javascript:__xss(30)\")}</style>",
        "${__xss(31)}",
        "\" onmouseover=\"__xss(32)\" x=\"",
        "' onfocus='__xss(33)' autofocus x='",
        "<base href=\"javascript:__xss(34)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss(35)\">",
        "[ref][r]\n\n[r]: javascript:__xss(36)",
        "<https://example.gov/\"onmouseover=\"__xss(37)>",
        "<noscript><p title=\"</noscript><img src=x onerror=__xss(38)>\">",
        "<template><script>__xss(39)</script></template><img src=x onerror=__xss(39)>",
    };

    /// <summary>Writes a spec folder holding every payload in every text field; returns the titles of its classes.</summary>
    public static IReadOnlyList<string> WriteTo(string directory)
    {
        var root = Path.Combine(directory, "xss");
        Directory.CreateDirectory(Path.Combine(root, "series"));
        var payloads = Payloads.Select((p, i) => (Number: i, Text: p)).ToList();
        var sections = string.Concat(payloads.Select(p => $"- Item {p.Number}: {p.Text}\n"));
        File.WriteAllText(Path.Combine(root, "jurisdiction.md"), $"""
            ---
            kind: jurisdiction
            key: xss
            name: {Quote("Hostile County " + Payloads[1])}
            document-title: {Quote(Payloads[3])}
            job-group-term: {Quote(Payloads[2])}
            job-groups:
            {string.Concat(payloads.Select(p => $"  - key: g{p.Number}\n    name: {Quote("Group " + OneLine(p.Text))}\n"))}
            required-sections:
              - duties
            ---

            ## Boilerplate {Payloads[0]} {Id("boilerplate")}

            {sections}
            """);
        File.WriteAllText(Path.Combine(root, "series", "series.md"), $"""
            ---
            kind: series
            key: hostile
            jurisdiction: xss
            title: {Quote("Hostile Series " + Payloads[4])}
            factors:
            {string.Concat(payloads.Take(3).Select(p => $"  - Factor {p.Number}\n"))}
            history:
            {string.Concat(payloads.Select(p => $"  - date: 2020-01-01\n    text: {Quote("History " + p.Text)}\n"))}
            ---

            ## Description {Payloads[6]} {Id("description")}

            {sections}
            """);
        var titles = new List<string>();
        foreach (var (number, text) in payloads)
        {
            var title = "Payload " + number.ToString(CultureInfo.InvariantCulture) + " " + OneLine(text);
            titles.Add(title);
            var inSeries = number < 3;
            File.WriteAllText(Path.Combine(root, inSeries ? "series" : string.Empty, $"payload-{number}.md"), $"""
                ---
                kind: class
                jurisdiction: xss
                key: payload-{number}
                title: {Quote(title)}
                short-title: {Quote("Short " + OneLine(text))}
                code: {Quote("X" + number.ToString(CultureInfo.InvariantCulture))}
                job-group: g{number}
                {(inSeries ? $"series: hostile\nlevel: {number + 1}\nfactor-ratings:\n" + string.Concat(payloads.Take(3).Select(p => $"  factor-{p.Number}: {Quote("Rating " + text)}\n")) : string.Empty)}source:
                  title: {Quote("Source " + OneLine(text))}
                ---

                ## Duties {OneLine(text)} {Id("duties")}

                {text}

                {sections}
                ### Part {OneLine(text)}

                Text of the part: {text}
                """);
        }

        return titles;
    }

    /// <summary>The payload on one line, for fields that are one line of text.</summary>
    private static string OneLine(string text) => text.Replace('\n', ' ');

    /// <summary>A heading's id attribute: {#id}.</summary>
    private static string Id(string id) => "{#" + id + "}";

    /// <summary>A YAML double-quoted string.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\u2028' => "\\L",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
