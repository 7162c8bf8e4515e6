using SpecSdk.Specs;

namespace SpecSdk.Testing;

/// <summary>What every read must give, whatever the text: diagnostics, never the reader's own failure, each inside the text.</summary>
internal static class Readable
{
    public static void Assert(string text)
    {
        var file = SpecReader.Read("fuzz.md", text);
        Xunit.Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
        foreach (var diagnostic in file.Diagnostics)
        {
            var location = diagnostic.Location;
            Xunit.Assert.InRange(location.Start, 0, text.Length);
            Xunit.Assert.InRange(location.Start + location.Length, location.Start, text.Length);
            Xunit.Assert.True(location.EndLine > location.StartLine || (location.EndLine == location.StartLine && location.EndColumn >= location.StartColumn));
        }
    }
}
