using System;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Tests;

/// <summary>Each fact of the format is stated once: a basis or a section id added in one place only fails here.</summary>
public class VocabularyTests
{
    [Fact]
    public void Every_salary_basis_has_its_terms_once_and_every_name_is_its_own()
    {
        Assert.Equal(Enum.GetValues<SalaryBasis>().Order(), SalaryBases.All.Select(t => t.Basis).Order());
        Assert.Equal(SalaryBases.All.Count, SalaryBases.All.Select(t => t.SpecName).Distinct().Count());
        Assert.Equal(SalaryBases.All.Count, SalaryBases.All.Select(t => t.Label).Distinct().Count());
        Assert.All(SalaryBases.All, t => Assert.True(SalaryBases.TryParse(t.SpecName, out var basis) && basis == t.Basis));
    }

    [Fact]
    public void A_grade_and_an_entrance_rate_take_every_basis_by_its_spec_name()
    {
        Assert.Equal(SalaryBases.Names.Prepend("steps").Prepend("grade"), FieldNames.GradeFields);
        Assert.Equal(SalaryBases.Names, FieldNames.GradeSteps);
        Assert.Equal(SalaryBases.Names, FieldNames.SpecialEntranceRate);
    }

    [Fact]
    public void A_range_has_its_figures_once_lowest_first_each_read_from_its_own_property()
    {
        var range = new SalaryRange { Minimum = 1m, Midpoint = 2m, Maximum = 3m };

        Assert.Equal(new decimal?[] { 1m, 2m, 3m }, RangeFigures.All.Select(f => f.Of(range)));
        Assert.Equal(RangeFigures.All.Select(f => f.SpecName), FieldNames.Range);
        Assert.Equal(RangeFigures.All.Select(f => f.SpecName), RangeFigures.All.Select(f => f.Label.ToLowerInvariant()));
    }

    [Fact]
    public void Section_ids_are_keys_and_distinct()
    {
        Assert.Equal(SectionIds.All.Count, SectionIds.All.Distinct().Count());
        Assert.All(SectionIds.All, id => Assert.True(SpecSdk.Specs.Reading.Text.IsKey(id), id));
    }

    [Theory]
    [InlineData("Ville de Montréal", "ville-de-montreal")]
    [InlineData("Résumé Coordinator", "resume-coordinator")]
    [InlineData("Line/Staff Authority", "line-staff-authority")]
    [InlineData("ﬁnance Ｏｆｆｉｃｅ", "finance-office")]
    public void A_slug_folds_accents_without_the_system_s_normalization(string text, string slug) =>
        Assert.Equal(slug, SpecSdk.Specs.Reading.Text.Slug(text));
}
