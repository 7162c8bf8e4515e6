using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Model.Tests;

public class EquatableArrayTests
{
    [Fact]
    public void Equal_elements_make_equal_arrays_and_records()
    {
        EquatableArray<string> a = new[] { "x", "y" };
        EquatableArray<string> b = new[] { "x", "y" };

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new Section { Id = "duties", Subsections = new[] { new Section { Id = "a" } } }, new Section { Id = "duties", Subsections = new[] { new Section { Id = "a" } } });
    }

    [Fact]
    public void Different_elements_or_order_make_different_arrays()
    {
        EquatableArray<string> a = new[] { "x", "y" };
        Assert.NotEqual(a, new[] { "y", "x" });
        Assert.NotEqual(a, new[] { "x" });
        Assert.NotEqual(new JobClass { Duties = new[] { "a" } }, new JobClass { Duties = new[] { "b" } });
    }

    [Fact]
    public void Default_is_empty_and_equals_an_empty_array()
    {
        var empty = default(EquatableArray<int>);
        Assert.True(empty.IsEmpty);
        Assert.Empty(empty);
        Assert.Equal(empty, new int[0]);
        Assert.Equal(new List<int>(), empty.ToList());
    }

    [Fact]
    public void Pay_grade_finds_its_range_by_basis()
    {
        var grade = new PayGrade { Grade = "14", Ranges = new[] { new SalaryRange { Basis = SalaryBasis.Hourly, Minimum = 18.075m } } };
        Assert.Equal(18.075m, grade.RangeFor(SalaryBasis.Hourly)!.Minimum);
        Assert.Null(grade.RangeFor(SalaryBasis.Annual));
        var plan = new PayPlan { Versions = new[] { new PayPlanVersion { Grades = new[] { grade } } } };
        Assert.Same(grade, plan.FindGrade("14"));
        Assert.Null(plan.FindGrade("15"));
    }

    [Fact]
    public void A_pay_plan_gives_the_version_in_effect_on_a_date_and_none_outside_its_versions()
    {
        PayPlanVersion Version(string effective, string? ends, decimal minimum) => new()
        {
            Effective = SpecDate.Parse(effective),
            Ends = ends is null ? null : SpecDate.Parse(ends),
            Grades = new[] { new PayGrade { Grade = "A", Ranges = new[] { new SalaryRange { Basis = SalaryBasis.Monthly, Minimum = minimum } } } },
        };
        var plan = new PayPlan
        {
            Versions = new[] { Version("2024-07-01", "2025-06-30", 3000m), Version("2025-07-01", "2026-06-30", 3100m), Version("2027-01-01", null, 3300m) },
        };

        Assert.Null(plan.AsOf(SpecDate.Parse("2024-06-30")));
        Assert.Equal(3000m, plan.GradeAsOf("A", SpecDate.Parse("2025-06-30"))!.Ranges[0].Minimum);
        Assert.Equal(3100m, plan.GradeAsOf("A", SpecDate.Parse("2025-07-01"))!.Ranges[0].Minimum);
        Assert.Null(plan.AsOf(SpecDate.Parse("2026-07-01")));                 // between the second's end and the third's start
        Assert.Equal(3300m, plan.GradeAsOf("A", SpecDate.Parse("2030-01-01"))!.Ranges[0].Minimum);
        Assert.Same(plan.Versions[2], plan.Latest);
        Assert.Equal(SpecDate.Parse("2027-01-01"), plan.Effective);
        Assert.Null(plan.GradeAsOf("B", SpecDate.Parse("2030-01-01")));
    }
}
