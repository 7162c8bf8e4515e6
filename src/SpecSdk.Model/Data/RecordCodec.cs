using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace SpecSdk.Model
{
    /// <summary>
    /// The binary form of each model record, field by field in declaration order, writer and reader side by side so
    /// a field added to a record is added here in one place (a round-trip test fills every property to prove it).
    /// Strings are UTF-8 with a 7-bit length; a nullable value is a presence byte, then the value.
    /// </summary>
    internal static class RecordCodec
    {
        public static void Write(BinaryWriter w, Jurisdiction value)
        {
            w.Write(value.Key);
            w.Write(value.Name);
            Optional(w, value.DocumentTitle);
            w.Write(value.JobGroupTerm);
            w.Write(value.Currency);
            Optional(w, value.Location, Write);
            Optional(w, value.CodePattern);
            Array(w, value.BargainingUnits, Write);
            Array(w, value.JurisdictionalClasses, Write);
            Array(w, value.PayPlans, Write);
            Array(w, value.JobGroups, Write);
            Array(w, value.Boilerplate, Write);
            Array(w, value.RequiredSections, (writer, s) => writer.Write(s));
            w.Write(value.SourcePath);
        }

        public static Jurisdiction ReadJurisdiction(BinaryReader r) => new Jurisdiction
        {
            Key = r.ReadString(),
            Name = r.ReadString(),
            DocumentTitle = OptionalString(r),
            JobGroupTerm = r.ReadString(),
            Currency = r.ReadString(),
            Location = Optional(r, ReadLocation),
            CodePattern = OptionalString(r),
            BargainingUnits = Array(r, ReadBargainingUnit),
            JurisdictionalClasses = Array(r, ReadJurisdictionalClass),
            PayPlans = Array(r, ReadPayPlan),
            JobGroups = Array(r, ReadJobGroup),
            Boilerplate = Array(r, ReadSection),
            RequiredSections = Array(r, reader => reader.ReadString()),
            SourcePath = r.ReadString(),
        };

        public static void Write(BinaryWriter w, ClassSeries value)
        {
            w.Write(value.Key);
            w.Write(value.JurisdictionKey);
            w.Write(value.Title);
            Optional(w, value.Date);
            Optional(w, value.JobGroupKey);
            Array(w, value.Factors, Write);
            Array(w, value.Levels, (writer, s) => writer.Write(s));
            Array(w, value.Sections, Write);
            Array(w, value.History, Write);
            w.Write(value.SourcePath);
        }

        public static ClassSeries ReadSeries(BinaryReader r) => new ClassSeries
        {
            Key = r.ReadString(),
            JurisdictionKey = r.ReadString(),
            Title = r.ReadString(),
            Date = OptionalDate(r),
            JobGroupKey = OptionalString(r),
            Factors = Array(r, ReadFactorDefinition),
            Levels = Array(r, reader => reader.ReadString()),
            Sections = Array(r, ReadSection),
            History = Array(r, ReadHistoryEntry),
            SourcePath = r.ReadString(),
        };

        public static void Write(BinaryWriter w, JobClass value)
        {
            w.Write(value.Key);
            w.Write(value.JurisdictionKey);
            w.Write(value.Title);
            Optional(w, value.ShortTitle);
            Optional(w, value.Code);
            Optional(w, value.JobNumber);
            Optional(w, value.PayPlanKey);
            Optional(w, value.Grade);
            Optional(w, value.JobGroupKey);
            Optional(w, value.SeriesKey);
            Optional(w, value.Level);
            Optional(w, value.Established);
            Optional(w, value.Revised);
            Optional(w, value.ValidAsOf);
            w.Write((int)value.Status);
            Optional(w, value.Abolished);
            Optional(w, value.Successor, Write);
            Array(w, value.AlternateTitles, (writer, s) => writer.Write(s));
            Optional(w, (int?)value.Flsa);
            Optional(w, (int?)value.FlsaExemption);
            Optional(w, value.OvertimeEligible is { } overtime ? (overtime ? 1 : 0) : null);
            Optional(w, (int?)value.EeoCategory);
            Optional(w, value.BargainingUnitKey);
            Optional(w, value.JurisdictionalClassKey);
            Optional(w, value.OccupationalCode);
            Optional(w, value.ProbationaryPeriodMonths);
            Optional(w, value.SpecialEntranceRate, (writer, rate) => Array(writer, rate.Amounts, Write));
            Array(w, value.Sections, Write);
            Array(w, value.Duties, (writer, s) => writer.Write(s));
            Array(w, value.Knowledge, (writer, s) => writer.Write(s));
            Array(w, value.Skills, (writer, s) => writer.Write(s));
            Array(w, value.Abilities, (writer, s) => writer.Write(s));
            Array(w, value.Licensing, (writer, s) => writer.Write(s));
            Optional(w, value.MinimumQualifications, Write);
            Array(w, value.Factors, Write);
            Array(w, value.History, Write);
            Optional(w, value.Source, Write);
            w.Write(value.SourcePath);
        }

        public static JobClass ReadClass(BinaryReader r) => new JobClass
        {
            Key = r.ReadString(),
            JurisdictionKey = r.ReadString(),
            Title = r.ReadString(),
            ShortTitle = OptionalString(r),
            Code = OptionalString(r),
            JobNumber = OptionalString(r),
            PayPlanKey = OptionalString(r),
            Grade = OptionalString(r),
            JobGroupKey = OptionalString(r),
            SeriesKey = OptionalString(r),
            Level = OptionalInt(r),
            Established = OptionalDate(r),
            Revised = OptionalDate(r),
            ValidAsOf = OptionalDate(r),
            Status = (ClassStatus)r.ReadInt32(),
            Abolished = OptionalDate(r),
            Successor = Optional(r, ReadClassReference),
            AlternateTitles = Array(r, reader => reader.ReadString()),
            Flsa = (FlsaStatus?)OptionalInt(r),
            FlsaExemption = (FlsaExemption?)OptionalInt(r),
            OvertimeEligible = OptionalInt(r) is { } overtime ? overtime != 0 : null,
            EeoCategory = (EeoCategory?)OptionalInt(r),
            BargainingUnitKey = OptionalString(r),
            JurisdictionalClassKey = OptionalString(r),
            OccupationalCode = OptionalString(r),
            ProbationaryPeriodMonths = OptionalInt(r),
            SpecialEntranceRate = Optional(r, reader => new SpecialEntranceRate { Amounts = Array(reader, ReadSalaryAmount) }),
            Sections = Array(r, ReadSection),
            Duties = Array(r, reader => reader.ReadString()),
            Knowledge = Array(r, reader => reader.ReadString()),
            Skills = Array(r, reader => reader.ReadString()),
            Abilities = Array(r, reader => reader.ReadString()),
            Licensing = Array(r, reader => reader.ReadString()),
            MinimumQualifications = Optional(r, ReadMinimumQualifications),
            Factors = Array(r, ReadFactorRating),
            History = Array(r, ReadHistoryEntry),
            Source = Optional(r, ReadSourceDocument),
            SourcePath = r.ReadString(),
        };

        private static void Write(BinaryWriter w, PayPlan value)
        {
            w.Write(value.Key);
            w.Write(value.Name);
            Array(w, value.Versions, Write);
        }

        private static PayPlan ReadPayPlan(BinaryReader r) => new PayPlan
        {
            Key = r.ReadString(),
            Name = r.ReadString(),
            Versions = Array(r, ReadPayPlanVersion),
        };

        private static void Write(BinaryWriter w, PayPlanVersion value)
        {
            Optional(w, value.Effective);
            Optional(w, value.Ends);
            Optional(w, value.Name);
            Array(w, value.StepNames, (writer, s) => writer.Write(s));
            Array(w, value.Grades, Write);
            w.Write(value.SourcePath);
        }

        private static PayPlanVersion ReadPayPlanVersion(BinaryReader r) => new PayPlanVersion
        {
            Effective = OptionalDate(r),
            Ends = OptionalDate(r),
            Name = OptionalString(r),
            StepNames = Array(r, reader => reader.ReadString()),
            Grades = Array(r, ReadPayGrade),
            SourcePath = r.ReadString(),
        };

        private static void Write(BinaryWriter w, SalarySteps value)
        {
            w.Write((int)value.Basis);
            Array(w, value.Amounts, (writer, amount) => writer.Write(amount));
        }

        private static SalarySteps ReadSalarySteps(BinaryReader r) => new SalarySteps
        {
            Basis = (SalaryBasis)r.ReadInt32(),
            Amounts = Array(r, reader => reader.ReadDecimal()),
        };

        private static void Write(BinaryWriter w, ClassReference value)
        {
            w.Write(value.JurisdictionKey);
            w.Write(value.Key);
        }

        private static ClassReference ReadClassReference(BinaryReader r) => new ClassReference
        {
            JurisdictionKey = r.ReadString(),
            Key = r.ReadString(),
        };

        private static void Write(BinaryWriter w, Location value)
        {
            w.Write(value.Country);
            Optional(w, value.Region);
        }

        private static Location ReadLocation(BinaryReader r) => new Location
        {
            Country = r.ReadString(),
            Region = OptionalString(r),
        };

        private static void Write(BinaryWriter w, BargainingUnit value)
        {
            w.Write(value.Key);
            Optional(w, value.Code);
            w.Write(value.Name);
        }

        private static BargainingUnit ReadBargainingUnit(BinaryReader r) => new BargainingUnit
        {
            Key = r.ReadString(),
            Code = OptionalString(r),
            Name = r.ReadString(),
        };

        private static void Write(BinaryWriter w, JurisdictionalClass value)
        {
            w.Write(value.Key);
            w.Write(value.Name);
        }

        private static JurisdictionalClass ReadJurisdictionalClass(BinaryReader r) => new JurisdictionalClass
        {
            Key = r.ReadString(),
            Name = r.ReadString(),
        };

        private static void Write(BinaryWriter w, PayGrade value)
        {
            w.Write(value.JurisdictionKey);
            w.Write(value.PayPlanKey);
            w.Write(value.Grade);
            Array(w, value.Ranges, Write);
            Array(w, value.Steps, Write);
        }

        private static PayGrade ReadPayGrade(BinaryReader r) => new PayGrade
        {
            JurisdictionKey = r.ReadString(),
            PayPlanKey = r.ReadString(),
            Grade = r.ReadString(),
            Ranges = Array(r, ReadSalaryRange),
            Steps = Array(r, ReadSalarySteps),
        };

        private static void Write(BinaryWriter w, SalaryRange value)
        {
            w.Write((int)value.Basis);
            Optional(w, value.Minimum);
            Optional(w, value.Midpoint);
            Optional(w, value.Maximum);
        }

        private static SalaryRange ReadSalaryRange(BinaryReader r) => new SalaryRange
        {
            Basis = (SalaryBasis)r.ReadInt32(),
            Minimum = OptionalDecimal(r),
            Midpoint = OptionalDecimal(r),
            Maximum = OptionalDecimal(r),
        };

        private static void Write(BinaryWriter w, SalaryAmount value)
        {
            w.Write((int)value.Basis);
            w.Write(value.Amount);
        }

        private static SalaryAmount ReadSalaryAmount(BinaryReader r) => new SalaryAmount
        {
            Basis = (SalaryBasis)r.ReadInt32(),
            Amount = r.ReadDecimal(),
        };

        private static void Write(BinaryWriter w, JobGroup value)
        {
            w.Write(value.Key);
            Optional(w, value.Code);
            w.Write(value.Name);
            Optional(w, value.Description);
        }

        private static JobGroup ReadJobGroup(BinaryReader r) => new JobGroup
        {
            Key = r.ReadString(),
            Code = OptionalString(r),
            Name = r.ReadString(),
            Description = OptionalString(r),
        };

        private static void Write(BinaryWriter w, Section value)
        {
            w.Write(value.Id);
            w.Write(value.Title);
            w.Write(value.Lead);
            w.Write(value.Body);
            Array(w, value.Subsections, Write);
        }

        private static Section ReadSection(BinaryReader r) => new Section
        {
            Id = r.ReadString(),
            Title = r.ReadString(),
            Lead = r.ReadString(),
            Body = r.ReadString(),
            Subsections = Array(r, ReadSection),
        };

        private static void Write(BinaryWriter w, HistoryEntry value)
        {
            Write(w, value.Date);
            w.Write(value.Text);
        }

        private static HistoryEntry ReadHistoryEntry(BinaryReader r) => new HistoryEntry
        {
            Date = ReadDate(r),
            Text = r.ReadString(),
        };

        private static void Write(BinaryWriter w, SourceDocument value)
        {
            Optional(w, value.Title);
            Optional(w, value.Url);
            Optional(w, value.Printed);
        }

        private static SourceDocument ReadSourceDocument(BinaryReader r) => new SourceDocument
        {
            Title = OptionalString(r),
            Url = OptionalString(r),
            Printed = OptionalDate(r),
        };

        private static void Write(BinaryWriter w, FactorDefinition value)
        {
            w.Write(value.Key);
            w.Write(value.Name);
        }

        private static FactorDefinition ReadFactorDefinition(BinaryReader r) => new FactorDefinition
        {
            Key = r.ReadString(),
            Name = r.ReadString(),
        };

        private static void Write(BinaryWriter w, FactorRating value)
        {
            w.Write(value.FactorKey);
            w.Write(value.FactorName);
            w.Write(value.Rating);
            w.Write(value.Text);
        }

        private static FactorRating ReadFactorRating(BinaryReader r) => new FactorRating
        {
            FactorKey = r.ReadString(),
            FactorName = r.ReadString(),
            Rating = r.ReadString(),
            Text = r.ReadString(),
        };

        private static void Write(BinaryWriter w, MinimumQualifications value)
        {
            w.Write(value.Text);
            Array(w, value.Requirements, Write);
            Array(w, value.Substitutions, Write);
        }

        private static MinimumQualifications ReadMinimumQualifications(BinaryReader r) => new MinimumQualifications
        {
            Text = r.ReadString(),
            Requirements = Array(r, ReadRequirement),
            Substitutions = Array(r, ReadSubstitution),
        };

        private static void Write(BinaryWriter w, Requirement value)
        {
            w.Write((int)value.Kind);
            w.Write(value.Title);
            Array(w, value.Alternatives, (writer, s) => writer.Write(s));
        }

        private static Requirement ReadRequirement(BinaryReader r) => new Requirement
        {
            Kind = (RequirementKind)r.ReadInt32(),
            Title = r.ReadString(),
            Alternatives = Array(r, reader => reader.ReadString()),
        };

        private static void Write(BinaryWriter w, Substitution value)
        {
            w.Write(value.Substitute);
            w.Write(value.For);
            w.Write(value.Text);
        }

        private static Substitution ReadSubstitution(BinaryReader r) => new Substitution
        {
            Substitute = r.ReadString(),
            For = r.ReadString(),
            Text = r.ReadString(),
        };

        private static void Write(BinaryWriter w, SpecDate value)
        {
            w.Write((short)value.Year);
            w.Write((byte)value.Month);
            w.Write((byte)value.Day);
        }

        private static SpecDate ReadDate(BinaryReader r)
        {
            var year = r.ReadInt16();
            var month = r.ReadByte();
            var day = r.ReadByte();
            return year == 0 ? default : new SpecDate(year, month, day);
        }

        private static void Array<T>(BinaryWriter w, EquatableArray<T> items, Action<BinaryWriter, T> write)
            where T : IEquatable<T>
        {
            w.Write(items.Count);
            foreach (var item in items)
            {
                write(w, item);
            }
        }

        [MethodImpl(CatalogData.Hot)]
        private static EquatableArray<T> Array<T>(BinaryReader r, Func<BinaryReader, T> read)
            where T : IEquatable<T>
        {
            var count = r.ReadInt32();
            if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
            {
                throw new InvalidDataException("A list is longer than the record that holds it.");
            }

            if (count == 0)
            {
                return EquatableArray<T>.Empty;
            }

            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = read(r);
            }

            return items;
        }

        private static void Optional<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write)
            where T : class
        {
            w.Write(value is not null);
            if (value is not null)
            {
                write(w, value);
            }
        }

        private static T? Optional<T>(BinaryReader r, Func<BinaryReader, T> read)
            where T : class => r.ReadBoolean() ? read(r) : null;

        /// <summary>A string that may be absent; the catalog's index uses the same form.</summary>
        public static void Optional(BinaryWriter w, string? value) => Optional(w, value, (writer, s) => writer.Write(s));

        /// <summary>Reads what <see cref="Optional(BinaryWriter, string?)"/> wrote.</summary>
        public static string? OptionalString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

        private static void Optional(BinaryWriter w, int? value)
        {
            w.Write(value.HasValue);
            if (value is { } number)
            {
                w.Write(number);
            }
        }

        private static int? OptionalInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

        private static void Optional(BinaryWriter w, decimal? value)
        {
            w.Write(value.HasValue);
            if (value is { } number)
            {
                w.Write(number);
            }
        }

        private static decimal? OptionalDecimal(BinaryReader r) => r.ReadBoolean() ? r.ReadDecimal() : null;

        private static void Optional(BinaryWriter w, SpecDate? value)
        {
            w.Write(value.HasValue);
            if (value is { } date)
            {
                Write(w, date);
            }
        }

        private static SpecDate? OptionalDate(BinaryReader r) => r.ReadBoolean() ? ReadDate(r) : null;
    }
}
