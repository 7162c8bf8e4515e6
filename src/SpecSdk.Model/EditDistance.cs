using System;

namespace SpecSdk.Model
{
    /// <summary>How many characters must change, be added or be removed to turn one string into another, for "did you mean" suggestions.</summary>
    public static class EditDistance
    {
        /// <summary>
        /// The edit distance of <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 as soon
        /// as it must be more than <paramref name="max"/>: a long hostile string costs a few rows, not its length squared.
        /// </summary>
        public static int Bounded(string a, string b, int max)
        {
            if (Math.Abs(a.Length - b.Length) > max)
            {
                return max + 1;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var best = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    best = Math.Min(best, current[j]);
                }

                if (best > max)
                {
                    return max + 1;
                }

                (previous, current) = (current, previous);
            }

            return Math.Min(previous[b.Length], max + 1);
        }
    }
}
