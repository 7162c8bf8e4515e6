using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecSdk.Specs;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Generators
{
    /// <summary>
    /// Reads the project's spec files, all cores at once. A file whose text the compiler hands over unchanged (the same
    /// <see cref="SourceText"/>, as an IDE keeps it between edits) is not read again: its earlier result is reused, the
    /// same object, so the steps after this one see it unchanged and an edit re-reads one file.
    /// </summary>
    internal static class SpecFiles
    {
        private static readonly ConditionalWeakTable<SourceText, Read> Cache = new ConditionalWeakTable<SourceText, Read>();

        public static ImmutableArray<SpecInput> ReadAll(ImmutableArray<AdditionalText> files, string projectDirectory, CancellationToken cancellationToken)
        {
            var inputs = new SpecInput[files.Length];
            Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => inputs[i] = ReadOne(files[i], projectDirectory, cancellationToken));
            return ImmutableArray.Create(inputs);
        }

        private static SpecInput ReadOne(AdditionalText file, string projectDirectory, CancellationToken cancellationToken)
        {
            var relative = ProjectSpecs.PathOf(projectDirectory, file.Path);
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new SpecInput { RelativePath = relative, FullPath = file.Path, File = SpecReader.Unreadable(relative, "the compiler could not read it") };
            }

            if (Cache.TryGetValue(text, out var earlier) && earlier.Input.FullPath == file.Path && earlier.Input.RelativePath == relative)
            {
                return earlier.Input;
            }

            var input = new SpecInput { RelativePath = relative, FullPath = file.Path, File = SpecReader.Read(relative, text.ToString()) };
            lock (Cache)
            {
                Cache.Remove(text);
                Cache.Add(text, new Read(input));
            }

            return input;
        }

        /// <summary>A result kept for as long as the text it was read from lives.</summary>
        private sealed class Read
        {
            public Read(SpecInput input)
            {
                Input = input;
            }

            public SpecInput Input { get; }
        }
    }
}
