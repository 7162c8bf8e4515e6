using System;
using System.IO;
using SpecSdk.Testing;

namespace SpecSdk.Browser.Tests;

/// <summary>
/// A test that needs Debian's Chromium (/usr/bin/chromium) and the npm tools of this folder (npm ci). It is skipped,
/// with the reason shown, on a machine without them; under CI (CI=true) it always runs, so a missing install fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && Missing() is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Missing() =>
        !File.Exists(Chromium.Path) ? "Chromium is not installed (apt-get install chromium); .ci/run installs it."
        : !File.Exists(BrowserSite.Axe) || !File.Exists(BrowserSite.HtmlValidate) ? "axe-core and html-validate are not installed (npm ci in tests/SpecSdk.Browser.Tests); .ci/run installs them."
        : null;
}
