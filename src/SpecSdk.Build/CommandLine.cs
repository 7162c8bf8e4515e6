using System.Text;

namespace SpecSdk.Build
{
    /// <summary>Command lines for the processes the task starts.</summary>
    public static class CommandLine
    {
        /// <summary>
        /// <paramref name="argument"/> as one argument of a command line, as .NET splits one on every platform: in
        /// quotes, a quote and the backslashes before it escaped, the backslashes before the closing quote doubled.
        /// </summary>
        public static string Quote(string argument)
        {
            var text = new StringBuilder(argument.Length + 2).Append('"');
            var backslashes = 0;
            foreach (var c in argument)
            {
                if (c == '\\')
                {
                    backslashes++;
                    continue;
                }

                text.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes).Append(c);
                backslashes = 0;
            }

            return text.Append('\\', backslashes * 2).Append('"').ToString();
        }
    }
}
