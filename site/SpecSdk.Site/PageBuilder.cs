using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Site;

/// <summary>
/// Decides every page of the handbook and prepares what it shows, so templates only lay out: URLs, formatted
/// figures and dates, HTML of the prose, the comparisons of series levels.
/// </summary>
internal sealed class PageBuilder
{
    private readonly CatalogIndex index;
    private readonly Catalog catalog;
    private readonly Dictionary<(string, string), string> classUrls = new();
    private readonly Dictionary<(string, string, string), string> gradeUrls = new();

    /// <summary>
    /// The class pages' charts, one a pay plan version and grade: every class of a grade shows the same chart, and
    /// making it for each of them cost a twentieth of a 10,000-class build.
    /// </summary>
    private readonly ConcurrentDictionary<PayPlanVersion, ConcurrentDictionary<string, string>> charts = new(ReferenceEqualityComparer.Instance);

    private readonly string? specUrl;
    private readonly string title;
    private readonly Changes changes;

    /// <summary>
    /// Prepares the pages of the catalog in <paramref name="index"/>; spec files are linked at <paramref name="specUrl"/>
    /// when given, else in specs/; the home page is headed <paramref name="title"/>; the commits of
    /// <paramref name="history"/> are listed with links made from <paramref name="commitUrl"/>.
    /// </summary>
    public PageBuilder(CatalogIndex index, string? specUrl, string title, RepositoryHistory? history, string? commitUrl)
    {
        this.title = title;
        this.index = index;
        catalog = index.Catalog;
        this.specUrl = specUrl is null || specUrl.EndsWith('/') ? specUrl : specUrl + "/";
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var jobClass in catalog.Classes)
        {
            var slug = jobClass.Code is { } code && Text.Slug(code).Length > 0 ? Text.Slug(code) : jobClass.Key;
            classUrls[(jobClass.JurisdictionKey, jobClass.Key)] = Unique(used, $"{jobClass.JurisdictionKey}/classes", slug);
        }

        foreach (var grade in catalog.Jurisdictions.SelectMany(j => j.PayPlans).SelectMany(p => p.Grades))
        {
            gradeUrls[(grade.JurisdictionKey, grade.PayPlanKey, grade.Grade)] = Unique(used, $"{grade.JurisdictionKey}/grades/{grade.PayPlanKey}", GradeSlug(grade.Grade));
        }

