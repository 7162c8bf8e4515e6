using System.Linq;
using SpecSdk.Synthesis;

namespace SpecSdk.Specs.Tests;

/// <summary>The benchmarks measure valid specs: synthesized files must read as cleanly as the seeds.</summary>
public class SynthesizerTests
{
    [Fact]
    public void Synthesized_specs_are_valid_and_complete()
    {
        var files = SpecSynthesizer.Create(2_500);
        var result = SpecLoader.Load(files.Select(f => SpecReader.Read(f.Path, f.Text)).ToList());

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2_500, result.Catalog.Classes.Count);
        Assert.Equal(3, result.Catalog.Jurisdictions.Count);
        var coded = result.Catalog.Classes.Where(c => c.Code is not null).ToList();
        Assert.True(coded.Count > 2_000);
        Assert.Equal(coded.Count, coded.Select(c => (c.JurisdictionKey, c.Code)).Distinct().Count());
        Assert.All(result.Catalog.Series, s => Assert.Equal(4, s.Levels.Count));
        Assert.True(result.Catalog.Classes.Count(c => c.Grade is not null) > 1_200);
    }

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        Assert.Equal(SpecSynthesizer.Create(300, seed: 7), SpecSynthesizer.Create(300, seed: 7));
        Assert.NotEqual(SpecSynthesizer.Create(300, seed: 7).Select(f => f.Text), SpecSynthesizer.Create(300, seed: 8).Select(f => f.Text));
    }
}
