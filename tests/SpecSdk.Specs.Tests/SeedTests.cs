using System.Linq;
using SpecSdk.Model;

using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>Concrete values read from the canonical seed files.</summary>
public class SeedTests
{
    private static readonly LoadResult Seeds = SpecLoader.LoadDirectory(TestRepository.Path("seeds"));

    private static Catalog Catalog => Seeds.Catalog;

    [Fact]
    public void Seeds_read_without_any_diagnostic()
    {
        Assert.Empty(Seeds.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(new[] { "co", "jcc", "ky" }, Catalog.Jurisdictions.Select(j => j.Key));
        Assert.Equal(7, Catalog.Classes.Count);
        Assert.Single(Catalog.Series);
    }

    [Fact]
    public void Read_for_its_front_matter_alone_a_seed_has_its_fields_and_no_sections()
    {
        var path = "kentucky/production-coordinator.md";
        var whole = (ClassDocument)Seeds.Files.Single(f => f.Path == path).Document!;
        var front = (ClassDocument)SpecReader.Read(path, System.IO.File.ReadAllBytes(TestRepository.Path("seeds", path)), new SpecReaderOptions { FrontMatterOnly = true }).Document!;

        Assert.NotEmpty(whole.Class.Sections);
        Assert.Empty(front.Class.Sections);
        // Everything the front matter gives is as a whole read gives it; what the sections give is not there.
        var sectionFacts = (front.Class.Sections, front.Class.MinimumQualifications, front.Class.Duties, front.Class.Knowledge, front.Class.Skills, front.Class.Abilities, front.Class.Licensing);
        Assert.Equal(whole.Class with { Sections = sectionFacts.Sections, MinimumQualifications = sectionFacts.MinimumQualifications, Duties = sectionFacts.Duties, Knowledge = sectionFacts.Knowledge, Skills = sectionFacts.Skills, Abilities = sectionFacts.Abilities, Licensing = sectionFacts.Licensing }, front.Class);
        Assert.Null(front.Class.MinimumQualifications);
    }

    [Fact]
    public void Production_coordinator_identity_pay_and_dates()
    {
        var jobClass = Catalog.Classes.Single(c => c.Code == "73070V000101");

        Assert.Equal("Production Coordinator", jobClass.Title);
        Assert.Equal("ky", jobClass.JurisdictionKey);
        Assert.Equal("14", jobClass.Grade);
        Assert.Equal("20001502", jobClass.JobNumber);
        Assert.Equal("7300", jobClass.JobGroupKey);
        Assert.Equal(new SpecDate(1993, 7, 1), jobClass.Established);
        Assert.Equal(new SpecDate(2006, 2, 24), jobClass.Revised);
        Assert.Equal(6, jobClass.ProbationaryPeriodMonths);
        Assert.True(jobClass.SpecialEntranceRate!.IsNone);
        Assert.Equal(new SpecDate(2016, 12, 1), jobClass.Source!.Printed);
        Assert.Equal("kentucky/production-coordinator.md", jobClass.SourcePath);

        var grade = Catalog.Jurisdictions.Single(j => j.Key == "ky").PayPlans.Single().FindGrade("14")!;
        Assert.Equal((18.075m, 23.944m, (decimal?)null), Figures(grade, SalaryBasis.Hourly));
        Assert.Equal((2937.20m, 3890.90m, (decimal?)null), Figures(grade, SalaryBasis.MonthlyAt37Point5Hours));
        Assert.Equal((3133.00m, 4150.30m, (decimal?)null), Figures(grade, SalaryBasis.MonthlyAt40Hours));
        Assert.Equal("3133.00", grade.RangeFor(SalaryBasis.MonthlyAt40Hours)!.Minimum!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Production_specialist_ii_is_in_grade_11()
    {
        var jobClass = Catalog.Classes.Single(c => c.Code == "73040V000101");
        var grade = Catalog.Jurisdictions.Single(j => j.Key == "ky").PayPlans.Single().FindGrade(jobClass.Grade!)!;

        Assert.Equal("Production Specialist II", jobClass.Title);
        Assert.Equal("20001499", jobClass.JobNumber);
        Assert.Equal((13.581m, 17.990m, (decimal?)null), Figures(grade, SalaryBasis.Hourly));
        Assert.Equal((2354.04m, 3118.28m, (decimal?)null), Figures(grade, SalaryBasis.MonthlyAt40Hours));
    }

    [Fact]
    public void Kentucky_minimum_requirements_and_substitutions()
    {
        var qualifications = Catalog.Classes.Single(c => c.Code == "73070V000101").MinimumQualifications!;

        Assert.Equal(new[] { RequirementKind.Education, RequirementKind.Experience }, qualifications.Requirements.Select(r => r.Kind));
        Assert.Equal("Graduate of a college or university with a bachelor's degree.", qualifications.Requirements[0].Alternatives.Single());
        Assert.Equal("Must have four years of production support experience.", qualifications.Requirements[1].Alternatives.Single());
        Assert.Equal(new[] { ("Education", "Experience"), ("Experience", "Education") }, qualifications.Substitutions.Select(s => (s.Substitute, s.For)));
        Assert.EndsWith("will substitute for one year of the experience requirement.", qualifications.Substitutions[0].Text);
    }

    [Fact]
    public void Kentucky_boilerplate_leads_the_class_sections_and_closes_the_spec()
    {
        var jobClass = Catalog.Classes.Single(c => c.Code == "73070V000101");

        Assert.Equal(
            new[]
            {
                "probationary-period", "characteristics", "minimum-qualifications", "special-requirements", "duties",
                "unique-physical-requirements", "working-conditions", "additional-requirements", "equal-opportunity",
            },
            jobClass.Sections.Select(s => s.Id));
        var characteristics = jobClass.FindSection("characteristics")!;
        Assert.StartsWith("Characteristics of a job are general statements", characteristics.Lead);
        Assert.StartsWith("Is responsible for coordinating activities", characteristics.Body);
        Assert.Equal(string.Empty, jobClass.FindSection("additional-requirements")!.Body);
        Assert.StartsWith("Upon appointment, employees in this class", jobClass.FindSection("additional-requirements")!.Lead);
        Assert.True(jobClass.FindSection("unique-physical-requirements")!.IsEmpty);
        Assert.Equal(12, jobClass.Duties.Count);
        Assert.Equal("Handles vendor negotiations.", jobClass.Duties[^1]);
    }

    [Fact]
    public void Customer_support_coordinator_levels_in_order_with_summary_ratings()
    {
        var series = Catalog.Series.Single();
        var levels = series.Levels.Select(key => Catalog.Classes.Single(c => c.Key == key)).ToList();

        Assert.Equal("Customer Support Coordinator", series.Title);
        Assert.Equal(new SpecDate(2015, 7), series.Date);
        Assert.Equal(new[] { "G2C1IX", "G2C2TX", "G2C3XX", "G2C4XX" }, levels.Select(l => l.Code));
        Assert.Equal(new int?[] { 1, 2, 3, 4 }, levels.Select(l => l.Level));
        Assert.Equal(new[] { "Decision Making", "Complexity", "Line/Staff Authority" }, series.Factors.Select(f => f.Name));
        Assert.Equal(
            new[]
            {
                "na|na|na",
                "Defined|Prescribed|Indiv. Contributor",
                "Defined|Patterned|Indiv. Contributor or Work Leader",
                "Operational|Patterned|Unit Supervisor or *Indiv. Contributor",
            },
            levels.Select(l => string.Join("|", l.Factors.Select(f => f.Rating))));
        Assert.Equal(new[] { "Customer Support Intern", "Customer Support Coord I", "Customer Support Coord II", "Customer Support Coord III" }, levels.Select(l => l.ShortTitle ?? l.Title));
    }

    [Fact]
    public void Customer_support_coordinator_factor_texts_and_history()
    {
        var series = Catalog.Series.Single();
        var second = Catalog.Classes.Single(c => c.Code == "G2C3XX");
        var intern = Catalog.Classes.Single(c => c.Code == "G2C1IX");

        Assert.All(intern.Factors, f => Assert.Equal(string.Empty, f.Text));
        Assert.StartsWith("The nature of, and need for, analysis and judgment is patterned", second.Factors[1].Text);
        Assert.Contains("problem/change management systems and reporting procedures", second.Factors[1].Text.Replace('\n', ' '));
        Assert.Contains("\n\nOR\n\nThe work leader is partially accountable", second.Factors[2].Text);
        Assert.Equal(
            new[] { "2015-06-30", "1993-09-01", "1984-07-01", "1980-07-01", "1975-01-01" },
            series.History.Select(h => h.Date.ToString()));
        Assert.Equal("Updated and removed the purpose of contact 6.30.2015", series.History[0].Text);
        Assert.EndsWith("and Operations Scheduler Supervisor (A2742).", series.History[4].Text);
        Assert.Equal("administrative-services", series.JobGroupKey);
    }

    [Fact]
    public void Business_systems_coordinator_every_duty_knowledge_and_skill()
    {
        var jobClass = Catalog.Classes.Single(c => c.Key == "business-systems-coordinator");

        Assert.Null(jobClass.Code);
        Assert.Null(jobClass.Grade);
        Assert.Equal("business-systems", jobClass.JobGroupKey);
        Assert.Equal(
            new[]
            {
                "Serves as the first point of contact for system users with help desk issues and/or tickets; provides basic troubleshooting support and/or escalates requests as required; manages user system access as assigned.",
                "Coordinates assigned deliverables within a project management team structure; independently coordinates small scale application changes, fixes, and patches.",
                "Serves as functional contact for technical staff for less complex systems issues; coordinates activities related to development, training, testing, and application use.",
                "Provides support for various aspects of the Software Development Life Cycle including, but not limited to, project proposals, feasibility studies, research, and implementation activities.",
                "Documents and logs support incidents and issue resolutions; maintains incident maintenance schedules; serves on incident review teams as assigned; provides status reports for user requests.",
                "Prepares documents, work instructions, and training materials for end users; schedules and conducts training.",
                "Stays abreast of new or emerging technologies in area of assignment.",
                "Provides training to internal and/or external clients in assigned area.",
                "Provides orientation and guidance to new staff.",
                "Performs other duties of a similar nature and level as assigned.",
            },
            jobClass.Duties.Select(OneLine));
        Assert.Equal(
            new[]
            {
                "Principles of business systems analysis;",
                "Principles and techniques of analyzing and documenting functional business requirements;",
                "Project management methods, tools, and techniques;",
                "Assigned business system application;",
                "Basic principles of relational databases and database reporting tools;",
                "Basic business process modeling;",
                "Basic principles and techniques for the System Development Life Cycle (SDLC);",
                "Basic principles of web technologies, connectivity issues, browser issues;",
                "Basic principles of technical training, as assigned;",
                "Specialized equipment related to business system, as assigned;",
                "Customer service principles;",
                "Best practices and emerging technologies in assigned area;",
                "Applicable work rules and policies; and",
                "Applicable business equipment and desktop applications.",
            },
            jobClass.Knowledge.Select(OneLine));
        Assert.Equal(
            new[]
            {
                "Developing basic business process models;",
                "Analyzing and documenting functional business requirements;",
                "Collaboratively working with end users;",
                "Organizing tasks, meeting deadlines, and prioritizing competing demands within assignments;",
                "Listening and problem-solving;",
                "Applying initiative and creativity to technical problem-solving;",
                "Understanding and interpreting technical information and manuals;",
                "Learning new system features quickly;",
                "Maintaining and updating technical documentation and logs;",
                "Preparing reports;",
                "Presenting technical training materials to users;",
                "Providing customer service;",
                "Utilizing a computer, relevant software applications, and/or other equipment as assigned;",
                "Effectively communicating; and",
                "Maintaining effective working relationships with colleagues, customers, and the public.",
            },
            jobClass.Skills.Select(OneLine));
        Assert.Equal(new[] { "None" }, jobClass.Licensing);
    }

    [Fact]
    public void Business_systems_coordinator_or_alternatives()
    {
        var requirement = Catalog.Classes.Single(c => c.Key == "business-systems-coordinator").MinimumQualifications!.Requirements.Single();

        Assert.Equal(RequirementKind.EducationAndExperience, requirement.Kind);
        Assert.Equal("Education and Experience", requirement.Title);
        Assert.Equal(2, requirement.Alternatives.Count);
        Assert.Equal("Four (4) years of business system support experience.", requirement.Alternatives[0]);
        Assert.StartsWith("Associate’s degree, preferably in computer science", requirement.Alternatives[1]);
        Assert.EndsWith("*Additional directly related experience and/or education may be substituted on a\nyear-for-year basis.*", requirement.Alternatives[1]);
    }

    [Fact]
    public void Judicial_council_note_closes_the_spec()
    {
        var jobClass = Catalog.Classes.Single(c => c.Key == "business-systems-coordinator");

        Assert.Equal("please-note", jobClass.Sections[^1].Id);
        Assert.StartsWith("The Judicial Council classifies work based on organizational need.", jobClass.Sections[^1].Lead);
    }

    private static (decimal?, decimal?, decimal?) Figures(PayGrade grade, SalaryBasis basis)
    {
        var range = grade.RangeFor(basis)!;
        return (range.Minimum, range.Midpoint, range.Maximum);
    }

    private static string OneLine(string text) => text.Replace('\n', ' ');
}
