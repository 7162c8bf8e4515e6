using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;

namespace SpecSdk.Cli.Tests;

/// <summary>
/// Every option and argument of every command, given a malformed value, is a usage error: exit code 2 and one line
/// on standard error that names it, no stack trace. The commands are read from the command tree, so an option added
/// later is covered without a change here; a value type with no malformed value listed fails the test.
/// </summary>
public sealed class UsageTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    public void Dispose() => File.Delete(file);

    public static TheoryData<string> Symbols()
    {
        var data = new TheoryData<string>();
        foreach (var (path, symbol) in Walk(Program.CreateRoot(TextWriter.Null, TextWriter.Null), Array.Empty<string>()))
        {
            data.Add(string.Join(" ", path) + " " + symbol.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Symbols))]
    public void A_malformed_value_is_a_usage_error_that_names_the_option(string symbolPath)
    {
        var (path, symbol) = Walk(Program.CreateRoot(TextWriter.Null, TextWriter.Null), Array.Empty<string>())
            .Single(s => string.Join(" ", s.Path) + " " + s.Symbol.Name == symbolPath);
        var type = symbol is Option option ? option.ValueType : ((Argument)symbol).ValueType;
        foreach (var value in Malformed(type))
        {
            var args = path.Concat(symbol is Option ? new[] { symbol.Name, value } : new[] { value }).ToArray();
            var (code, output, error) = Cli.Run(args);
            var shown = $"specsdk {string.Join(" ", args)}";
            Assert.True(code == 2, $"{shown}: exit {code}\n{output}{error}");
            Assert.Single(error.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("specsdk: ", error, StringComparison.Ordinal);
            // A flag takes only true or false after it; any other word is a stray argument, and named as one.
            Assert.Contains(type == typeof(bool) ? value : symbol.Name, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://jobs.example.gov/", true)]
    [InlineData("http://jobs.example.gov/handbook/", true)]
    [InlineData("/handbook/", true)]
    [InlineData("handbook/", true)]
    [InlineData("https://git.example.gov/hr/specs/blob/main/", true)]
    [InlineData("javascript:alert(1)//", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\"><script>alert(1)</script>", false)]
    [InlineData("https://jobs.example.gov/\"onmouseover=\"alert(1)", false)]
    [InlineData("https://jobs.example.gov/<x>", false)]
    [InlineData("/a b/", false)]
    public void A_link_option_takes_http_addresses_and_site_paths_only(string value, bool accepted)
    {
        Assert.Equal(accepted, SpecSdk.Specs.Links.IsSafe(value));
        var (code, _, error) = Cli.Run("build", "--base-url", value, "--spec-url", value, SpecSdk.Testing.TestRepository.Path("seeds"), "-o", Path.Combine(Path.GetTempPath(), "specsdk-no-build-" + Guid.NewGuid().ToString("N")), "--theme", file);
        Assert.Equal(2, code);
        Assert.Equal(accepted, !error.Contains("--base-url", StringComparison.Ordinal));
    }

    private IEnumerable<string> Malformed(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(int?) => new[] { "abc", "1.5", "99999999999" },
        _ when type == typeof(bool) => new[] { "maybe", "1" },
        _ when type == typeof(string) || type == typeof(string[]) => new[] { string.Empty, "two\nlines", "bell\a" },
        _ when type == typeof(DirectoryInfo) => new[] { file },
        _ when type == typeof(FileInfo) => new[] { Path.Combine(Path.GetTempPath(), "specsdk-no-such-" + Guid.NewGuid().ToString("N")), Path.GetTempPath() },
        _ when type == typeof(FileSystemInfo[]) => new[] { Path.Combine(Path.GetTempPath(), "specsdk-no-such-" + Guid.NewGuid().ToString("N")) },
        _ => throw new InvalidOperationException($"No malformed value is listed for {type}: add one to {nameof(Malformed)}."),
    };

    private static IEnumerable<(string[] Path, Symbol Symbol)> Walk(Command command, string[] path)
    {
        foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption))
        {
            yield return (path, option);
        }

        foreach (var argument in command.Arguments)
        {
            yield return (path, argument);
        }

        foreach (var child in command.Subcommands)
        {
            foreach (var symbol in Walk(child, path.Append(child.Name).ToArray()))
            {
                yield return symbol;
            }
        }
    }
}
