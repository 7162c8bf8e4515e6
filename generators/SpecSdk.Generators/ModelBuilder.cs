using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Generators
{
    /// <summary>
    /// Joins the read specs into the catalog and decides every generated name, so the emitter only writes.
    /// Names clash only inside a jurisdiction's type; a clash between classes is SPEC050 and a suffix.
    /// </summary>
    internal static class ModelBuilder
    {
        /// <summary>The MSBuild property that names the date whose pay plan versions give the constants.</summary>
        public const string PayAsOfProperty = "SpecSdkPayAsOf";

        /// <summary>The id of the error for a <see cref="PayAsOfProperty"/> that is not a day.</summary>
        public const string InvalidPayAsOf = "SPECSDK003";

        /// <summary>The id of the warning for a pay plan with no version in effect on the <see cref="PayAsOfProperty"/> date.</summary>
        public const string NoVersionAsOf = "SPECSDK004";

        /// <summary>The catalog of specs read from <paramref name="inputs"/>, classes resolved against <paramref name="context"/>.</summary>
        public static CatalogModel Build(GeneratorOptions options, ImmutableArray<SpecInput> inputs, CatalogContext context, ImmutableArray<ResolvedClass> resolved) =>
            Build(options, inputs, CatalogBuilder.Assemble(context, resolved));

        /// <summary>The catalog of specs read from <paramref name="inputs"/>, joined already into <paramref name="assembled"/>.</summary>
        public static CatalogModel Build(GeneratorOptions options, ImmutableArray<SpecInput> inputs, CatalogResult assembled)
        {
            var paths = new Lazy<Dictionary<string, SpecInput>>(() =>
            {
                var byPath = new Dictionary<string, SpecInput>(StringComparer.Ordinal);
                foreach (var input in inputs)
                {
                    byPath[input.RelativePath] = input;
                }

                return byPath;
            });
            var index = assembled.Index;
            var diagnostics = inputs.SelectMany(i => i.File.Diagnostics).Concat(assembled.Diagnostics)
                .OrderBy(d => d, SpecDiagnostic.Order)
                .Select(d => ToInfo(d, paths.Value))
                .ToList();

            var asOf = PayAsOf(options.PayAsOf, diagnostics);
            var jurisdictionNames = new NameScope(new[] { CatalogDocs.TypeName });
            var jurisdictions = new List<JurisdictionModel>();
            var batches = new List<(BatchModel Batch, List<ClassModel> Classes)>();
            var typeOf = new Dictionary<(string, string), (string TypeName, string? Code)>();
            foreach (var jurisdiction in index.Catalog.Jurisdictions)
            {
                var typeName = jurisdictionNames.Claim(Name(jurisdiction.Name, "Jurisdiction", jurisdiction.Key), jurisdiction.Key);
                var scope = new NameScope(GeneratedMembers.All.Concat(new[] { typeName }));
                var grades = Grades(jurisdiction, scope, asOf, diagnostics);
                jurisdictions.Add(new JurisdictionModel
                {
                    Output = options.Output,
                    TypeName = typeName,
                    HintName = typeName + ".g.cs",
                    Key = jurisdiction.Key,
                    Name = jurisdiction.Name,
                    SourcePath = jurisdiction.SourcePath,
                    Grades = grades.ToArray(),
                });

                var classTypes = new Dictionary<string, string>(StringComparer.Ordinal);
                var claimedBy = new Dictionary<string, JobClass>(StringComparer.Ordinal);
                var gradeFigures = grades.ToDictionary(g => (g.PayPlanKey, g.Grade), g => g.Figures);
                var members = index.ClassesOf(jurisdiction);
                var seriesMembers = index.SeriesOf(jurisdiction);
                var batchCount = BatchCount(members.Count + seriesMembers.Count);
                var batchClasses = Enumerable.Range(0, batchCount).Select(_ => new List<ClassModel>((members.Count / batchCount) + 8)).ToArray();
                var batchSeries = Enumerable.Range(0, batchCount).Select(_ => new List<SeriesModel>()).ToArray();
                foreach (var jobClass in members)
                {
                    var wanted = Name(jobClass.Title, "Class", jobClass.Key);
                    var name = scope.Claim(wanted, jobClass.Key);
                    if (name != wanted && claimedBy.TryGetValue(wanted, out var other))
                    {
                        var otherLocation = TitleLocation(paths.Value, other);
                        var diagnostic = SpecDiagnostics.DuplicateTypeName.Create(TitleLocation(paths.Value, jobClass), jobClass.Title, wanted, "'" + other.Title + "'", otherLocation, name);
                        diagnostics.Add(ToInfo(diagnostic, paths.Value) with
                        {
                            OtherLocation = otherLocation,
                            OtherFullPath = paths.Value.TryGetValue(otherLocation.Path, out var otherInput) ? otherInput.FullPath : otherLocation.Path,
                        });
                    }
                    else if (name == wanted)
                    {
                        claimedBy[wanted] = jobClass;
                    }

                    classTypes[jobClass.Key] = name;
                    typeOf[(jobClass.JurisdictionKey, jobClass.Key)] = (typeName + "." + name, jobClass.Code);
                    var given = Given(paths.Value, jobClass);
                    batchClasses[Batch(jobClass.Key, batchCount)].Add(new ClassModel
                    {
                        JurisdictionName = jurisdiction.Name,
                        TypeName = name,
                        JurisdictionKey = jobClass.JurisdictionKey,
                        Key = jobClass.Key,
                        Title = jobClass.Title,
                        Code = jobClass.Code ?? given(FieldNames.Code),
                        JobNumber = jobClass.JobNumber ?? given(FieldNames.JobNumber),
                        Grade = jobClass.Grade ?? given(FieldNames.Grade),
                        SeriesKey = jobClass.SeriesKey ?? given(FieldNames.Series),
                        Level = jobClass.Level ?? (given(FieldNames.Level) is null ? null : 0),
                        SourcePath = jobClass.SourcePath,
                        GroupName = index.GroupOf(jobClass)?.Name,
                        SeriesTitle = index.SeriesOf(jobClass)?.Title,
                        // The figures of the grade in the version the constants come from, which may not be the latest.
                        Figures = jobClass.PayPlanKey is { } plan && jobClass.Grade is { } grade && gradeFigures.TryGetValue((plan, grade), out var figures) ? figures : EquatableArray<FigureModel>.Empty,
                    });
                }

                foreach (var classSeries in seriesMembers)
                {
                    var name = scope.Claim(Name(classSeries.Title, "Class", classSeries.Key) + "Series", classSeries.Key);
                    var model = new SeriesModel
                    {
                        TypeName = name,
                        JurisdictionKey = classSeries.JurisdictionKey,
                        Key = classSeries.Key,
                        Title = classSeries.Title,
                        SourcePath = classSeries.SourcePath,
                        LevelTypeNames = index.LevelsOf(classSeries).Select(level => classTypes[level.Key]).ToArray(),
                    };
                    batchSeries[Batch(classSeries.Key, batchCount)].Add(model);
                }

                for (var b = 0; b < batchCount; b++)
                {
                    if (batchClasses[b].Count + batchSeries[b].Count > 0)
                    {
                        batches.Add((new BatchModel
                        {
                            Output = options.Output,
                            JurisdictionTypeName = typeName,
                            HintName = typeName + (batchCount == 1 ? ".Classes.g.cs" : ".Classes" + b.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs"),
                            Series = batchSeries[b].ToArray(),
                        }, batchClasses[b]));
                    }
                }
            }

            return new CatalogModel
            {
                Diagnostics = diagnostics.ToArray(),
                Jurisdictions = jurisdictions.ToArray(),
                // An abolished class's [Obsolete] names its successor's type, which may be of a jurisdiction made later.
                Batches = batches.Select(b => b.Batch with { Classes = b.Classes.Select(c => WithObsolete(c, index, typeOf)).ToArray() }).ToArray(),
                Index = new IndexModel { Output = options.Output, IsEmpty = jurisdictions.Count == 0 },
                Codes = new CodesModel { Output = options.Output, Table = CodeTable(options.Output.Namespace, index, typeOf) },
            };
        }

        /// <summary>
        /// The job code table the analyzer reads: every class with a code and the constant that holds it, an abolished
        /// class with the active class at the end of its successors; empty when no class has a code.
        /// </summary>
        private static string CodeTable(string ns, CatalogIndex index, Dictionary<(string, string), (string TypeName, string? Code)> typeOf)
        {
            var classes = index.Catalog.Jurisdictions.SelectMany(index.ClassesOf).Where(c => c.Code is not null).ToList();
            if (classes.Count == 0)
            {
                return string.Empty;
            }

            var position = new Dictionary<(string, string), int>();
            for (var i = 0; i < classes.Count; i++)
            {
                position[(classes[i].JurisdictionKey, classes[i].Key)] = i;
            }

            var entries = classes.Select(jobClass => new JobCodeEntry
            {
                Code = jobClass.Code!,
                JurisdictionKey = jobClass.JurisdictionKey,
                Title = jobClass.Title,
                Constant = typeOf[(jobClass.JurisdictionKey, jobClass.Key)].TypeName + "." + GeneratedMembers.Code,
                Abolished = jobClass.Status == ClassStatus.Abolished,
                AbolishedOn = jobClass.Status == ClassStatus.Abolished ? jobClass.Abolished?.ToString() : null,
                Successor = jobClass.Status == ClassStatus.Abolished && index.SuccessionOf(jobClass) is { Kind: SuccessionEnd.Active } succession
                    && position.TryGetValue((succession.End.JurisdictionKey, succession.End.Key), out var successor) ? successor : null,
            });
            var jurisdictions = index.Catalog.Jurisdictions.Select(j => new JobCodeJurisdiction { Key = j.Key, Name = j.Name, CodePattern = j.CodePattern });
            return JobCodeTable.Write(ns, jurisdictions, entries);
        }

        /// <summary>About 32 types a file, in a power-of-two number of batches so that a new class seldom moves others.</summary>
        private static int BatchCount(int types)
        {
            var count = 1;
            while (count * 32 < types)
            {
                count *= 2;
            }

            return count;
        }

        /// <summary>FNV-1a of the key: the same on every machine and run, unlike string.GetHashCode.</summary>
        private static int Batch(string key, int count)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in key)
                {
                    hash = (hash ^ c) * 16777619u;
                }

                return (int)(hash % (uint)count);
            }
        }

        /// <summary>The SpecSdkPayAsOf date; null when not set, or (with SPECSDK003) when it is not a day.</summary>
        private static SpecDate? PayAsOf(string value, List<DiagnosticInfo> diagnostics)
        {
            if (value.Length == 0)
            {
                return null;
            }

            if (SpecDate.TryParse(value, out var date) && date.Precision == SpecDatePrecision.Day)
            {
                return date;
            }

            diagnostics.Add(new DiagnosticInfo
            {
                Id = InvalidPayAsOf,
                Message = "The property " + PayAsOfProperty + " is '" + value + "', not a day: write it as YYYY-MM-DD, e.g. 2025-07-01. The constants come from each pay plan's latest version.",
            });
            return null;
        }

        /// <summary>
        /// Each grade of the version of its plan in effect on <paramref name="asOf"/>, or of the latest version: a build
        /// never depends on the day it runs.
        /// </summary>
        private static List<GradeModel> Grades(Jurisdiction jurisdiction, NameScope scope, SpecDate? asOf, List<DiagnosticInfo> diagnostics)
        {
            var grades = new List<GradeModel>();
            var severalPlans = jurisdiction.PayPlans.Count > 1;
            foreach (var plan in jurisdiction.PayPlans)
            {
                var version = asOf is { } date ? plan.AsOf(date) : plan.Latest;
                if (version is null && asOf is { } missed && plan.Latest is not null)
                {
                    diagnostics.Add(new DiagnosticInfo
                    {
                        Id = NoVersionAsOf,
                        Message = "The pay plan '" + plan.Name + "' of " + jurisdiction.Name + " has no version in effect on " + missed + " (" + PayAsOfProperty + "); its grades' constants are those of its latest version, effective " + (plan.Effective?.ToString() ?? "undated") + ".",
                    });
                }

                version ??= plan.Latest;
                if (version is null)
                {
                    continue;
                }

                foreach (var grade in version.Grades)
                {
                    var wanted = (severalPlans ? Identifiers.Pascal(plan.Key) : string.Empty) + "Grade" + Identifiers.Pascal(grade.Grade).TrimStart('_');
                    grades.Add(new GradeModel
                    {
                        TypeName = scope.Claim(wanted, plan.Key + "-" + grade.Grade),
                        Grade = grade.Grade,
                        PayPlanKey = grade.PayPlanKey,
                        PlanName = plan.Name,
                        RangeSummaries = grade.Ranges.Select(range => range.Basis + " " + Range(range)).ToArray(),
                        Figures = Figures(grade),
                        Steps = Steps(grade, version),
                        Version = version.Effective is { } effective ? "the version effective " + effective + (version.Name is null ? string.Empty : " (" + version.Name + ")") : string.Empty,
                        AsOf = plan.Versions.Count > 1 ? version.Effective : null,
                    });
                }
            }

            return grades;
        }

        private static FigureModel[] Steps(PayGrade grade, PayPlanVersion version)
        {
            var steps = new List<FigureModel>();
            foreach (var rates in grade.Steps)
            {
                for (var i = 0; i < rates.Amounts.Count && i < version.StepNames.Count; i++)
                {
                    steps.Add(new FigureModel
                    {
                        Name = GeneratedMembers.Step(rates.Basis, i + 1),
                        Value = rates.Amounts[i],
                        Description = "The " + SalaryBases.Of(rates.Basis).Prose + " rate at step " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of " + version.StepNames.Count.ToString(CultureInfo.InvariantCulture) + ", '" + version.StepNames[i] + "'.",
                    });
                }
            }

            return steps.ToArray();
        }

        /// <summary>An abolished class's type is obsolete: every use warns, and says what replaces it.</summary>
        private static ClassModel WithObsolete(ClassModel model, CatalogIndex index, Dictionary<(string, string), (string TypeName, string? Code)> typeOf)
        {
            if (index.FindClass(model.JurisdictionKey, model.Key) is not { Status: ClassStatus.Abolished } jobClass)
            {
                return model;
            }

            var message = "Abolished" + (jobClass.Abolished is { } date ? " " + date : string.Empty);
            // The class at the end of its successors, when that is active: the one that replaces it today (else SPEC067).
            if (index.SuccessionOf(jobClass) is { Kind: SuccessionEnd.Active } succession && typeOf.TryGetValue((succession.End.JurisdictionKey, succession.End.Key), out var type))
            {
                message += "; use " + type.TypeName + (type.Code is null ? string.Empty : " (" + type.Code + ")");
            }

            return model with { Obsolete = message };
        }

        private static FigureModel[] Figures(PayGrade grade)
        {
            var figures = new List<FigureModel>();
            foreach (var range in grade.Ranges)
            {
                foreach (var figure in RangeFigures.All)
                {
                    Add(figures, range.Basis, figure.Label, figure.Of(range));
                }
            }

            return figures.ToArray();
        }

        private static void Add(List<FigureModel> figures, SalaryBasis basis, string figure, decimal? value)
        {
            if (value is { } amount)
            {
                figures.Add(new FigureModel
                {
                    Name = GeneratedMembers.Figure(basis, figure),
                    Value = amount,
                    Description = "The " + figure.ToLowerInvariant() + " " + SalaryBases.Of(basis).Prose + " rate.",
                });
            }
        }


        private static string Range(SalaryRange range)
        {
            var parts = new List<string>();
            if (range.Minimum is { } minimum)
            {
                parts.Add("minimum " + minimum.ToString(CultureInfo.InvariantCulture));
            }

            if (range.Midpoint is { } midpoint)
            {
                parts.Add("midpoint " + midpoint.ToString(CultureInfo.InvariantCulture));
            }

            if (range.Maximum is { } maximum)
            {
                parts.Add("maximum " + maximum.ToString(CultureInfo.InvariantCulture));
            }

            return string.Join(", ", parts);
        }

        private static string Name(string title, string fallbackPrefix, string key)
        {
            var name = Identifiers.Pascal(title);
            return name.Length > 0 ? name : fallbackPrefix + Identifiers.Pascal(key);
        }

        /// <summary>
        /// For a field the class's spec gives but the reader could not accept: an empty value, so its constant still
        /// exists and code that uses it fails only with the spec's own diagnostic; null for a field the spec omits.
        /// </summary>
        private static Func<string, string?> Given(Dictionary<string, SpecInput> inputs, JobClass jobClass)
        {
            var document = inputs.TryGetValue(jobClass.SourcePath, out var input) ? input.File.Document : null;
            return field => document is not null && document.Fields.Any(f => f.Field == field) ? string.Empty : null;
        }

        private static SourceLocation TitleLocation(Dictionary<string, SpecInput> inputs, JobClass jobClass) =>
            inputs.TryGetValue(jobClass.SourcePath, out var input) && input.File.Document is { } document ? document.LocationOf("title") : new SourceLocation { Path = jobClass.SourcePath };

        private static DiagnosticInfo ToInfo(SpecDiagnostic diagnostic, Dictionary<string, SpecInput> inputs) => new DiagnosticInfo
        {
            Id = diagnostic.Id,
            Message = diagnostic.Message,
            FullPath = inputs.TryGetValue(diagnostic.Location.Path, out var input) ? input.FullPath : diagnostic.Location.Path,
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
