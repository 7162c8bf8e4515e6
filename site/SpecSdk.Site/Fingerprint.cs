using System.Globalization;

namespace SpecSdk.Site;

/// <summary>
/// A 64-bit FNV-1a fingerprint of what is added to it, for the version in the addresses of a build's scripts and for
/// ids that must stay the same from build to build; the same values give the same fingerprint in every process.
/// </summary>
internal struct Fingerprint
{
    private const ulong Prime = 1099511628211UL;

    private ulong hash;
    private bool started;

    /// <summary>The fingerprint so far.</summary>
    public readonly ulong Value => started ? hash : 14695981039346656037UL;

    /// <summary>Adds a text, with an end mark so that "ab" then "c" differs from "a" then "bc".</summary>
    public void Add(string text)
    {
        var value = Value;
        foreach (var c in text)
        {
            value = (value ^ c) * Prime;
        }

        hash = (value ^ 0xFFFF) * Prime;
        started = true;
    }

    /// <summary>Adds a number.</summary>
    public void Add(ulong number)
    {
        hash = (Value ^ number) * Prime;
        started = true;
    }

    /// <summary>The fingerprint as 16 hexadecimal digits.</summary>
    public override readonly string ToString() => Value.ToString("x16", CultureInfo.InvariantCulture);
}
