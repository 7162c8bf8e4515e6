using System;
using System.Collections.Generic;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>One figure of a salary range in every form the product writes it, and how to read it from a range.</summary>
    public sealed class RangeFigure
    {
        internal RangeFigure(string specName, string label, Func<SalaryRange, decimal?> of)
        {
            SpecName = specName;
            Label = label;
            Of = of;
        }

        /// <summary>The field of a range in spec files: <c>minimum</c>.</summary>
        public string SpecName { get; }

        /// <summary>The handbook's heading, and the end of a generated constant's name: "Minimum".</summary>
        public string Label { get; }

        /// <summary>The figure of a range, or null when the range does not give it.</summary>
        public Func<SalaryRange, decimal?> Of { get; }
    }

    /// <summary>The figures of a salary range, lowest first, stated once.</summary>
    public static class RangeFigures
    {
        /// <summary>The bottom of the range.</summary>
        public static RangeFigure Minimum { get; } = new RangeFigure("minimum", "Minimum", r => r.Minimum);

        /// <summary>The middle of the range.</summary>
        public static RangeFigure Midpoint { get; } = new RangeFigure("midpoint", "Midpoint", r => r.Midpoint);

        /// <summary>The top of the range.</summary>
        public static RangeFigure Maximum { get; } = new RangeFigure("maximum", "Maximum", r => r.Maximum);

        /// <summary>Every figure, lowest first: the order a range's figures must keep.</summary>
        public static IReadOnlyList<RangeFigure> All { get; } = new[] { Minimum, Midpoint, Maximum };
    }
}
