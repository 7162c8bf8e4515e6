using System;

namespace SpecSdk.Model
{
    /// <summary>The period a salary figure is paid for.</summary>
    public enum SalaryBasis
    {
        /// <summary>Per hour (spec key <c>hourly</c>).</summary>
        Hourly,

        /// <summary>Per week (<c>weekly</c>).</summary>
        Weekly,

        /// <summary>Every two weeks (<c>biweekly</c>).</summary>
        Biweekly,

        /// <summary>Twice a month (<c>semimonthly</c>).</summary>
        SemiMonthly,

        /// <summary>Per month, hours not stated (<c>monthly</c>).</summary>
        Monthly,

        /// <summary>Per month for a 37.5-hour week (<c>monthly-37.5h</c>).</summary>
        MonthlyAt37Point5Hours,

        /// <summary>Per month for a 40-hour week (<c>monthly-40h</c>).</summary>
        MonthlyAt40Hours,

        /// <summary>Per year (<c>annual</c>).</summary>
        Annual,
    }

    /// <summary>A salary range on one basis. A figure the spec does not publish is null.</summary>
    public sealed record SalaryRange
    {
        /// <summary>The period the figures are paid for.</summary>
        public SalaryBasis Basis { get; init; }

        /// <summary>The lowest rate of the range.</summary>
        public decimal? Minimum { get; init; }

        /// <summary>The midpoint of the range.</summary>
        public decimal? Midpoint { get; init; }

        /// <summary>The highest rate of the range.</summary>
        public decimal? Maximum { get; init; }
    }

    /// <summary>One figure on one basis, e.g. a special entrance rate.</summary>
    public sealed record SalaryAmount
    {
        /// <summary>The period the figure is paid for.</summary>
        public SalaryBasis Basis { get; init; }

        /// <summary>The figure, with the precision the spec gives.</summary>
        public decimal Amount { get; init; }
    }

    /// <summary>A class's special entrance rate: either "none" (no amounts) or one amount per basis.</summary>
    public sealed record SpecialEntranceRate
    {
        /// <summary>The rates; empty when the spec says there is none.</summary>
        public EquatableArray<SalaryAmount> Amounts { get; init; }

        /// <summary>True when the spec states that there is no special entrance rate.</summary>
        public bool IsNone => Amounts.IsEmpty;
    }

    /// <summary>A pay grade of a pay plan with its salary ranges.</summary>
    public sealed record PayGrade
    {
        /// <summary>The jurisdiction whose pay plan holds the grade.</summary>
        public string JurisdictionKey { get; init; } = string.Empty;

        /// <summary>The pay plan that holds the grade.</summary>
        public string PayPlanKey { get; init; } = string.Empty;

        /// <summary>The grade as the spec writes it, e.g. "14".</summary>
        public string Grade { get; init; } = string.Empty;

        /// <summary>The salary ranges, one per basis, in the order the spec lists them.</summary>
        public EquatableArray<SalaryRange> Ranges { get; init; }

        /// <summary>The step rates by basis, when the pay plan version has steps.</summary>
        public EquatableArray<SalarySteps> Steps { get; init; }

        /// <summary>The range on <paramref name="basis"/>, or null when the grade has none.</summary>
        public SalaryRange? RangeFor(SalaryBasis basis)
        {
            foreach (var range in Ranges)
            {
                if (range.Basis == basis)
                {
                    return range;
                }
            }

            return null;
        }
    }

    /// <summary>The step rates of a grade on one basis, one per step of its pay plan version.</summary>
    public sealed record SalarySteps
    {
        /// <summary>The period the figures are paid for.</summary>
        public SalaryBasis Basis { get; init; }

        /// <summary>The rate at each step, lowest first, in the order of <see cref="PayPlanVersion.StepNames"/>.</summary>
        public EquatableArray<decimal> Amounts { get; init; }
    }

