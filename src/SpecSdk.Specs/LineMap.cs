using System;
using System.Collections.Generic;

namespace SpecSdk.Specs
{
    /// <summary>Turns character offsets of one text into locations with lines and columns.</summary>
    internal sealed class LineMap
    {
        private readonly int[] lineStarts;

        public LineMap(string path, string text)
        {
            Path = path;
            Length = text.Length;
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts = starts.ToArray();
        }

        public string Path { get; }

        public int Length { get; }

        public SourceLocation Locate(int start, int end)
        {
            start = Clamp(start);
            end = Math.Max(start, Clamp(end));
            var startLine = LineOf(start);
            var endLine = LineOf(end);
            return new SourceLocation
            {
                Path = Path,
                Start = start,
                Length = end - start,
                StartLine = startLine,
                StartColumn = start - lineStarts[startLine],
                EndLine = endLine,
                EndColumn = end - lineStarts[endLine],
            };
        }

        private int Clamp(int offset) => Math.Max(0, Math.Min(offset, Length));

        private int LineOf(int offset)
        {
            var index = Array.BinarySearch(lineStarts, offset);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
