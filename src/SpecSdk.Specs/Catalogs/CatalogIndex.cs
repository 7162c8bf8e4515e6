using System;
using System.Collections.Generic;
using SpecSdk.Model;

namespace SpecSdk.Specs.Catalogs
{
    /// <summary>How a chain of successors ends.</summary>
    public enum SuccessionEnd
    {
        /// <summary>In an active class: the class that replaces the chain's abolished classes today.</summary>
        Active,

        /// <summary>In a class that is only proposed.</summary>
        Proposed,

        /// <summary>In an abolished class that has no successor.</summary>
        NoSuccessor,

        /// <summary>Back at a class the chain passed.</summary>
        Cycle,

        /// <summary>At a class whose successor is no class of the catalog (reported at that class).</summary>
        UnknownSuccessor,
    }

    /// <summary>Where following an abolished class's successors ends: the last class reached, after how many steps, and how.</summary>
    public readonly struct Succession
    {
        /// <summary>Creates a succession.</summary>
        public Succession(JobClass end, int steps, SuccessionEnd kind)
        {
            End = end;
            Steps = steps;
            Kind = kind;
        }

        /// <summary>The last class reached.</summary>
        public JobClass End { get; }

        /// <summary>The successors followed to reach it.</summary>
        public int Steps { get; }

        /// <summary>How the chain ends.</summary>
        public SuccessionEnd Kind { get; }
    }

    /// <summary>
    /// The joins of a catalog, made once: a class's jurisdiction, pay plan and grade, job group and series; a
    /// series's levels; the classes of a jurisdiction, a grade and a job group. Every reader of a catalog (the
    /// generator, the handbook, <c>new</c>, <c>serve</c>) asks here instead of searching the lists itself.
    /// The catalog is one <see cref="CatalogBuilder"/> made, whose references all resolve. Equal when the catalogs are.
    /// </summary>
    public sealed class CatalogIndex : IEquatable<CatalogIndex>
    {
        private static readonly JobClass[] NoClasses = Array.Empty<JobClass>();
        private static readonly ClassSeries[] NoSeries = Array.Empty<ClassSeries>();

        private readonly Dictionary<string, Jurisdiction> jurisdictions = new Dictionary<string, Jurisdiction>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<JobClass>> classesOf = new Dictionary<string, List<JobClass>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ClassSeries>> seriesOf = new Dictionary<string, List<ClassSeries>>(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), JobClass> classes = new Dictionary<(string, string), JobClass>();
        private readonly Dictionary<(string, string), ClassSeries> series = new Dictionary<(string, string), ClassSeries>();
        private readonly Dictionary<(string, string), JobGroup> groups = new Dictionary<(string, string), JobGroup>();
        private readonly Dictionary<(string, string), PayPlan> plans = new Dictionary<(string, string), PayPlan>();
        private readonly Dictionary<(string, string, string), PayGrade> grades = new Dictionary<(string, string, string), PayGrade>();
        private readonly Dictionary<(string, string, string), List<JobClass>> gradeMembers = new Dictionary<(string, string, string), List<JobClass>>();
        private readonly Dictionary<(string, string), List<JobClass>> groupMembers = new Dictionary<(string, string), List<JobClass>>();
        private readonly Dictionary<(string, string), Succession> successions = new Dictionary<(string, string), Succession>();

