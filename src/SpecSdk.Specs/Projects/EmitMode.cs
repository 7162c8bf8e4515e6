using System;

namespace SpecSdk.Specs.Projects
{
    /// <summary>What the SpecSdk package puts in a consumer's assembly: the MSBuild property <c>SpecSdkEmit</c>.</summary>
    public enum EmitMode
    {
        /// <summary>Constants, typed access to every record (<c>Instance</c>) and the full catalog as data.</summary>
        Full,

        /// <summary>Constants and the lookups only; the embedded catalog carries no prose.</summary>
        Constants,
    }

    /// <summary>Reads the <c>SpecSdkEmit</c> property.</summary>
    public static class EmitModes
    {
        /// <summary>The MSBuild property that chooses the mode.</summary>
        public const string Property = "SpecSdkEmit";

        /// <summary>Reads <paramref name="text"/>: a mode's name in any case, or empty for <see cref="EmitMode.Full"/>.</summary>
        public static bool TryParse(string? text, out EmitMode mode)
        {
            var trimmed = text?.Trim() ?? string.Empty;
            if (trimmed.Length == 0)
            {
                mode = EmitMode.Full;
                return true;
            }

            foreach (EmitMode candidate in Enum.GetValues(typeof(EmitMode)))
            {
                if (string.Equals(trimmed, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    mode = candidate;
                    return true;
                }
            }

            mode = EmitMode.Full;
            return false;
        }

        /// <summary>The accepted values, for messages.</summary>
        public static string Choices => string.Join(", ", Enum.GetNames(typeof(EmitMode)));
    }
}
