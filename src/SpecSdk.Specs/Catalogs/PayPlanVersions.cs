using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Catalogs
{
    /// <summary>
    /// Joins each pay plan's versions — those in the jurisdiction file and those in version files — oldest first, and
    /// checks them together: dated where there are several, no two in effect on one day, no grade left out of a later one.
    /// </summary>
    internal static class PayPlanVersions
    {
        public static void Join(CatalogContext.JurisdictionEntry entry, IEnumerable<PayPlanVersionDocument> files, List<SpecDiagnostic> diagnostics)
        {
            var jurisdiction = entry.Jurisdiction;
            var sources = new Dictionary<string, List<Source>>(StringComparer.Ordinal);
            for (var p = 0; p < jurisdiction.PayPlans.Count; p++)
            {
                var plan = jurisdiction.PayPlans[p];
                var planPath = CommonFields.Indexed("pay-plans", p);
                var listed = entry.Document.Fields.Any(f => f.Field == planPath + ".versions");
                var list = new List<Source>();
                for (var v = 0; v < plan.Versions.Count; v++)
                {
                    list.Add(new Source(plan.Versions[v] with { SourcePath = jurisdiction.SourcePath }, entry.Document, listed ? CommonFields.Indexed(planPath + ".versions", v) + "." : planPath + "."));
                }

                sources[plan.Key] = list;
            }

            foreach (var file in files)
            {
                if (file.PayPlanKey.Length == 0)
                {
                    continue;
                }

                if (!sources.TryGetValue(file.PayPlanKey, out var list))
                {
                    diagnostics.Add(SpecDiagnostics.UnknownPayPlan.Create(file.LocationOf("pay-plan"), jurisdiction.Name, file.PayPlanKey, CatalogContext.Known(sources.Keys)));
                    continue;
                }

                list.Add(new Source(file.Version, file, string.Empty));
            }

            var plans = new PayPlan[jurisdiction.PayPlans.Count];
            for (var p = 0; p < plans.Length; p++)
            {
                var plan = jurisdiction.PayPlans[p];
                var list = sources[plan.Key];
                list.Sort((a, b) =>
                {
                    var order = (a.Version.Effective ?? default).CompareTo(b.Version.Effective ?? default);
                    order = order != 0 ? order : string.CompareOrdinal(a.Document.Path, b.Document.Path);
                    return order != 0 ? order : string.CompareOrdinal(a.Prefix, b.Prefix);
                });
                Check(plan.Key, list, diagnostics);
                plans[p] = plan with { Versions = list.Select(s => s.Version).ToArray() };
            }

            entry.Jurisdiction = jurisdiction with { PayPlans = plans };
        }

        private static void Check(string plan, List<Source> versions, List<SpecDiagnostic> diagnostics)
        {
            if (versions.Count < 2)
            {
                return;
            }

            foreach (var undated in versions.Where(v => v.Version.Effective is null))
            {
                diagnostics.Add(SpecDiagnostics.MissingField.Create(undated.Locate("grades"), "A pay plan with several versions", undated.Prefix + "effective"));
            }

            for (var i = 1; i < versions.Count; i++)
            {
                var (earlier, later) = (versions[i - 1], versions[i]);
                if (earlier.Version.Effective is not { } start || later.Version.Effective is not { } next)
                {
                    continue;
                }

                if (start == next || (earlier.Version.Ends is { } end && end >= next))
                {
                    var ends = start == next ? "it starts the same day" : earlier.Version.Ends!.Value.ToString();
                    diagnostics.Add(SpecDiagnostics.VersionsOverlap.Create(later.Locate("effective"), plan, next.ToString(), start.ToString(), ends));
                }

                foreach (var grade in earlier.Version.Grades)
                {
                    if (later.Version.FindGrade(grade.Grade) is null)
                    {
                        diagnostics.Add(SpecDiagnostics.GradeDropped.Create(later.Locate("grades"), plan, grade.Grade, start.ToString(), next.ToString()));
                    }
                }
            }
        }

        private sealed class Source
        {
            public Source(PayPlanVersion version, SpecDocument document, string prefix)
            {
                Version = version;
                Document = document;
                Prefix = prefix;
            }

            public PayPlanVersion Version { get; }

            public SpecDocument Document { get; }

            /// <summary>The path of the version's fields in its document: "pay-plans[0].versions[1].", or "" in a version file.</summary>
            public string Prefix { get; }

            public SourceLocation Locate(string field) => Document.LocationOf(Prefix + field, Prefix + "effective", Prefix.TrimEnd('.'), "pay-plan");
        }
    }
}
