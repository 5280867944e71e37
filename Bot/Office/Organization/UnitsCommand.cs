using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Organization;

/// <summary>"đơn vị và nhân sự" / "units": the office gets every unit; a unit head gets their own unit, read-only.</summary>
public sealed class UnitsCommand(OfficeGate gate, UnitsView view) : IBotCommand
{
    private static readonly string[] Phrases =
        ["don vi va nhan su", "danh sach don vi", "quan ly don vi", "quan ly nhan su", "danh sach nhan su", "units and people", "staff list"];

    private static readonly string[] Alone = ["nhan su", "don vi", "units"];

    public string Name => "office-units";

    public double Match(Utterance utterance) => utterance.IsExactly(Alone) ? 4 : CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "units", cancellationToken) is not { } person) return;
        var card = person.IsOffice
            ? await view.ListAsync(session.Language, null, cancellationToken)
            : await view.UnitAsync(session.Language, person.Unit!, canEdit: false, null, cancellationToken);
        await OfficeReply.CardAsync(turn, card, cancellationToken);
    }
}
