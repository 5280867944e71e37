using EmulationBot.Commitments;
using EmulationBot.Localization;
using EmulationBot.Office.Audit;
using EmulationBot.Office.Exports;
using EmulationBot.Office.Records;
using EmulationBot.Office.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Forms;

/// <summary>The Word documents: one registration as the official form, and a unit's consolidated list, delivered as expiring links.</summary>
public sealed class FormExporter(PlanRecords records, UnitDirectoryStore directory, ExportDelivery delivery, IAuditLog audit, Strings strings)
{
    public async Task<Activity> RegistrationAsync(Person person, PublishedPlan plan, Commitment commitment, Language language, CancellationToken cancellationToken)
    {
        var dir = await directory.GetAsync(cancellationToken);
        var form = new RegistrationForm
        {
            Number = commitment.Number,
            PlanTitle = plan.Plan.Title,
            PlanNumber = plan.Plan.Identity.Number,
            Province = plan.Plan.Identity.Province,
            Year = PlanExporter.Year(plan),
            Collective = commitment.Kind == CommitmentKind.Collective,
            RegistrantName = commitment.Owner.Name,
            Email = dir.FindByKey(commitment.Owner.Key)?.Email,
            UnitName = commitment.UnitName,
            TitleName = commitment.FindTitle()?.Vietnamese ?? commitment.TitleCode,
            Targets = commitment.Targets,
            PledgeLabel = commitment.Pledge is { } p ? (p.Kind == PledgeKind.Initiative ? "Sáng kiến" : "Điển hình tiên tiến") : null,
            PledgeText = commitment.Pledge?.Text,
            RegisteredAt = commitment.RegisteredAt,
            Status = ReviewStatuses.Name(strings, commitment.Status, Language.Vietnamese),
        };
        var name = ExportDelivery.FileName($"Bản đăng ký thi đua {commitment.Number} - {(form.Collective ? commitment.UnitName : commitment.Owner.Name)}.docx");
        var card = await delivery.DeliverAsync(language, strings.Get(language, "office.exports.formTitle"), $"{form.TitleName} — {form.RegistrantName}",
            [new OutgoingFile(name, ExportFile.Docx, strings.Get(language, "office.exports.docxDetails"), RegistrationFormWriter.Write(form))], person.Key, plan.Plan.Id, cancellationToken);
        await audit.RecordAsync(person, AuditAction.Exported, plan.Plan.Id, name, unitId: commitment.UnitId, cancellationToken: cancellationToken);
        return card;
    }

    public async Task<Activity> UnitListAsync(Person person, PublishedPlan plan, Unit unit, Language language, CancellationToken cancellationToken)
    {
        var dir = await directory.GetAsync(cancellationToken);
        var all = (await records.CommitmentsAsync(plan.Plan.Id, [unit.Id], cancellationToken)).Select(k => k.Commitment).Where(c => c.Status != CommitmentStatus.Withdrawn).ToList();
        var list = new UnitRegistrationList
        {
            PlanTitle = plan.Plan.Title,
            PlanNumber = plan.Plan.Identity.Number,
            Province = plan.Plan.Identity.Province,
            Year = PlanExporter.Year(plan),
            UnitName = unit.Name,
            UnitHeadName = dir.MembersOf(unit.Id).FirstOrDefault(m => m.Role == Roles.Role.UnitHead)?.Name,
            CollectiveTitle = all.Where(c => c.Kind == CommitmentKind.Collective).Select(c => c.FindTitle()?.Vietnamese ?? c.TitleCode).FirstOrDefault(),
            Lines = [.. all.Where(c => c.Kind == CommitmentKind.Individual).OrderBy(c => c.Owner.Name, StringComparer.Ordinal).Select(c => new UnitRegistrationLine(
                c.Owner.Name, c.FindTitle()?.Vietnamese ?? c.TitleCode, c.Targets, c.Pledge?.Text, ReviewStatuses.Name(strings, c.Status, Language.Vietnamese), c.Number))],
        };
        var name = ExportDelivery.FileName($"Danh sách đăng ký thi đua {PlanExporter.Year(plan)} - {unit.Name}.docx");
        var card = await delivery.DeliverAsync(language, strings.Get(language, "office.exports.unitListTitle"), $"{plan.Plan.Title} · {unit.Name}",
            [new OutgoingFile(name, ExportFile.Docx, strings.Get(language, "office.exports.docxDetails"), UnitRegistrationListWriter.Write(list))], person.Key, plan.Plan.Id, cancellationToken);
        await audit.RecordAsync(person, AuditAction.Exported, plan.Plan.Id, name, unitId: unit.Id, cancellationToken: cancellationToken);
        return card;
    }
}
