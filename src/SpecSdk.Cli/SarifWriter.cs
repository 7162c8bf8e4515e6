using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log: one run of the specsdk driver with every SPEC rule, one result per
/// diagnostic, located relative to %SRCROOT% (the repository root, as every printed path is) so code scanning maps
/// them onto the repository; a file outside the root is located by its absolute file URI. Each rule's helpUri is its
/// section of the published diagnostics page.
/// </summary>
internal static class SarifWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<SpecDiagnostic> diagnostics, string sourceRoot, string docsUrl, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            // The spec rules and the site configuration's: validate reports both.
            var rules = SpecDiagnostics.All.Concat(SpecSdk.Specs.Config.ConfigDiagnostics.All).Concat(SpecSdk.Specs.Config.SynonymDiagnostics.All).ToList();
            var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "specsdk");
            json.WriteString("semanticVersion", ToolVersion.Semantic);
            json.WriteString("informationUri", "https://www.nuget.org/packages/SpecSdk.Tool");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", RuleName(rule.Title));
                WriteText(json, "shortDescription", rule.Title + ".");
                WriteText(json, "help", $"See {SpecDiagnostics.HelpUri(rule.Id, docsUrl)}: a bad example, the message and the fix.");
                json.WriteString("helpUri", SpecDiagnostics.HelpUri(rule.Id, docsUrl));
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", FileUri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot))) + "/");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                var location = diagnostic.Location;
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Id);
                if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
                {
                    json.WriteNumber("ruleIndex", index);
                }

                json.WriteString("level", Level(diagnostic.Severity));
                WriteText(json, "message", diagnostic.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                if (Path.IsPathRooted(location.Path))
                {
                    json.WriteString("uri", FileUri(location.Path));
                }
                else
                {
                    json.WriteString("uri", RelativeUri(location.Path));
                    json.WriteString("uriBaseId", "%SRCROOT%");
                }
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", location.StartLine + 1);
                json.WriteNumber("startColumn", location.StartColumn + 1);
                json.WriteNumber("endLine", location.EndLine + 1);
                json.WriteNumber("endColumn", location.EndColumn + 1);
                json.WriteNumber("charOffset", location.Start);
                json.WriteNumber("charLength", location.Length);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>
    /// The file URI of an absolute path, each segment percent-encoded as <see cref="RelativeUri"/> encodes them (new
    /// Uri(path) would read a '%41' in a folder's name as an escape).
    /// </summary>
    private static string FileUri(string path)
    {
        var relative = RelativeUri(Path.GetFullPath(path).TrimStart('/', '\\'));
        return "file:///" + relative;
    }

    /// <summary>A relative URI reference: '/' separators, each segment percent-encoded.</summary>
    private static string RelativeUri(string path) =>
        string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>The title as one PascalCase word, as SARIF rule names are: "File is not UTF-8" → "FileIsNotUtf8".</summary>
    private static string RuleName(string title) => string.Concat(
        title.Split(' ', '-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant()))
        .Replace(".", string.Empty);

    private static string Level(SpecSeverity severity) => severity switch
    {
        SpecSeverity.Error => "error",
        SpecSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
