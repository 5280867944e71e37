using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Conversation;

/// <summary>
/// Something a user can ask for by typing (Vietnamese with or without diacritics, or English) or by pressing a
/// card button that sends <c>{"command": Name}</c>. Each feature registers its own commands.
/// </summary>
public interface IBotCommand
{
    /// <summary>The stable name a card button uses, e.g. "help".</summary>
    string Name { get; }

    /// <summary>How well the utterance asks for this command: 0 = not at all; the best score above 0 wins.</summary>
    double Match(Utterance utterance);

    Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken);
}
