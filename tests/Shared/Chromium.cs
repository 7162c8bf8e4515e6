using Microsoft.Playwright;

namespace SpecSdk.Testing;

/// <summary>Debian's Chromium as the browser tests and benchmarks start it: headless, no sandbox, nothing fetched from elsewhere.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions Options { get; } = new()
    {
        ExecutablePath = Path,
        Headless = true,
        Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info" },
    };
}
