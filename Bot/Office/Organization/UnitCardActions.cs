using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>
/// The buttons of the unit and person cards. Each one checks the sender's role again and takes from the card
/// only what it is about (which unit, which person, the typed values), each looked up in the directory; the
/// answer replaces the card with its new state and a line saying what happened.
/// </summary>
public sealed class UnitCardActions(OfficeGate gate, UnitDirectoryStore store, OrganizationEditor editor, UnitsView view, Strings strings)
{
    public async Task ListAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "units", cancellationToken) is not { } person) return;
        var card = person.IsOffice
            ? await view.ListAsync(session.Language, null, cancellationToken)
            : await view.UnitAsync(session.Language, person.Unit!, canEdit: false, null, cancellationToken);
        await OfficeReply.CardAsync(turn, card, cancellationToken);
    }

    public async Task OpenUnitAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "unit", cancellationToken) is not { } person) return;
        var unit = (await store.GetAsync(cancellationToken)).FindUnit(data?.GetString("unit"));
        if (unit is null)
        {
            await OfficeReply.TextAsync(turn, T(session, "office.units.outcome.unknownUnit"), cancellationToken);
            return;
        }
        if (!person.CanManageUnit(unit.Id))
        {
            await gate.DenyAsync(turn, session, person, "another unit", cancellationToken);
            return;
        }
        await OfficeReply.CardAsync(turn, await view.UnitAsync(session.Language, unit, person.IsOffice, null, cancellationToken), cancellationToken);
    }

    public async Task AddUnitAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "add unit", cancellationToken) is not { } person) return;
        var name = data?.GetString("newUnit") ?? "";
        var result = await editor.AddUnitAsync(person, name, cancellationToken);
        var notice = result.Succeeded ? T(session, "office.units.added", result.Name) : Outcome(session, result);
        await OfficeReply.CardAsync(turn, await view.ListAsync(session.Language, notice, cancellationToken), cancellationToken);
    }

    public async Task RenameUnitAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "rename unit", cancellationToken) is not { } person) return;
        var name = data?.GetString("unitName") ?? "";
        var result = await editor.RenameUnitAsync(person, data?.GetString("unit") ?? "", name, cancellationToken);
        await ShowUnitAsync(turn, session, result.UnitId, result.Succeeded ? T(session, "office.units.renamed", result.Name) : Outcome(session, result), cancellationToken);
    }

    public async Task RemoveUnitAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "remove unit", cancellationToken) is not { } person) return;
        var unitId = data?.GetString("unit") ?? "";
        var name = (await store.GetAsync(cancellationToken)).FindUnit(unitId)?.Name;
        var result = await editor.RemoveUnitAsync(person, unitId, cancellationToken);
        if (result.Succeeded) await OfficeReply.CardAsync(turn, await view.ListAsync(session.Language, T(session, "office.units.removed", name), cancellationToken), cancellationToken);
        else await ShowUnitAsync(turn, session, result.UnitId, Outcome(session, result), cancellationToken);
    }

    public async Task OpenMemberAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "edit person", cancellationToken) is null) return;
        var dir = await store.GetAsync(cancellationToken);
        var member = dir.FindByKey(data?.GetString("member"));
        var unitId = member?.UnitId ?? dir.FindUnit(data?.GetString("unit"))?.Id;
        if (member is null && data?.GetString("member") is not null)
        {
            await OfficeReply.TextAsync(turn, T(session, "office.units.outcome.unknownMember"), cancellationToken);
            return;
        }
        await OfficeReply.CardAsync(turn, await view.MemberAsync(session.Language, member, unitId, null, cancellationToken), cancellationToken);
    }

    public async Task SaveMemberAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "save person", cancellationToken) is not { } person) return;
        var key = data?.GetString("member");
        var name = data?.GetString("memberName") ?? "";
        var unitId = data?.GetString("memberUnit") is { Length: > 0 } u ? u : null;
        if (!Enum.TryParse<Role>(data?.GetString("memberRole"), out var role) || !Enum.IsDefined(role)) role = Role.Employee;
        var result = await editor.SaveMemberAsync(person, new MemberEdit(key, name, data?.GetString("memberEmail"), unitId, role), cancellationToken);
        if (result.Succeeded)
        {
            await ShowUnitAsync(turn, session, unitId, T(session, "office.units.memberSaved", result.Name), cancellationToken);
            return;
        }
        var member = (await store.GetAsync(cancellationToken)).FindByKey(key);
        await OfficeReply.CardAsync(turn, await view.MemberAsync(session.Language, member, unitId, Outcome(session, result), cancellationToken), cancellationToken);
    }

    public async Task RemoveMemberAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "remove person", cancellationToken) is not { } person) return;
        var key = data?.GetString("member") ?? "";
        var member = (await store.GetAsync(cancellationToken)).FindByKey(key);
        var result = await editor.RemoveMemberAsync(person, key, cancellationToken);
        var notice = result.Succeeded ? T(session, "office.units.memberRemoved", member?.Name) : Outcome(session, result);
        await ShowUnitAsync(turn, session, result.UnitId ?? member?.UnitId, notice, cancellationToken);
    }

    /// <summary>The unit's card with a notice, or the list of units when the unit is gone (or the person had none).</summary>
    private async Task ShowUnitAsync(TurnContext turn, UserSession session, string? unitId, string notice, CancellationToken cancellationToken)
    {
        var unit = (await store.GetAsync(cancellationToken)).FindUnit(unitId);
        var card = unit is null
            ? await view.ListAsync(session.Language, notice, cancellationToken)
            : await view.UnitAsync(session.Language, unit, canEdit: true, notice, cancellationToken);
        await OfficeReply.CardAsync(turn, card, cancellationToken);
    }

    private string T(UserSession session, string key, params object?[] args) => strings.Get(session.Language, key, args);

    private string Outcome(UserSession session, EditResult result) =>
        strings.Get(session.Language, "office.units.outcome." + char.ToLowerInvariant(result.Outcome.ToString()[0]) + result.Outcome.ToString()[1..]);
}
