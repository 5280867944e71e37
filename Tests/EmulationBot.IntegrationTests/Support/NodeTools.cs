using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>
/// The Node tools under Tests/node (Azurite, the Agents Playground, the Adaptive Cards parser, the manifest
/// schemas): installed with <c>npm ci</c> on first use, once per machine even when test classes run in parallel.
/// </summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;

    public static async Task EnsureInstalledAsync()
    {
        if (_installed) return;
        await InstallGate.WaitAsync();
        try
        {
            if (_installed) return;
            var marker = Path.Combine(RepoPaths.NodeModules, ".package-lock.json");
            var lockFile = Path.Combine(RepoPaths.NodeTools, "package-lock.json");
            if (!File.Exists(marker) || File.GetLastWriteTimeUtc(marker) < File.GetLastWriteTimeUtc(lockFile))
            {
                // A file lock, because several test processes (one per test project) may start at once.
                using var fileLock = await AcquireFileLockAsync(Path.Combine(RepoPaths.NodeTools, ".install.lock"));
                if (!File.Exists(marker) || File.GetLastWriteTimeUtc(marker) < File.GetLastWriteTimeUtc(lockFile))
                {
                    var result = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], RepoPaths.NodeTools, TimeSpan.FromMinutes(10));
                    if (result.ExitCode != 0) throw new InvalidOperationException($"npm ci failed in {RepoPaths.NodeTools}:\n{result.Output}");
                }
            }
            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs a command to completion and returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> args, string workingDirectory,
        TimeSpan timeout, string? stdin = null, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        if (environment is not null) foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish within {timeout}.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 1200)
            {
                await Task.Delay(500);
            }
        }
    }
}
