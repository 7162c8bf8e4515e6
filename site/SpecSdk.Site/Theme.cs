using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SpecSdk.Site;

/// <summary>
/// The handbook's templates, styles and scripts: the default theme embedded in this assembly, where a user's theme
/// folder overrides any single file by giving one at the same relative path.
/// </summary>
public sealed class Theme
{
    private const string Prefix = "theme/";
    private readonly Dictionary<string, byte[]> files;

    private Theme(Dictionary<string, byte[]> files)
    {
        this.files = files;
    }

    /// <summary>The relative paths of every file, ordered.</summary>
    public IEnumerable<string> Paths => files.Keys.OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The default theme, with the files of <paramref name="overrideDirectory"/> (when given) in place of its own.</summary>
    public static Theme Load(string? overrideDirectory = null)
    {
        var assembly = typeof(Theme).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name.Substring(Prefix.Length).Replace('\\', '/')] = buffer.ToArray();
        }

        if (overrideDirectory is not null)
        {
            var root = Path.GetFullPath(overrideDirectory);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return new Theme(files);
    }

    /// <summary>The text of a theme file (a template), or an exception naming the missing file.</summary>
    public string Text(string path) => files.TryGetValue(path, out var bytes)
        ? System.Text.Encoding.UTF8.GetString(bytes)
        : throw new FileNotFoundException("The theme has no file " + path, path);

    /// <summary>The bytes of the theme file at <paramref name="path"/>, or null when the theme has none.</summary>
    public byte[]? Find(string path) => files.TryGetValue(path, out var bytes) ? bytes : null;
}
