using System.Globalization;
using System.Text;

namespace SpecSdk.Generators
{
    /// <summary>Writes C# source with four-space indentation and '\n' line ends, whatever the platform.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder builder = new StringBuilder();
        private int indent;

        public CodeWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                builder.Append(' ', indent * 4).Append(text);
            }

            builder.Append('\n');
            return this;
        }

        public void Indent() => indent++;

        public void Outdent() => indent--;

        public CodeWriter Open(string text)
        {
            Line(text);
            Line("{");
            indent++;
            return this;
        }

        public CodeWriter Close()
        {
            indent--;
            return Line("}");
        }

        /// <summary>An XML documentation summary, escaped, one comment line per text line.</summary>
        public CodeWriter Summary(string text)
        {
            Line("/// <summary>");
            foreach (var line in text.Split('\n'))
            {
                Line("/// " + Xml(line.TrimEnd()));
            }

            return Line("/// </summary>");
        }

        public override string ToString() => builder.ToString();

        /// <summary>Text escaped for an XML documentation comment.</summary>
        public static string Xml(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': escaped.Append("&amp;"); break;
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    default:
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            escaped.Append(' ');
                        }
                        else
                        {
                            escaped.Append(c);
                        }

                        break;
                }
            }

            return escaped.ToString();
        }

        /// <summary>A C# string literal for <paramref name="text"/>, or <c>null</c>.</summary>
        public static string String(string? text)
        {
            if (text is null)
            {
                return "null";
            }

            var literal = new StringBuilder(text.Length + 2).Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': literal.Append("\\\""); break;
                    case '\\': literal.Append("\\\\"); break;
                    case '\n': literal.Append("\\n"); break;
                    case '\r': literal.Append("\\r"); break;
                    case '\t': literal.Append("\\t"); break;
                    default:
                        if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF')
                        {
                            literal.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            literal.Append(c);
                        }

                        break;
                }
            }

            return literal.Append('"').ToString();
        }

        /// <summary>A C# decimal literal that keeps the spec's precision: 3133.00m.</summary>
        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
