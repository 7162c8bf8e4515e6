using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace SpecSdk.Package.Tests;

/// <summary>Runs the dotnet CLI the way a user would, and captures what it prints.</summary>
internal static class DotNet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        RunWithEnvironment(workingDirectory, Array.Empty<(string, string)>(), arguments);

    /// <summary>
    /// Runs dotnet with <paramref name="packagesFolder"/> as its NuGet packages folder, when given, and a home of its
    /// own beside it: local tools are found through a resolver cache in the dotnet home, which would otherwise still
    /// point at an earlier run's packages folder.
    /// </summary>
    public static (int ExitCode, string Output) RunWithPackages(string workingDirectory, string packagesFolder, params string[] arguments) =>
        RunWithEnvironment(workingDirectory, new[] { ("NUGET_PACKAGES", packagesFolder), ("DOTNET_CLI_HOME", packagesFolder + "-home") }, arguments);

    /// <summary>Runs dotnet with <paramref name="environment"/> added to the usual variables.</summary>
    public static (int ExitCode, string Output) RunWithEnvironment(string workingDirectory, (string Name, string Value)[] environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 5 minutes");
        }

        Task.WaitAll(output, error);
        return (process.ExitCode, output.Result + error.Result);
    }
}
