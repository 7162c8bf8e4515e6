using System;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Specs.Config;
using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>specsdk.yml: what it sets, and every mistake a CFG diagnostic at its place.</summary>
public class SiteConfigTests
{
    [Fact]
    public void Reads_every_field()
    {
        var (config, diagnostics) = Read("title: Texas Job Classes\nlogo: images/seal.svg\nbase-url: https://jobs.example.gov/\nfooter: Published by the State Auditor's Office\ncolours:\n  link: \"#0B57A4\"\n  accent: \"#7a3e00\"\n", logo => logo == "images/seal.svg");

        Assert.Empty(diagnostics);
        Assert.Equal(("Texas Job Classes", "images/seal.svg", "https://jobs.example.gov/", "Published by the State Auditor's Office", "#0b57a4", "#7a3e00"), (config.Title, config.Logo, config.BaseUrl, config.Footer, config.LinkColour, config.AccentColour));
    }

    [Fact]
    public void An_empty_file_is_the_defaults()
    {
        var (config, diagnostics) = Read(string.Empty);

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteConfig(), config);
    }

    [Theory]
    [InlineData("title: [Texas\n", "CFG001", 1, 8)]
    [InlineData("- title\n", "CFG001", 1, 1)]
    [InlineData("titel: Texas\n", "CFG002", 1, 1)]
    [InlineData("title: [Texas, Jobs]\n", "CFG003", 1, 8)]
    [InlineData("base-url: ftp://example.gov/\n", "CFG004", 1, 11)]
    [InlineData("base-url: https://jobs.example.gov/<script>\n", "CFG004", 1, 11)]
    [InlineData("colours:\n  link: blue\n", "CFG004", 2, 9)]
    [InlineData("title: A\ntitle: B\n", "CFG005", 2, 1)]
    [InlineData("colours:\n  link: \"#ffbf47\"\n", "CFG006", 2, 9)]
    [InlineData("logo: seal.svg\n", "CFG007", 1, 7)]
    [InlineData("logo: notes.txt\n", "CFG007", 1, 7)]
    [InlineData("logo: ../seal.svg\n", "CFG007", 1, 7)]
    [InlineData("title: \"\"\n", "CFG004", 1, 8)]
    [InlineData("colours:\n  link: #0b57a4\n", "CFG004", 2, 3)]
    [InlineData("colours:\n  link: \"#757575\"\n", "CFG006", 2, 9)]
    public void A_mistake_is_reported_at_its_place(string text, string id, int line, int column)
    {
        var (_, diagnostics) = Read(text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Location.StartLine + 1, diagnostic.Location.StartColumn + 1));
        Assert.StartsWith($"specsdk.yml({line},{column}): ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_light_colour_is_refused_with_its_contrast()
    {
        var diagnostic = Assert.Single(Read("colours:\n  accent: \"#ffbf47\"\n").Diagnostics);

        Assert.Equal("The colour #ffbf47 has a contrast of 1.5:1 against the page's light panels (#f3f5f8); text needs at least 4.5:1 to be read by everyone (WCAG 2.1 AA). Choose a darker colour.", diagnostic.Message);
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#0b57a4", "#ffffff", 7.2)]
    [InlineData("#0b57a4", SiteConfigReader.Panel, 6.6)]
    [InlineData("#777777", "#ffffff", 4.48)]
    public void Contrast_is_wcag_s(string colour, string other, double expected) =>
        Assert.Equal(expected, SiteConfigReader.Contrast(colour, other), 1);

    [Fact]
    public void A_file_too_large_or_not_utf8_is_one_diagnostic_and_not_read()
    {
        var large = SiteConfigReader.Read("specsdk.yml", new byte[16], 10_000_000, _ => true).Diagnostics;
        var binary = SiteConfigReader.Read("specsdk.yml", new byte[] { 0x74, 0xFF, 0xFE }, 3, _ => true).Diagnostics;

        Assert.Equal("CFG001", Assert.Single(large).Id);
        Assert.Contains("10,000,000 bytes", large[0].Message, StringComparison.Ordinal);
        Assert.Equal("CFG001", Assert.Single(binary).Id);
        Assert.Contains("not UTF-8", binary[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_documented_and_the_schema_has_every_field()
    {
        var page = File.ReadAllText(TestRepository.Path("docs", "diagnostics.md"));
        Assert.All(ConfigDiagnostics.All, d => Assert.Contains($"## {d.Id}\n\n**{d.Title}** ({d.DefaultSeverity.ToString().ToLowerInvariant()})", page.Replace("\r\n", "\n"), StringComparison.Ordinal));

        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(TestRepository.Path("docs", "specsdk.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        Assert.Equal(SiteConfigFields.All.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(SiteConfigFields.Colours.Order(StringComparer.Ordinal), properties.GetProperty("colours").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static (SiteConfig Config, System.Collections.Generic.IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string text, Func<string, bool>? exists = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return SiteConfigReader.Read("specsdk.yml", bytes, bytes.Length, exists ?? (_ => false));
    }
}
