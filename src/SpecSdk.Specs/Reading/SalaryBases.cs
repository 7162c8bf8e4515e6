using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>The names spec files use for salary bases.</summary>
    public static class SalaryBases
    {
        /// <summary>The spec-file name of <paramref name="basis"/>, e.g. "monthly-37.5h".</summary>
        public static string Name(SalaryBasis basis) => basis switch
        {
            SalaryBasis.Hourly => "hourly",
            SalaryBasis.Weekly => "weekly",
            SalaryBasis.Biweekly => "biweekly",
            SalaryBasis.SemiMonthly => "semimonthly",
            SalaryBasis.Monthly => "monthly",
            SalaryBasis.MonthlyAt37Point5Hours => "monthly-37.5h",
            SalaryBasis.MonthlyAt40Hours => "monthly-40h",
            _ => "annual",
        };

        /// <summary>Reads a spec-file name of a basis.</summary>
        public static bool TryParse(string name, out SalaryBasis basis)
        {
            for (var candidate = SalaryBasis.Hourly; candidate <= SalaryBasis.Annual; candidate++)
            {
                if (Name(candidate) == name)
                {
                    basis = candidate;
                    return true;
                }
            }

            basis = default;
            return false;
        }

        /// <summary>Weekly hours of a monthly basis whose figures follow from the hourly rate, or null.</summary>
        public static decimal? WeeklyHours(SalaryBasis basis) => basis switch
        {
            SalaryBasis.MonthlyAt37Point5Hours => 37.5m,
            SalaryBasis.MonthlyAt40Hours => 40m,
            _ => null,
        };
    }
}
