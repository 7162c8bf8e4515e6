using System.Collections.Generic;

namespace SpecSdk.Site;

/// <summary>A link as pages show it: text and a site-relative URL ("ky/classes/73070v000101.html").</summary>
public sealed record LinkView(string Text, string Url);

/// <summary>A label and value pair of a fact table; Url is empty when the value links nowhere.</summary>
public sealed record FactView(string Label, string Value, string Url = "", string Iso = "");

/// <summary>One page of the handbook: where it goes, which template renders it, and the data it shows.</summary>
public sealed record PageView(string Path, string Template, string Title, string Description, IReadOnlyList<LinkView> Breadcrumbs, object Model);

/// <summary>A section rendered to HTML.</summary>
public sealed record SectionView(string Anchor, string Title, string Lead, string Body, IReadOnlyList<SectionView> Subsections, bool Boilerplate);

/// <summary>A salary range row: basis and figures as shown.</summary>
public sealed record RangeView(string Basis, string Minimum, string Midpoint, string Maximum);

/// <summary>A class in a table: title, link, code, grade, salary and group.</summary>
public sealed record ClassRowView(string Title, string Url, string Code, string Grade, string GradeUrl, string Salary, string SalarySort, string Group, string Revised, string RevisedIso);

/// <summary>The home page.</summary>
public sealed record HomeView(IReadOnlyList<JurisdictionSummaryView> Jurisdictions, IReadOnlyList<ClassRowView> Recent, int Classes, int Series, int Grades);

/// <summary>A jurisdiction on the home page.</summary>
public sealed record JurisdictionSummaryView(string Name, string Url, int Classes, int Series, int Grades);

/// <summary>A job group with its classes.</summary>
public sealed record GroupView(string Name, string Code, string Description, int Count);

/// <summary>A jurisdiction's page.</summary>
public sealed record JurisdictionView(
    string Name,
    string DocumentTitle,
    string GroupTerm,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<ClassRowView> Classes,
    IReadOnlyList<LinkView> PayPlans,
    IReadOnlyList<LinkView> Series);

/// <summary>A pay grade's figures and the classes in it.</summary>
public sealed record GradeView(string Grade, string Plan, string PlanUrl, string Jurisdiction, IReadOnlyList<RangeView> Ranges, IReadOnlyList<ClassRowView> Classes);

/// <summary>A pay plan as a table: a row per grade, a column per figure of each basis.</summary>
public sealed record PayPlanView(string Name, string Jurisdiction, string Effective, IReadOnlyList<string> Columns, IReadOnlyList<PayPlanRowView> Rows);

/// <summary>One grade of a pay plan table.</summary>
public sealed record PayPlanRowView(string Grade, string Url, IReadOnlyList<string> Figures);

/// <summary>A factor of a level: its rating and, where the spec gives one, its text.</summary>
public sealed record FactorView(string Name, string Rating, string Text, bool Changed);

/// <summary>A job class's page.</summary>
public sealed record ClassView(
    string Title,
    string Code,
    string Jurisdiction,
    string DocumentTitle,
    IReadOnlyList<FactView> Facts,
    GradeView? Grade,
    LinkView? Series,
    string Level,
    LinkView? Lower,
    LinkView? Higher,
    IReadOnlyList<FactorView> Factors,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<FactView> History,
    string SpecUrl,
    bool SpecExternal,
    string SpecPath);

/// <summary>One level of a series comparison.</summary>
public sealed record LevelView(string Title, string ShortTitle, string Url, string Code, string Level, string Concept, IReadOnlyList<FactorView> Factors);

/// <summary>A class series with its levels side by side.</summary>
public sealed record SeriesView(
    string Title,
    string Date,
    string DateIso,
    string Group,
    IReadOnlyList<string> FactorNames,
    IReadOnlyList<LevelView> Levels,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<FactView> History,
    string SpecUrl,
    bool SpecExternal);

/// <summary>The search page: where its index script is, relative to the site's root.</summary>
public sealed record SearchView(string Index);
