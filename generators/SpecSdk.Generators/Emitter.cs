using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Generators
{
    /// <summary>Writes the generated C# files from the models. Writes only: every name was decided by the model builder.</summary>
    internal static class Emitter
    {
        private const string Model = "global::SpecSdk.Model.";
        /// <summary>The attribute on every generated type, with this generator's own version.</summary>
        private static readonly string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"SpecSdk.Generators\", \"" + typeof(Emitter).Assembly.GetName().Version!.ToString(3) + "\")]";

        public static string Jurisdiction(JurisdictionModel model)
        {
            var writer = Start(model.Output);
            writer.Summary(model.Name + ": its job classes, class series and pay grades.\nSpec: " + model.SourcePath);
            writer.Line(GeneratedCode);
            writer.Open("public static partial class " + model.TypeName);
            writer.Summary("The jurisdiction's key: " + model.Key);
            writer.Line("public const string " + GeneratedMembers.Key + " = " + CodeWriter.String(model.Key) + ";");
            writer.Line();
            writer.Summary("The jurisdiction's name: " + model.Name);
            writer.Line("public const string " + GeneratedMembers.Name + " = " + CodeWriter.String(model.Name) + ";");
            if (model.Output.Mode == EmitMode.Full)
            {
                writer.Line();
                writer.Summary("The full model of " + model.Name + ": pay plans, job groups, boilerplate.");
                Instance(writer, model.Output.Namespace, "Jurisdiction", "GetJurisdiction", model.Key);
            }

            foreach (var grade in model.Grades)
            {
                writer.Line();
                WriteGrade(writer, grade, model);
            }

            writer.Close();
            return End(writer);
        }

        /// <summary>One file of a jurisdiction's classes and series.</summary>
        public static string Batch(BatchModel model)
        {
            var writer = Start(model.Output);
            writer.Open("public static partial class " + model.JurisdictionTypeName);
            var first = true;
            foreach (var jobClass in model.Classes)
            {
                Separate(writer, ref first);
                Class(writer, jobClass, model);
            }

            foreach (var series in model.Series)
            {
                Separate(writer, ref first);
                Series(writer, series, model);
            }

            writer.Close();
            return End(writer);
        }

        private static void Separate(CodeWriter writer, ref bool first)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
        }

        private static void Class(CodeWriter writer, ClassModel model, BatchModel batch)
        {
            writer.Summary(Describe(model));
            writer.Line(GeneratedCode);
            if (model.Obsolete is { } obsolete)
            {
                writer.Line("[global::System.Obsolete(" + CodeWriter.String(obsolete) + ")]");
            }

            writer.Open("public static class " + model.TypeName);
            Constant(writer, GeneratedMembers.Key, model.Key, "The class's key in " + model.JurisdictionName + ".");
            Constant(writer, GeneratedMembers.Title, model.Title, "The class title.");
            Constant(writer, GeneratedMembers.Code, model.Code, "The job code.");
            Constant(writer, GeneratedMembers.JobNumber, model.JobNumber, "The job number.");
            Constant(writer, GeneratedMembers.Grade, model.Grade, "The pay grade.");
            Constant(writer, GeneratedMembers.SeriesKey, model.SeriesKey, "The class series.");
            if (model.Level is { } level)
            {
                writer.Summary("The level in the " + model.SeriesTitle + " series, 1 for the lowest.");
                writer.Line("public const int " + GeneratedMembers.Level + " = " + CodeWriter.Int(level) + ";");
                writer.Line();
            }

            foreach (var figure in model.Figures)
            {
                Figure(writer, figure);
            }

            if (batch.Output.Mode == EmitMode.Full)
            {
                writer.Summary("The full spec of " + model.Title + ": every field and section, decoded from the embedded catalog on first use.");
                Instance(writer, batch.Output.Namespace, "JobClass", "GetClass", model.JurisdictionKey, model.Key);
            }

            writer.Close();
        }

        private static void Series(CodeWriter writer, SeriesModel model, BatchModel batch)
        {
            writer.Summary("The " + model.Title + " class series: " + string.Join(", ", model.LevelTypeNames) + ".\nSpec: " + model.SourcePath);
            writer.Line(GeneratedCode);
            writer.Open("public static class " + model.TypeName);
            Constant(writer, GeneratedMembers.Key, model.Key, "The series' key.");
            Constant(writer, GeneratedMembers.Title, model.Title, "The series' title.");
            if (batch.Output.Mode == EmitMode.Full)
            {
                writer.Summary("The series with its factors, sections and history.");
                Instance(writer, batch.Output.Namespace, "ClassSeries", "GetSeries", model.JurisdictionKey, model.Key);
                writer.Line();
                writer.Summary("The classes of the series, lowest level first: " + string.Join(", ", model.LevelTypeNames) + ".");
                writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> " + GeneratedMembers.Levels + " => " + Data(batch.Output.Namespace) + ".GetLevels(" + GeneratedMembers.Instance + ");");
            }

            writer.Close();
        }

        public static string Index(IndexModel model, bool hasNotNullWhen)
        {
            var writer = Start(model.Output);
            var notNull = hasNotNullWhen && model.Output.Nullable ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            var maybe = model.Output.Nullable ? "?" : string.Empty;
            writer.Summary("Every job class, class series and jurisdiction read from the spec files, with lookups by code, key, grade and series.\nThe lookups are the embedded catalog's indexes: finding a class decodes that class only.");
            writer.Line(GeneratedCode);
            writer.Open("public static partial class JobCatalog");
            writer.Line("private static readonly global::System.Lazy<" + Model + "CatalogData> data = new global::System.Lazy<" + Model + "CatalogData>(() => " + Model + "CatalogData.FromAssembly(typeof(JobCatalog).Assembly));");
            writer.Line();
            writer.Summary("The catalog the SpecSdk package embedded in this assembly, opened on first use.");
            writer.Line("public static " + Model + "CatalogData Data => data.Value;");
            writer.Line();
            writer.Summary("Every jurisdiction, ordered by key.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "Jurisdiction> Jurisdictions => Data.Jurisdictions;");
            writer.Line();
            writer.Summary("Every job class, ordered by jurisdiction, series and level, then key.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> All => Data.Classes;");
            writer.Line();
            writer.Summary("Every class series, ordered by jurisdiction and key.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "ClassSeries> Series => Data.Series;");
            writer.Line();
            writer.Summary("Finds a class by its job code, in whichever jurisdiction has it. A code that two jurisdictions use is found only with the jurisdiction's key.");
            writer.Line("public static bool TryGetByCode(string code, " + notNull + "out " + Model + "JobClass" + maybe + " jobClass) => Data.TryGetByCode(code, out jobClass);");
            writer.Line();
            writer.Summary("Finds a class by its jurisdiction's key and its job code.");
            writer.Line("public static bool TryGetByCode(string jurisdictionKey, string code, " + notNull + "out " + Model + "JobClass" + maybe + " jobClass) => Data.TryGetByCode(jurisdictionKey, code, out jobClass);");
            writer.Line();
            writer.Summary("Finds a class by its jurisdiction's key and its own key.");
            writer.Line("public static bool TryGetByKey(string jurisdictionKey, string key, " + notNull + "out " + Model + "JobClass" + maybe + " jobClass) => Data.TryGetByKey(jurisdictionKey, key, out jobClass);");
            writer.Line();
            writer.Summary("Finds a class series by its jurisdiction's key and its own key.");
            writer.Line("public static bool TryGetSeries(string jurisdictionKey, string seriesKey, " + notNull + "out " + Model + "ClassSeries" + maybe + " series) => Data.TryGetSeries(jurisdictionKey, seriesKey, out series);");
            writer.Line();
            writer.Summary("The classes in a pay grade of a jurisdiction (of its pay plan, where it has several); empty when there are none.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> GetByGrade(string jurisdictionKey, string grade, string" + maybe + " payPlanKey = null) => Data.GetByGrade(jurisdictionKey, grade, payPlanKey);");
            writer.Close();
            return End(writer);
        }

        /// <summary>The job code table on the assembly, for the analyzer here and in projects that reference this one.</summary>
        public static string Codes(CodesModel model)
        {
            var writer = new CodeWriter();
            writer.Line("// <auto-generated/>");
            writer.Line();
            writer.Line("// Every job code of the catalog with the constant that holds it, read by the SpecSdk analyzer (SPEC100, SPEC101).");
            writer.Line("[assembly: " + Model + "JobCodes(" + CodeWriter.String(model.Table) + ")]");
            return writer.ToString();
        }

        private static void WriteGrade(CodeWriter writer, GradeModel model, JurisdictionModel jurisdiction)
        {
            var version = model.Version.Length == 0 ? string.Empty : ", " + model.Version;
            writer.Summary("Pay grade " + model.Grade + " of " + model.PlanName + version + ":" + string.Concat(model.RangeSummaries.Select(line => "\n" + line)));
            writer.Open("public static class " + model.TypeName);
            Constant(writer, GeneratedMembers.Grade, model.Grade, "The grade as the pay plan writes it.");
            Constant(writer, GeneratedMembers.PayPlanKey, model.PayPlanKey, "The pay plan that holds the grade.");
            foreach (var figure in model.Figures.Concat(model.Steps))
            {
                Figure(writer, figure);
            }

            if (jurisdiction.Output.Mode == EmitMode.Full)
            {
                var keys = string.Join(", ", new[] { jurisdiction.Key, model.PayPlanKey, model.Grade }.Select(CodeWriter.String));
                var data = Data(jurisdiction.Output.Namespace);
                writer.Summary("The grade with all its salary ranges" + version + ".");
                var asOf = model.AsOf is { } date ? ", new " + Model + "SpecDate(" + CodeWriter.Int(date.Year) + ", " + CodeWriter.Int(date.Month) + ", " + CodeWriter.Int(date.Day) + ")" : string.Empty;
                writer.Line("public static " + Model + "PayGrade " + GeneratedMembers.Instance + " => " + data + ".GetGrade(" + keys + asOf + ");");
                writer.Line();
                writer.Summary("The grade as the version of its pay plan in effect on the date gives it; null when no version is in effect then, or the version has no such grade.");
                writer.Line("public static " + Model + "PayGrade" + (jurisdiction.Output.Nullable ? "?" : string.Empty) + " " + GeneratedMembers.AsOf + "(" + Model + "SpecDate date) => " + data + ".FindGrade(" + keys + ", date);");
            }

            writer.Close();
        }

        /// <summary>An <c>Instance</c> property that asks the embedded catalog for the record with these keys.</summary>
        private static void Instance(CodeWriter writer, string ns, string type, string method, params string[] keys) =>
            writer.Line("public static " + Model + type + " " + GeneratedMembers.Instance + " => " + Data(ns) + "." + method + "(" + string.Join(", ", keys.Select(k => CodeWriter.String(k))) + ");");

        /// <summary>The catalog, named from the global namespace so that no generated type can hide it.</summary>
        private static string Data(string ns) => "global::" + ns + ".JobCatalog.Data";

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

        private static void Constant(CodeWriter writer, string name, string? value, string summary)
        {
            if (value is null)
            {
                return;
            }

            writer.Summary(summary.TrimEnd('.') + ": " + value);
            writer.Line("public const string " + name + " = " + CodeWriter.String(value) + ";");
            writer.Line();
        }

        private static void Figure(CodeWriter writer, FigureModel figure)
        {
            writer.Summary(figure.Description.TrimEnd('.') + ": " + figure.Value.ToString(CultureInfo.InvariantCulture));
            writer.Line("public const decimal " + figure.Name + " = " + CodeWriter.Decimal(figure.Value) + ";");
            writer.Line();
        }

        private static CodeWriter Start(OutputSettings output)
        {
            var writer = new CodeWriter();
            writer.Line("// <auto-generated/>");
            if (output.Nullable)
            {
                writer.Line("#nullable enable");
            }

            writer.Line();
            writer.Open("namespace " + output.Namespace);
            return writer;
        }

        private static string End(CodeWriter writer)
        {
            writer.Close();
            return writer.ToString();
        }
    }
}
