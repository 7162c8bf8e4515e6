using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Generators
{
    /// <summary>Writes the generated C# files from the models. Writes only: every name was decided by the model builder.</summary>
    internal static class Emitter
    {
        private const string Model = "global::SpecSdk.Model.";
        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"SpecSdk.Generators\", \"1.0.0\")]";

        public static string Jurisdiction(JurisdictionModel model)
        {
            var jurisdiction = model.Jurisdiction;
            var writer = Start(model.Namespace);
            writer.Summary(jurisdiction.Name + ": its job classes, class series and pay grades.\nSpec: " + jurisdiction.SourcePath);
            writer.Line(GeneratedCode);
            writer.Open("public static partial class " + model.TypeName);
            writer.Summary("The jurisdiction's key: " + jurisdiction.Key);
            writer.Line("public const string Key = " + CodeWriter.String(jurisdiction.Key) + ";");
            writer.Line();
            writer.Summary("The jurisdiction's name: " + jurisdiction.Name);
            writer.Line("public const string Name = " + CodeWriter.String(jurisdiction.Name) + ";");
            writer.Line();
            writer.Summary("The full model of " + jurisdiction.Name + ": pay plans, job groups, boilerplate.");
            new ModelWriter(writer).Jurisdiction("public static " + Model + "Jurisdiction Instance { get; } = ", jurisdiction, ";");
            foreach (var grade in model.Grades)
            {
                writer.Line();
                WriteGrade(writer, grade);
            }

            writer.Close();
            return End(writer);
        }

        /// <summary>One file of a jurisdiction's classes and series.</summary>
        public static string Batch(BatchModel model)
        {
            var writer = Start(model.Namespace);
            writer.Open("public static partial class " + model.JurisdictionTypeName);
            var first = true;
            foreach (var jobClass in model.Classes)
            {
                Separate(writer, ref first);
                Class(writer, jobClass);
            }

            foreach (var series in model.Series)
            {
                Separate(writer, ref first);
                Series(writer, series);
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

        private static void Class(CodeWriter writer, ClassModel model)
        {
            var jobClass = model.Class;
            writer.Summary(Describe(model));
            writer.Line(GeneratedCode);
            writer.Open("public static class " + model.TypeName);
            Constant(writer, "Key", jobClass.Key, "The class's key in " + model.JurisdictionName + ".");
            Constant(writer, "Title", jobClass.Title, "The class title.");
            Constant(writer, "Code", jobClass.Code, "The job code.");
            Constant(writer, "JobNumber", jobClass.JobNumber, "The job number.");
            Constant(writer, "Grade", jobClass.Grade, "The pay grade.");
            Constant(writer, "SeriesKey", jobClass.SeriesKey, "The class series.");
            if (jobClass.Level is { } level)
            {
                writer.Summary("The level in the " + model.SeriesTitle + " series, 1 for the lowest.");
                writer.Line("public const int Level = " + CodeWriter.Int(level) + ";");
                writer.Line();
            }

            foreach (var figure in model.Figures)
            {
                Figure(writer, figure);
            }

            writer.Summary("The full spec of " + jobClass.Title + ": every field and section.");
            new ModelWriter(writer).JobClass("public static " + Model + "JobClass Instance { get; } = ", jobClass, ";");
            writer.Close();
        }

        private static void Series(CodeWriter writer, SeriesModel model)
        {
            var series = model.Series;
            writer.Summary("The " + series.Title + " class series: " + string.Join(", ", model.LevelTypeNames) + ".\nSpec: " + series.SourcePath);
            writer.Line(GeneratedCode);
            writer.Open("public static class " + model.TypeName);
            Constant(writer, "Key", series.Key, "The series' key.");
            Constant(writer, "Title", series.Title, "The series' title.");
            writer.Summary("The series with its factors, sections and history.");
            new ModelWriter(writer).Series("public static " + Model + "ClassSeries Instance { get; } = ", series, ";");
            writer.Line();
            writer.Summary("The classes of the series, lowest level first.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> Levels { get; } = new " + Model + "JobClass[]");
            writer.Line("{");
            writer.Indent();
            foreach (var level in model.LevelTypeNames)
            {
                writer.Line(level + ".Instance,");
            }

            writer.Outdent();
            writer.Line("};");
            writer.Close();
        }

        public static string Index(IndexModel model, bool hasNotNullWhen)
        {
            var writer = Start(model.Namespace);
            var notNull = hasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            writer.Summary("Every job class, class series and jurisdiction read from the spec files, with lookups by code, key, grade and series.");
            writer.Line(GeneratedCode);
            writer.Open("public static partial class JobCatalog");
            writer.Summary("Every jurisdiction, ordered by key.");
            List(writer, "Jurisdiction", "Jurisdictions", model.JurisdictionTypes.Select(t => t + ".Instance"));
            writer.Summary("Every job class, ordered by jurisdiction, series and level, then key.");
            List(writer, "JobClass", "All", model.Classes.Select(c => c.TypeName + ".Instance"));
            writer.Summary("Every class series, ordered by jurisdiction and key.");
            List(writer, "ClassSeries", "Series", model.SeriesTypes.Select(t => t + ".Instance"));

            writer.Summary("Finds a class by its job code, in whichever jurisdiction has it. A code that two jurisdictions use is found only with the jurisdiction's key.");
            writer.Open("public static bool TryGetByCode(string code, " + notNull + "out " + Model + "JobClass? jobClass)");
            Switch(writer, "code", model.Classes.Where(c => c.CodeIsUnique).Select(c => (c.Code!, c.TypeName + ".Instance")), "jobClass");
            writer.Close();
            writer.Line();

            writer.Summary("Finds a class by its jurisdiction's key and its job code.");
            writer.Open("public static bool TryGetByCode(string jurisdictionKey, string code, " + notNull + "out " + Model + "JobClass? jobClass)");
            NestedSwitch(writer, "jurisdictionKey", "code", model.Classes.Where(c => c.Code is not null).Select(c => (c.JurisdictionKey, c.Code!, c.TypeName + ".Instance")), "jobClass");
            writer.Close();
            writer.Line();

            writer.Summary("Finds a class by its jurisdiction's key and its own key.");
            writer.Open("public static bool TryGetByKey(string jurisdictionKey, string key, " + notNull + "out " + Model + "JobClass? jobClass)");
            NestedSwitch(writer, "jurisdictionKey", "key", model.Classes.Select(c => (c.JurisdictionKey, c.Key, c.TypeName + ".Instance")), "jobClass");
            writer.Close();
            writer.Line();

            writer.Summary("Finds a class series by its jurisdiction's key and its own key.");
            writer.Open("public static bool TryGetSeries(string jurisdictionKey, string seriesKey, " + notNull + "out " + Model + "ClassSeries? series)");
            NestedSwitch(writer, "jurisdictionKey", "seriesKey", model.SeriesKeys.Zip(model.SeriesTypes, (key, type) => (key.Substring(0, key.IndexOf('/')), key.Substring(key.IndexOf('/') + 1), type + ".Instance")), "series");
            writer.Close();
            writer.Line();

            writer.Summary("The classes in a pay grade of a jurisdiction (of its pay plan, where it has several); empty when there are none.");
            writer.Open("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> GetByGrade(string jurisdictionKey, string grade, string? payPlanKey = null)");
            writer.Open("switch (jurisdictionKey + \"\\n\" + (payPlanKey ?? string.Empty) + \"\\n\" + grade)");
            var byGrade = model.Classes.Where(c => c.Grade is not null).GroupBy(c => (c.JurisdictionKey, c.PayPlanKey, c.Grade)).ToList();
            var single = model.Classes.Where(c => c.Grade is not null).GroupBy(c => c.JurisdictionKey).ToDictionary(g => g.Key, g => g.Select(c => c.PayPlanKey).Distinct().Count() == 1);
            foreach (var group in byGrade)
            {
                var labels = new List<string> { group.Key.JurisdictionKey + "\n" + group.Key.PayPlanKey + "\n" + group.Key.Grade };
                if (single[group.Key.JurisdictionKey])
                {
                    labels.Add(group.Key.JurisdictionKey + "\n\n" + group.Key.Grade);
                }

                foreach (var label in labels.Distinct(StringComparer.Ordinal))
                {
                    writer.Line("case " + CodeWriter.String(label) + ":");
                }

                writer.Indent();
                writer.Line("return new " + Model + "JobClass[] { " + string.Join(", ", group.Select(c => c.TypeName + ".Instance")) + " };");
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent();
            writer.Line("return global::System.Array.Empty<" + Model + "JobClass>();");
            writer.Outdent();
            writer.Close();
            writer.Close();
            writer.Close();
            return End(writer);
        }

        private static void WriteGrade(CodeWriter writer, GradeModel model)
        {
            var grade = model.Grade;
            var summary = "Pay grade " + grade.Grade + " of " + model.PlanName + ":";
            foreach (var range in grade.Ranges)
            {
                summary += "\n" + range.Basis + " " + Range(range);
            }

            writer.Summary(summary);
            writer.Open("public static class " + model.TypeName);
            Constant(writer, "Grade", grade.Grade, "The grade as the pay plan writes it.");
            Constant(writer, "PayPlanKey", grade.PayPlanKey, "The pay plan that holds the grade.");
            foreach (var figure in model.Figures)
            {
                Figure(writer, figure);
            }

            writer.Summary("The grade with all its salary ranges.");
            new ModelWriter(writer).PayGrade("public static " + Model + "PayGrade Instance { get; } = ", grade, ";");
            writer.Close();
        }

        private static string Describe(ClassModel model)
        {
            var jobClass = model.Class;
            var lines = new List<string> { jobClass.Title + (jobClass.Code is null ? string.Empty : " (" + jobClass.Code + ")") + ", " + model.JurisdictionName + "." };
            if (jobClass.Grade is not null)
            {
                lines.Add("Grade " + jobClass.Grade + (model.Figures.IsEmpty ? string.Empty : ": " + string.Join("; ", model.Figures.Select(f => f.Name + " " + f.Value.ToString(CultureInfo.InvariantCulture)))) + ".");
            }

            if (model.GroupName is not null)
            {
                lines.Add("Job group: " + model.GroupName + ".");
            }

            if (model.SeriesTitle is not null)
            {
                lines.Add("Level " + jobClass.Level?.ToString(CultureInfo.InvariantCulture) + " of the " + model.SeriesTitle + " series.");
            }

            lines.Add("Spec: " + jobClass.SourcePath);
            return string.Join("\n", lines);
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

        private static void List(CodeWriter writer, string type, string name, IEnumerable<string> items)
        {
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + type + "> " + name + " { get; } = new " + Model + type + "[]");
            writer.Line("{");
            writer.Indent();
            foreach (var item in items)
            {
                writer.Line(item + ",");
            }

            writer.Outdent();
            writer.Line("};");
            writer.Line();
        }

        private static void Switch(CodeWriter writer, string expression, IEnumerable<(string Label, string Value)> cases, string output)
        {
            writer.Open("switch (" + expression + ")");
            foreach (var (label, value) in cases)
            {
                writer.Line("case " + CodeWriter.String(label) + ":");
                writer.Indent();
                writer.Line(output + " = " + value + ";");
                writer.Line("return true;");
                writer.Outdent();
            }

            NotFound(writer, output);
        }

        /// <summary>A switch on the jurisdiction, then on the key within it: no string is built per lookup.</summary>
        private static void NestedSwitch(CodeWriter writer, string outer, string inner, IEnumerable<(string Outer, string Inner, string Value)> cases, string output)
        {
            writer.Open("switch (" + outer + ")");
            foreach (var group in cases.GroupBy(c => c.Outer))
            {
                writer.Line("case " + CodeWriter.String(group.Key) + ":");
                writer.Indent();
                Switch(writer, inner, group.Select(c => (c.Inner, c.Value)), output);
                writer.Outdent();
            }

            NotFound(writer, output);
        }

        private static void NotFound(CodeWriter writer, string output)
        {
            writer.Line("default:");
            writer.Indent();
            writer.Line(output + " = null;");
            writer.Line("return false;");
            writer.Outdent();
            writer.Close();
        }

        private static CodeWriter Start(string ns)
        {
            var writer = new CodeWriter();
            writer.Line("// <auto-generated/>");
            writer.Line("#nullable enable");
            writer.Line();
            writer.Open("namespace " + ns);
            return writer;
        }

        private static string End(CodeWriter writer)
        {
            writer.Close();
            return writer.ToString();
        }
    }
}
