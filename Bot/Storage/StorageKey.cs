using System.Security.Cryptography;
using System.Text;

namespace EmulationBot.Storage;

/// <summary>Rules for storage keys, and their mapping to file names that are valid on every file system.</summary>
public static class StorageKey
{
    public const int MaxLength = 1024;

    public static void Validate(string key)
    {
        if (string.IsNullOrEmpty(key)) throw new ArgumentException("A storage key must not be empty.", nameof(key));
        if (key.Length > MaxLength) throw new ArgumentException($"A storage key must be at most {MaxLength} characters.", nameof(key));
    }

    /// <summary>
    /// A file name for one key segment: letters, digits, '-', '_' and '.' pass through; every other character is
    /// written as ~XX per UTF-8 byte (so ':' ';' '@' '|' and Vietnamese letters are safe, and the mapping is
    /// one-to-one). Segments too long for a file name keep a readable head and end in a hash of the whole segment.
    /// An empty segment (from a leading, trailing or doubled '/') is "~", which no other segment produces.
    /// </summary>
    public static string ToFileName(string segment)
    {
        if (segment.Length == 0) return "~";
        var sb = new StringBuilder(segment.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(segment))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') sb.Append(c);
            else if (c == '.' && sb.Length > 0) sb.Append(c);
            else sb.Append('~').Append(b.ToString("X2"));
        }
        if (sb.Length <= 200) return sb.ToString();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(segment)))[..32];
        return sb.ToString(0, 160) + "~~" + hash;
    }
}
