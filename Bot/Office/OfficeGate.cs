using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office;

/// <summary>
/// The check at the door of every office command and card action: who the sender is comes from the activity and
/// the directory (<see cref="PersonResolver"/>), never from the card, and a refusal is polite and logged.
/// </summary>
public sealed class OfficeGate(PersonResolver people, Strings strings, ILogger<OfficeGate> logger)
{
    public static bool Office(Person person) => person.IsOffice;

    public static bool OfficeOrUnitHead(Person person) => person.CanFollowProgress;

    /// <summary>The sender when <paramref name="rule"/> lets them do <paramref name="what"/>; otherwise says no and returns null.</summary>
    public async Task<Person?> AllowAsync(TurnContext turn, UserSession session, Func<Person, bool> rule, string what, CancellationToken cancellationToken)
    {
        var person = await people.ResolveAsync(session, cancellationToken);
        if (rule(person)) return person;
        await DenyAsync(turn, session, person, what, cancellationToken);
        return null;
    }

    /// <summary>Refuses <paramref name="what"/> (for example a unit outside the sender's reach named in card data).</summary>
    public Task DenyAsync(TurnContext turn, UserSession session, Person person, string what, CancellationToken cancellationToken)
    {
        logger.LogWarning("Refused {What} to {PersonKey} with role {Role}", what, person.Key, person.Role);
        var key = person.Role == Role.Employee ? "office.deniedEmployee" : "office.denied";
        return OfficeReply.TextAsync(turn, strings.Get(session.Language, key), cancellationToken);
    }
}
