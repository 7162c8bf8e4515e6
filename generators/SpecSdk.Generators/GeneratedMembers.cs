using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Generators
{
    /// <summary>
    /// The names of the members the emitter writes into the generated types, stated once: the emitter writes them and
    /// the model builder keeps every generated type name clear of them (a nested type named like a member of its
    /// container is CS0102, a member named like its own type CS0542).
    /// </summary>
    internal static class GeneratedMembers
    {
        public const string Key = "Key";
        public const string Name = "Name";
        public const string Title = "Title";
        public const string Code = "Code";
        public const string JobNumber = "JobNumber";
        public const string Grade = "Grade";
        public const string SeriesKey = "SeriesKey";
        public const string Level = "Level";
        public const string Levels = "Levels";
        public const string PayPlanKey = "PayPlanKey";
        public const string Instance = "Instance";
        public const string AsOf = "AsOf";

        /// <summary>Every name above, and every figure's member name.</summary>
        public static IReadOnlyList<string> All { get; } = new[] { Key, Name, Title, Code, JobNumber, Grade, SeriesKey, Level, Levels, PayPlanKey, Instance, AsOf }
            .Concat(((SalaryBasis[])Enum.GetValues(typeof(SalaryBasis))).SelectMany(basis => RangeFigures.All.Select(figure => Figure(basis, figure.Label))))
            .ToArray();

        /// <summary>The member of a figure: <c>HourlyMinimum</c>.</summary>
        public static string Figure(SalaryBasis basis, string figure) => basis + figure;

        /// <summary>The member of a step rate, numbered from 1: <c>MonthlyStep3</c>.</summary>
        public static string Step(SalaryBasis basis, int step) => basis + "Step" + step.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
