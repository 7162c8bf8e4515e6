using System;
using System.Linq;

namespace SpecSdk.Specs
{
    /// <summary>The addresses the handbook puts into every page's links as they are: --base-url, --spec-url, specsdk.yml's base-url.</summary>
    public static class Links
    {
        /// <summary>
        /// True for an http(s) address or a path, written only with characters that need no escaping in an HTML
        /// attribute: the value is put into every page's links as it is.
        /// </summary>
        public static bool IsSafe(string value)
        {
            if (value.Length == 0 || value.Any(c => c <= ' ' || c >= '\u007F' || c is '"' or '\'' or '<' or '>' or '\\' or '`'))
            {
                return false;
            }

            return Uri.TryCreate(value, UriKind.Absolute, out var absolute) && !value.StartsWith("/", StringComparison.Ordinal)
                ? absolute.Scheme is "http" or "https"
                : !value.StartsWith("//", StringComparison.Ordinal) && value.IndexOf(':') < 0;
        }
    }
}
