using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Support.Screenshots;

/// <summary>
/// The Playground's web UI in headless Chromium (Tests/node/card-screenshots.mjs), for screenshots of the
/// cards it renders. Open it before the bot sends the card: the page shows only messages that arrive while it
/// is connected. The page's automatic app install is answered in the browser and never reaches the bot.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly TaskCompletionSource<JsonObject> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _stderr = new();
    private int _nextId;

    private PlaygroundBrowser(Process process) => _process = process;

    /// <summary>The Chromium binary: $EMULATIONBOT_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("EMULATIONBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<PlaygroundBrowser> OpenAsync(PlaygroundHost playground)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}. Run scripts/test.sh (it installs it) or: apt-get install -y --no-install-recommends chromium fonts-dejavu-core");
        }
        await NodeTools.EnsureInstalledAsync();
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.NodeTools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-r", Path.Combine(RepoPaths.NodeTools, "playground", "exit-with-parent.cjs"),
                     Path.Combine(RepoPaths.NodeTools, "card-screenshots.mjs"), "--playground", playground.BaseUri.ToString(), "--chromium", ChromiumPath])
        {
            info.ArgumentList.Add(arg);
        }
        var browser = new PlaygroundBrowser(new Process { StartInfo = info });
        browser._process.OutputDataReceived += (_, e) => browser.OnLine(e.Data);
        browser._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) browser._stderr.Enqueue(e.Data); };
        browser._process.Start();
        browser._process.BeginOutputReadLine();
        browser._process.BeginErrorReadLine();
        try
        {
            var ready = await browser._ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
            if (ready["ready"]?.GetValue<bool>() != true) throw new InvalidOperationException($"The browser did not open the Playground: {ready["error"]}\n{browser.Stderr()}");
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Waits for the newest card containing <paramref name="text"/> in the open chat and saves
    /// artifacts/screenshots/&lt;name&gt;.desktop.png and &lt;name&gt;.phone.png.
    /// </summary>
    public async Task<CardScreenshot> ScreenshotCardAsync(string text, string name, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var wait = timeout ?? TimeSpan.FromSeconds(20);
        var request = new JsonObject { ["id"] = id, ["text"] = text, ["out"] = Path.Combine(ArtifactPaths.Screenshots, name), ["timeoutMs"] = (int)wait.TotalMilliseconds };
        await _process.StandardInput.WriteLineAsync(request.ToJsonString());
        await _process.StandardInput.FlushAsync();
        var result = await answer.Task.WaitAsync(wait + TimeSpan.FromSeconds(30));
        if (result["ok"]?.GetValue<bool>() != true) throw new InvalidOperationException($"Screenshot '{name}' failed: {result["error"]}\n{Stderr()}");
        var phone = result["phone"]!;
        return new CardScreenshot(
            result["files"]!["desktop"]!.GetValue<string>(),
            result["files"]!["phone"]!.GetValue<string>(),
            phone["width"]!.GetValue<int>(),
            phone["height"]!.GetValue<int>(),
            [.. phone["overflow"]!.AsArray().Select(o => $"{o!["element"]} \"{o["text"]}\": {o["problem"]}")],
            [.. result["fonts"]!.AsArray().Select(f => f!.GetValue<string>())]);
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            var gone = new JsonObject { ["ok"] = false, ["ready"] = false, ["error"] = "the screenshot process ended" };
            _ready.TrySetResult(gone);
            foreach (var pending in _pending.Values) pending.TrySetResult(gone);
            return;
        }
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            return;
        }
        if (message is null) return;
        if (message.ContainsKey("ready")) _ready.TrySetResult(message);
        else if (message["id"]?.GetValue<int>() is { } id && _pending.TryRemove(id, out var pending)) pending.TrySetResult(message);
    }

    private string Stderr() => string.Join('\n', _stderr.TakeLast(30));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await _process.StandardInput.WriteLineAsync("""{"quit":true}""");
                _process.StandardInput.Close();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
