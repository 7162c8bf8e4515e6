using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecSdk.Site;
using SpecSdk.Specs;

namespace SpecSdk.Cli.Serve;

/// <summary>
/// Serves a <see cref="LiveSite"/> on 127.0.0.1. HTML pages get a small script that listens on
/// <c>/_specsdk/events</c> (server-sent events) and reloads the page when a new snapshot is made; while the specs
/// have errors every page shows them instead.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    public const string EventsPath = "/_specsdk/events";
    public const string VersionPath = "/_specsdk/version";

    /// <summary>
    /// The script of a page made from snapshot <paramref name="version"/>: the events stream says the current version
    /// at once and each new one, and the page reloads when it is not its own. The page knows its version from the
    /// server, not from the stream's first message: a snapshot made between the page's load and its stream's start
    /// would otherwise be taken for the page's own, and the page would never show it.
    /// </summary>
    private static string ReloadScript(int version) =>
        "<script>(function(){var shown='" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "';var events=new EventSource('" + EventsPath + "');" +
        "events.onmessage=function(e){if(e.data!==shown){location.reload();return;}" +
        "document.documentElement.setAttribute('data-specsdk-version',shown);};})();</script>";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly LiveSite site;
    private readonly Func<string, string> shown;
    private readonly HttpListener listener = new();
    private readonly object versionGate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Serves <paramref name="site"/>; <paramref name="shown"/> turns a spec's path into the path every command prints.</summary>
    public PreviewServer(LiveSite site, int port, Func<string, string> shown)
    {
        this.site = site;
        this.shown = shown;
        Address = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Address);
    }

    /// <summary>The address pages are served at.</summary>
    public string Address { get; }

    /// <summary>Starts listening; an <see cref="HttpListenerException"/> when the port is taken.</summary>
    public void Start() => listener.Start();

    /// <summary>Tells every open page that the site changed.</summary>
    public void Changed()
    {
        lock (versionGate)
        {
            var previous = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
        }
    }

    /// <summary>Answers requests until <paramref name="cancellation"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        using var stop = cancellation.Register(() => listener.Stop());
        while (!cancellation.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException || exception is ObjectDisposedException || exception is InvalidOperationException)
            {
                break;
            }

            _ = Task.Run(() => Answer(context, cancellation), CancellationToken.None);
        }

        Changed();
    }

    public void Dispose() => listener.Close();

    private async Task Answer(HttpListenerContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (path == EventsPath)
            {
                await Events(response, cancellation).ConfigureAwait(false);
                response.Abort();
                return;
            }

            var snapshot = site.Current;
            if (path == VersionPath)
            {
                Send(response, 200, "text/plain; charset=utf-8", Utf8.GetBytes(snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            if (snapshot.Content is null)
            {
                Send(response, 500, "text/html; charset=utf-8", ErrorPage(snapshot, shown));
                return;
            }

            var file = FilePath(Uri.UnescapeDataString(path));
            byte[]? bytes;
            try
            {
                bytes = file is null ? null : snapshot.File(file);
            }
            catch (SiteException exception)
            {
                Send(response, 500, "text/html; charset=utf-8", ErrorPage(snapshot, shown, exception.Message));
                return;
            }

            if (bytes is null)
            {
                Send(response, 404, "text/html; charset=utf-8", WithReload(snapshot.File("404.html") ?? Array.Empty<byte>(), snapshot.Version));
                return;
            }

            var type = ContentType(file!);
            Send(response, 200, type, type.StartsWith("text/html", StringComparison.Ordinal) ? WithReload(bytes, snapshot.Version) : bytes);
        }
        catch (Exception exception) when (exception is HttpListenerException || exception is IOException || exception is ObjectDisposedException || exception is OperationCanceledException)
        {
            // The browser went away mid-answer, or the server is stopping: the connection is dropped.
            response.Abort();
        }
    }

    /// <summary>Sends the current version at once, then each new one, until the page or the server goes away.</summary>
    private async Task Events(HttpListenerResponse response, CancellationToken cancellation)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var stream = response.OutputStream;
        var sent = -1;
        while (!cancellation.IsCancellationRequested)
        {
            Task next;
            lock (versionGate)
            {
                next = changed.Task;
            }

            var version = site.Current.Version;
            if (version != sent)
            {
                var message = Utf8.GetBytes($"data: {version}\n\n");
                await stream.WriteAsync(message, cancellation).ConfigureAwait(false);
                await stream.FlushAsync(cancellation).ConfigureAwait(false);
                sent = version;
            }

            // A comment every 15 s finds out when the page has closed.
            var keepAlive = Task.Delay(TimeSpan.FromSeconds(15), cancellation);
            if (await Task.WhenAny(next, keepAlive).ConfigureAwait(false) == keepAlive && !cancellation.IsCancellationRequested)
            {
                await stream.WriteAsync(Utf8.GetBytes(":\n\n"), cancellation).ConfigureAwait(false);
                await stream.FlushAsync(cancellation).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The site file a request path names: "/" and "/ky/" are their folders' index.html; ".." is refused.</summary>
    public static string? FilePath(string path)
    {
        var file = path.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        return file.Split('/').Any(s => s == ".." || s == "." || s.Length == 0) || file.Contains('\\') ? null : file;
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".md" or ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };

    private static byte[] WithReload(byte[] html, int version)
    {
        var text = Utf8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Utf8.GetBytes(end < 0 ? text + ReloadScript(version) : text.Insert(end, ReloadScript(version)));
    }

    /// <summary>A page listing what stops the handbook from being made, every string escaped.</summary>
    private static byte[] ErrorPage(Snapshot snapshot, Func<string, string> shown, string? templateError = null)
    {
        var problems = snapshot.Load.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(d => (d with { Location = d.Location with { Path = shown(d.Location.Path) } }).ToString()).ToList();
        if ((templateError ?? snapshot.ThemeError) is { } themeError)
        {
            problems.Add("theme: " + themeError);
        }

        var html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Spec errors</title>");
        html.Append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a;background:#fff}h1{color:#a4000f}li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin:.5rem 0}</style></head><body><main>");
        html.Append("<h1>The handbook cannot be built</h1><p>Fix these and save; this page reloads by itself.</p><ul>");
        foreach (var problem in problems)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(problem)).Append("</li>");
        }

        html.Append("</ul></main>").Append(ReloadScript(snapshot.Version)).Append("</body></html>\n");
        return Utf8.GetBytes(html.ToString());
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body, 0, body.Length);
        response.Close();
    }
}
