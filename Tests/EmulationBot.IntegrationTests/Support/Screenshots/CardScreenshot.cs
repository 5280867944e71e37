namespace EmulationBot.IntegrationTests.Support.Screenshots;

/// <summary>
/// The PNGs of one card as the Playground UI renders it — the whole UI at desktop size and the card at a
/// phone's width — with what the browser measured: elements that did not fit at phone width, and the fonts
/// the text was really drawn with.
/// </summary>
public sealed record CardScreenshot(string DesktopFile, string PhoneFile, int PhoneWidth, int PhoneHeight,
    IReadOnlyList<string> PhoneOverflow, IReadOnlyList<string> Fonts);
