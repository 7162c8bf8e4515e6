using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Generators
{
    /// <summary>
    /// Joins the read specs into the catalog and decides every generated name, so the emitter only writes.
    /// Names clash only inside a jurisdiction's type; a clash between classes is SPEC050 and a suffix.
    /// </summary>
    internal static class ModelBuilder
    {
        /// <summary>
        /// Names a generated type must not take: the members of the jurisdiction type and of the class, grade and series
        /// types (a type may not share its name with one of its members).
        /// </summary>
        private static readonly string[] Reserved = new[] { "Key", "Name", "Instance", "Title", "Code", "JobNumber", "Grade", "SeriesKey", "Level", "PayPlanKey", "Levels" }
            .Concat(Enum.GetNames(typeof(SalaryBasis)).SelectMany(basis => new[] { basis + "Minimum", basis + "Midpoint", basis + "Maximum" }))
            .ToArray();

        public static CatalogModel Build(GeneratorOptions options, ImmutableArray<SpecInput> inputs)
        {
            var ordered = inputs.OrderBy(i => i.RelativePath, StringComparer.Ordinal).ToList();
            var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var input in ordered)
            {
                fullPaths[input.RelativePath] = input.FullPath;
            }

            var load = SpecLoader.Load(ordered.Select(i => i.File).ToList());
            var catalog = load.Catalog;
            var diagnostics = load.Diagnostics.Select(d => ToInfo(d, fullPaths)).ToList();
            var documents = ordered.Where(i => i.File.Document is not null).ToDictionary(i => i.RelativePath, i => i.File.Document!, StringComparer.Ordinal);

            var jurisdictionNames = new NameScope(new[] { "JobCatalog" });
            var jurisdictions = new List<JurisdictionModel>();
            var classes = new List<ClassModel>();
            var series = new List<SeriesModel>();
            var index = new List<IndexEntry>();
            var seriesTitles = catalog.Series.ToDictionary(s => (s.JurisdictionKey, s.Key), s => s.Title);
            var codeCounts = catalog.Classes.Where(c => c.Code is not null).GroupBy(c => c.Code!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var jurisdiction in catalog.Jurisdictions)
            {
                var typeName = jurisdictionNames.Claim(Name(jurisdiction.Name, "Jurisdiction", jurisdiction.Key), jurisdiction.Key);
                var scope = new NameScope(Reserved.Concat(new[] { typeName }));
                var grades = Grades(jurisdiction, scope);
                jurisdictions.Add(new JurisdictionModel
                {
                    Namespace = options.Namespace,
                    TypeName = typeName,
                    HintName = typeName + ".g.cs",
                    Jurisdiction = jurisdiction,
                    Grades = grades.ToArray(),
                });

                var classTypes = new Dictionary<string, string>(StringComparer.Ordinal);
                var claimedBy = new Dictionary<string, JobClass>(StringComparer.Ordinal);
                foreach (var jobClass in catalog.Classes.Where(c => c.JurisdictionKey == jurisdiction.Key))
                {
                    var wanted = Name(jobClass.Title, "Class", jobClass.Key);
                    var name = scope.Claim(wanted, jobClass.Key);
                    if (name != wanted && claimedBy.TryGetValue(wanted, out var other))
                    {
                        var otherLocation = TitleLocation(documents, other);
                        var diagnostic = SpecDiagnostics.DuplicateTypeName.Create(TitleLocation(documents, jobClass), jobClass.Title, wanted, "'" + other.Title + "'", otherLocation, name);
                        diagnostics.Add(ToInfo(diagnostic, fullPaths) with
                        {
                            OtherLocation = otherLocation,
                            OtherFullPath = fullPaths.TryGetValue(otherLocation.Path, out var otherPath) ? otherPath : otherLocation.Path,
                        });
                    }
                    else if (name == wanted)
                    {
                        claimedBy[wanted] = jobClass;
                    }

                    classTypes[jobClass.Key] = name;
                    var grade = jurisdiction.PayPlans.FirstOrDefault(p => p.Key == jobClass.PayPlanKey)?.FindGrade(jobClass.Grade ?? string.Empty);
                    classes.Add(new ClassModel
                    {
                        Namespace = options.Namespace,
                        JurisdictionTypeName = typeName,
                        JurisdictionName = jurisdiction.Name,
                        TypeName = name,
                        HintName = typeName + "." + name + ".g.cs",
                        Class = jobClass,
                        GroupName = jurisdiction.JobGroups.FirstOrDefault(g => g.Key == jobClass.JobGroupKey)?.Name,
                        SeriesTitle = jobClass.SeriesKey is { } seriesKey && seriesTitles.TryGetValue((jobClass.JurisdictionKey, seriesKey), out var seriesTitle) ? seriesTitle : null,
                        Figures = grade is null ? EquatableArray<FigureModel>.Empty : Figures(grade),
                    });
                    index.Add(new IndexEntry
                    {
                        JurisdictionKey = jobClass.JurisdictionKey,
                        Key = jobClass.Key,
                        Code = jobClass.Code,
                        PayPlanKey = jobClass.PayPlanKey,
                        Grade = jobClass.Grade,
                        TypeName = typeName + "." + name,
                        CodeIsUnique = jobClass.Code is not null && codeCounts[jobClass.Code] == 1,
                    });
                }

                foreach (var classSeries in catalog.Series.Where(s => s.JurisdictionKey == jurisdiction.Key))
                {
                    var name = scope.Claim(Name(classSeries.Title, "Class", classSeries.Key) + "Series", classSeries.Key);
                    series.Add(new SeriesModel
                    {
                        Namespace = options.Namespace,
                        JurisdictionTypeName = typeName,
                        TypeName = name,
                        HintName = typeName + "." + name + ".g.cs",
                        Series = classSeries,
                        LevelTypeNames = classSeries.Levels.Select(key => classTypes[key]).ToArray(),
                    });
                }
            }

            return new CatalogModel
            {
                Options = options,
                Catalog = catalog,
                Diagnostics = diagnostics.ToArray(),
                Jurisdictions = jurisdictions.ToArray(),
                Classes = classes.ToArray(),
                Series = series.ToArray(),
                Index = new IndexModel
                {
                    Namespace = options.Namespace,
                    JurisdictionTypes = jurisdictions.Select(j => j.TypeName).ToArray(),
                    JurisdictionKeys = jurisdictions.Select(j => j.Jurisdiction.Key).ToArray(),
                    Classes = index.ToArray(),
                    SeriesTypes = series.Select(s => s.JurisdictionTypeName + "." + s.TypeName).ToArray(),
                    SeriesKeys = series.Select(s => s.Series.JurisdictionKey + "/" + s.Series.Key).ToArray(),
                },
            };
        }

        private static List<GradeModel> Grades(Jurisdiction jurisdiction, NameScope scope)
        {
            var grades = new List<GradeModel>();
            var severalPlans = jurisdiction.PayPlans.Count > 1;
            foreach (var plan in jurisdiction.PayPlans)
            {
                foreach (var grade in plan.Grades)
                {
                    var wanted = (severalPlans ? Identifiers.Pascal(plan.Key) : string.Empty) + "Grade" + Identifiers.Pascal(grade.Grade).TrimStart('_');
                    grades.Add(new GradeModel
                    {
                        TypeName = scope.Claim(wanted, plan.Key + "-" + grade.Grade),
                        Grade = grade,
                        PlanName = plan.Name.Length > 0 ? plan.Name : plan.Key,
                        Figures = Figures(grade),
                    });
                }
            }

            return grades;
        }

        private static FigureModel[] Figures(PayGrade grade)
        {
            var figures = new List<FigureModel>();
            foreach (var range in grade.Ranges)
            {
                Add(figures, range.Basis, "Minimum", range.Minimum);
                Add(figures, range.Basis, "Midpoint", range.Midpoint);
                Add(figures, range.Basis, "Maximum", range.Maximum);
            }

            return figures.ToArray();
        }

        private static void Add(List<FigureModel> figures, SalaryBasis basis, string figure, decimal? value)
        {
            if (value is { } amount)
            {
                figures.Add(new FigureModel
                {
                    Name = basis + figure,
                    Value = amount,
                    Description = "The " + figure.ToLowerInvariant() + " " + Describe(basis) + " rate.",
                });
            }
        }

        private static string Describe(SalaryBasis basis) => basis switch
        {
            SalaryBasis.MonthlyAt37Point5Hours => "monthly (37.5-hour week)",
            SalaryBasis.MonthlyAt40Hours => "monthly (40-hour week)",
            SalaryBasis.SemiMonthly => "semi-monthly",
            _ => basis.ToString().ToLowerInvariant(),
        };

        private static string Name(string title, string fallbackPrefix, string key)
        {
            var name = Identifiers.Pascal(title);
            return name.Length > 0 ? name : fallbackPrefix + Identifiers.Pascal(key);
        }

        private static SourceLocation TitleLocation(Dictionary<string, SpecDocument> documents, JobClass jobClass) =>
            documents.TryGetValue(jobClass.SourcePath, out var document) ? document.LocationOf("title") : new SourceLocation { Path = jobClass.SourcePath };

        private static DiagnosticInfo ToInfo(SpecDiagnostic diagnostic, Dictionary<string, string> fullPaths) => new DiagnosticInfo
        {
            Id = diagnostic.Id,
            Severity = diagnostic.Severity,
            Message = diagnostic.Message,
            FullPath = fullPaths.TryGetValue(diagnostic.Location.Path, out var full) ? full : diagnostic.Location.Path,
            Location = diagnostic.Location,
        };

        /// <summary>Member names inside one type: the first claim gets its name, later ones a suffix from their key.</summary>
        private sealed class NameScope
        {
            private readonly HashSet<string> taken;

            public NameScope(IEnumerable<string> reserved)
            {
                taken = new HashSet<string>(reserved, StringComparer.Ordinal);
            }

            public string Claim(string wanted, string key)
            {
                if (taken.Add(wanted))
                {
                    return wanted;
                }

                var candidate = wanted + "_" + Identifiers.Pascal(key).TrimStart('_');
                for (var n = 2; !taken.Add(candidate); n++)
                {
                    candidate = wanted + "_" + Identifiers.Pascal(key).TrimStart('_') + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return candidate;
            }
        }
    }
}
