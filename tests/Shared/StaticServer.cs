using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace SpecSdk.Testing;

/// <summary>A static file server for a built handbook, on loopback only, until disposed: what a browser test or benchmark opens.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly string site;
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();

    public StaticServer(string site)
    {
        this.site = Path.GetFullPath(site);
        BaseUrl = $"http://127.0.0.1:{ServeProcess.FreePort()}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        _ = Task.Run(Serve);
    }

    /// <summary>The site's address, ending in '/'.</summary>
    public string BaseUrl { get; }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
    }

    private async Task Serve()
    {
        while (!stop.IsCancellationRequested && listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception failure) when (failure is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            // Each request on its own: a browser asks for a page's scripts and a search's fragments at once.
            _ = Task.Run(() => Respond(context));
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(site, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));
            var found = file.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file);
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = Path.GetExtension(found ? file : "x.html") switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css",
                ".js" => "text/javascript",
                ".json" => "application/json",
                _ => "text/plain; charset=utf-8",
            };
            var bytes = await File.ReadAllBytesAsync(found ? file : Path.Combine(site, "404.html"));
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception failure) when (failure is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The browser went away, or the server stopped, mid-response.
        }
    }
}
