using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// A Microsoft 365 Agents Playground process (Tests/node) in front of one bot endpoint: Teams channel, our
/// configuration (Teams-like ids, Vietnamese names), telemetry and browser off, every socket on 127.0.0.1.
/// Disposing it kills the process; so does the end of the test process, and the Playground exits by itself
/// when its parent is gone.
/// </summary>
public sealed partial class PlaygroundHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly EventHandler _onProcessExit;

    private PlaygroundHost(Process process, int port, string workFolder)
    {
        _process = process;
        Port = port;
        WorkFolder = workFolder;
        _onProcessExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    /// <summary>The mock Bot Connector the bot replies to (the activities' serviceUrl).</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}/_connector";

    public string WorkFolder { get; }

    public string LogFile => Path.Combine(WorkFolder, "playground.log");

    public static string ConfigFile => Path.Combine(RepoPaths.NodeTools, "playground", "playground.yml");

    /// <summary>Starts a Playground for <paramref name="botEndpoint"/> (a loopback URL) on <paramref name="port"/>, or a free port.</summary>
    public static async Task<PlaygroundHost> StartAsync(string botEndpoint, int port = 0, string? configFile = null)
    {
        if (!Uri.TryCreate(botEndpoint, UriKind.Absolute, out var endpoint) || !endpoint.IsLoopback)
        {
            throw new ArgumentException($"The bot endpoint must be a loopback URL, not '{botEndpoint}'.", nameof(botEndpoint));
        }
        await NodeTools.EnsureInstalledAsync();
        for (var attempt = 1; ; attempt++)
        {
            var host = Launch(botEndpoint, port != 0 ? port : NodeTools.FreePort(), configFile ?? ConfigFile);
            try
            {
                await host.WaitUntilReadyAsync();
                return host;
            }
            catch (PortTakenException) when (port == 0 && attempt < 3)
            {
                await host.DisposeAsync(); // someone took the free port in between: try another
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>The Playground's console output and the end of its log file, for failure messages.</summary>
    public string Diagnostics()
    {
        var log = File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";
        return $"Playground output:\n{string.Join('\n', _output.TakeLast(40))}\nPlayground log ({LogFile}):\n{(log.Length > 3000 ? log[^3000..] : log)}";
    }

    private static PlaygroundHost Launch(string botEndpoint, int port, string configFile)
    {
        var work = Directory.CreateTempSubdirectory("emulationbot-playground-").FullName;
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            "-r", Path.Combine(RepoPaths.NodeTools, "playground", "loopback-only.cjs"),
            "-r", Path.Combine(RepoPaths.NodeTools, "playground", "exit-with-parent.cjs"),
            Path.Combine(RepoPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js"),
            "-e", botEndpoint, "-c", "msteams", "--dt", "-p", port.ToString(),
            "--service-url", $"http://127.0.0.1:{port}/_connector",
        ];
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configFile;
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(work, "playground.log");
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        info.Environment["APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL"] = "true";
        info.Environment["NO_PROXY"] = info.Environment["no_proxy"] = "127.0.0.1,localhost,::1";

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new PlaygroundHost(process, port, work);
        process.OutputDataReceived += (_, e) => host.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => host.OnOutput(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void OnOutput(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
        if (ListeningLine().Match(line) is { Success: true } m) _listening.TrySetResult(int.Parse(m.Groups[1].Value));
    }

    private async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(_listening.Task, exited);
        if (first != _listening.Task)
        {
            throw new PlaygroundErrorException(_process.HasExited
                ? $"The Playground exited with code {_process.ExitCode} before listening.\n{Diagnostics()}"
                : $"The Playground did not start listening within {StartTimeout.TotalSeconds} s.\n{Diagnostics()}");
        }
        var actual = await _listening.Task;
        if (actual != Port) throw new PortTakenException($"Port {Port} was taken; the Playground fell back to {actual}.");

        // "Listening" comes before the routes are ready; the ping route answers once they are.
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            while (!await PingAsync(http, timeout.Token))
            {
                if (_process.HasExited) throw new PlaygroundErrorException($"The Playground exited with code {_process.ExitCode}.\n{Diagnostics()}");
                await Task.Delay(100, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new PlaygroundErrorException($"The Playground on port {Port} never answered /_debug/ping.\n{Diagnostics()}");
        }
    }

    private static async Task<bool> PingAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            return (await http.GetStringAsync("_debug/ping", cancellationToken)).Contains("pong", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // this ping timed out; the caller's deadline decides
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // never started, or already gone
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        Kill();
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try { await _process.WaitForExitAsync(wait.Token); }
            catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException) { }
        }
        _process.Dispose();
        try
        {
            // Keep the Playground's log with the other test artifacts, then remove its temp folder.
            if (File.Exists(LogFile)) File.Copy(LogFile, Path.Combine(ArtifactPaths.Logs, $"playground-{Port}.log"), overwrite: true);
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();

    private sealed class PortTakenException(string message) : Exception(message);
}
