using System.IO;
using System.Linq;
using SpecSdk.Model;

using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

public class SeedFidelityTests
{
    private static readonly Catalog Catalog = SpecLoader.LoadDirectory(TestRepository.Path("seeds")).Catalog;

    public static TheoryData<string, string, string> Seeds => new()
    {
        { "000_f9e488b68215ebe5.txt", "class", "ky/production-coordinator" },
        { "001_1ec98876241d0fee.txt", "class", "ky/production-specialist-ii" },
        { "002_39d9cd6d330901a5.txt", "series", "co/customer-support-coordinator" },
        { "003_c413c47e85ec8b65.txt", "class", "jcc/business-systems-coordinator" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_sentence_and_figure_of_the_original_is_in_the_model(string original, string kind, string id)
    {
        var document = File.ReadAllText(Path.Combine(TestRepository.Path("seeds"), "original", original));
        var jurisdiction = id.Split('/')[0];
        var key = id.Split('/')[1];
        var text = kind == "series"
            ? ModelText.Of(Catalog, Catalog.Series.Single(s => s.JurisdictionKey == jurisdiction && s.Key == key))
            : ModelText.Of(Catalog, Catalog.Classes.Single(c => c.JurisdictionKey == jurisdiction && c.Key == key));

        var missing = Fidelity.Missing(document, text);

        Assert.True(Fidelity.Checks(document).Count > 20, "the comparison found too little to check in " + original);
        Assert.True(missing.Count == 0, $"{missing.Count} of {Fidelity.Checks(document).Count} not in the model:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_comparison_notices_a_missing_sentence()
    {
        var document = File.ReadAllText(Path.Combine(TestRepository.Path("seeds"), "original", "000_f9e488b68215ebe5.txt"));
        var jobClass = Catalog.Classes.Single(c => c.Code == "73070V000101");
        var text = ModelText.Of(Catalog, jobClass).Replace("Directs switching of online systems to alternate processor(s).", string.Empty);

        Assert.Equal(new[] { "Directs switching of online systems to alternate processor(s)." }, Fidelity.Missing(document, text));
    }

    [Fact]
    public void Originals_are_kept_byte_for_byte()
    {
        var names = Directory.GetFiles(Path.Combine(TestRepository.Path("seeds"), "original")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(Seeds.Select(row => (string)row[0]).ToArray(), names);
    }
}
