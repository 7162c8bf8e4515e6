using System;
using System.IO;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Import.Tests;

/// <summary>Importing the four seed documents gives the checked-in seed specs: the same model, the same files.</summary>
public class RoundTripTests
{
    private static readonly ImportResult Imported = Importer.Import(Directory
        .GetFiles(TestRepository.Path("seeds", "original"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(p => new ImportInput(Path.GetFileName(p), File.ReadAllBytes(p)))
        .ToList());

    [Fact]
    public void Each_layout_is_detected()
    {
        Assert.Equal(
            new[] { "kentucky", "kentucky", "colorado", "judicial-council" },
            Imported.Inputs.Select(i => i.Layout));
    }

    [Fact]
    public void The_seeds_import_without_any_diagnostic()
    {
        Assert.Empty(Imported.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(Imported.Validation.Select(d => d.ToString()));
    }

    [Fact]
    public void The_imported_model_equals_the_seed_model()
    {
        var seeds = SpecLoader.LoadDirectory(TestRepository.Path("seeds")).Catalog;
        var imported = SpecLoader.Load(Imported.Files.Select(f => SpecReader.Read(f.Path, f.Text)).ToList()).Catalog;

        Assert.Equal(seeds.Jurisdictions.Select(j => j.Key), imported.Jurisdictions.Select(j => j.Key));
        Assert.Equal(seeds.Classes.Select(c => c.SourcePath), imported.Classes.Select(c => c.SourcePath));
        foreach (var (expected, actual) in seeds.Jurisdictions.Zip(imported.Jurisdictions))
        {
            Assert.Equal(expected, actual);
        }

        foreach (var (expected, actual) in seeds.Series.Zip(imported.Series))
        {
            Assert.Equal(expected, actual);
        }

        foreach (var (expected, actual) in seeds.Classes.Zip(imported.Classes))
        {
            Assert.Equal(expected with { Sections = default }, actual with { Sections = default });
            Assert.Equal(expected.Sections.Select(s => s.Id), actual.Sections.Select(s => s.Id));
            Assert.Equal(expected.Sections, actual.Sections);
        }

        Assert.Equal(seeds, imported);
    }

    [Fact]
    public void The_imported_files_are_the_seed_files_byte_for_byte() => Imports.AssertSeedFiles(Imported);

    [Fact]
    public void Kentucky_salary_grades_of_both_documents_are_in_one_pay_plan()
    {
        var catalog = SpecLoader.Load(Imported.Files.Select(f => SpecReader.Read(f.Path, f.Text)).ToList()).Catalog;
        var kentucky = catalog.Jurisdictions.Single(j => j.Key == "ky");
        var grades = kentucky.PayPlans.Single().Grades;
        Assert.Equal(new[] { "11", "14" }, grades.Select(g => g.Grade));
        var hourly = grades[1].Ranges.Single(r => r.Basis == SalaryBasis.Hourly);
        Assert.Equal(18.075m, hourly.Minimum);
        Assert.Equal(23.944m, hourly.Midpoint);
    }
}
