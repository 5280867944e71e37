using EmulationBot.Text;

namespace EmulationBot.Dialogs;

/// <summary>The words that work at any step of any dialog: cancel, back, help — as whole messages, with or without diacritics.</summary>
public static class GlobalWords
{
    private static readonly string[] Cancel = ["huy", "huy bo", "thoi", "dung", "dung lai", "thoat", "cancel", "stop", "quit", "exit", "abort"];
    private static readonly string[] Back = ["quay lai", "tro lai", "lui lai", "buoc truoc", "back", "go back", "previous"];
    private static readonly string[] Help = ["tro giup", "giup", "giup do", "huong dan", "help", "?"];

    public static GlobalWord? Detect(Utterance utterance)
    {
        if (utterance.Original == "?") return GlobalWord.Help;
        if (utterance.IsExactly(Cancel)) return GlobalWord.Cancel;
        // "hủy đăng ký", "huy bao cao", "cancel this": a short message starting with "hủy" stops the dialog too.
        if (utterance.Syllables.Count is > 0 and <= 4 && utterance.Syllables[0] is "huy" or "cancel") return GlobalWord.Cancel;
        if (utterance.IsExactly(Back)) return GlobalWord.Back;
        if (utterance.IsExactly(Help)) return GlobalWord.Help;
        return null;
    }

    /// <summary>The same words pressed on a card (<c>{"nav": "back"}</c>).</summary>
    public static GlobalWord? FromCard(string? nav) => nav switch
    {
        "cancel" => GlobalWord.Cancel,
        "back" => GlobalWord.Back,
        "help" => GlobalWord.Help,
        _ => null,
    };
}

public enum GlobalWord { Cancel, Back, Help }
