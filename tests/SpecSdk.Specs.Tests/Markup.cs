using System;

namespace SpecSdk.Specs.Tests;

/// <summary>Test input with the expected span of a diagnostic marked as <c>[|...|]</c>, as in Roslyn's tests.</summary>
internal sealed record Markup(string Text, int Start, int End)
{
    public static Markup Parse(string markup)
    {
        var open = markup.IndexOf("[|", StringComparison.Ordinal);
        if (open < 0)
        {
            return new Markup(markup, -1, -1);
        }

        var close = markup.IndexOf("|]", open, StringComparison.Ordinal);
        var text = markup.Remove(close, 2).Remove(open, 2);
        return new Markup(text, open, close - 2);
    }

    public bool HasSpan => Start >= 0;

    /// <summary>Zero-based line and column of <paramref name="offset"/>, counting CRLF, CR and LF as one break.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] == '\n' || (Text[i] == '\r' && (i + 1 >= Text.Length || Text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }
}
