using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary>
/// The options and arguments the commands share, each with its check, so that a bad value is a usage error at parse
/// time — one line naming the option, exit code 2 — and never reaches a command.
/// </summary>
internal static class SpecFolder
{
    /// <summary>The spec folder when none is given: the package's generator reads the same folder of a project.</summary>
    public const string Default = "specs";

    /// <summary>The folder of spec files, which must exist.</summary>
    public static Argument<DirectoryInfo> Argument(string name)
    {
        var argument = new Argument<DirectoryInfo>(name)
        {
            Description = "The folder of spec files (*.md, read recursively).",
            DefaultValueFactory = _ => new DirectoryInfo(Default),
        };
        argument.Validators.Add(result => ExistingFolder(result, name, result.GetValueOrDefault<DirectoryInfo>()));
        return argument;
    }

    /// <summary>A spec folder given as an option (<c>new</c>'s <c>--specs</c>), which must exist.</summary>
    public static Option<DirectoryInfo> Option(string name, string alias, string description)
    {
        var option = new Option<DirectoryInfo>(name, alias)
        {
            Description = description,
            DefaultValueFactory = _ => new DirectoryInfo(Default),
        };
        option.Validators.Add(result => ExistingFolder(result, name, result.GetValueOrDefault<DirectoryInfo>()));
        return option;
    }

    /// <summary>A theme folder, which must exist when given.</summary>
    public static Option<DirectoryInfo?> Theme(string description)
    {
        var option = new Option<DirectoryInfo?>("--theme") { Description = description };
        option.Validators.Add(result => ExistingFolder(result, "--theme", result.GetValueOrDefault<DirectoryInfo?>()));
        return option;
    }

    /// <summary>The static files' folder, which must exist when given.</summary>
    public static Option<DirectoryInfo?> Static(string description)
    {
        var option = new Option<DirectoryInfo?>("--static") { Description = description };
        option.Validators.Add(result => ExistingFolder(result, "--static", result.GetValueOrDefault<DirectoryInfo?>()));
        return option;
    }

    /// <summary>The folder printed paths are relative to, which must exist when given.</summary>
    public static Option<DirectoryInfo?> Root()
    {
        var option = new Option<DirectoryInfo?>("--root") { Description = "The folder printed paths are relative to; default: the repository that holds the spec folder (the nearest folder with .git), else the current folder." };
        option.Validators.Add(result => ExistingFolder(result, "--root", result.GetValueOrDefault<DirectoryInfo?>()));
        return option;
    }

    /// <summary>The site configuration file, which must exist when given.</summary>
    public static Option<FileInfo?> Config()
    {
        var option = new Option<FileInfo?>("--config") { Description = "The site configuration (title, logo, base URL, footer, colours); default: specsdk.yml beside SPECS_DIR, when there is one." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { Exists: false } file)
            {
                result.AddError(Directory.Exists(file.FullName) ? $"--config: '{file.FullName}' is a folder, not a file." : $"--config: the file '{file.FullName}' does not exist.");
            }
        });
        return option;
    }

    /// <summary>The static folder given, else the folder 'static' beside the spec folder when there is one.</summary>
    public static DirectoryInfo? StaticFolder(DirectoryInfo? given, DirectoryInfo specs) =>
        given ?? (specs.Parent is { } parent && new DirectoryInfo(Path.Combine(parent.FullName, "static")) is { Exists: true } beside ? beside : null);

    /// <summary>A folder written to, created when missing; it must not be a file.</summary>
    public static Option<DirectoryInfo> Output(Option<DirectoryInfo> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { } folder && File.Exists(folder.FullName))
            {
                result.AddError($"{option.Name}: '{folder.FullName}' is a file, not a folder.");
            }
        });
        return option;
    }

    /// <summary>Text that becomes a field or a name: not empty, and on one line without control characters.</summary>
    public static T Text<T>(T option)
        where T : Option
    {
        option.Validators.Add(result => CheckText(result, option.Name));
        return option;
    }

    /// <summary>The argument form of <see cref="Text{T}(T)"/>.</summary>
    public static Argument<string> Text(Argument<string> argument)
    {
        argument.Validators.Add(result => CheckText(result, argument.Name));
        return argument;
    }

    /// <summary>
    /// An address pages link to: http or https, or a path relative to the site (no other scheme, so that no
    /// <c>javascript:</c> or <c>data:</c> link can be put on every page).
    /// </summary>
    public static T Link<T>(T option)
        where T : Option
    {
        option.Validators.Add(result => CheckLink(result, option.Name));
        return option;
    }

    /// <summary>
    /// An absolute http or https address without a fragment, to which a fragment or path is added (SARIF's helpUri
    /// must be an absolute URI, or code scanning refuses the whole log); the error shows <paramref name="example"/>.
    /// </summary>
    public static Option<string> AbsoluteUrl(Option<string> option, string example)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!Uri.TryCreate(token.Value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Fragment.Length > 0 || !Links.IsSafe(token.Value))
                {
                    result.AddError($"{option.Name} must be an absolute http or https address without a #fragment, e.g. {example}; '{token.Value}' is not.");
                }
            }
        });
        return option;
    }

    /// <summary>A choice among <paramref name="values"/>, which help and completion list.</summary>
    public static Option<string> OneOf(Option<string> option, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !values.Contains(t.Value, StringComparer.Ordinal)))
            {
                result.AddError($"{option.Name} must be one of {string.Join(", ", values)}; not '{token.Value}'.");
            }
        });
        return option;
    }

    private static void ExistingFolder(SymbolResult result, string name, DirectoryInfo? folder)
    {
        if (folder is null || folder.Exists)
        {
            return;
        }

        result.AddError(File.Exists(folder.FullName)
            ? $"{name}: '{folder.FullName}' is a file, not a folder."
            : $"{name}: the folder '{folder.FullName}' does not exist.");
    }

    private static void CheckText(SymbolResult result, string name)
    {
        foreach (var token in result.Tokens)
        {
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                result.AddError($"{name} must not be empty.");
            }
            else if (token.Value.Any(char.IsControl))
            {
                result.AddError($"{name} must be one line of text, without control characters.");
            }
        }
    }

    private static void CheckLink(SymbolResult result, string name)
    {
        foreach (var token in result.Tokens)
        {
            if (!Links.IsSafe(token.Value))
            {
                result.AddError($"{name} must be an http or https address, or a path relative to the site, without quotes, angle brackets, backslashes or spaces; '{token.Value}' is not.");
            }
        }
    }
}
