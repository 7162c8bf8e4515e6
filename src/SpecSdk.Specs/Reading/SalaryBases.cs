using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>
    /// One salary basis in every form the product writes it: its field name in spec files, its label in the handbook,
    /// its words in generated documentation, and the hours a week that tie it to the hourly rate.
    /// </summary>
    public sealed class SalaryBasisTerms
    {
        internal SalaryBasisTerms(SalaryBasis basis, string specName, string label, string prose, decimal? weeklyHours, string? unit)
        {
            Basis = basis;
            SpecName = specName;
            Label = label;
            Prose = prose;
            WeeklyHours = weeklyHours;
            Unit = unit;
        }

        /// <summary>The basis.</summary>
        public SalaryBasis Basis { get; }

        /// <summary>The field of a grade in spec files: <c>monthly-37.5h</c>.</summary>
        public string SpecName { get; }

        /// <summary>The handbook's column and row heading: "Monthly, 37.5-hour week".</summary>
        public string Label { get; }

        /// <summary>The words inside a sentence: "the minimum monthly (37.5-hour week) rate".</summary>
        public string Prose { get; }

        /// <summary>Weekly hours of a monthly basis whose figures follow from the hourly rate, or null.</summary>
        public decimal? WeeklyHours { get; }

        /// <summary>The period as structured data names it (schema.org's unitText: HOUR, WEEK, MONTH, YEAR), or null where it has none.</summary>
        public string? Unit { get; }
    }

    /// <summary>The salary bases, stated once: every other place reads them from here.</summary>
    public static class SalaryBases
    {
        /// <summary>Every basis, in the order the handbook shows them.</summary>
        public static IReadOnlyList<SalaryBasisTerms> All { get; } = new[]
        {
            new SalaryBasisTerms(SalaryBasis.Hourly, "hourly", "Hourly", "hourly", null, "HOUR"),
            new SalaryBasisTerms(SalaryBasis.Weekly, "weekly", "Weekly", "weekly", null, "WEEK"),
            new SalaryBasisTerms(SalaryBasis.Biweekly, "biweekly", "Biweekly", "biweekly", null, null),
            new SalaryBasisTerms(SalaryBasis.SemiMonthly, "semimonthly", "Semi-monthly", "semi-monthly", null, null),
            new SalaryBasisTerms(SalaryBasis.Monthly, "monthly", "Monthly", "monthly", null, "MONTH"),
            new SalaryBasisTerms(SalaryBasis.MonthlyAt37Point5Hours, "monthly-37.5h", "Monthly, 37.5-hour week", "monthly (37.5-hour week)", 37.5m, "MONTH"),
            new SalaryBasisTerms(SalaryBasis.MonthlyAt40Hours, "monthly-40h", "Monthly, 40-hour week", "monthly (40-hour week)", 40m, "MONTH"),
            new SalaryBasisTerms(SalaryBasis.Annual, "annual", "Annual", "annual", null, "YEAR"),
        };

        /// <summary>The spec-file field names of every basis.</summary>
        public static IReadOnlyList<string> Names { get; } = All.Select(t => t.SpecName).ToArray();

        /// <summary>The terms of <paramref name="basis"/>; a basis missing from <see cref="All"/> throws instead of passing for another.</summary>
        public static SalaryBasisTerms Of(SalaryBasis basis) =>
            All.FirstOrDefault(t => t.Basis == basis) ?? throw new ArgumentOutOfRangeException(nameof(basis), basis, "A salary basis without its terms in SalaryBases.All.");

        /// <summary>The spec-file name of <paramref name="basis"/>, e.g. "monthly-37.5h".</summary>
        public static string Name(SalaryBasis basis) => Of(basis).SpecName;

        /// <summary>Reads a spec-file name of a basis.</summary>
        public static bool TryParse(string name, out SalaryBasis basis)
        {
            var terms = All.FirstOrDefault(t => t.SpecName == name);
            basis = terms?.Basis ?? default;
            return terms is not null;
        }

        /// <summary>Weekly hours of a monthly basis whose figures follow from the hourly rate, or null.</summary>
        public static decimal? WeeklyHours(SalaryBasis basis) => Of(basis).WeeklyHours;
    }
}
