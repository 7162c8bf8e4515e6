using System;
using System.Collections.Generic;
using SpecSdk.Model;

namespace SpecSdk.Generators
{
    /// <summary>Writes model records as C# object creation expressions, so generated code rebuilds the same model.</summary>
    internal sealed class ModelWriter
    {
        private const string Model = "global::SpecSdk.Model.";
        private readonly CodeWriter writer;

        public ModelWriter(CodeWriter writer)
        {
            this.writer = writer;
        }

        /// <summary>Writes <paramref name="prefix"/> followed by the expression and <paramref name="suffix"/>.</summary>
        public void JobClass(string prefix, JobClass value, string suffix)
        {
            Object(prefix, "JobClass", suffix, () =>
            {
                Text("Key", value.Key);
                Text("JurisdictionKey", value.JurisdictionKey);
                Text("Title", value.Title);
                OptionalText("ShortTitle", value.ShortTitle);
                OptionalText("Code", value.Code);
                OptionalText("JobNumber", value.JobNumber);
                OptionalText("PayPlanKey", value.PayPlanKey);
                OptionalText("Grade", value.Grade);
                OptionalText("JobGroupKey", value.JobGroupKey);
                OptionalText("SeriesKey", value.SeriesKey);
                if (value.Level is { } level)
                {
                    writer.Line("Level = " + CodeWriter.Int(level) + ",");
                }

                Date("Established", value.Established);
                Date("Revised", value.Revised);
                Date("ValidAsOf", value.ValidAsOf);
                if (value.ProbationaryPeriodMonths is { } months)
                {
                    writer.Line("ProbationaryPeriodMonths = " + CodeWriter.Int(months) + ",");
                }

                if (value.SpecialEntranceRate is { } rate)
                {
                    Object("SpecialEntranceRate = ", "SpecialEntranceRate", ",", () => Array("Amounts", "SalaryAmount", rate.Amounts, Amount));
                }

                Array("Sections", "Section", value.Sections, Section);
                Strings("Duties", value.Duties);
                Strings("Knowledge", value.Knowledge);
                Strings("Skills", value.Skills);
                Strings("Abilities", value.Abilities);
                Strings("Licensing", value.Licensing);
                if (value.MinimumQualifications is { } qualifications)
                {
                    Object("MinimumQualifications = ", "MinimumQualifications", ",", () =>
                    {
                        Text("Text", qualifications.Text);
                        Array("Requirements", "Requirement", qualifications.Requirements, Requirement);
                        Array("Substitutions", "Substitution", qualifications.Substitutions, Substitution);
                    });
                }

                Array("Factors", "FactorRating", value.Factors, Factor);
                Array("History", "HistoryEntry", value.History, History);
                Source(value.Source);
                Text("SourcePath", value.SourcePath);
            });
        }

        public void Jurisdiction(string prefix, Jurisdiction value, string suffix)
        {
            Object(prefix, "Jurisdiction", suffix, () =>
            {
                Text("Key", value.Key);
                Text("Name", value.Name);
                OptionalText("DocumentTitle", value.DocumentTitle);
                Text("JobGroupTerm", value.JobGroupTerm);
                Array("PayPlans", "PayPlan", value.PayPlans, PayPlan);
                Array("JobGroups", "JobGroup", value.JobGroups, JobGroup);
                Array("Boilerplate", "Section", value.Boilerplate, Section);
                Strings("RequiredSections", value.RequiredSections);
                Text("SourcePath", value.SourcePath);
            });
        }

        public void Series(string prefix, ClassSeries value, string suffix)
        {
            Object(prefix, "ClassSeries", suffix, () =>
            {
                Text("Key", value.Key);
                Text("JurisdictionKey", value.JurisdictionKey);
                Text("Title", value.Title);
                Date("Date", value.Date);
                OptionalText("JobGroupKey", value.JobGroupKey);
                Array("Factors", "FactorDefinition", value.Factors, f =>
                {
                    Text("Key", f.Key);
                    Text("Name", f.Name);
                });
                Strings("Levels", value.Levels);
                Array("Sections", "Section", value.Sections, Section);
                Array("History", "HistoryEntry", value.History, History);
                Text("SourcePath", value.SourcePath);
            });
        }

        public void PayGrade(string prefix, PayGrade value, string suffix) => Object(prefix, "PayGrade", suffix, () => PayGradeFields(value));

        private void PayPlan(PayPlan plan)
        {
            Text("Key", plan.Key);
            Text("Name", plan.Name);
            Date("Effective", plan.Effective);
            Array("Grades", "PayGrade", plan.Grades, PayGradeFields);
        }

