using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpecSdk.Cli.Serve;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

/// <summary>
/// specsdk serve as a user runs it: the real command in its own process on a free port, the seeds copied to a
/// folder the test edits the way an editor saves.
/// </summary>
public sealed class ServeTests : IDisposable
{
    private const string ClassPage = "ky/classes/73070v000101.html";

    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-serve-").FullName;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ServeTests()
    {
        TestRepository.CopySeeds(Path.Combine(folder, "specs"));
    }

    private string Spec => Path.Combine(folder, "specs", "kentucky", "production-coordinator.md");

    public void Dispose()
    {
        http.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_edited_spec_is_served_and_an_error_is_shown_in_the_page_until_it_is_fixed()
    {
        using var server = await ServeProcess.Start(Path.Combine(folder, "specs"));
        var page = await http.GetStringAsync(server.Address + ClassPage);
        Assert.Contains("<h1>Production Coordinator</h1>", page, StringComparison.Ordinal);
        Assert.Contains(PreviewServer.EventsPath, page, StringComparison.Ordinal);

        Save(File.ReadAllText(Spec).Replace("Handles vendor negotiations.", "Negotiates with vendors of mainframe time.", StringComparison.Ordinal));
        Assert.Contains("Negotiates with vendors of mainframe time.", await Eventually(ClassPage, server, p => p.Contains("mainframe time", StringComparison.Ordinal)), StringComparison.Ordinal);

        var good = File.ReadAllText(Spec);
        Save(good.Replace("established: 1993-07-01", "established: 1993-13-01", StringComparison.Ordinal));
        var error = await Eventually(ClassPage, server, p => p.Contains("SPEC010", StringComparison.Ordinal));
        Assert.Contains("kentucky/production-coordinator.md(9,14): error SPEC010: &#39;1993-13-01&#39; is not a valid date", error, StringComparison.Ordinal);
        Assert.False(server.Process.HasExited);

        Save(good);
        await Eventually(ClassPage, server, p => p.Contains("<h1>Production Coordinator</h1>", StringComparison.Ordinal));
        Assert.Contains("1 error(s)", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_pages_are_told_of_each_change_and_paths_outside_the_site_are_not_served()
    {
        using var server = await ServeProcess.Start(Path.Combine(folder, "specs"));
        using var events = new StreamReader(await http.GetStreamAsync(server.Address + PreviewServer.EventsPath.TrimStart('/')));
        Assert.Equal("data: 1", await events.ReadLineAsync());
        Assert.Equal(string.Empty, await events.ReadLineAsync());

        File.Delete(Path.Combine(folder, "specs", "kentucky", "production-specialist-ii.md"));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal("data: 2", await events.ReadLineAsync(timeout.Token));

        // A page says which version it was made from, so that one made before a change its stream has not yet told
        // it of still reloads when the stream starts with the new version.
        Assert.Contains("var shown='2';", await http.GetStringAsync(server.Address + "index.html"), StringComparison.Ordinal);
        using var gone = await http.GetAsync(server.Address + "ky/classes/73070v000102.html");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var escape = await http.GetAsync(server.Address + "specs/%2E%2E/%2E%2E/etc/passwd");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
        Assert.Equal("text/css; charset=utf-8", (await http.GetAsync(server.Address + "assets/site.css")).Content.Headers.ContentType?.ToString());
    }

    /// <summary>Writes the spec as editors do: a new file renamed over the old one.</summary>
    private void Save(string text)
    {
        var temporary = Spec + ".tmp~";
        File.WriteAllText(temporary, text);
        File.Move(temporary, Spec, overwrite: true);
    }

    private async Task<string> Eventually(string page, ServeProcess server, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await http.GetAsync(server.Address + page);
            var text = await response.Content.ReadAsStringAsync();
            if (done(text))
            {
                return text;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "The page did not change in 10 s. Server output:\n" + server.Output);
            await Task.Delay(50);
        }
    }
}
