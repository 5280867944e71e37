using EmulationBot.Localization;
using EmulationBot.Office.Audit;
using EmulationBot.Roles;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>
/// The office's changes to units and people, each one checked against the directory as it is at write time and
/// written under its ETag (a conflicting writer makes the check run again on the fresh copy), then audited.
/// Callers have already checked that the actor is office staff.
/// </summary>
public sealed class OrganizationEditor(UnitDirectoryStore store, IAuditLog audit, Strings strings)
{
    public const int MaxNameLength = 150;

    public async Task<EditResult> AddUnitAsync(Person actor, string name, CancellationToken cancellationToken)
    {
        var clean = Clean(name);
        EditResult result = new(EditOutcome.Done);
        await store.UpdateAsync(dir =>
        {
            var id = UnitSeeder.IdFor(clean);
            result = NameProblem(dir, clean, null) is { } problem ? new EditResult(problem)
                : dir.FindUnit(id) is not null ? new EditResult(EditOutcome.DuplicateName) : new EditResult(EditOutcome.Done, id) { Name = clean };
            return result.Succeeded ? dir.WithUnit(new Unit(id, clean) { IsOffice = VietnameseText.Fold(clean).Contains("van phong", StringComparison.Ordinal) }) : null;
        }, cancellationToken);
        if (result.Succeeded) await audit.RecordAsync(actor, AuditAction.UnitAdded, null, clean, unitId: result.UnitId, cancellationToken: cancellationToken);
        return result;
    }

    public async Task<EditResult> RenameUnitAsync(Person actor, string unitId, string name, CancellationToken cancellationToken)
    {
        var clean = Clean(name);
        EditResult result = new(EditOutcome.Done);
        string? oldName = null;
        await store.UpdateAsync(dir =>
        {
            var unit = dir.FindUnit(unitId);
            oldName = unit?.Name;
            result = unit is null ? new EditResult(EditOutcome.UnknownUnit)
                : NameProblem(dir, clean, unitId) is { } problem ? new EditResult(problem, unitId) : new EditResult(EditOutcome.Done, unitId) { Name = clean };
            return result.Succeeded ? dir.WithUnit(unit! with { Name = clean }) : null;
        }, cancellationToken);
        if (result.Succeeded) await audit.RecordAsync(actor, AuditAction.UnitRenamed, null, $"{oldName} → {clean}", unitId: unitId, cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>Removes a unit that nobody belongs to any more (people are moved or removed first).</summary>
    public async Task<EditResult> RemoveUnitAsync(Person actor, string unitId, CancellationToken cancellationToken)
    {
        EditResult result = new(EditOutcome.Done);
        string? name = null;
        await store.UpdateAsync(dir =>
        {
            name = dir.FindUnit(unitId)?.Name;
            result = name is null ? new EditResult(EditOutcome.UnknownUnit)
                : dir.MembersOf(unitId).Any() ? new EditResult(EditOutcome.UnitNotEmpty, unitId) : new EditResult(EditOutcome.Done);
            return result.Succeeded ? dir.WithoutUnit(unitId) : null;
        }, cancellationToken);
        if (result.Succeeded) await audit.RecordAsync(actor, AuditAction.UnitRemoved, null, name, unitId: unitId, cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>Adds a person (by e-mail) or changes one (by key): name, e-mail, unit and role.</summary>
    public async Task<EditResult> SaveMemberAsync(Person actor, MemberEdit edit, CancellationToken cancellationToken)
    {
        var name = Clean(edit.Name);
        var email = EmailAddresses.Normalize(edit.Email);
        EditResult result = new(EditOutcome.Done);
        await store.UpdateAsync(dir =>
        {
            var existing = dir.FindByKey(edit.Key);
            result = Check(dir, actor, edit, existing, name, email);
            if (!result.Succeeded) return null;
            var member = existing is null
                ? new Member { Key = Member.KeyForEmail(email!), Name = name, Email = email, UnitId = edit.UnitId, Role = edit.Role }
                : existing with { Name = name, Email = email ?? existing.Email, UnitId = edit.UnitId, Role = edit.Role };
            result = result with { MemberKey = member.Key, Name = name };
            return dir.WithMember(member);
        }, cancellationToken);
        if (result.Succeeded)
        {
            var role = strings.Get(Language.Vietnamese, RoleNames.Key(edit.Role));
            await audit.RecordAsync(actor, AuditAction.MemberSaved, null, $"{name} ({email ?? edit.Key})", role, edit.UnitId, cancellationToken: cancellationToken);
        }
        return result;
    }

    public async Task<EditResult> RemoveMemberAsync(Person actor, string key, CancellationToken cancellationToken)
    {
        EditResult result = new(EditOutcome.Done);
        Member? removed = null;
        await store.UpdateAsync(dir =>
        {
            removed = dir.FindByKey(key);
            result = removed is null ? new EditResult(EditOutcome.UnknownMember)
                : removed.Key == actor.Key ? new EditResult(EditOutcome.OwnEntry, removed.UnitId, key) : new EditResult(EditOutcome.Done, removed.UnitId);
            return result.Succeeded ? dir.WithoutMember(key) : null;
        }, cancellationToken);
        if (result.Succeeded) await audit.RecordAsync(actor, AuditAction.MemberRemoved, null, $"{removed!.Name} ({removed.Email ?? key})", unitId: removed.UnitId, cancellationToken: cancellationToken);
        return result;
    }

    private static EditResult Check(UnitDirectory dir, Person actor, MemberEdit edit, Member? existing, string name, string? email)
    {
        if (edit.Key is not null && existing is null) return new EditResult(EditOutcome.UnknownMember, edit.UnitId);
        if (name.Length == 0) return new EditResult(EditOutcome.NameMissing, edit.UnitId, edit.Key);
        if (name.Length > MaxNameLength) return new EditResult(EditOutcome.NameTooLong, edit.UnitId, edit.Key);
        if (email is null && (existing is null || !string.IsNullOrWhiteSpace(edit.Email))) return new EditResult(EditOutcome.BadEmail, edit.UnitId, edit.Key);
        if (email is not null && dir.FindByEmail(email) is { } other && other.Key != existing?.Key) return new EditResult(EditOutcome.DuplicateEmail, edit.UnitId, edit.Key);
        if (edit.UnitId is not null && dir.FindUnit(edit.UnitId) is null) return new EditResult(EditOutcome.UnknownUnit, null, edit.Key);
        // Nobody changes their own role: the office cannot lock itself out by mistake.
        if (existing is not null && existing.Key == actor.Key && existing.Role != edit.Role) return new EditResult(EditOutcome.OwnRole, edit.UnitId, edit.Key);
        return new EditResult(EditOutcome.Done, edit.UnitId, existing?.Key);
    }

    private static EditOutcome? NameProblem(UnitDirectory dir, string name, string? exceptUnitId)
    {
        if (name.Length == 0) return EditOutcome.NameMissing;
        if (name.Length > MaxNameLength) return EditOutcome.NameTooLong;
        return dir.FindUnitByName(name) is { } same && same.Id != exceptUnitId ? EditOutcome.DuplicateName : null;
    }

    private static string Clean(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
}
