using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Specs.Catalogs
{
    /// <summary>The catalog joined from all documents, and the diagnostics of the rules across files.</summary>
    public sealed record CatalogResult
    {
        /// <summary>
        /// The catalog. Every reference in it resolves: a class whose jurisdiction is unknown is left out, and a
        /// grade, group or series that does not exist is dropped from the class (with a diagnostic).
        /// </summary>
        public Catalog Catalog => Index.Catalog;

        /// <summary>The catalog's joins: a class's grade, group and series, a series's levels, a grade's classes.</summary>
        public CatalogIndex Index { get; init; } = new CatalogIndex(new Catalog());

        /// <summary>The diagnostics of the cross-file rules, ordered by path and position.</summary>
        public EquatableArray<SpecDiagnostic> Diagnostics { get; init; }
    }

    /// <summary>
    /// Joins documents into a <see cref="Catalog"/>: checks the jurisdictions and series (<see cref="CatalogContext"/>),
    /// resolves each class against them, then applies the rules that need every class — unique keys, codes and job
    /// numbers, series levels in order — and orders the result.
    /// </summary>
    public static class CatalogBuilder
    {
        /// <summary>Builds the catalog. The result depends only on the documents, not on their order.</summary>
        public static CatalogResult Build(IEnumerable<SpecDocument> documents)
        {
            var all = documents.ToList();
            var context = CatalogContext.Create(all);
            return Assemble(context, all.OfType<ClassDocument>().Select(context.Resolve));
        }

        /// <summary>Joins classes resolved against <paramref name="context"/> into the catalog.</summary>
        public static CatalogResult Assemble(CatalogContext context, IEnumerable<ResolvedClass> resolved)
        {
            var diagnostics = new List<SpecDiagnostic>(context.Diagnostics);
            var ordered = resolved.ToArray();
            var keys = new Dictionary<(string, string), ClassDocument>(ordered.Length);
            var codes = new Dictionary<(string, string), ClassDocument>(ordered.Length);
            var numbers = new Dictionary<(string, string), ClassDocument>(ordered.Length);
            var classes = new List<(ClassDocument Document, JobClass Class)>(ordered.Length);
            Array.Sort(ordered, (a, b) =>
            {
                var byPath = string.CompareOrdinal(a.Document.Path, b.Document.Path);
                return byPath != 0 ? byPath : a.Document.FrontMatter.Start.CompareTo(b.Document.FrontMatter.Start);
            });
            foreach (var item in ordered)
            {
                diagnostics.AddRange(item.Diagnostics);
                if (item.Class is not { } jobClass)
                {
                    continue;
                }

                var document = item.Document;
                if (!Claim(keys, (jobClass.JurisdictionKey, jobClass.Key), document, out var sameKey))
                {
                    var hint = document.Fields.Any(f => f.Field == "key") ? string.Empty : " This spec's key comes from its file name; set 'key' to choose another.";
                    diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf("key"), "job class", jobClass.Key, sameKey.LocationOf("key"), hint));
                    continue;
                }

                if (jobClass.Code is { } code && !Claim(codes, (jobClass.JurisdictionKey, code), document, out var sameCode))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateCode.Create(document.LocationOf("code"), code, sameCode.Class.Title, sameCode.LocationOf("code")));
                    jobClass = jobClass with { Code = null };
                }

                if (jobClass.JobNumber is { } number && !Claim(numbers, (jobClass.JurisdictionKey, number), document, out var sameNumber))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateJobNumber.Create(document.LocationOf("job-number"), number, sameNumber.Class.Title, sameNumber.LocationOf("job-number")));
                    jobClass = jobClass with { JobNumber = null };
                }

                classes.Add((document, jobClass));
            }

            var series = Levels(context, classes, diagnostics);
            var catalog = new Catalog
            {
                Jurisdictions = context.Jurisdictions.ToArray(),
                Series = series,
                Classes = Ordered(classes),
            };

            var index = new CatalogIndex(catalog);
            CheckSuccessors(index, classes, diagnostics);
            diagnostics.Sort(SpecDiagnostic.Order);
            return new CatalogResult { Index = index, Diagnostics = diagnostics.ToArray() };
        }

        /// <summary>The classes ordered by jurisdiction, then series and level, then key.</summary>
        private static JobClass[] Ordered(List<(ClassDocument Document, JobClass Class)> classes)
        {
            var ordered = new JobClass[classes.Count];
            for (var i = 0; i < ordered.Length; i++)
            {
                ordered[i] = classes[i].Class;
            }

            Array.Sort(ordered, (a, b) =>
            {
                var order = string.CompareOrdinal(a.JurisdictionKey, b.JurisdictionKey);
                if (order == 0)
                {
                    order = string.CompareOrdinal(a.SeriesKey ?? string.Empty, b.SeriesKey ?? string.Empty);
                }

                if (order == 0)
                {
                    order = (a.Level ?? 0).CompareTo(b.Level ?? 0);
                }

                return order != 0 ? order : string.CompareOrdinal(a.Key, b.Key);
            });
            return ordered;
        }

        private static bool Claim(Dictionary<(string, string), ClassDocument> claimed, (string, string) id, ClassDocument document, out ClassDocument first)
        {
            if (claimed.TryGetValue(id, out first!))
            {
                return false;
            }

            claimed.Add(id, document);
            first = document;
            return true;
        }

        /// <summary>
        /// An abolished class's successor exists, and following successors from it ends in an active class: not in an
        /// abolished class with no successor, a proposed class, or back where it started (<see cref="CatalogIndex.SuccessionOf"/>).
        /// </summary>
        private static void CheckSuccessors(CatalogIndex index, List<(ClassDocument Document, JobClass Class)> classes, List<SpecDiagnostic> diagnostics)
        {
            foreach (var (document, jobClass) in classes)
            {
                if (jobClass.Successor is not { } successor)
                {
                    continue;
                }

                var at = document.LocationOf("successor.key", "successor");
                if (index.FindClass(successor.JurisdictionKey, successor.Key) is not { } next)
                {
                    if (index.FindJurisdiction(successor.JurisdictionKey) is not { } jurisdiction)
                    {
                        var known = CatalogContext.Known(index.Catalog.Jurisdictions.Select(j => j.Key));
                        diagnostics.Add(SpecDiagnostics.UnknownJurisdiction.Create(document.LocationOf("successor.jurisdiction", "successor"), successor.JurisdictionKey, known));
                    }
                    else
                    {
                        diagnostics.Add(SpecDiagnostics.UnknownSuccessor.Create(at, jurisdiction.Name, successor.Key, CatalogContext.Known(index.ClassesOf(jurisdiction).Select(c => c.Key))));
                    }

                    continue;
                }

                var succession = index.SuccessionOf(jobClass)!.Value;
                var problem = succession.Kind switch
                {
                    SuccessionEnd.Proposed => ", which is only proposed",
                    SuccessionEnd.NoSuccessor => ", which is abolished with no successor",
                    SuccessionEnd.Cycle => ", back to a class it passed: successors must not form a cycle",
                    _ => null, // active; or an unknown successor further on, reported at its own class
                };
                if (problem is not null)
                {
                    string Name(JobClass c) => c.JurisdictionKey == jobClass.JurisdictionKey ? c.Key : c.JurisdictionKey + "/" + c.Key;
                    var path = Name(jobClass) + " → " + Name(next) + (succession.Steps > 2 ? " → … → " + Name(succession.End) : succession.Steps == 2 ? " → " + Name(succession.End) : string.Empty);
                    diagnostics.Add(SpecDiagnostics.SuccessorChain.Create(at, jobClass.Key, path, problem));
                }
            }
        }

        /// <summary>Each series with the keys of its classes, lowest level first; levels must run 1, 2, 3...</summary>
        private static ClassSeries[] Levels(CatalogContext context, List<(ClassDocument Document, JobClass Class)> classes, List<SpecDiagnostic> diagnostics)
        {
            var bySeries = classes.Where(c => c.Class.SeriesKey is not null).ToLookup(c => (c.Class.JurisdictionKey, c.Class.SeriesKey!));
            var result = new List<ClassSeries>();
            foreach (var (_, series) in context.Series)
            {
                var members = bySeries[(series.JurisdictionKey, series.Key)]
                    .OrderBy(c => c.Class.Level ?? 0).ThenBy(c => c.Class.Key, StringComparer.Ordinal)
                    .ToList();
                for (var i = 0; i < members.Count; i++)
                {
                    if (members[i].Class.Level != i + 1)
                    {
                        var levels = string.Join(", ", members.Select(m => m.Class.Level));
                        diagnostics.Add(SpecDiagnostics.LevelOrder.Create(members[i].Document.LocationOf("level"), series.Key, levels));
                        break;
                    }
                }

                result.Add(series with { Levels = members.Select(m => m.Class.Key).ToArray() });
            }

            return result.ToArray();
        }
    }
}
