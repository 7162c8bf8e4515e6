using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Generators.Tests;

/// <summary>
/// Golden files: each generated file is compared with its baseline under Baselines/. A difference writes
/// NAME.received.cs beside the baseline and fails. Set SPECSDK_ACCEPT_BASELINES=1 to accept the output as the new
/// baselines (stale baselines are deleted); review the diff before committing.
/// </summary>
internal static class Baselines
{
    public const string AcceptVariable = "SPECSDK_ACCEPT_BASELINES";

    public static void Verify(string set, IReadOnlyDictionary<string, string> files)
    {
        var folder = TestRepository.Path("tests", "SpecSdk.Generators.Tests", "Baselines", set);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        Directory.CreateDirectory(folder);
        var failures = new List<string>();
        foreach (var (name, text) in files)
        {
            var baseline = Path.Combine(folder, name);
            var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
            var actual = Normalize(text);
            if (accept)
            {
                File.WriteAllText(baseline, actual);
                File.Delete(received);
                continue;
            }

            if (File.Exists(baseline) && Normalize(File.ReadAllText(baseline)) == actual)
            {
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, actual);
            failures.Add(File.Exists(baseline) ? $"{name} differs from its baseline; see {received}" : $"{name} has no baseline; see {received}");
        }

        var stale = Directory.GetFiles(folder).Where(f => !f.Contains(".received.", StringComparison.Ordinal) && !files.ContainsKey(Path.GetFileName(f))).ToList();
        if (accept)
        {
            stale.ForEach(File.Delete);
        }
        else
        {
            failures.AddRange(stale.Select(f => $"{Path.GetFileName(f)} is a baseline of a file no longer generated"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + $"\nRun with {AcceptVariable}=1 to accept.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