        changes = new Changes(index, this, history, commitUrl);
    }

    /// <summary>The catalog's changes, for the What changed pages and the feed.</summary>
    public Changes Changes => changes;

    /// <summary>The URL of a class's page, relative to the site root: one file a page, no folder a page.</summary>
    public string ClassUrl(JobClass jobClass) => classUrls[(jobClass.JurisdictionKey, jobClass.Key)];

    /// <summary>The URL of a grade's page: grades whose names give the same slug ("1A", "1a") get "-2", "-3" as classes do.</summary>
    public string GradeUrl(PayGrade grade) => gradeUrls[(grade.JurisdictionKey, grade.PayPlanKey, grade.Grade)];

    /// <summary>The chart of <paramref name="version"/> with <paramref name="grade"/>'s bar marked, made once for all the grade's classes.</summary>
    private string Chart(PayPlan plan, PayPlanVersion version, string currency, PayGrade grade) =>
        charts.GetOrAdd(version, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal))
            .GetOrAdd(grade.Grade, _ => PayChart.Svg(plan, version, currency, grade));

    public static string PlanUrl(string jurisdictionKey, PayPlan plan) => $"{jurisdictionKey}/pay-plans/{plan.Key}.html";

    /// <summary>The page of a version of a plan: the latest is the plan's own page, each earlier one is named by its effective date.</summary>
    public static string VersionUrl(string jurisdictionKey, PayPlan plan, PayPlanVersion version) =>
        ReferenceEquals(version, plan.Latest) || version.Effective is not { } effective ? PlanUrl(jurisdictionKey, plan) : $"{jurisdictionKey}/pay-plans/{plan.Key}/{effective}.html";

    public static string JurisdictionUrl(Jurisdiction jurisdiction) => jurisdiction.Key + "/index.html";

    public static string SeriesUrl(ClassSeries series) => $"{series.JurisdictionKey}/series/{series.Key}.html";

    public string SpecUrl(string sourcePath) => (specUrl ?? HandbookFolders.Specs + "/") + string.Join("/", sourcePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// Every page: its path and a function that prepares it, so a build prepares, renders and writes pages in
    /// parallel and keeps only the pages in flight in memory, and a preview server prepares only the pages it is
    /// asked for.
    /// </summary>
    public IEnumerable<(string Path, Func<PageView> Prepare)> Pages()
    {
        yield return ("index.html", Home);
        foreach (var jurisdiction in catalog.Jurisdictions)
        {
            yield return (JurisdictionUrl(jurisdiction), () => JurisdictionPage(jurisdiction));
            foreach (var plan in jurisdiction.PayPlans)
            {
                foreach (var version in plan.Versions)
                {
                    yield return (VersionUrl(jurisdiction.Key, plan, version), () => PlanPage(jurisdiction, plan, version));
                }

                foreach (var grade in plan.Grades)
                {
                    yield return (GradeUrl(grade), () => new PageView(
                        GradeUrl(grade),
                        "grade.html",
                        $"Grade {grade.Grade} — {jurisdiction.Name}",
                        $"Pay grade {grade.Grade} of {jurisdiction.Name}: salary ranges and the classes in it.",
                        new[] { Crumb(jurisdiction), new LinkView(plan.Name, PlanUrl(jurisdiction.Key, plan)) },
                        Grade(jurisdiction, plan, grade, withClasses: true)));
                }
            }
        }

        foreach (var classSeries in catalog.Series)
        {
            yield return (SeriesUrl(classSeries), () => SeriesPage(classSeries));
        }

        foreach (var jobClass in catalog.Classes)
        {
            yield return (ClassUrl(jobClass), () => ClassPage(jobClass));
        }

        for (var page = 1; page <= changes.PageCount; page++)
        {
            var number = page;
            yield return (Changes.PagePath(number), () => ChangesPage(number));
        }
    }

    private PageView ChangesPage(int page)
    {
        var all = changes.All;
        var shown = all.Skip((page - 1) * Changes.PageSize).Take(Changes.PageSize).ToList();
        var summary = all.Count == 0
            ? "No changes are recorded: no spec states a date of its own, and no commit of a spec file was found."
            : $"{Text.Count(all.Count, "change", "changes")} to the specs, newest first" + (changes.PageCount > 1 ? $"; page {page} of {changes.PageCount}." : ".");
        return new PageView(
            Changes.PagePath(page),
            "changes.html",
            page == 1 ? "What changed" : $"What changed, page {page}",
            "What changed in the job classes and pay plans, newest first: classes established, revised, retitled, regraded and abolished, new salaries.",
            Array.Empty<LinkView>(),
            new ChangesView(
                shown,
                page,
                changes.PageCount,
                page > 1 ? Changes.PagePath(page - 1) : string.Empty,
                page < changes.PageCount ? Changes.PagePath(page + 1) : string.Empty,
                summary));
    }

    private PageView Home()
    {
        var summaries = catalog.Jurisdictions.Select(j =>
        {
            var (classes, series, grades) = (index.ClassesOf(j).Count, index.SeriesOf(j).Count, j.PayPlans.Sum(p => p.Grades.Count));
            return new JurisdictionSummaryView(j.Name, JurisdictionUrl(j), classes, series, grades, $"{Text.Count(classes, "class", "classes")} · {Text.Count(series, "series", "series")} · {Text.Count(grades, "pay grade", "pay grades")}");
        }).ToList();
        var recent = catalog.Classes
            .Where(c => c.Status != ClassStatus.Abolished && (c.Revised is not null || c.Established is not null))
            .OrderByDescending(c => c.Revised ?? c.Established)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .Take(10)
            .Select(Row)
            .ToList();
        var allGrades = summaries.Sum(s => s.Grades);
        return new PageView(
            "index.html",
            "home.html",
            title,
            title + ": every job class with its title, code, pay grade, duties and requirements.",
            Array.Empty<LinkView>(),
            new HomeView(summaries, recent, catalog.Classes.Count, catalog.Series.Count, allGrades, $"{Text.Count(catalog.Classes.Count, "job class", "job classes")}, {Text.Count(catalog.Series.Count, "class series", "class series")} and {Text.Count(allGrades, "pay grade", "pay grades")} of {Text.Count(summaries.Count, "jurisdiction", "jurisdictions")}."));
    }

    private PageView JurisdictionPage(Jurisdiction jurisdiction)
    {
        var members = index.ClassesOf(jurisdiction).OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var groups = jurisdiction.JobGroups.Select(g =>
        {
            var count = index.ClassesIn(jurisdiction, g).Count;
            return new GroupView(g.Name, g.Code ?? string.Empty, Formatting.Markdown(g.Description ?? string.Empty), count, Text.Count(count, "class", "classes"));
        }).ToList();
        var view = new JurisdictionView(
            jurisdiction.Name,
            jurisdiction.DocumentTitle ?? string.Empty,
            jurisdiction.JobGroupTerm,
            groups,
            Table(members),
            jurisdiction.PayPlans.Select(p => new LinkView(p.Name, PlanUrl(jurisdiction.Key, p))).ToList(),
            index.SeriesOf(jurisdiction).Select(s => new LinkView(s.Title, SeriesUrl(s))).ToList(),
            changes.CommitsOf(jurisdiction.SourcePath));
        return new PageView(
            JurisdictionUrl(jurisdiction),
            "jurisdiction.html",
            jurisdiction.Name,
            $"The job classes, class series and pay plans of {jurisdiction.Name}.",
            Array.Empty<LinkView>(),
            view);
    }

    private PageView PlanPage(Jurisdiction jurisdiction, PayPlan plan, PayPlanVersion version)
    {
        var columns = new List<(SalaryBasis Basis, int Figure)>();
        foreach (var grade in version.Grades)
        {
            foreach (var range in grade.Ranges)
            {
                for (var figure = 0; figure < RangeFigures.All.Count; figure++)
                {
                    if (RangeFigures.All[figure].Of(range) is not null && !columns.Contains((range.Basis, figure)))
                    {
                        columns.Add((range.Basis, figure));
                    }
                }
            }
        }

        columns = columns.OrderBy(c => c.Basis).ThenBy(c => c.Figure).ToList();
        var stepBases = version.Grades.SelectMany(g => g.Steps).Select(s => s.Basis).Distinct().OrderBy(b => b).ToList();
        var rows = version.Grades.Select(grade => new PayPlanRowView(
            grade.Grade,
            GradeUrlOf(grade),
            columns.Select(c => Formatting.Money(grade.RangeFor(c.Basis) is { } range ? RangeFigures.All[c.Figure].Of(range) : null, jurisdiction.Currency))
                .Concat(stepBases.SelectMany(basis => version.StepNames.Select((_, step) => Formatting.Money(grade.Steps.FirstOrDefault(s => s.Basis == basis) is { } rates && step < rates.Amounts.Count ? rates.Amounts[step] : null, jurisdiction.Currency))))
                .ToList())).ToList();
        var latest = ReferenceEquals(version, plan.Latest);
        var name = version.Name ?? (version.Effective is { } effective ? "effective " + Formatting.Date(effective) : plan.Name);
        return new PageView(
            VersionUrl(jurisdiction.Key, plan, version),
            "payplan.html",
            latest ? $"{plan.Name} — {jurisdiction.Name}" : $"{plan.Name}, {name} — {jurisdiction.Name}",
            $"Every pay grade of {jurisdiction.Name}'s {plan.Name} with its salary figures" + (version.Effective is { } from ? $", in effect from {Formatting.Date(from)}." : "."),
            latest ? new[] { Crumb(jurisdiction) } : new[] { Crumb(jurisdiction), new LinkView(plan.Name, PlanUrl(jurisdiction.Key, plan)) },
            new PayPlanView(
                plan.Name,
                jurisdiction.Name,
                version.Name ?? string.Empty,
                Formatting.Date(version.Effective),
                Formatting.IsoDate(version.Effective),
                Formatting.Date(version.Ends),
                Formatting.IsoDate(version.Ends),
                latest,
                plan.Versions.Count < 2 ? Array.Empty<PayPlanVersionLinkView>() : plan.Versions.Reverse().Select(v => new PayPlanVersionLinkView(v.Name ?? "Effective " + Formatting.Date(v.Effective), VersionUrl(jurisdiction.Key, plan, v), ReferenceEquals(v, version))).ToList(),
                PayChart.Svg(plan, version, jurisdiction.Currency),
                columns.Select(c => Formatting.Basis(c.Basis) + " " + RangeFigures.All[c.Figure].SpecName).Concat(stepBases.SelectMany(basis => version.StepNames.Select(step => Formatting.Basis(basis) + " " + step))).ToList(),
                rows));
    }

    /// <summary>The page of a grade of any version: grade pages are those of the latest version, so an earlier version's grade links there while the latest has it.</summary>
    private string GradeUrlOf(PayGrade grade) => gradeUrls.TryGetValue((grade.JurisdictionKey, grade.PayPlanKey, grade.Grade), out var url) ? url : string.Empty;

    private GradeView Grade(Jurisdiction jurisdiction, PayPlan plan, PayGrade grade, bool withClasses)
    {
        // The figures some range of the grade gives: a column none fills is not shown.
        var figures = RangeFigures.All.Where(f => grade.Ranges.Any(r => f.Of(r) is not null)).ToList();
        return new GradeView(
            grade.Grade,
            plan.Name,
            PlanUrl(jurisdiction.Key, plan),
            jurisdiction.Name,
            figures.Select(f => f.Label).ToList(),
            grade.Ranges.Select(r => new RangeView(Formatting.Basis(r.Basis), figures.Select(f => Formatting.Money(f.Of(r), jurisdiction.Currency)).ToList())).ToList(),
            Table(withClasses ? index.ClassesIn(grade).OrderBy(c => c.Title, StringComparer.Ordinal) : Enumerable.Empty<JobClass>()));
    }

    private ClassTableView Table(IEnumerable<JobClass> classes)
    {
        var rows = classes.Select(Row).ToList();
        return new ClassTableView(rows, rows.Any(r => r.Code.Length > 0), rows.Any(r => r.Grade.Length > 0), rows.Any(r => r.Salary.Length > 0));
    }

    private PageView SeriesPage(ClassSeries series)
    {
        var jurisdiction = index.JurisdictionOf(series);
        var levels = index.LevelsOf(series);
        var levelViews = new List<LevelView>();
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var row = Row(level);
            levelViews.Add(new LevelView(
                level.Title,
                level.ShortTitle ?? level.Title,
                ClassUrl(level),
                level.Code ?? string.Empty,
                row.Grade,
                row.GradeUrl,
                row.Salary,
                level.Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Formatting.Markdown(level.FindSection(SectionIds.Concept)?.Body ?? string.Empty),
                Factors(level, i > 0 ? levels[i - 1] : null)));
        }

        var view = new SeriesView(
            series.Title,
            Formatting.Date(series.Date),
            Formatting.IsoDate(series.Date),
            index.GroupOf(series)?.Name ?? string.Empty,
            series.Factors.Select(f => f.Name).ToList(),
            levelViews,
            levelViews.Any(l => l.Grade.Length > 0),
            Sections(series.Sections),
            series.History.Select(h => new FactView(Formatting.Date(h.Date), h.Text, string.Empty, Formatting.IsoDate(h.Date))).ToList(),
            SpecUrl(series.SourcePath),
            specUrl is not null,
            changes.CommitsOf(series.SourcePath));
        return new PageView(
            SeriesUrl(series),
            "series.html",
            $"{series.Title} class series — {jurisdiction.Name}",
            $"The {series.Title} class series of {jurisdiction.Name}: its levels side by side.",
            new[] { Crumb(jurisdiction) },
            view);
    }

    private PageView ClassPage(JobClass jobClass)
    {
        var jurisdiction = index.JurisdictionOf(jobClass);
        var plan = index.PlanOf(jobClass);
        var grade = index.GradeOf(jobClass);
        var series = index.SeriesOf(jobClass);
        var facts = Facts(jobClass);
        var successor = jobClass.Successor is { } next ? index.FindClass(next.JurisdictionKey, next.Key) : null;
        var levels = series is null ? Array.Empty<JobClass>() : index.LevelsOf(series);
        var at = IndexOf(levels, jobClass);
        var lower = at > 0 ? levels[at - 1] : null;
        var higher = at >= 0 && at < levels.Count - 1 ? levels[at + 1] : null;
        var view = new ClassView(
            jobClass.Title,
            jobClass.Code ?? string.Empty,
            jurisdiction.Name,
            jurisdiction.DocumentTitle ?? string.Empty,
            facts,
            grade is null || plan is null ? null : Grade(jurisdiction, plan, grade, withClasses: false),
            grade is null || plan?.Latest is null ? string.Empty : Chart(plan, plan.Latest, jurisdiction.Currency, grade),
            series is null ? null : new LinkView(series.Title, SeriesUrl(series)),
            jobClass.Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            lower is null ? null : new LinkView(lower.Title, ClassUrl(lower)),
            higher is null ? null : new LinkView(higher.Title, ClassUrl(higher)),
            Factors(jobClass, lower),
            Sections(jobClass.Sections),
            jobClass.History.Select(h => new FactView(Formatting.Date(h.Date), h.Text, string.Empty, Formatting.IsoDate(h.Date))).ToList(),
            SpecUrl(jobClass.SourcePath),
            specUrl is not null,
            jobClass.SourcePath,
            jobClass.Status == ClassStatus.Abolished ? (jobClass.Abolished is { } abolished ? Formatting.Date(abolished) : "?") : string.Empty,
            Formatting.IsoDate(jobClass.Abolished),
            successor is null ? null : new LinkView(successor.Title, ClassUrl(successor)),
            successor is null || successor.JurisdictionKey == jobClass.JurisdictionKey ? string.Empty : index.JurisdictionOf(successor).Name,
            StructuredData.Occupation(jobClass, jurisdiction, grade),
            changes.CommitsOf(jobClass.SourcePath),
            CompareData.KeyOf(ClassUrl(jobClass)),
            lower is null ? string.Empty : CompareData.KeyOf(ClassUrl(lower)),
            higher is null ? string.Empty : CompareData.KeyOf(ClassUrl(higher)));
        var crumbs = new List<LinkView> { Crumb(jurisdiction) };
        if (series is not null)
        {
            crumbs.Add(new LinkView(series.Title, SeriesUrl(series)));
        }

        return new PageView(
            ClassUrl(jobClass),
            "class.html",
            jobClass.Title + (jobClass.Code is null ? string.Empty : " (" + jobClass.Code + ")"),
            $"{jobClass.Title}: job class specification of {jurisdiction.Name}.",
            crumbs,
            view);
    }

    /// <summary>The facts a class's page and the compare page show of it, in that order: codes, grade, group, series, status, classification, dates.</summary>
    internal List<FactView> Facts(JobClass jobClass)
    {
        var jurisdiction = index.JurisdictionOf(jobClass);
        var grade = index.GradeOf(jobClass);
        var group = index.GroupOf(jobClass);
        var series = index.SeriesOf(jobClass);
        var facts = new List<FactView>();
        Add(facts, "Job code", jobClass.Code);
        Add(facts, "Job number", jobClass.JobNumber);
        if (grade is not null)
        {
            facts.Add(new FactView("Grade", grade.Grade, GradeUrl(grade)));
        }
        else if (jobClass.Grade is { } dropped)
        {
            // An abolished class may keep a grade its plan's latest version no longer has: named, with no page to link.
            facts.Add(new FactView("Grade", dropped));
        }

        if (group is not null)
        {
            facts.Add(new FactView(jurisdiction.JobGroupTerm, group.Code is null ? group.Name : group.Code + " - " + group.Name));
        }

        if (series is not null)
        {
            facts.Add(new FactView("Class series", series.Title + (jobClass.Level is { } level ? ", level " + level.ToString(CultureInfo.InvariantCulture) : string.Empty), SeriesUrl(series)));
        }

        if (jobClass.Status == ClassStatus.Proposed)
        {
            facts.Add(new FactView("Status", "Proposed"));
        }

        Classification(facts, jobClass, jurisdiction);
        AddDate(facts, "Established", jobClass.Established);
        AddDate(facts, "Revised", jobClass.Revised);
        AddDate(facts, "Valid as of", jobClass.ValidAsOf);
        AddDate(facts, "Abolished", jobClass.Abolished);
        if (jobClass.ProbationaryPeriodMonths is { } months)
        {
            facts.Add(new FactView("Probationary period", months.ToString(CultureInfo.InvariantCulture) + " months"));
        }

        if (jobClass.SpecialEntranceRate is { } rate)
        {
            facts.Add(new FactView("Special entrance rate", rate.IsNone ? "None" : string.Join("; ", rate.Amounts.Select(a => Formatting.Basis(a.Basis) + " " + Formatting.Money(a.Amount, jurisdiction.Currency)))));
        }

        AddDate(facts, "Printed", jobClass.Source?.Printed);
        return facts;
    }

    private ClassRowView Row(JobClass jobClass)
    {
        var grade = index.GradeOf(jobClass);
        var range = grade is null ? null : grade.Ranges.FirstOrDefault(r => r.Basis == SalaryBasis.Annual) ?? grade.Ranges.FirstOrDefault();
        return new ClassRowView(
            jobClass.Title,
            ClassUrl(jobClass),
            jobClass.Code ?? string.Empty,
            jobClass.Grade ?? string.Empty,
            grade is null ? string.Empty : GradeUrl(grade),
            range is null ? string.Empty : Formatting.Range(range, index.JurisdictionOf(jobClass).Currency) + " " + Formatting.Basis(range.Basis).ToLowerInvariant(),
            range?.Minimum?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            index.GroupOf(jobClass)?.Name ?? string.Empty,
            Formatting.Date(jobClass.Revised ?? jobClass.Established),
            Formatting.IsoDate(jobClass.Revised ?? jobClass.Established),
            jobClass.Status == ClassStatus.Active ? string.Empty : ClassificationTerms.StatusName(jobClass.Status));
    }

    /// <summary>The classification facts HR systems keep: FLSA status and overtime, EEO-4 category, unit, class of service, occupation, other titles.</summary>
    private static void Classification(List<FactView> facts, JobClass jobClass, Jurisdiction jurisdiction)
    {
        if (jobClass.Flsa is { } flsa)
        {
            facts.Add(new FactView("FLSA status", ClassificationTerms.FlsaOf(flsa, jobClass.FlsaExemption).Label));
        }

        if (jobClass.OvertimeEligible is { } overtime)
        {
            facts.Add(new FactView("Overtime", overtime ? "Eligible" : "Not eligible"));
        }

        if (jobClass.EeoCategory is { } eeo)
        {
            var terms = ClassificationTerms.EeoOf(eeo);
            facts.Add(new FactView("EEO-4 category", terms.Number.ToString(CultureInfo.InvariantCulture) + " · " + terms.Name));
        }

        if (jobClass.BargainingUnitKey is { } unitKey && jurisdiction.BargainingUnits.FirstOrDefault(u => u.Key == unitKey) is { } unit)
        {
            facts.Add(new FactView("Bargaining unit", unit.Code is null ? unit.Name : unit.Code + " - " + unit.Name));
        }

        if (jobClass.JurisdictionalClassKey is { } classKey && jurisdiction.JurisdictionalClasses.FirstOrDefault(c => c.Key == classKey) is { } civil)
        {
            facts.Add(new FactView("Jurisdictional class", civil.Name));
        }

        Add(facts, jobClass.OccupationalCode?.Contains('.') == true ? "O*NET-SOC code" : "SOC code", jobClass.OccupationalCode);
        if (!jobClass.AlternateTitles.IsEmpty)
        {
            facts.Add(new FactView("Also known as", string.Join("; ", jobClass.AlternateTitles)));
        }
    }

    /// <summary>A level's factors; Changed marks a rating that differs from the level below.</summary>
    private static List<FactorView> Factors(JobClass level, JobClass? lower) => level.Factors
        .Select(f => new FactorView(
            f.FactorName,
            f.Rating,
            Formatting.Markdown(f.Text),
            lower is not null && lower.Factors.FirstOrDefault(l => l.FactorKey == f.FactorKey)?.Rating != f.Rating))
        .ToList();

    /// <summary>
    /// Where a spec's sections are on a page: their ids behind a prefix of their own, so that no heading a spec gives
    /// ("Main", "History") can take an id the layout uses, such as the skip link's target.
    /// </summary>
    public const string SectionAnchorPrefix = "section-";

    /// <summary>
    /// A spec's sections as a page shows them. A subsection is at its section's anchor, '-' and its id
    /// (<c>#section-duties-filing</c>), unless a section or an earlier subsection of the spec has that anchor (a section
    /// <c>duties-filing</c>): it is then joined by "--" (or more), which no id has, as is each heading's id
    /// (<c>section-duties--title</c>), so that no two elements of a page share an id.
    /// </summary>
    private static List<SectionView> Sections(IReadOnlyList<Section> sections)
    {
        // Every anchor the page has so far: the sections', then each subsection's as it is given one.
        var taken = new HashSet<string>(sections.Select(s => s.Id), StringComparer.Ordinal);
        string SubsectionPrefix(Section section, Section sub)
        {
            var prefix = section.Id + "-";
            while (taken.Contains(prefix + sub.Id))
            {
                prefix += "-";
            }

            taken.Add(prefix + sub.Id);
            return prefix;
        }

        return sections.Select(section => View(section, section.Id, section.Subsections.Select(sub => View(sub, SubsectionPrefix(section, sub) + sub.Id, Array.Empty<SectionView>())).ToList())).ToList();
    }

    private static SectionView View(Section section, string anchor, IReadOnlyList<SectionView> subsections) => new(
        SectionAnchorPrefix + anchor,
        section.Title,
        Formatting.Markdown(section.Lead),
        Formatting.Markdown(section.Body),
        subsections,
        section.Body.Length == 0 && section.Lead.Length > 0);

    private static int IndexOf(IReadOnlyList<JobClass> levels, JobClass jobClass)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i].Key == jobClass.Key)
            {
                return i;
            }
        }

        return -1;
    }

    private static LinkView Crumb(Jurisdiction jurisdiction) => new(jurisdiction.Name, JurisdictionUrl(jurisdiction));

    /// <summary>The page <c>folder/slug.html</c>, or <c>folder/slug-2.html</c> and on when another page has it.</summary>
    private static string Unique(HashSet<string> used, string folder, string slug) =>
        $"{folder}/{Text.Unique(slug, candidate => used.Add($"{folder}/{candidate}.html"))}.html";

    private static string GradeSlug(string grade)
    {
        var slug = Text.Slug(grade);
        return slug.Length > 0 ? slug : "grade";
    }

    private static void Add(List<FactView> facts, string label, string? value)
    {
        if (value is not null)
        {
            facts.Add(new FactView(label, value));
        }
    }

    private static void AddDate(List<FactView> facts, string label, SpecDate? date)
    {
        if (date is not null)
        {
            facts.Add(new FactView(label, Formatting.Date(date), string.Empty, Formatting.IsoDate(date)));
        }
    }
}
