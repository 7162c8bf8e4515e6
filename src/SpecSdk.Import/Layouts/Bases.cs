using System;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>Salary bases as documents name them: "Hourly", "37.5 Hr. Monthly Salary", "Annual".</summary>
internal static class Bases
{
    public static bool TryRead(string text, out string basis)
    {
        var value = text.ToLowerInvariant();
        basis = value switch
        {
            _ when value.Contains("37.5", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.MonthlyAt37Point5Hours),
            _ when value.Contains("40 hr", StringComparison.Ordinal) || value.Contains("40-hour", StringComparison.Ordinal) || value.Contains("40 hour", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.MonthlyAt40Hours),
            _ when value.Contains("hour", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Hourly),
            _ when value.Contains("bi-weekly", StringComparison.Ordinal) || value.Contains("biweekly", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Biweekly),
            _ when value.Contains("semi-monthly", StringComparison.Ordinal) || value.Contains("semimonthly", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.SemiMonthly),
            _ when value.Contains("week", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Weekly),
            _ when value.Contains("month", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Monthly),
            _ when value.Contains("annual", StringComparison.Ordinal) || value.Contains("year", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Annual),
            _ => string.Empty,
        };
        return basis.Length > 0;
    }
}