        /// <summary>Indexes <paramref name="catalog"/>.</summary>
        public CatalogIndex(Catalog catalog)
        {
            Catalog = catalog;
            foreach (var jurisdiction in catalog.Jurisdictions)
            {
                jurisdictions[jurisdiction.Key] = jurisdiction;
                foreach (var group in jurisdiction.JobGroups)
                {
                    Add(groups, (jurisdiction.Key, group.Key), group);
                }

                foreach (var plan in jurisdiction.PayPlans)
                {
                    Add(plans, (jurisdiction.Key, plan.Key), plan);
                    foreach (var grade in plan.Grades)
                    {
                        Add(grades, (jurisdiction.Key, plan.Key, grade.Grade), grade);
                    }
                }
            }

            foreach (var classSeries in catalog.Series)
            {
                series[(classSeries.JurisdictionKey, classSeries.Key)] = classSeries;
                Member(seriesOf, classSeries.JurisdictionKey, classSeries);
            }

            foreach (var jobClass in catalog.Classes)
            {
                classes[(jobClass.JurisdictionKey, jobClass.Key)] = jobClass;
                Member(classesOf, jobClass.JurisdictionKey, jobClass);
                if (jobClass.PayPlanKey is { } plan && jobClass.Grade is { } grade)
                {
                    Member(gradeMembers, (jobClass.JurisdictionKey, plan, grade), jobClass);
                }

                if (GroupOf(jobClass) is { } group)
                {
                    Member(groupMembers, (jobClass.JurisdictionKey, group.Key), jobClass);
                }
            }

            foreach (var jobClass in catalog.Classes)
            {
                if (jobClass.Status == ClassStatus.Abolished && jobClass.Successor is not null)
                {
                    Follow(jobClass);
                }
            }
        }

        /// <summary>The catalog indexed.</summary>
        public Catalog Catalog { get; }

        /// <summary>The jurisdiction with <paramref name="key"/>, or null.</summary>
        public Jurisdiction? FindJurisdiction(string key) => jurisdictions.TryGetValue(key, out var found) ? found : null;

        /// <summary>The class with <paramref name="key"/> in a jurisdiction, or null.</summary>
        public JobClass? FindClass(string jurisdictionKey, string key) => classes.TryGetValue((jurisdictionKey, key), out var found) ? found : null;

        /// <summary>The series with <paramref name="key"/> in a jurisdiction, or null.</summary>
        public ClassSeries? FindSeries(string jurisdictionKey, string key) => series.TryGetValue((jurisdictionKey, key), out var found) ? found : null;

        /// <summary>The jurisdiction a class belongs to.</summary>
        public Jurisdiction JurisdictionOf(JobClass jobClass) => jurisdictions[jobClass.JurisdictionKey];

        /// <summary>The jurisdiction a series belongs to.</summary>
        public Jurisdiction JurisdictionOf(ClassSeries classSeries) => jurisdictions[classSeries.JurisdictionKey];

        /// <summary>The pay plan of a class's grade, or null when the class has no grade.</summary>
        public PayPlan? PlanOf(JobClass jobClass) =>
            jobClass.PayPlanKey is { } plan && plans.TryGetValue((jobClass.JurisdictionKey, plan), out var found) ? found : null;

        /// <summary>A class's pay grade, or null.</summary>
        public PayGrade? GradeOf(JobClass jobClass) =>
            jobClass.PayPlanKey is { } plan && jobClass.Grade is { } grade && grades.TryGetValue((jobClass.JurisdictionKey, plan, grade), out var found) ? found : null;

        /// <summary>A class's job group: its own, else its series's (a series's levels are in its group); or null.</summary>
        public JobGroup? GroupOf(JobClass jobClass) => Group(jobClass.JurisdictionKey, jobClass.JobGroupKey) ?? (SeriesOf(jobClass) is { } classSeries ? GroupOf(classSeries) : null);

        /// <summary>A series's job group, or null.</summary>
        public JobGroup? GroupOf(ClassSeries classSeries) => Group(classSeries.JurisdictionKey, classSeries.JobGroupKey);

        /// <summary>The series a class is a level of, or null.</summary>
        public ClassSeries? SeriesOf(JobClass jobClass) => jobClass.SeriesKey is { } key ? FindSeries(jobClass.JurisdictionKey, key) : null;

        /// <summary>A series's classes, lowest level first.</summary>
        public IReadOnlyList<JobClass> LevelsOf(ClassSeries classSeries)
        {
            var levels = new JobClass[classSeries.Levels.Count];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = classes[(classSeries.JurisdictionKey, classSeries.Levels[i])];
            }

