using System;
using System.Globalization;
using System.Text;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Config
{
    /// <summary>A file of YAML settings beside the specs (specsdk.yml, synonyms.yml), read with the spec reader's YAML handling.</summary>
    internal static class YamlFile
    {
        /// <summary>
        /// Parses <paramref name="bytes"/>, the start of the file <paramref name="path"/> (as reported) of
        /// <paramref name="length"/> bytes. A file larger than <paramref name="maxCharacters"/> or not UTF-8 is one
        /// <paramref name="syntax"/> diagnostic and is not parsed; the root is null for those and for an empty file.
        /// </summary>
        public static (YamlValue? Root, ReadContext Context) Parse(string path, byte[] bytes, long length, int maxCharacters, SpecDiagnosticDescriptor syntax)
        {
            var empty = new ReadContext(new LineMap(path, string.Empty));
            if (length > maxCharacters)
            {
                empty.Diagnostics.Add(syntax.Create(empty.Map.Locate(0, 0), string.Format(CultureInfo.InvariantCulture, "the file has {0:N0} bytes; it may have at most {1:N0}", length, maxCharacters)));
                return (null, empty);
            }

            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                empty.Diagnostics.Add(syntax.Create(empty.Map.Locate(0, 0), "the file is not UTF-8 text; save it as UTF-8"));
                return (null, empty);
            }

            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var context = new ReadContext(new LineMap(path, text));
            var root = text.Trim().Length == 0 ? null : YamlTree.Parse(text.Substring(start), start, context.Map, context.Diagnostics);
            return (root, context);
        }

        /// <summary>
        /// A finding of the YAML reading (syntax, nesting, an unsupported feature) as the file's <paramref name="syntax"/>
        /// diagnostic: the file cannot be read past it, and the spec reader's words for a spec ("The front matter is not
        /// valid YAML: ...") do not fit it.
        /// </summary>
        public static SpecDiagnostic AsSyntax(SpecDiagnostic diagnostic, SpecDiagnosticDescriptor syntax)
        {
            var message = diagnostic.Message.StartsWith(YamlPrefix, StringComparison.Ordinal) ? diagnostic.Message.Substring(YamlPrefix.Length) : diagnostic.Message;

            // The reader's messages of nesting and unsupported features (SPEC016, SPEC017) speak of a spec's front matter.
            message = message.Replace("The front matter is nested", "It is nested").Replace("Spec files never need", "This file never needs").Replace("in spec files", "here");
            return syntax.Create(diagnostic.Location, message.TrimEnd('.'));
        }

        private static readonly string YamlPrefix = SpecDiagnostics.YamlSyntax.MessageFormat.Replace("{0}", string.Empty);
    }
}