    /// <summary>
    /// One version of a pay plan: the grades and their ranges in effect from a date (a fiscal year's schedule, a
    /// biennium's), and optionally until one.
    /// </summary>
    public sealed record PayPlanVersion
    {
        /// <summary>The first day the version is in effect; null only for the one version of an undated plan.</summary>
        public SpecDate? Effective { get; init; }

        /// <summary>The last day the version is in effect, when the plan states it; otherwise until the next version.</summary>
        public SpecDate? Ends { get; init; }

        /// <summary>The version's name, e.g. "FY 2025-26", when it has one.</summary>
        public string? Name { get; init; }

        /// <summary>The names of the steps, e.g. "Year 3", "Year 5"; empty when the grades have no steps.</summary>
        public EquatableArray<string> StepNames { get; init; }

        /// <summary>The grades in the order the spec lists them.</summary>
        public EquatableArray<PayGrade> Grades { get; init; }

        /// <summary>The spec file the version was read from.</summary>
        public string SourcePath { get; init; } = string.Empty;

        /// <summary>
        /// True when the version is in effect on <paramref name="date"/>: from the first day its effective date covers to
        /// the last day its end covers (an end of <c>2025-06</c> is June 30).
        /// </summary>
        public bool IsInEffectOn(SpecDate date) => (Effective is not { } from || from.ToDateTime() <= date.ToDateTime()) && (Ends is not { } to || date.ToDateTime() <= to.LastDay());

        /// <summary>
        /// True when this version is still in effect on the day <paramref name="next"/>, which starts no earlier, takes
        /// effect: its end covers that day, or it has no end and starts the same day.
        /// </summary>
        public bool Overlaps(PayPlanVersion next) =>
            next.Effective is { } start && (Ends is { } to ? start.ToDateTime() <= to.LastDay() : Effective?.ToDateTime() == start.ToDateTime());

        /// <summary>The grade named <paramref name="grade"/>, or null.</summary>
        public PayGrade? FindGrade(string grade)
        {
            foreach (var candidate in Grades)
            {
                if (string.Equals(candidate.Grade, grade, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>A jurisdiction's pay plan (salary schedule), with its versions over time.</summary>
    public sealed record PayPlan
    {
        /// <summary>The plan's key, unique in its jurisdiction.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The plan's name; empty when the spec does not name it.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>The versions, oldest first; versions do not overlap.</summary>
        public EquatableArray<PayPlanVersion> Versions { get; init; }

        /// <summary>The latest version: the one the handbook shows first and the generator uses unless told a date.</summary>
        public PayPlanVersion? Latest => Versions.IsEmpty ? null : Versions[Versions.Count - 1];

        /// <summary>The latest version's effective date, when given.</summary>
        public SpecDate? Effective => Latest?.Effective;

        /// <summary>The latest version's grades in the order the spec lists them.</summary>
        public EquatableArray<PayGrade> Grades => Latest?.Grades ?? EquatableArray<PayGrade>.Empty;

        /// <summary>
        /// The version in effect on <paramref name="date"/>: the latest that starts on or before it and has not ended;
        /// null when the date is before the first version or after the last one's end.
        /// </summary>
        public PayPlanVersion? AsOf(SpecDate date)
        {
            for (var i = Versions.Count - 1; i >= 0; i--)
            {
                if (Versions[i].Effective is not { } from || from.ToDateTime() <= date.ToDateTime())
                {
                    return Versions[i].IsInEffectOn(date) ? Versions[i] : null;
                }
            }

            return null;
        }

        /// <summary>The grade named <paramref name="grade"/> in the version in effect on <paramref name="date"/>, or null.</summary>
        public PayGrade? GradeAsOf(string grade, SpecDate date) => AsOf(date)?.FindGrade(grade);

        /// <summary>The grade named <paramref name="grade"/> in the latest version, or null.</summary>
        public PayGrade? FindGrade(string grade) => Latest?.FindGrade(grade);
    }
}
