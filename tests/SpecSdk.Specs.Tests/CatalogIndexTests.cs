using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Catalogs;

namespace SpecSdk.Specs.Tests;

/// <summary>
/// The catalog's joins on two jurisdictions that use the same keys for everything (plan, grade, group, series,
/// class), so a join that forgets the jurisdiction finds the other one's.
/// </summary>
public class CatalogIndexTests
{
    private static readonly CatalogIndex Index = Build();

    private static Jurisdiction A => Index.FindJurisdiction("a")!;

    private static Jurisdiction B => Index.FindJurisdiction("b")!;

    [Fact]
    public void A_class_finds_its_own_jurisdictions_grade_group_and_series()
    {
        var clerk = Index.FindClass("a", "clerk")!;

        Assert.Equal("A County", Index.JurisdictionOf(clerk).Name);
        Assert.Equal("Plan of A", Index.PlanOf(clerk)!.Name);
        Assert.Equal(("a", "2"), (Index.GradeOf(clerk)!.JurisdictionKey, Index.GradeOf(clerk)!.Grade));
        Assert.Equal("Clerical of A", Index.GroupOf(clerk)!.Name);
        Assert.Equal("Office of A", Index.SeriesOf(clerk)!.Title);

        var other = Index.FindClass("b", "clerk")!;
        Assert.Equal("Plan of B", Index.PlanOf(other)!.Name);
        Assert.Equal("b", Index.GradeOf(other)!.JurisdictionKey);
        Assert.Null(Index.GroupOf(other));
        Assert.Null(Index.SeriesOf(other));
    }

    [Fact]
    public void A_class_without_a_group_of_its_own_is_in_its_series_group()
    {
        var typist = Index.FindClass("a", "typist")!;

        Assert.Null(typist.JobGroupKey);
        Assert.Equal("Clerical of A", Index.GroupOf(typist)!.Name);
    }

    [Fact]
    public void A_class_without_grade_group_or_series_has_none()
    {
        var intern = Index.FindClass("a", "intern")!;

        Assert.Null(Index.PlanOf(intern));
        Assert.Null(Index.GradeOf(intern));
        Assert.Null(Index.GroupOf(intern));
        Assert.Null(Index.SeriesOf(intern));
    }

    [Fact]
    public void Levels_come_in_level_order_not_key_order()
    {
        var office = Index.FindSeries("a", "office")!;

        Assert.Equal(new[] { "typist", "clerk" }, Index.LevelsOf(office).Select(c => c.Key));
        Assert.Equal("Clerical of A", Index.GroupOf(office)!.Name);
        Assert.Equal("a", Index.JurisdictionOf(office).Key);
    }

    [Fact]
    public void A_grade_and_a_group_list_only_their_jurisdictions_classes()
    {
        var gradeTwo = A.PayPlans.Single().FindGrade("2")!;
        var gradeOne = A.PayPlans.Single().FindGrade("1")!;

        Assert.Equal(new[] { "clerk" }, Index.ClassesIn(gradeTwo).Select(c => c.Key));
        Assert.Equal(new[] { "typist" }, Index.ClassesIn(gradeOne).Select(c => c.Key));
        Assert.Equal(new[] { "clerk" }, Index.ClassesIn(B.PayPlans.Single().FindGrade("2")!).Select(c => c.Key));
        Assert.Empty(Index.ClassesIn(B.PayPlans.Single().FindGrade("1")!));
        Assert.Equal(new[] { "clerk", "typist" }, Index.ClassesIn(A, A.JobGroups.Single()).Select(c => c.Key).OrderBy(k => k));
        Assert.Empty(Index.ClassesIn(B, B.JobGroups.Single()));
    }

    [Fact]
    public void A_jurisdiction_lists_its_classes_and_series_only()
    {
        Assert.Equal(new[] { "clerk", "intern", "typist" }, Index.ClassesOf(A).Select(c => c.Key).OrderBy(k => k));
        Assert.Equal(new[] { "clerk" }, Index.ClassesOf(B).Select(c => c.Key));
        Assert.Equal(new[] { "office" }, Index.SeriesOf(A).Select(s => s.Key));
        Assert.Empty(Index.SeriesOf(B));
    }

    [Fact]
    public void Unknown_keys_find_nothing()
    {
        Assert.Null(Index.FindJurisdiction("c"));
        Assert.Null(Index.FindClass("b", "typist"));
        Assert.Null(Index.FindSeries("b", "office"));
    }

    [Fact]
    public void Equal_catalogs_give_equal_indexes()
    {
        Assert.Equal(Index, Build());
        Assert.Equal(Index.GetHashCode(), Build().GetHashCode());
        Assert.NotEqual(Index, new CatalogIndex(new Catalog()));
    }

    private static CatalogIndex Build()
    {
        var files = new[]
        {
            ("a/jurisdiction.md", Jurisdiction("a", "A")),
            ("b/jurisdiction.md", Jurisdiction("b", "B")),
            ("a/office.md", "---\nkind: series\nkey: office\njurisdiction: a\ntitle: Office of A\njob-group: clerical\n---\n"),
            ("a/typist.md", "---\njurisdiction: a\ntitle: Typist\ngrade: \"1\"\nseries: office\nlevel: 1\n---\n"),
            ("a/clerk.md", "---\njurisdiction: a\ntitle: Clerk\ngrade: \"2\"\njob-group: clerical\nseries: office\nlevel: 2\n---\n"),
            ("a/intern.md", "---\njurisdiction: a\ntitle: Intern\n---\n"),
            ("b/clerk.md", "---\njurisdiction: b\ntitle: Clerk\ngrade: \"2\"\n---\n"),
        };
        var result = CatalogBuilder.Build(files.Select(f => SpecReader.Read(f.Item1, f.Item2).Document!));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(d => d.ToString()));
        return result.Index;
    }

    private static string Jurisdiction(string key, string name) => $"""
        ---
        kind: jurisdiction
        key: {key}
        name: {name} County
        pay-plans:
          - key: main
            name: Plan of {name}
            grades:
              - grade: "1"
                annual: {"{"} minimum: 30000 {"}"}
              - grade: "2"
                annual: {"{"} minimum: 40000 {"}"}
        job-groups:
          - key: clerical
            name: Clerical of {name}
        ---
        """;
}