            return levels;
        }

        /// <summary>A jurisdiction's classes, in catalog order.</summary>
        public IReadOnlyList<JobClass> ClassesOf(Jurisdiction jurisdiction) => classesOf.TryGetValue(jurisdiction.Key, out var found) ? found : NoClasses;

        /// <summary>A jurisdiction's series, in catalog order.</summary>
        public IReadOnlyList<ClassSeries> SeriesOf(Jurisdiction jurisdiction) => seriesOf.TryGetValue(jurisdiction.Key, out var found) ? found : NoSeries;

        /// <summary>
        /// Where following the successors of an abolished class ends, or null for a class without a successor. Worked
        /// out once for every class when the catalog is indexed, each class's outcome shared by every chain through it.
        /// </summary>
        public Succession? SuccessionOf(JobClass jobClass) => successions.TryGetValue((jobClass.JurisdictionKey, jobClass.Key), out var found) ? found : null;

        /// <summary>The classes at a pay grade, in catalog order.</summary>
        public IReadOnlyList<JobClass> ClassesIn(PayGrade grade) =>
            gradeMembers.TryGetValue((grade.JurisdictionKey, grade.PayPlanKey, grade.Grade), out var found) ? found : NoClasses;

        /// <summary>The classes in one of a jurisdiction's job groups, those grouped through their series too, in catalog order.</summary>
        public IReadOnlyList<JobClass> ClassesIn(Jurisdiction jurisdiction, JobGroup group) =>
            groupMembers.TryGetValue((jurisdiction.Key, group.Key), out var found) ? found : NoClasses;

        /// <inheritdoc/>
        public bool Equals(CatalogIndex? other) => other is not null && Catalog.Equals(other.Catalog);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as CatalogIndex);

        /// <inheritdoc/>
        public override int GetHashCode() => Catalog.GetHashCode();

        /// <summary>Follows successors from <paramref name="start"/> to the chain's end, remembering the outcome of every abolished class passed.</summary>
        private void Follow(JobClass start)
        {
            static (string, string) Id(JobClass c) => (c.JurisdictionKey, c.Key);
            var path = new List<JobClass>();
            var onPath = new HashSet<(string, string)>();
            var current = start;
            Succession end;
            while (true)
            {
                if (successions.TryGetValue(Id(current), out var known))
                {
                    end = known;
                    break;
                }

                if (current.Status != ClassStatus.Abolished)
                {
                    end = new Succession(current, 0, current.Status == ClassStatus.Active ? SuccessionEnd.Active : SuccessionEnd.Proposed);
                    break;
                }

                if (!onPath.Add(Id(current)))
                {
                    end = new Succession(current, 0, SuccessionEnd.Cycle);
                    break;
                }

                if (current.Successor is not { } successor)
                {
                    end = new Succession(current, 0, SuccessionEnd.NoSuccessor);
                    break;
                }

                if (!classes.TryGetValue((successor.JurisdictionKey, successor.Key), out var next))
                {
                    end = new Succession(current, 0, SuccessionEnd.UnknownSuccessor);
                    break;
                }

                path.Add(current);
                current = next;
            }

            for (var i = path.Count - 1; i >= 0; i--)
            {
                successions[Id(path[i])] = new Succession(end.End, end.Steps + (path.Count - i), end.Kind);
            }
        }

        private JobGroup? Group(string jurisdictionKey, string? groupKey) =>
            groupKey is not null && groups.TryGetValue((jurisdictionKey, groupKey), out var found) ? found : null;

        /// <summary>Of two equal keys (the reader reports the second) the first stands.</summary>
        private static void Add<TKey, TValue>(Dictionary<TKey, TValue> index, TKey key, TValue value)
            where TKey : notnull
        {
            if (!index.ContainsKey(key))
            {
                index.Add(key, value);
            }
        }

        private static void Member<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index.Add(key, list = new List<TValue>());
            }

            list.Add(value);
        }
    }
}
