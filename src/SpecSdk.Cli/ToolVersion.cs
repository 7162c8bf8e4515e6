using System.Reflection;

namespace SpecSdk.Cli;

/// <summary>The tool's version, as <c>specsdk --version</c> prints it.</summary>
internal static class ToolVersion
{
    /// <summary>The package version, e.g. "1.0.0".</summary>
    public static string Semantic { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
