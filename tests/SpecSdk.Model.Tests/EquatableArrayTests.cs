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
        Assert.Same(grade, new PayPlan { Grades = new[] { grade } }.FindGrade("14"));
        Assert.Null(new PayPlan { Grades = new[] { grade } }.FindGrade("15"));
    }
}
