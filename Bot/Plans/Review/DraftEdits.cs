using System.Globalization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Parsing;

namespace EmulationBot.Plans.Review;

/// <summary>The office's corrections to a draft plan, as pure functions: edit, remove or add an obligation, edit the plan's details.</summary>
internal static class DraftEdits
{
    public static DraftEdit EditObligation(Plan plan, string id, string? due, string? who, string? what, DateReadOptions dates)
    {
        var index = plan.Obligations.FindIndex(o => o.Id == id);
        if (index < 0) return DraftEdit.Fail("plans.review.unknownObligation");
        var current = plan.Obligations[index];
        var updated = current;
        if (due is not null)
        {
            if (due.Trim().Length == 0) return DraftEdit.Fail("plans.review.dueRequired");
            if (VietnameseDateReader.ReadDeadline(due, dates) is not { } deadline) return DraftEdit.Fail("plans.review.badDue", due.Trim());
            updated = updated with { Due = deadline.Due, From = deadline.From, Recurrence = deadline.Recurrence };
        }
        if (who is not null) updated = updated with { Who = Units(who) };
        if (!string.IsNullOrWhiteSpace(what)) updated = updated with { What = what.Trim() };
        updated = updated with { Origin = current.Origin == ObligationOrigin.Added ? ObligationOrigin.Added : ObligationOrigin.Edited };
        var obligations = plan.Obligations.ToList();
        obligations[index] = updated;
        return DraftEdit.Ok(plan with { Obligations = obligations }, "plans.review.edited", index + 1);
    }

    public static DraftEdit DropObligation(Plan plan, string id)
    {
        var dropped = plan.Obligations.FirstOrDefault(o => o.Id == id);
        if (dropped is null) return DraftEdit.Fail("plans.review.unknownObligation");
        return DraftEdit.Ok(plan with { Obligations = plan.Obligations.Where(o => o.Id != id).ToList() }, "plans.review.dropped", dropped.What);
    }

    public static DraftEdit AddObligation(Plan plan, string? what, string? who, string? due, DateReadOptions dates)
    {
        if (string.IsNullOrWhiteSpace(what)) return DraftEdit.Fail("plans.review.whatRequired");
        if (string.IsNullOrWhiteSpace(due)) return DraftEdit.Fail("plans.review.dueRequired");
        if (VietnameseDateReader.ReadDeadline(due, dates) is not { } deadline) return DraftEdit.Fail("plans.review.badDue", due.Trim());
        var next = plan.Obligations.Select(o => o.Id).Where(i => i.Length > 1 && i[0] == 'd' && i[1..].All(char.IsAsciiDigit))
            .Select(i => int.Parse(i.AsSpan(1), CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        var added = new Obligation
        {
            Id = "d" + next.ToString(CultureInfo.InvariantCulture),
            What = what.Trim(),
            Who = who is null ? [] : Units(who),
            Due = deadline.Due,
            From = deadline.From,
            Recurrence = deadline.Recurrence,
            Origin = ObligationOrigin.Added,
        };
        return DraftEdit.Ok(plan with { Obligations = [.. plan.Obligations, added] }, "plans.review.added", added.What);
    }

    /// <summary>Fields absent from the card data stay as they are; an emptied optional field is cleared.</summary>
    public static DraftEdit EditInfo(Plan plan, PlanInfoInput input, DateReadOptions dates, bool keepId)
    {
        if (input.Title is { } title && title.Trim().Length == 0) return DraftEdit.Fail("plans.review.titleRequired");
        if (!TryDate(input.Issued, plan.Identity.Issued, dates, out var issued)) return DraftEdit.Fail("plans.review.badDate", input.Issued!.Trim());
        if (!TryDate(input.From, plan.Period?.From, dates, out var from)) return DraftEdit.Fail("plans.review.badDate", input.From!.Trim());
        if (!TryDate(input.To, plan.Period?.To, dates, out var to)) return DraftEdit.Fail("plans.review.badDate", input.To!.Trim());
        var identity = plan.Identity with
        {
            Number = Text(input.Number, plan.Identity.Number),
            Issuer = Text(input.Issuer, plan.Identity.Issuer),
            Province = Text(input.Province, plan.Identity.Province),
            Issued = issued,
        };
        var period = from is null && to is null ? null : (plan.Period ?? new PlanPeriod()) with { From = from, To = to, StartsAt = from is null ? plan.Period?.StartsAt : null };
        var edited = plan with
        {
            Identity = identity,
            Title = input.Title?.Trim() ?? plan.Title,
            Theme = Text(input.Theme, plan.Theme),
            Period = period,
        };
        if (!keepId) edited = edited with { Id = PlanSlug.For(identity.Province, identity.Issuer, identity.Number, identity.Issued, edited.Title) };
        return DraftEdit.Ok(edited, "plans.review.infoSaved");
    }

    /// <summary>"Văn phòng Sở; Phòng Quản lý khoa học": units are separated by ';' (a unit's own name may hold a comma).</summary>
    public static List<string> Units(string text) =>
        text.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? Text(string? input, string? current) => input is null ? current : input.Trim().Length == 0 ? null : input.Trim();

    private static bool TryDate(string? input, PlanDate? current, DateReadOptions dates, out PlanDate? value)
    {
        value = current;
        if (input is null) return true;
        if (input.Trim().Length == 0)
        {
            value = null;
            return true;
        }
        if (!VietnameseDateReader.TryRead(input, out var date, dates)) return false;
        value = date;
        return true;
    }
}
