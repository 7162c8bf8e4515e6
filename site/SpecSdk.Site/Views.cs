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

/// <summary>A salary range row: its basis and, in the order of its table's columns, its figures as shown.</summary>
public sealed record RangeView(string Basis, IReadOnlyList<string> Figures);

/// <summary>A class in a table: title, link, code, grade, salary and group.</summary>
public sealed record ClassRowView(string Title, string Url, string Code, string Grade, string GradeUrl, string Salary, string SalarySort, string Group, string Revised, string RevisedIso, string Status);

/// <summary>
/// A table of job classes; a column is shown only when some row has a value in it (Code, Grade, Salary), so a
/// jurisdiction without pay grades shows no empty Grade and Salary columns.
/// </summary>
public sealed record ClassTableView(IReadOnlyList<ClassRowView> Rows, bool Code, bool Grade, bool Salary);

/// <summary>The home page; Summary counts everything in words ("7 job classes, 1 class series and 4 pay grades of 3 jurisdictions").</summary>
public sealed record HomeView(IReadOnlyList<JurisdictionSummaryView> Jurisdictions, IReadOnlyList<ClassRowView> Recent, int Classes, int Series, int Grades, string Summary);

/// <summary>A jurisdiction on the home page; Summary counts its contents in words ("1 class · 0 series · 2 pay grades").</summary>
public sealed record JurisdictionSummaryView(string Name, string Url, int Classes, int Series, int Grades, string Summary);

/// <summary>A job group with the number of its classes, counting those grouped through their series, and that number in words.</summary>
public sealed record GroupView(string Name, string Code, string Description, int Count, string CountText);

/// <summary>A jurisdiction's page.</summary>
public sealed record JurisdictionView(
    string Name,
    string DocumentTitle,
    string GroupTerm,
    IReadOnlyList<GroupView> Groups,
    ClassTableView Classes,
    IReadOnlyList<LinkView> PayPlans,
    IReadOnlyList<LinkView> Series,
    CommitsView Commits);

/// <summary>A pay grade's ranges, under the figures any of them gives (Columns: "Minimum", "Midpoint"), and the classes in it.</summary>
public sealed record GradeView(string Grade, string Plan, string PlanUrl, string Jurisdiction, IReadOnlyList<string> Columns, IReadOnlyList<RangeView> Ranges, ClassTableView Classes);

/// <summary>A pay plan as a chart (inline SVG, empty when nothing can be drawn) and a table: a row per grade, a column per figure of each basis.</summary>
public sealed record PayPlanView(string Name, string Jurisdiction, string Version, string Effective, string EffectiveIso, string Ends, string EndsIso, bool Latest, IReadOnlyList<PayPlanVersionLinkView> Versions, string Chart, IReadOnlyList<string> Columns, IReadOnlyList<PayPlanRowView> Rows);

/// <summary>One version of a pay plan in the switch between them: its name or dates, its page, whether it is the one shown.</summary>
public sealed record PayPlanVersionLinkView(string Text, string Url, bool Current);

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
    string PayChart,
    LinkView? Series,
    string Level,
    LinkView? Lower,
    LinkView? Higher,
    IReadOnlyList<FactorView> Factors,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<FactView> History,
    string SpecUrl,
    bool SpecExternal,
    string SpecPath,
    string Abolished,
    string AbolishedIso,
    LinkView? Successor,
    string SuccessorJurisdiction,
    string StructuredData,
    CommitsView Commits,
    string CompareKey,
    string LowerKey,
    string HigherKey);

/// <summary>One level of a series comparison: its code, grade and salary range where it has them, concept and factors.</summary>
public sealed record LevelView(string Title, string ShortTitle, string Url, string Code, string Grade, string GradeUrl, string Salary, string Level, string Concept, IReadOnlyList<FactorView> Factors);

/// <summary>A class series with its levels side by side.</summary>
public sealed record SeriesView(
    string Title,
    string Date,
    string DateIso,
    string Group,
    IReadOnlyList<string> FactorNames,
    IReadOnlyList<LevelView> Levels,
    bool Grades,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<FactView> History,
    string SpecUrl,
    bool SpecExternal,
    CommitsView Commits);

/// <summary>
/// What every page shows of the site's configuration: its title, logo (a site-relative URL or empty), footer line,
/// colour rules (CSS or empty), the Atom feed's absolute address (empty when the site has no feed).
/// </summary>
public sealed record SiteView(string Title, string Logo, string Footer, string Style, string Feed);

/// <summary>A page of What changed: its changes, its number of how many, the pages before and after it (empty at either end).</summary>
public sealed record ChangesView(IReadOnlyList<ChangeView> Changes, int Page, int Pages, string Previous, string Next, string Summary);

/// <summary>The compare page: the version its data scripts' addresses carry.</summary>
public sealed record CompareView(string Version);

/// <summary>The search page: the address of its build's search meta file, which names the build's version.</summary>
public sealed record SearchView(string Meta);

/// <summary>The newest commits of a spec file, as its page lists them, and how many earlier ones it leaves to What changed.</summary>
public sealed record CommitsView(IReadOnlyList<ChangeView> Items, int Earlier);
