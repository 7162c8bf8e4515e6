using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Generators
{
    /// <summary>
    /// The generated API as declarations: every type, constant and accessor with its name, value and documentation,
    /// decided once from the models. Two writers turn it into code: the generator's Emitter as C# for the compiler (the
    /// IDE), the catalog assembly writer of the build task as metadata. Both say the same because neither decides.
    /// </summary>
    internal static class Api
    {
        /// <summary>The version the <c>[GeneratedCode]</c> attribute of every generated type names.</summary>
        public static readonly string GeneratorVersion = typeof(Api).Assembly.GetName().Version!.ToString(3);

        public static ApiType Jurisdiction(JurisdictionModel model)
        {
            var members = new List<ApiMember>
            {
                new ApiConstant(GeneratedMembers.Key, "The jurisdiction's key: " + model.Key, model.Key),
                new ApiConstant(GeneratedMembers.Name, "The jurisdiction's name: " + model.Name, model.Name),
            };
            if (model.Output.Mode == EmitMode.Full)
            {
                members.Add(new ApiAccessor(GeneratedMembers.Instance, "The full model of " + model.Name + ": pay plans, job groups, boilerplate.", ApiCall.Jurisdiction, new[] { model.Key }));
            }

            return new ApiType(model.TypeName, model.Name + ": its job classes, class series and pay grades.\nSpec: " + model.SourcePath, members)
            {
                Types = model.Grades.Select(g => Grade(g, model)).ToArray(),
            };
        }

        public static ApiType Class(ClassModel model, EmitMode mode)
        {
            var members = new List<ApiMember>();
            Constant(members, GeneratedMembers.Key, model.Key, "The class's key in " + model.JurisdictionName + ".");
            Constant(members, GeneratedMembers.Title, model.Title, "The class title.");
            Constant(members, GeneratedMembers.Code, model.Code, "The job code.");
            Constant(members, GeneratedMembers.JobNumber, model.JobNumber, "The job number.");
            Constant(members, GeneratedMembers.Grade, model.Grade, "The pay grade.");
            Constant(members, GeneratedMembers.SeriesKey, model.SeriesKey, "The class series.");
            if (model.Level is { } level)
            {
                members.Add(new ApiConstant(GeneratedMembers.Level, "The level in the " + model.SeriesTitle + " series, 1 for the lowest.", level));
            }

            members.AddRange(model.Figures.Select(Figure));
            if (mode == EmitMode.Full)
            {
                members.Add(new ApiAccessor(GeneratedMembers.Instance, "The full spec of " + model.Title + ": every field and section, decoded from the embedded catalog on first use.", ApiCall.Class, new[] { model.JurisdictionKey, model.Key }));
            }

            return new ApiType(model.TypeName, Describe(model), members) { Obsolete = model.Obsolete };
        }

        public static ApiType Series(SeriesModel model, EmitMode mode)
        {
            var members = new List<ApiMember>();
            Constant(members, GeneratedMembers.Key, model.Key, "The series' key.");
            Constant(members, GeneratedMembers.Title, model.Title, "The series' title.");
            if (mode == EmitMode.Full)
            {
                members.Add(new ApiAccessor(GeneratedMembers.Instance, "The series with its factors, sections and history.", ApiCall.Series, new[] { model.JurisdictionKey, model.Key }));
                members.Add(new ApiAccessor(GeneratedMembers.Levels, "The classes of the series, lowest level first: " + string.Join(", ", model.LevelTypeNames) + ".", ApiCall.Levels, new string[0]));
            }

            return new ApiType(model.TypeName, "The " + model.Title + " class series: " + string.Join(", ", model.LevelTypeNames) + ".\nSpec: " + model.SourcePath, members);
        }

        private static ApiType Grade(GradeModel model, JurisdictionModel jurisdiction)
        {
            var version = model.Version.Length == 0 ? string.Empty : ", " + model.Version;
            var members = new List<ApiMember>();
            Constant(members, GeneratedMembers.Grade, model.Grade, "The grade as the pay plan writes it.");
            Constant(members, GeneratedMembers.PayPlanKey, model.PayPlanKey, "The pay plan that holds the grade.");
            members.AddRange(model.Figures.Concat(model.Steps).Select(Figure));
            if (jurisdiction.Output.Mode == EmitMode.Full)
            {
                var keys = new[] { jurisdiction.Key, model.PayPlanKey, model.Grade };
                members.Add(new ApiAccessor(GeneratedMembers.Instance, "The grade with all its salary ranges" + version + ".", ApiCall.Grade, keys) { AsOf = model.AsOf });
                members.Add(new ApiAccessor(GeneratedMembers.AsOf, "The grade as the version of its pay plan in effect on the date gives it; null when no version is in effect then, or the version has no such grade.", ApiCall.GradeAsOf, keys));
            }

            return new ApiType(model.TypeName, "Pay grade " + model.Grade + " of " + model.PlanName + version + ":" + string.Concat(model.RangeSummaries.Select(line => "\n" + line)), members)
            {
                GeneratedCode = false,
            };
        }

        private static string Describe(ClassModel model)
        {
            var lines = new List<string> { model.Title + (model.Code is null ? string.Empty : " (" + model.Code + ")") + ", " + model.JurisdictionName + "." };
            if (model.Grade is not null)
            {
                lines.Add("Grade " + model.Grade + (model.Figures.IsEmpty ? string.Empty : ": " + string.Join("; ", model.Figures.Select(f => f.Name + " " + f.Value.ToString(CultureInfo.InvariantCulture)))) + ".");
            }

            if (model.GroupName is not null)
            {
                lines.Add("Job group: " + model.GroupName + ".");
            }

            if (model.SeriesTitle is not null)
            {
                lines.Add("Level " + model.Level?.ToString(CultureInfo.InvariantCulture) + " of the " + model.SeriesTitle + " series.");
            }

            lines.Add("Spec: " + model.SourcePath);
            return string.Join("\n", lines);
        }

        private static void Constant(List<ApiMember> members, string name, string? value, string summary)
        {
            if (value is not null)
            {
                members.Add(new ApiConstant(name, summary.TrimEnd('.') + ": " + value, value));
            }
        }

        private static ApiConstant Figure(FigureModel figure) =>
            new ApiConstant(figure.Name, figure.Description.TrimEnd('.') + ": " + figure.Value.ToString(CultureInfo.InvariantCulture), figure.Value);
    }

    /// <summary>The <c>JobCatalog</c> type's name and documentation, for both writers.</summary>
    internal static class CatalogDocs
    {
        public const string TypeName = "JobCatalog";
        public const string Type = "Every job class, class series and jurisdiction read from the spec files, with lookups by code, key, grade and series.\nThe lookups are the embedded catalog's indexes: finding a class decodes that class only.";
        public const string Data = "The catalog the SpecSdk package embedded in this assembly, opened on first use.";
        public const string Jurisdictions = "Every jurisdiction, ordered by key.";
        public const string All = "Every job class, ordered by jurisdiction, series and level, then key.";
        public const string Series = "Every class series, ordered by jurisdiction and key.";
        public const string TryGetByCode = "Finds a class by its job code, in whichever jurisdiction has it. A code that two jurisdictions use is found only with the jurisdiction's key.";
        public const string TryGetByCodeIn = "Finds a class by its jurisdiction's key and its job code.";
        public const string TryGetByKey = "Finds a class by its jurisdiction's key and its own key.";
        public const string TryGetSeries = "Finds a class series by its jurisdiction's key and its own key.";
        public const string GetByGrade = "The classes in a pay grade of a jurisdiction (of its pay plan, where it has several); empty when there are none.";
        public const string Codes = "Every job code of the catalog with the constant that holds it, read by the SpecSdk analyzer (SPEC100, SPEC101).";
    }

    /// <summary>A generated static class: its name, documentation, members and nested types.</summary>
    internal sealed class ApiType
    {
        public ApiType(string name, string summary, IReadOnlyList<ApiMember> members)
        {
            Name = name;
            Summary = summary;
            Members = members;
        }

        public string Name { get; }

        public string Summary { get; }

        public IReadOnlyList<ApiMember> Members { get; }

        public IReadOnlyList<ApiType> Types { get; init; } = new ApiType[0];

        /// <summary>The message of the type's <c>[Obsolete]</c>; null when it has none.</summary>
        public string? Obsolete { get; init; }

        /// <summary>Whether the type carries <c>[GeneratedCode]</c> with the generator's version (grade types do not).</summary>
        public bool GeneratedCode { get; init; } = true;
    }

    /// <summary>A member of a generated type.</summary>
    internal abstract class ApiMember
    {
        protected ApiMember(string name, string summary)
        {
            Name = name;
            Summary = summary;
        }

        public string Name { get; }

        public string Summary { get; }
    }

    /// <summary>A compile-time constant: a <c>string</c>, an <c>int</c> or a <c>decimal</c>.</summary>
    internal sealed class ApiConstant : ApiMember
    {
        public ApiConstant(string name, string summary, object value)
            : base(name, summary)
        {
            Value = value;
        }

        public object Value { get; }
    }

    /// <summary>What a generated accessor asks the catalog for.</summary>
    internal enum ApiCall
    {
        /// <summary><c>Jurisdiction Instance</c>: <c>CatalogData.GetJurisdiction(key)</c>.</summary>
        Jurisdiction,

        /// <summary><c>JobClass Instance</c>: <c>CatalogData.GetClass(jurisdictionKey, key)</c>.</summary>
        Class,

        /// <summary><c>ClassSeries Instance</c>: <c>CatalogData.GetSeries(jurisdictionKey, key)</c>.</summary>
        Series,

        /// <summary><c>IReadOnlyList&lt;JobClass&gt; Levels</c>: <c>CatalogData.GetLevels(Instance)</c>.</summary>
        Levels,

        /// <summary><c>PayGrade Instance</c>: <c>CatalogData.GetGrade(jurisdictionKey, payPlanKey, grade[, asOf])</c>.</summary>
        Grade,

        /// <summary><c>PayGrade? AsOf(SpecDate date)</c>: <c>CatalogData.FindGrade(jurisdictionKey, payPlanKey, grade, date)</c>.</summary>
        GradeAsOf,
    }

    /// <summary>A static property (or, for <see cref="ApiCall.GradeAsOf"/>, method) that asks the embedded catalog for a record by its keys.</summary>
    internal sealed class ApiAccessor : ApiMember
    {
        public ApiAccessor(string name, string summary, ApiCall call, IReadOnlyList<string> keys)
            : base(name, summary)
        {
            Call = call;
            Keys = keys;
        }

        public ApiCall Call { get; }

        public IReadOnlyList<string> Keys { get; }

        /// <summary>For <see cref="ApiCall.Grade"/>: the date whose pay plan version gives the grade; null for the latest.</summary>
        public SpecDate? AsOf { get; init; }
    }
}
