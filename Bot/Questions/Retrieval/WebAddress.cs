using System.Text.RegularExpressions;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Web and e-mail addresses in plan text ("https://skhcn.quangbinh.gov.vn", "vanphong@…gov.vn"): the answer to "địa chỉ … là gì".</summary>
public static partial class WebAddress
{
    public static bool Any(string text) => Address().IsMatch(text);

    public static bool AnyEmail(string text) => Address().Matches(text).Any(m => m.Value.Contains('@'));

    public static IEnumerable<(int Start, int End)> Find(string text) => Address().Matches(text).Select(m => (m.Index, m.Index + m.Length));

    // A URL with a scheme or "www.", a host name ending in a common top-level domain, or an e-mail address.
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()""“”]+[^\s<>()""“”.,;]|(?<![\w@.])[\w.-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@/.])(?:[a-z0-9-]+\.)+(?:gov|com|org|edu|net)\.vn(?![\w])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
