using EmulationBot.Localization;
using EmulationBot.Office.Audit;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Exports;

/// <summary>
/// A plan's registrations and reports for the council's meeting: one workbook (sheets: registrations, reports,
/// overdue) and the same tables as CSV, for the exporter's reach (every unit for the office, their own for a unit
/// head), delivered as expiring links and audited.
/// </summary>
public sealed class PlanExporter(PlanTables tables, ExportDelivery delivery, UnitDirectoryStore directory, IAuditLog audit, Strings strings)
{
    public async Task<Activity> ExportAsync(Person person, PublishedPlan plan, Language language, bool approvedOnly, CancellationToken cancellationToken)
    {
        var dir = await directory.GetAsync(cancellationToken);
        var units = OfficeReach.UnitIds(person, dir);
        var built = await tables.BuildAsync(plan, units, approvedOnly, cancellationToken);
        var scope = person.IsOffice ? "tất cả đơn vị" : person.Unit!.Name;
        var stem = ExportDelivery.FileName($"Thi đua {Year(plan)} - {scope}{(approvedOnly ? " - danh sách đã duyệt" : "")}");
        var files = new List<OutgoingFile>
        {
            new($"{stem}.xlsx", ExportFile.Xlsx, strings.Get(language, "office.exports.xlsxDetails", built.Count, string.Join(", ", built.Select(t => $"{t.Name} ({t.Rows.Count})"))),
                WorkbookWriter.Write(built)),
        };
        files.AddRange(built.Select(t => new OutgoingFile($"{stem} - {t.Name}.csv", ExportFile.Csv, strings.Get(language, "office.exports.csvDetails", t.Rows.Count), CsvExport.Write(t))));
        var subtitle = person.IsOffice
            ? strings.Get(language, "office.exports.subtitleAll", plan.Plan.Title)
            : strings.Get(language, "office.exports.subtitleUnit", plan.Plan.Title, person.Unit!.Name);
        var card = await delivery.DeliverAsync(language, strings.Get(language, "office.exports.title"), subtitle, files, person.Key, plan.Plan.Id, cancellationToken);
        await audit.RecordAsync(person, approvedOnly ? AuditAction.Forwarded : AuditAction.Exported, plan.Plan.Id,
            string.Join(", ", built.Select(t => $"{t.Name}: {t.Rows.Count}")), cancellationToken: cancellationToken);
        return card;
    }

    public static int Year(PublishedPlan plan) => plan.Plan.Period?.From?.Year ?? plan.Plan.Identity.Issued?.Year ?? plan.PublishedAt.Year;
}
