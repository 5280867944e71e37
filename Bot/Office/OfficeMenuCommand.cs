using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office;

/// <summary>"văn phòng" / "office": the menu of what the office (everything) or a unit head (their unit) can follow.</summary>
public sealed class OfficeMenuCommand(OfficeGate gate, CardFactory cards, Strings strings) : IBotCommand
{
    private static readonly string[] Phrases = ["theo doi thi dua", "quan ly thi dua", "office menu", "menu van phong"];

    /// <summary>Words that appear in ordinary questions too ("văn phòng ở đâu?"): they count only on their own.</summary>
    private static readonly string[] Alone = ["van phong", "office"];

    public string Name => "office";

    public double Match(Utterance utterance) => utterance.IsExactly(Alone) ? 4 : CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "office menu", cancellationToken) is not { } person) return;
        var language = session.Language;
        var items = new JsonArray();
        void Add(string command, string key) => items.Add(new JsonObject { ["command"] = command, ["title"] = strings.Get(language, "office.menu." + key) });
        Add("office-units", "units");
        if (person.IsOffice) Add("office-roster", "roster");
        Add("office-progress", "progress");
        Add("office-review", "review");
        Add("office-export", "export");
        if (person.IsOffice) Add("office-audit", "audit");
        var intro = person.IsOffice
            ? strings.Get(language, "office.menu.officeIntro")
            : strings.Get(language, "office.menu.headIntro", person.Unit!.Name);
        await turn.SendActivityAsync(cards.Message("office-menu", language, new JsonObject { ["intro"] = intro, ["items"] = items }), cancellationToken);
    }
}
