using EmulationBot.Office.Audit;
using EmulationBot.Storage;
using EmulationBot.Units;
using Microsoft.Extensions.Options;

namespace EmulationBot.Office.Roster;

/// <summary>
/// Roster files in two steps: <see cref="PreviewAsync"/> reads and checks the file against the directory and keeps
/// it pending; <see cref="ApplyAsync"/> writes all of it in one update of the directory, conditional on the
/// directory version the preview was made against. If someone changed the directory in between, nothing is
/// written and the file is checked again, so the office confirms what will really happen.
/// </summary>
public sealed class RosterImporter(IStorage storage, UnitDirectoryStore directory, IAuditLog audit, TimeProvider time, IOptions<OfficeOptions> options)
{
    public const string Prefix = "office/roster-imports/";
    private static readonly TimeSpan PendingFor = TimeSpan.FromDays(1);

    public async Task<(RosterImport Import, RosterPlan Plan)> PreviewAsync(Person actor, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var (lines, columns, problem) = RosterReader.Read(fileName, bytes, options.Value.MaxRosterRows);
        var import = new RosterImport
        {
            Id = Guid.NewGuid().ToString("N")[..16],
            ByKey = actor.Key,
            FileName = Path.GetFileName(fileName),
            At = time.GetUtcNow(),
            Lines = [.. lines.Select(l => new RosterLine(l.Line, l.Fields))],
            Columns = columns,
        };
        if (problem is not null) return (import, RosterPlan.Failed(problem));
        return await CheckAsync(actor, import, cancellationToken);
    }

    public async Task<(RosterOutcome Outcome, RosterImport? Import, RosterPlan? Plan)> ApplyAsync(Person actor, string importId, CancellationToken cancellationToken)
    {
        if (!IsId(importId)) return (RosterOutcome.Gone, null, null);
        var key = Prefix + importId;
        var pending = (await storage.ReadAsync<RosterImport>(key, cancellationToken))?.Value;
        if (pending is null || time.GetUtcNow() - pending.At > PendingFor) return (RosterOutcome.Gone, null, null);

        var stored = await directory.ReadStoredAsync(cancellationToken);
        var current = stored?.Value ?? new UnitDirectory();
        var plan = Check(pending, current, actor);
        if (stored?.ETag == pending.DirectoryETag && plan.CanApply
            && await directory.TryReplaceAsync(RosterPlan.Apply(current, plan.Rows), stored?.ETag, cancellationToken))
        {
            await storage.DeleteAsync(key, "*", cancellationToken);
            var summary = $"{pending.FileName}: {plan.Count(RosterChangeKind.New)} mới, {plan.Count(RosterChangeKind.Updated)} cập nhật";
            await audit.RecordAsync(actor, AuditAction.RosterImported, null, summary, cancellationToken: cancellationToken);
            return (RosterOutcome.Applied, pending, plan);
        }
        // The directory moved on: this preview is void; check the same lines against what is there now.
        await storage.DeleteAsync(key, "*", cancellationToken);
        var (again, fresh) = await CheckAsync(actor, pending with { Id = Guid.NewGuid().ToString("N")[..16], At = time.GetUtcNow() }, cancellationToken);
        return (RosterOutcome.DirectoryChanged, again, fresh);
    }

    public async Task DiscardAsync(string importId, CancellationToken cancellationToken)
    {
        if (IsId(importId)) await storage.DeleteAsync(Prefix + importId, "*", cancellationToken);
    }

    /// <summary>Ids come back in card data: only the shape this class makes is looked up.</summary>
    private static bool IsId(string id) => id.Length == 16 && id.All(char.IsAsciiHexDigitLower);

    private async Task<(RosterImport, RosterPlan)> CheckAsync(Person actor, RosterImport import, CancellationToken cancellationToken)
    {
        var stored = await directory.ReadStoredAsync(cancellationToken);
        import = import with { DirectoryETag = stored?.ETag };
        var plan = Check(import, stored?.Value ?? new UnitDirectory(), actor);
        if (plan.CanApply) await storage.WriteAsync(Prefix + import.Id, import, null, cancellationToken);
        return (import, plan);
    }

    private static RosterPlan Check(RosterImport import, UnitDirectory directory, Person actor) =>
        RosterValidator.Check([.. import.Lines.Select(l => (l.Line, l.Fields))], import.Columns, directory, actor);
}
