using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Validation
{
    /// <summary>Rules that need only one file: salary figures in order and in agreement, dates not in the future.</summary>
    internal static class FileValidator
    {

        public static void Validate(SpecDocument document, SpecDate today, List<SpecDiagnostic> diagnostics)
        {
            switch (document)
            {
                case JurisdictionDocument jurisdiction:
                    ValidatePay(jurisdiction, today, diagnostics);
                    ValidateKeys(jurisdiction, diagnostics);
                    break;
                case SeriesDocument series:
                    CheckUnique(document, "factor", series.Series.Factors, f => f.Key, i => new[] { CommonFields.Indexed("factors", i) + ".key", CommonFields.Indexed("factors", i) + ".name", CommonFields.Indexed("factors", i) }, diagnostics);
                    CheckNotFuture(document, "date", series.Series.Date, today, diagnostics);
                    CheckHistory(document, series.Series.History, today, diagnostics);
                    break;
                case ClassDocument jobClass:
                    ValidateClassDates(jobClass, today, diagnostics);
                    break;
                case PayPlanVersionDocument version:
                    ValidateVersion(version, string.Empty, version.Version, diagnostics);
                    break;
            }
        }

        private static void ValidatePay(JurisdictionDocument document, SpecDate today, List<SpecDiagnostic> diagnostics)
        {
            var plans = document.Jurisdiction.PayPlans;
            var paths = Catalogs.VersionPaths.Of(document);
            for (var p = 0; p < plans.Count; p++)
            {
                for (var v = 0; v < plans[p].Versions.Count; v++)
                {
                    ValidateVersion(document, paths.Prefix(p, v), plans[p].Versions[v], diagnostics);
                }
            }
        }

        /// <summary>
        /// One version's figures, in order and in agreement, its grades unique and its end not before its start. Its
        /// dates may lie ahead: a schedule is published before it takes effect.
        /// </summary>
        private static void ValidateVersion(SpecDocument document, string prefix, PayPlanVersion version, List<SpecDiagnostic> diagnostics)
        {
            if (version.Effective is { } start && version.Ends is { } end && end < start && !SameSpan(start, end))
            {
                diagnostics.Add(SpecDiagnostics.VersionEndsBeforeStart.Create(document.LocationOf(prefix + "ends"), end.ToString(), start.ToString()));
            }

            var grades = version.Grades;
            CheckUnique(document, "pay grade", grades, g => g.Grade, i => new[] { CommonFields.Indexed(prefix + "grades", i) + ".grade" }, diagnostics);
            for (var g = 0; g < grades.Count; g++)
            {
                var gradePath = CommonFields.Indexed(prefix + "grades", g);
                foreach (var range in grades[g].Ranges)
                {
                    CheckOrder(document, gradePath + "." + SalaryBases.Name(range.Basis), range, diagnostics);
                }

                CheckBases(document, gradePath, grades[g], diagnostics);
            }
        }

        private static void ValidateKeys(JurisdictionDocument document, List<SpecDiagnostic> diagnostics)
        {
            var jurisdiction = document.Jurisdiction;
            CheckUnique(document, "pay plan", jurisdiction.PayPlans, p => p.Key, i => new[] { CommonFields.Indexed("pay-plans", i) + ".key" }, diagnostics);
            CheckUnique(document, "bargaining unit", jurisdiction.BargainingUnits, u => u.Key, i => new[] { CommonFields.Indexed("bargaining-units", i) + ".key", CommonFields.Indexed("bargaining-units", i) + ".code", CommonFields.Indexed("bargaining-units", i) + ".name" }, diagnostics);
            CheckUnique(document, "jurisdictional class", jurisdiction.JurisdictionalClasses, c => c.Key, i => new[] { CommonFields.Indexed("jurisdictional-classes", i) + ".key", CommonFields.Indexed("jurisdictional-classes", i) + ".name" }, diagnostics);

            CheckUnique(document, "job group", jurisdiction.JobGroups, g => g.Key, i => new[] { CommonFields.Indexed("job-groups", i) + ".key", CommonFields.Indexed("job-groups", i) + ".code", CommonFields.Indexed("job-groups", i) + ".name" }, diagnostics);
        }

        private static void CheckUnique<T>(SpecDocument document, string what, EquatableArray<T> items, Func<T, string> key, Func<int, string[]> fields, List<SpecDiagnostic> diagnostics)
            where T : IEquatable<T>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var value = key(items[i]);
                if (value.Length == 0)
                {
                    continue;
                }

                if (seen.TryGetValue(value, out var first))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf(fields(i)), what, value, document.LocationOf(fields(first)), string.Empty));
                }
                else
                {
                    seen.Add(value, i);
                }
            }
        }

        private static void CheckOrder(SpecDocument document, string rangePath, SalaryRange range, List<SpecDiagnostic> diagnostics)
        {
            var figures = RangeFigures.All.Select(f => f.Of(range)).ToArray();
            for (var low = 0; low < figures.Length; low++)
            {
                for (var high = low + 1; high < figures.Length; high++)
                {
                    if (figures[low] is { } a && figures[high] is { } b && a > b)
                    {
                        diagnostics.Add(SpecDiagnostics.SalaryOrder.Create(
                            document.LocationOf(rangePath + "." + RangeFigures.All[low].SpecName), RangeFigures.All[low].SpecName, Format(a), RangeFigures.All[high].SpecName, Format(b)));
                    }
                }
            }
        }

        /// <summary>
        /// An hourly rate and a monthly figure agree when some exact rate rounds to both: the hourly figure's rounding
        /// interval, scaled to a month, overlaps the monthly figure's rounding interval.
        /// </summary>
        private static void CheckBases(SpecDocument document, string gradePath, PayGrade grade, List<SpecDiagnostic> diagnostics)
        {
            var hourly = grade.RangeFor(SalaryBasis.Hourly);
            if (hourly is null)
            {
                return;
            }

            foreach (var range in grade.Ranges)
            {
                if (SalaryBases.WeeklyHours(range.Basis) is not { } hours)
                {
                    continue;
                }

                var factor = hours * 52m / 12m;
                foreach (var figure in RangeFigures.All)
                {
                    var rate = figure.Of(hourly);
                    var monthly = figure.Of(range);
                    if (rate is not { } h || monthly is not { } m)
                    {
                        continue;
                    }

                    var tolerance = (HalfUnit(h) * factor) + HalfUnit(m);
                    if (Math.Abs((h * factor) - m) > tolerance)
                    {
                        diagnostics.Add(SpecDiagnostics.SalaryBasesDisagree.Create(
                            document.LocationOf(gradePath + "." + SalaryBases.Name(range.Basis) + "." + figure.SpecName),
                            figure.SpecName,
                            Format(m),
                            SalaryBases.Name(range.Basis),
                            Format(h),
                            "an hour at " + hours.ToString(CultureInfo.InvariantCulture) + " hours a week",
                            Format(Math.Round(h * factor, 2, MidpointRounding.AwayFromZero))));
                    }
                }
            }
        }


        private static decimal HalfUnit(decimal value)
        {
            var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
            var unit = 1m;
            for (var i = 0; i < scale; i++)
            {
                unit /= 10m;
            }

            return unit / 2m;
        }

        private static void ValidateClassDates(ClassDocument document, SpecDate today, List<SpecDiagnostic> diagnostics)
        {
            var jobClass = document.Class;
            CheckNotFuture(document, "established", jobClass.Established, today, diagnostics);
            CheckNotFuture(document, "revised", jobClass.Revised, today, diagnostics);
            CheckNotFuture(document, "valid-as-of", jobClass.ValidAsOf, today, diagnostics);
            CheckNotFuture(document, "abolished", jobClass.Abolished, today, diagnostics);
            CheckNotFuture(document, "source.printed", jobClass.Source?.Printed, today, diagnostics);
            CheckHistory(document, jobClass.History, today, diagnostics);
            if (jobClass.Established is { } established)
            {
                CheckNotBefore(document, "revised", jobClass.Revised, established, diagnostics);
                CheckNotBefore(document, "valid-as-of", jobClass.ValidAsOf, established, diagnostics);
                CheckNotBefore(document, "abolished", jobClass.Abolished, established, diagnostics);
            }
        }

        private static void CheckHistory(SpecDocument document, EquatableArray<HistoryEntry> history, SpecDate today, List<SpecDiagnostic> diagnostics)
        {
            for (var i = 0; i < history.Count; i++)
            {
                CheckNotFuture(document, CommonFields.Indexed("history", i) + ".date", history[i].Date, today, diagnostics);
            }
        }

        private static void CheckNotFuture(SpecDocument document, string field, SpecDate? date, SpecDate today, List<SpecDiagnostic> diagnostics)
        {
            if (date is { } value && value > today && !SameSpan(value, today))
            {
                diagnostics.Add(SpecDiagnostics.FutureDate.Create(document.LocationOf(field), field, value.ToString(), today.ToString()));
            }
        }

        private static void CheckNotBefore(SpecDocument document, string field, SpecDate? date, SpecDate established, List<SpecDiagnostic> diagnostics)
        {
            if (date is { } value && value < established && !SameSpan(value, established))
            {
                diagnostics.Add(SpecDiagnostics.DateBeforeEstablished.Create(document.LocationOf(field), field, value.ToString(), established.ToString()));
            }
        }

        /// <summary>A month or year that contains the other date is neither before nor after it.</summary>
        private static bool SameSpan(SpecDate a, SpecDate b) =>
            a.Year == b.Year && (a.Month == 0 || b.Month == 0 || (a.Month == b.Month && (a.Day == 0 || b.Day == 0)));

        private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
