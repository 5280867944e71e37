using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Support.Screenshots;

/// <summary>A bot, a Playground and its web UI open in headless Chromium, for a test class that takes screenshots.</summary>
public class PlaygroundBrowserFixture : PlaygroundFixture
{
    private PlaygroundBrowser? _browser;

    public PlaygroundBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        try
        {
            _browser = await PlaygroundBrowser.OpenAsync(Playground);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _browser = null;
        await base.DisposeAsync();
    }
}
