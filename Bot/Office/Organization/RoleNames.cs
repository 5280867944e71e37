using EmulationBot.Roles;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>What people write for a role (roster column "Vai trò", typed answers), with or without diacritics, in Vietnamese or English.</summary>
public static class RoleNames
{
    private static readonly (Role Role, string[] Words)[] Table =
    [
        (Role.Office, ["van phong", "van phong so", "can bo van phong", "thuong truc thi dua", "office", "office staff"]),
        (Role.UnitHead, ["lanh dao", "lanh dao don vi", "lanh dao phong", "truong phong", "pho truong phong", "truong don vi", "pho truong don vi",
            "thu truong", "thu truong don vi", "giam doc", "pho giam doc", "truong", "head", "unit head", "manager"]),
        (Role.Employee, ["nhan vien", "can bo", "chuyen vien", "cong chuc", "vien chuc", "nguoi lao dong", "thanh vien", "employee", "staff", "member"]),
    ];

    /// <summary>The role a text names; an empty text is an employee; null when the text names none or several.</summary>
    public static Role? Parse(string? text)
    {
        var utterance = new Utterance(text);
        if (utterance.IsEmpty) return Role.Employee;
        foreach (var (role, words) in Table)
        {
            if (words.Any(w => utterance.IsExactly(w))) return role;
        }
        var found = Table.Where(r => r.Words.Any(utterance.Contains)).Select(r => r.Role).Distinct().ToList();
        // "Chánh Văn phòng": the office's own head names the office, which outranks the unit-head words.
        if (found.Contains(Role.Office)) return Role.Office;
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The folded words that name <paramref name="role"/>, for typed answers.</summary>
    public static string[] Words(Role role) => Table.First(r => r.Role == role).Words;

    /// <summary>The key of the role's name in the Strings files.</summary>
    public static string Key(Role role) => role switch
    {
        Role.Office => "office.roles.office",
        Role.UnitHead => "office.roles.unitHead",
        _ => "office.roles.employee",
    };
}
