using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Config
{
    /// <summary>
    /// A spec repository's site configuration, <c>specsdk.yml</c>: what the handbook is called and how it looks. Every
    /// field is optional; the build's options (<c>--base-url</c>) take precedence over the file's.
    /// </summary>
    public sealed record SiteConfig
    {
        /// <summary>The file's name, looked for beside the spec folder.</summary>
        public const string FileName = "specsdk.yml";

        /// <summary>The handbook's name: the header, the home page's heading, every page's title.</summary>
        public string Title { get; init; } = "Job class specifications";

        /// <summary>An image shown before the title in the header: its path relative to the configuration file.</summary>
        public string? Logo { get; init; }

        /// <summary>The address the handbook is published at.</summary>
        public string? BaseUrl { get; init; }

        /// <summary>A line of text in every page's footer, e.g. who publishes the handbook.</summary>
        public string? Footer { get; init; }

        /// <summary>The colour of links, <c>#rrggbb</c>, in the light scheme; at least 4.5:1 against the light panels.</summary>
        public string? LinkColour { get; init; }

        /// <summary>The colour of accents (changed ratings, the marked grade), <c>#rrggbb</c>, in the light scheme; at least 4.5:1 too.</summary>
        public string? AccentColour { get; init; }
    }

    /// <summary>The fields of <c>specsdk.yml</c> and what is wrong with one, stated once: the reader, its schema test and its docs use them.</summary>
    public static class SiteConfigFields
    {
        /// <summary>Every top-level field.</summary>
        public static IReadOnlyList<string> All { get; } = new[] { "title", "logo", "base-url", "footer", "colours" };

        /// <summary>The fields of <c>colours</c>.</summary>
        public static IReadOnlyList<string> Colours { get; } = new[] { "link", "accent" };

        /// <summary>The image types a logo may be.</summary>
        public static IReadOnlyList<string> LogoTypes { get; } = new[] { ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp" };
    }

    /// <summary>Reads <c>specsdk.yml</c> with the spec reader's YAML handling: every problem is a CFG diagnostic at its place.</summary>
    public static class SiteConfigReader
    {
        /// <summary>The least contrast of a colour against the theme's light panels, WCAG 2.1's level AA for text.</summary>
        public const double MinimumContrast = 4.5;

        /// <summary>The light scheme's panel colour (site.css's --panel): table headings and cards sit on it.</summary>
        public const string Panel = "#f3f5f8";

        /// <summary>The configuration's size limit: a site's settings are a few lines.</summary>
        public const int MaxCharacters = 64 * 1024;

        /// <summary>
        /// Reads the configuration at <paramref name="path"/> (as reported) from <paramref name="bytes"/>, the start of a
        /// file of <paramref name="length"/> bytes; a logo is checked with <paramref name="fileExists"/>, given its path
        /// relative to the file.
        /// </summary>
        public static (SiteConfig Config, IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string path, byte[] bytes, long length, Func<string, bool> fileExists)
        {
            var (root, context) = YamlFile.Parse(path, bytes, length, MaxCharacters, ConfigDiagnostics.Syntax);
            var config = new SiteConfig();
            if (root is YamlMap fields)
            {
                config = Bind(new FieldSet(context, fields, "specsdk.yml", string.Empty, SiteConfigFields.All), context, fileExists);
            }
            else if (root is not null && root is not YamlText { IsNull: true } && context.Diagnostics.Count == 0)
            {
                context.Diagnostics.Add(ConfigDiagnostics.Syntax.Create(context.Locate(root), "it must be 'name: value' lines (title: ..., footer: ...), not " + root.Describe()));
            }

            var diagnostics = context.Diagnostics.Select(ConfigDiagnostics.Renumber).ToList();
            diagnostics.Sort(SpecDiagnostic.Order);
            return (config, diagnostics);
        }

        /// <summary>The contrast ratio of two colours, WCAG 2.1's formula (1 to 21).</summary>
        public static double Contrast(string colour, string other)
        {
            var (a, b) = (Luminance(colour), Luminance(other));
            return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
        }

        private static SiteConfig Bind(FieldSet fields, ReadContext context, Func<string, bool> fileExists)
        {
            var title = fields.Line("title");
            if (title is { Length: 0 })
            {
                context.Report(SpecDiagnostics.InvalidValue, fields.ValueNode("title")!, "title", "title", "it is empty; the header and every page's title show it. Name the handbook, or leave the field out.");
            }

            var config = new SiteConfig
            {
                Title = title is { Length: > 0 } ? title : new SiteConfig().Title,
                BaseUrl = fields.Line("base-url"),
                Footer = fields.Line("footer"),
            };
            if (config.BaseUrl is { } url && !Links.IsSafe(url))
            {
                context.Report(SpecDiagnostics.InvalidValue, fields.ValueNode("base-url")!, "base-url", "address", "write an http or https address, or a path, without quotes, angle brackets, backslashes or spaces.");
                config = config with { BaseUrl = null };
            }

            if (fields.Line("logo") is { } logo)
            {
                var node = fields.ValueNode("logo")!;
                if (!SiteConfigFields.LogoTypes.Contains(System.IO.Path.GetExtension(logo).ToLowerInvariant()))
                {
                    context.Diagnostics.Add(ConfigDiagnostics.Logo.Create(context.Locate(node), logo, "is not an image the handbook can show (" + string.Join(", ", SiteConfigFields.LogoTypes) + ")"));
                }
                else if (logo.Split('/', '\\').Contains("..") || System.IO.Path.IsPathRooted(logo) || !fileExists(logo))
                {
                    context.Diagnostics.Add(ConfigDiagnostics.Logo.Create(context.Locate(node), logo, "is not a file with content in this folder or below it (links are not followed)"));
                }
                else
                {
                    config = config with { Logo = logo };
                }
            }

            if (fields.Map("colours") is { } colours)
            {
                var set = new FieldSet(context, colours, "colours", "colours", SiteConfigFields.Colours);
                config = config with { LinkColour = Colour(set, "link", context), AccentColour = Colour(set, "accent", context) };
            }

            return config;
        }

        private static string? Colour(FieldSet set, string name, ReadContext context)
        {
            if (set.ValueNode(name) is YamlText { IsNull: true } empty)
            {
                // link: #0b57a4 without quotes: '#' starts a YAML comment, and the value is gone.
                context.Report(SpecDiagnostics.InvalidValue, set.KeyNode(name)!, "colours." + name, "colour", "it has no value; write the colour in quotes, \"#0b57a4\", as a # starts a comment in YAML.");
                return null;
            }

            if (set.Line(name) is not { } value)
            {
                return null;
            }

            var node = set.ValueNode(name)!;
            if (value.Length != 7 || value[0] != '#' || !value.Skip(1).All(Uri.IsHexDigit))
            {
                context.Report(SpecDiagnostics.InvalidValue, node, "colours." + name, "colour", "write it as #rrggbb, e.g. #0b57a4.");
                return null;
            }

            // Against the lightest panel links and accents sit on, which gives less contrast than the white page.
            var contrast = Contrast(value, Panel);
            if (contrast < MinimumContrast)
            {
                context.Diagnostics.Add(ConfigDiagnostics.Contrast.Create(context.Locate(node), value, contrast.ToString("0.0", CultureInfo.InvariantCulture), MinimumContrast.ToString("0.0", CultureInfo.InvariantCulture)));
                return null;
            }

            return value.ToLowerInvariant();
        }

        private static double Luminance(string colour)
        {
            double Channel(int at)
            {
                var value = int.Parse(colour.Substring(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }
    }

    /// <summary>
    /// The diagnostics of <c>specsdk.yml</c>. Those the spec reader's YAML handling finds (syntax, unknown fields,
    /// types, values, duplicates) keep their messages under a CFG id; the rest are the configuration's own.
    /// </summary>
    public static class ConfigDiagnostics
    {
        /// <summary>The file cannot be read as YAML fields: syntax, nesting, encoding, size, not a set of fields.</summary>
        public static readonly SpecDiagnosticDescriptor Syntax = new SpecDiagnosticDescriptor
        {
            Id = "CFG001", Title = "Configuration is not valid YAML", MessageFormat = "specsdk.yml cannot be read: {0}.", DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>A field the configuration does not have.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownField = Renamed("CFG002", SpecDiagnostics.UnknownField);

        /// <summary>A field of the wrong type (a list where text belongs).</summary>
        public static readonly SpecDiagnosticDescriptor WrongType = Renamed("CFG003", SpecDiagnostics.WrongType);

        /// <summary>A value that is not valid for its field (a colour not #rrggbb, an address that is not one).</summary>
        public static readonly SpecDiagnosticDescriptor InvalidValue = Renamed("CFG004", SpecDiagnostics.InvalidValue);

        /// <summary>A field given twice.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateField = Renamed("CFG005", SpecDiagnostics.DuplicateField);

        /// <summary>A colour too light to read on the page.</summary>
        public static readonly SpecDiagnosticDescriptor Contrast = new SpecDiagnosticDescriptor
        {
            Id = "CFG006", Title = "Colour contrast too low",
            MessageFormat = "The colour {0} has a contrast of {1}:1 against the page's light panels (" + SiteConfigReader.Panel + "); text needs at least {2}:1 to be read by everyone (WCAG 2.1 AA). Choose a darker colour.",
            DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>A logo that is not an image file beside the configuration.</summary>
        public static readonly SpecDiagnosticDescriptor Logo = new SpecDiagnosticDescriptor
        {
            Id = "CFG007", Title = "Logo not found", MessageFormat = "The logo '{0}' {1}. Give the path of an image file, relative to specsdk.yml.", DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>Every descriptor, ordered by id.</summary>
        public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[] { Syntax, UnknownField, WrongType, InvalidValue, DuplicateField, Contrast, Logo };

        /// <summary>A diagnostic of the spec reader's YAML handling as the configuration's.</summary>
        internal static SpecDiagnostic Renumber(SpecDiagnostic diagnostic)
        {
            if (diagnostic.Id.StartsWith("CFG", StringComparison.Ordinal))
            {
                return diagnostic;
            }

            if (Renamings.TryGetValue(diagnostic.Id, out var renamed))
            {
                return diagnostic with { Id = renamed.Id };
            }

            return YamlFile.AsSyntax(diagnostic, Syntax);
        }

        /// <summary>The spec reader's diagnostics the configuration keeps, by their SPEC id.</summary>
        private static readonly Dictionary<string, SpecDiagnosticDescriptor> Renamings = new Dictionary<string, SpecDiagnosticDescriptor>(StringComparer.Ordinal)
        {
            [SpecDiagnostics.UnknownField.Id] = UnknownField,
            [SpecDiagnostics.WrongType.Id] = WrongType,
            [SpecDiagnostics.InvalidValue.Id] = InvalidValue,
            [SpecDiagnostics.DuplicateField.Id] = DuplicateField,
        };

        private static SpecDiagnosticDescriptor Renamed(string id, SpecDiagnosticDescriptor spec) => spec with { Id = id };
    }
}
