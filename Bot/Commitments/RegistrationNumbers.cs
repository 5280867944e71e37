using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EmulationBot.Localization;

namespace EmulationBot.Commitments;

/// <summary>
/// Hands out registration numbers like "DK-250612-2K9F7QX" without a shared counter, so registrations never queue
/// on one document: the Vietnam date, then seven Crockford base-32 characters (no I, L, O, U) holding the second of
/// the day and an 18-bit sequence that starts at a random point in each process.
/// </summary>
/// <remarks>
/// Within one process two numbers are equal only if more than 262,144 were made in one second. Two instances
/// collide only when their sequences overlap within the same second; registrations are written create-only under
/// their own key, so even that would not overwrite anything.
/// </remarks>
public sealed partial class RegistrationNumbers(TimeProvider time)
{
    public const string Prefix = "DK-";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int SequenceBits = 18;
    private int _sequence = RandomNumberGenerator.GetInt32(1 << SequenceBits);

    public string Next()
    {
        var now = VietnamTime.ToVietnam(time.GetUtcNow());
        var second = (long)now.TimeOfDay.TotalSeconds;
        var sequence = Interlocked.Increment(ref _sequence) & ((1 << SequenceBits) - 1);
        var value = (second << SequenceBits) | (uint)sequence;
        Span<char> code = stackalloc char[7];
        for (var i = code.Length - 1; i >= 0; i--, value >>= 5) code[i] = Alphabet[(int)(value & 31)];
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{now:yyMMdd}-{code}");
    }

    /// <summary>The first registration number in a message ("sửa đăng ký DK-250612-2K9F7QX"), in its canonical form.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match match in Typed().Matches(text))
        {
            if (Normalize(match.Value) is { } number) return number;
        }
        return null;
    }

    [GeneratedRegex(@"(?i)\bd\W?k\W?\d{6}\W?[0-9a-z]{7}\b")]
    private static partial Regex Typed();

    /// <summary>A number as a user typed it ("dk-250612-2k9f7qx", "DK 250612 2K9F7QX", O for 0) in its canonical form; null if it is not one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var chars = typed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray();
        if (chars.Length != 15 || chars[0] != 'D' || chars[1] != 'K' || !chars[2..8].All(char.IsAsciiDigit)) return null;
        var code = new string(chars[8..]);
        return code.All(c => Alphabet.Contains(c)) ? $"{Prefix}{new string(chars[2..8])}-{code}" : null;
    }
}
