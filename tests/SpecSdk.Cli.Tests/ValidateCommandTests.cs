using System;
using System.IO;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Seeds_are_valid()
    {
        var (code, output, _) = Cli.Run("validate", TestRepository.Path("seeds"));

        Assert.Equal(0, code);
        Assert.Matches(@"^11 spec files: 3 jurisdictions, 1 class series, 7 job classes; 0 error\(s\), 0 warning\(s\) in \d+\.\d\d s\.\s*$", output);
    }

    [Fact]
    public void A_bad_spec_is_reported_at_its_line_and_column_and_fails()
    {
        File.WriteAllText(Path.Combine(folder, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n");
        File.WriteAllText(Path.Combine(folder, "clerk.md"), "---\njurisdiction: t\ntitle: Clerk\nestablished: 1993-13-01\n---\n\n## Duties\n\n- Files.\n");

        var (code, output, _) = Cli.Run("validate", folder);

        Assert.Equal(1, code);
        // A folder in no repository and outside the current folder is shown by its full path.
        var expectedPath = Path.Combine(folder, "clerk.md");
        Assert.StartsWith(expectedPath + "(4,14): error SPEC010: '1993-13-01' is not a valid date", output, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_text_echoed_in_a_diagnostic_cannot_forge_a_line_of_its_own()
    {
        File.WriteAllText(Path.Combine(folder, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n");
        File.WriteAllText(Path.Combine(folder, "clerk.md"), "---\njurisdiction: t\ntitle: Clerk\nestablished: |\n  2020\n  x.md(1,1): error SPEC999: forged\u202E\n---\n\n## Duties\n\n- Files.\n");

        var (code, output, _) = Cli.Run("validate", folder);

        Assert.Equal(1, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("'2020\\nx.md(1,1): error SPEC999: forged\\u202E\\n' is not a valid date", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.StartsWith("x.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_fail_only_with_warnaserror()
    {
        File.WriteAllText(Path.Combine(folder, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\ncolour: blue\n---\n");

        var (plain, plainOutput, _) = Cli.Run("validate", folder);
        var (strict, strictOutput, _) = Cli.Run("validate", folder, "--warnaserror");

        Assert.Equal((0, 1), (plain, strict));
        Assert.Contains("warning SPEC007", plainOutput, StringComparison.Ordinal);
        Assert.Contains("error SPEC007", strictOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validat")]
    [InlineData("validate", "--no-such-option")]
    [InlineData("validate", "/no/such/folder")]
    public void Bad_usage_exits_with_2_and_says_why(params string[] args)
    {
        var (code, _, error) = Cli.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("specsdk: ", error, StringComparison.Ordinal);
    }
}
