using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using EmulationBot.Storage.Blob;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>
/// A real Azurite blob server on 127.0.0.1, a free port and a temporary folder, started for the tests. It can be stopped
/// (gracefully, as a service restart would) and started again on the same port and folder, and is always killed at the end.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    private const int SigTerm = 15;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _process;
    private TaskCompletionSource _listening = NewSignal();

    public int Port { get; } = NodeTools.FreePort();

    public string BlobEndpoint => $"http://127.0.0.1:{Port}/{BlobConnectionString.DevelopmentAccountName}";

    /// <summary>A Shared Key connection string for the development account on this server.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={BlobConnectionString.DevelopmentAccountName};" +
        $"AccountKey={BlobConnectionString.DevelopmentAccountKey};BlobEndpoint={BlobEndpoint};";

    public bool IsRunning => _process is { HasExited: false };

    public async Task InitializeAsync()
    {
        await NodeTools.EnsureInstalledAsync();
        Directory.CreateDirectory(_folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill();
        await StartAsync();
    }

    public async Task StartAsync()
    {
        if (IsRunning) throw new InvalidOperationException("Azurite is already running.");
        _listening = NewSignal();
        var main = Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "blob", "main.js");
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { main, "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(), "--location", _folder,
                     "--silent", "--skipApiVersionCheck", "--disableTelemetry" })
        {
            info.ArgumentList.Add(arg);
        }
        var output = new System.Text.StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.Contains("successfully listens", StringComparison.Ordinal)) _listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var started = await Task.WhenAny(_listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != _listening.Task)
        {
            Kill();
            string log;
            lock (output) log = output.ToString();
            throw new InvalidOperationException($"Azurite did not start on port {Port}:\n{log}");
        }
        await WaitUntilAcceptingAsync();
    }

    /// <summary>Stops Azurite the way a service stop does (SIGTERM: it closes its database), and waits until it has.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process || process.HasExited) return;
        // On SIGTERM Azurite closes its server and saves its database, then exits.
        if (SendSignal(process.Id, SigTerm) == 0)
        {
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        }
        Kill();
        await process.WaitForExitAsync();
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        Kill();
        if (_process is { } process) await process.WaitForExitAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void Kill()
    {
        try
        {
            if (_process is { HasExited: false } process) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }
    }

    private async Task WaitUntilAcceptingAsync()
    {
        // The log line comes right after listen(); one successful connect confirms it from our side too.
        using var client = new TcpClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync("127.0.0.1", Port, cts.Token);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
