using System.Text;

namespace EmulationBot.Office.Exports;

/// <summary>Text made safe for an Office document: characters XML cannot hold are dropped (typed text can carry them), length capped.</summary>
public static class XmlText
{
    public static string Clean(string text, int maxLength = int.MaxValue)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var i = 0; i < text.Length && sb.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (sb.Length + 2 > maxLength) break;
                sb.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
