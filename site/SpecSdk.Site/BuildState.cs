using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace SpecSdk.Site;

/// <summary>
/// What a build leaves beside the site it published (<c>._site.state</c>) so that the next build keeps the files that
/// would come out the same: each keyed file's key (<see cref="FileKeys"/>) and length, and an id made from them, which
/// the site's marker file names too (so the same specs still give the same site, byte for byte). A state whose id is
/// not the published site's (a build killed after it swapped the site in, before it put its state beside it), or that
/// cannot be read, is no state: the next build makes every file.
/// </summary>
internal sealed class BuildState
{
    private const string Format = "specsdk build state 1";

    /// <summary>A key's length: a SHA-256.</summary>
    private const int KeyLength = 32;

    private readonly Dictionary<string, (byte[] Key, long Length)> files;

    public BuildState(Dictionary<string, (byte[] Key, long Length)> files)
        : this(IdOf(files), files)
    {
    }

    private BuildState(string id, Dictionary<string, (byte[] Key, long Length)> files)
    {
        Id = id;
        this.files = files;
    }

    /// <summary>The id of the site this is the state of: a hash of its files' keys and lengths, in path order.</summary>
    public string Id { get; }

    /// <summary>The files, each with its key and its length as written.</summary>
    public IReadOnlyDictionary<string, (byte[] Key, long Length)> Files => files;

    /// <summary>The state at <paramref name="path"/> when it is the state of the site whose marker names <paramref name="siteId"/>; else null.</summary>
    public static BuildState? Read(string path, string? siteId)
    {
        if (siteId is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Format || reader.ReadString() != siteId)
            {
                return null;
            }

            // Each file takes more than a key's bytes, so a count larger than the rest of the file is damage.
            var count = reader.ReadInt32();
            if (count < 0 || count > (stream.Length - stream.Position) / KeyLength)
            {
                return null;
            }

            var files = new Dictionary<string, (byte[] Key, long Length)>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                if (reader.ReadInt32() != KeyLength)
                {
                    return null;
                }

                var key = reader.ReadBytes(KeyLength);
                files[file] = (key, reader.ReadInt64());
            }

            return new BuildState(siteId, files);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is FormatException || exception is ArgumentException || exception is OverflowException)
        {
            // A damaged or foreign file: the build makes every file, as the first build does.
            return null;
        }
    }

    /// <summary>Writes the state to <paramref name="path"/>.</summary>
    public void Write(string path)
    {
        using var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write), Encoding.UTF8);
        writer.Write(Format);
        writer.Write(Id);
        WriteFiles(writer, files);
    }

    private static string IdOf(Dictionary<string, (byte[] Key, long Length)> files)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            WriteFiles(writer, files);
        }

        return Convert.ToHexString(SHA256.HashData(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)), 0, 16).ToLowerInvariant();
    }

    /// <summary>The files in path order, so the same site gives the same bytes.</summary>
    private static void WriteFiles(BinaryWriter writer, Dictionary<string, (byte[] Key, long Length)> files)
    {
        writer.Write(files.Count);
        var paths = new List<string>(files.Keys);
        paths.Sort(StringComparer.Ordinal);
        foreach (var file in paths)
        {
            var (key, length) = files[file];
            writer.Write(file);
            writer.Write(key.Length);
            writer.Write(key);
            writer.Write(length);
        }
    }
}
