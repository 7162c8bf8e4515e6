using System.Linq;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Generators
{
    /// <summary>Writes the generated C# files from the models. Writes only: every name was decided by the model builder.</summary>
    internal static class Emitter
    {
        private const string Model = "global::SpecSdk.Model.";
        /// <summary>The attribute on every generated type, with this generator's own version.</summary>
        private static readonly string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"SpecSdk.Generators\", \"" + Api.GeneratorVersion + "\")]";

        public static string Jurisdiction(JurisdictionModel model)
        {
            var writer = Start(model.Output);
            Type(writer, Api.Jurisdiction(model), model.Output, "partial ");
            return End(writer);
        }

        /// <summary>One file of a jurisdiction's classes and series.</summary>
        public static string Batch(BatchModel model)
        {
            var writer = Start(model.Output);
            writer.Open("public static partial class " + model.JurisdictionTypeName);
            var first = true;
            foreach (var type in model.Classes.Select(c => Api.Class(c, model.Output.Mode)).Concat(model.Series.Select(s => Api.Series(s, model.Output.Mode))))
            {
                Separate(writer, ref first);
                Type(writer, type, model.Output, string.Empty);
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

        private static void Type(CodeWriter writer, ApiType type, OutputSettings output, string partial)
        {
            writer.Summary(type.Summary);
            if (type.GeneratedCode)
            {
                writer.Line(GeneratedCode);
            }

            if (type.Obsolete is { } obsolete)
            {
                writer.Line("[global::System.Obsolete(" + CodeWriter.String(obsolete) + ")]");
            }

            writer.Open("public static " + partial + "class " + type.Name);
            var first = true;
            foreach (var member in type.Members)
            {
                Separate(writer, ref first);
                writer.Summary(member.Summary);
                writer.Line(member is ApiConstant constant ? Constant(constant) : Accessor((ApiAccessor)member, output));
            }

            foreach (var nested in type.Types)
            {
                Separate(writer, ref first);
                Type(writer, nested, output, string.Empty);
            }

            writer.Close();
        }

        private static string Constant(ApiConstant constant) => constant.Value switch
        {
            string text => "public const string " + constant.Name + " = " + CodeWriter.String(text) + ";",
            int number => "public const int " + constant.Name + " = " + CodeWriter.Int(number) + ";",
            _ => "public const decimal " + constant.Name + " = " + CodeWriter.Decimal((decimal)constant.Value) + ";",
        };

        private static string Accessor(ApiAccessor accessor, OutputSettings output)
        {
            var data = Data(output.Namespace);
            var keys = string.Join(", ", accessor.Keys.Select(k => CodeWriter.String(k)));
            var start = "public static " + Model;
            return accessor.Call switch
            {
                ApiCall.Jurisdiction => start + "Jurisdiction " + accessor.Name + " => " + data + ".GetJurisdiction(" + keys + ");",
                ApiCall.Class => start + "JobClass " + accessor.Name + " => " + data + ".GetClass(" + keys + ");",
                ApiCall.Series => start + "ClassSeries " + accessor.Name + " => " + data + ".GetSeries(" + keys + ");",
                ApiCall.Levels => "public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> " + accessor.Name + " => " + data + ".GetLevels(" + GeneratedMembers.Instance + ");",
                ApiCall.Grade => start + "PayGrade " + accessor.Name + " => " + data + ".GetGrade(" + keys + (accessor.AsOf is { } date
                    ? ", new " + Model + "SpecDate(" + CodeWriter.Int(date.Year) + ", " + CodeWriter.Int(date.Month) + ", " + CodeWriter.Int(date.Day) + ")"
                    : string.Empty) + ");",
                _ => start + "PayGrade" + (output.Nullable ? "?" : string.Empty) + " " + accessor.Name + "(" + Model + "SpecDate date) => " + data + ".FindGrade(" + keys + ", date);",
            };
        }

        public static string Index(IndexModel model, bool hasNotNullWhen)
        {
            var writer = Start(model.Output);
            var notNull = hasNotNullWhen && model.Output.Nullable ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            var maybe = model.Output.Nullable ? "?" : string.Empty;
            writer.Summary(CatalogDocs.Type);
            writer.Line(GeneratedCode);
            writer.Open("public static partial class " + CatalogDocs.TypeName);
            writer.Line("private static readonly global::System.Lazy<" + Model + "CatalogData> data = new global::System.Lazy<" + Model + "CatalogData>(() => " + Model + "CatalogData.FromAssembly(typeof(" + CatalogDocs.TypeName + ").Assembly));");
            writer.Line();
            writer.Summary(CatalogDocs.Data);
            writer.Line("public static " + Model + "CatalogData Data => data.Value;");
            writer.Line();
            writer.Summary(CatalogDocs.Jurisdictions);
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "Jurisdiction> Jurisdictions => Data.Jurisdictions;");
            writer.Line();
            writer.Summary(CatalogDocs.All);
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "JobClass> All => Data.Classes;");
            writer.Line();
            writer.Summary(CatalogDocs.Series);
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Model + "ClassSeries> Series => Data.Series;");
            writer.Line();
            writer.Summary(CatalogDocs.TryGetByCode);
            writer.Line("public static bool TryGetByCode(string code, " + notNull + "out " + Model + "JobClass" + maybe + " jobClass) => Data.TryGetByCode(code, out jobClass);");
            writer.Line();
            writer.Summary(CatalogDocs.TryGetByCodeIn);
            writer.Line("public static bool TryGetByCode(string jurisdictionKey, string code, " + notNull + "out " + Model + "JobClass" + maybe + " jobClass) => Data.TryGetByCode(jurisdictionKey, code, out jobClass);");
            writer.Line();
            writer.Summary(CatalogDocs.TryGetByKey);
            writer.Line("public static bool TryGetByKey(string jurisdictionKey, string key, " + notNull + "out " + Model + "JobClass" + maybe + " jobClass) => Data.TryGetByKey(jurisdictionKey, key, out jobClass);");
            writer.Line();
            writer.Summary(CatalogDocs.TryGetSeries);
            writer.Line("public static bool TryGetSeries(string jurisdictionKey, string seriesKey, " + notNull + "out " + Model + "ClassSeries" + maybe + " series) => Data.TryGetSeries(jurisdictionKey, seriesKey, out series);");
            writer.Line();
            writer.Summary(CatalogDocs.GetByGrade);
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
            writer.Line("// " + CatalogDocs.Codes);
            writer.Line("[assembly: " + Model + "JobCodes(" + CodeWriter.String(model.Table) + ")]");
            return writer.ToString();
        }

        /// <summary>The catalog, named from the global namespace so that no generated type can hide it.</summary>
        private static string Data(string ns) => "global::" + ns + "." + CatalogDocs.TypeName + ".Data";

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
