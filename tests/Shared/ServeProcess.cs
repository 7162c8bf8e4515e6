using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace SpecSdk.Testing;

/// <summary>
/// <c>specsdk serve</c> as a user runs it: the specsdk.dll beside the tests in its own process on a free port,
/// everything it prints kept, stopped with the test.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly StringWriter output = new();

    private ServeProcess(Process process, string address)
    {
        Process = process;
        Address = address;
    }

    public Process Process { get; }

    /// <summary>The served site's address, ending with '/'.</summary>
    public string Address { get; }

    /// <summary>Everything the server printed so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts serving <paramref name="specs"/> and returns once the server says where it serves.</summary>
    public static async Task<ServeProcess> Start(string specs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "specsdk.dll"), "serve", specs, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ServeProcess(Process.Start(start)!, $"http://127.0.0.1:{port}/");
        var ready = new TaskCompletionSource();
        server.Process.OutputDataReceived += (_, e) => server.Append(e.Data, ready);
        server.Process.ErrorDataReceived += (_, e) => server.Append(e.Data, ready);
        server.Process.BeginOutputReadLine();
        server.Process.BeginErrorReadLine();
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(30))) != ready.Task)
        {
            var printed = server.Output;
            server.Dispose();
            throw new TimeoutException("specsdk serve did not start in 30 s:\n" + printed);
        }

        return server;
    }

    /// <summary>A port nothing listens on now, on loopback.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private void Append(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.WriteLine(line);
        }

        if (line.StartsWith("Serving the handbook at ", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }
}