        private void PayGradeFields(PayGrade grade)
        {
            Text("JurisdictionKey", grade.JurisdictionKey);
            Text("PayPlanKey", grade.PayPlanKey);
            Text("Grade", grade.Grade);
            Array("Ranges", "SalaryRange", grade.Ranges, range =>
            {
                writer.Line("Basis = " + Model + "SalaryBasis." + range.Basis + ",");
                Money("Minimum", range.Minimum);
                Money("Midpoint", range.Midpoint);
                Money("Maximum", range.Maximum);
            });
        }

        private void JobGroup(JobGroup group)
        {
            Text("Key", group.Key);
            OptionalText("Code", group.Code);
            Text("Name", group.Name);
            OptionalText("Description", group.Description);
        }

        private void Section(Section section)
        {
            Text("Id", section.Id);
            Text("Title", section.Title);
            if (section.Lead.Length > 0)
            {
                Text("Lead", section.Lead);
            }

            if (section.Body.Length > 0)
            {
                Text("Body", section.Body);
            }

            Array("Subsections", "Section", section.Subsections, Section);
        }

        private void Requirement(Requirement requirement)
        {
            writer.Line("Kind = " + Model + "RequirementKind." + requirement.Kind + ",");
            Text("Title", requirement.Title);
            Strings("Alternatives", requirement.Alternatives);
        }

        private void Substitution(Substitution substitution)
        {
            Text("Substitute", substitution.Substitute);
            Text("For", substitution.For);
            Text("Text", substitution.Text);
        }

        private void Factor(FactorRating factor)
        {
            Text("FactorKey", factor.FactorKey);
            Text("FactorName", factor.FactorName);
            Text("Rating", factor.Rating);
            if (factor.Text.Length > 0)
            {
                Text("Text", factor.Text);
            }
        }

        private void History(HistoryEntry entry)
        {
            Date("Date", entry.Date);
            Text("Text", entry.Text);
        }

        private void Amount(SalaryAmount amount)
        {
            writer.Line("Basis = " + Model + "SalaryBasis." + amount.Basis + ",");
            writer.Line("Amount = " + CodeWriter.Decimal(amount.Amount) + ",");
        }

        private void Source(SourceDocument? source)
        {
            if (source is null)
            {
                return;
            }

            Object("Source = ", "SourceDocument", ",", () =>
            {
                OptionalText("Title", source.Title);
                OptionalText("Url", source.Url);
                Date("Printed", source.Printed);
            });
        }

        private void Object(string prefix, string type, string suffix, Action fields)
        {
            writer.Line(prefix + "new " + Model + type);
            writer.Line("{");
            using (new Indent(writer))
            {
                fields();
            }

            writer.Line("}" + suffix);
        }

        private void Array<T>(string name, string type, EquatableArray<T> items, Action<T> fields)
            where T : IEquatable<T>
        {
            if (items.IsEmpty)
            {
                return;
            }

            writer.Line(name + " = new " + Model + type + "[]");
            writer.Line("{");
            using (new Indent(writer))
            {
                foreach (var item in items)
                {
                    Object(string.Empty, type, ",", () => fields(item));
                }
            }

            writer.Line("},");
        }

        private void Strings(string name, EquatableArray<string> items)
        {
            if (items.IsEmpty)
            {
                return;
            }

            var literals = new List<string>();
            foreach (var item in items)
            {
                literals.Add(CodeWriter.String(item));
            }

            writer.Line(name + " = new string[] { " + string.Join(", ", literals) + " },");
        }

        private void Text(string name, string value) => writer.Line(name + " = " + CodeWriter.String(value) + ",");

        private void OptionalText(string name, string? value)
        {
            if (value is not null)
            {
                Text(name, value);
            }
        }

        private void Money(string name, decimal? value)
        {
            if (value is { } amount)
            {
                writer.Line(name + " = " + CodeWriter.Decimal(amount) + ",");
            }
        }

        private void Date(string name, SpecDate? date)
        {
            if (date is { } value)
            {
                writer.Line(name + " = new " + Model + "SpecDate(" + CodeWriter.Int(value.Year) + ", " + CodeWriter.Int(value.Month) + ", " + CodeWriter.Int(value.Day) + "),");
            }
        }

        private readonly struct Indent : IDisposable
        {
            private readonly CodeWriter writer;

            public Indent(CodeWriter writer)
            {
                this.writer = writer;
                writer.Indent();
            }

            public void Dispose() => writer.Outdent();
        }
    }
}
