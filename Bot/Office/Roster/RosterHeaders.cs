using EmulationBot.Roles;
using EmulationBot.Text;

namespace EmulationBot.Office.Roster;

/// <summary>
/// Finds the header row of a roster and which column is which, from what offices write: "Họ và tên", "Ho ten",
/// "Email (tài khoản Teams)", "Đơn vị công tác", "Vai trò", "Chức vụ", "Full name"… — with or without diacritics.
/// A title row above the header ("DANH SÁCH CÁN BỘ…") is skipped.
/// </summary>
public static class RosterHeaders
{
    private const int RowsSearched = 10;

    private static readonly (RosterColumn Column, string[] Words, int Rank)[] Table =
    [
        (RosterColumn.Name, ["ho ten", "ho va ten", "ho va ten day du", "ten", "ten can bo", "ten nhan vien", "can bo", "name", "full name", "fullname"], 0),
        (RosterColumn.Email, ["email", "e mail", "thu dien tu", "dia chi email", "mail", "upn", "tai khoan", "tai khoan teams"], 0),
        (RosterColumn.Unit, ["don vi", "don vi cong tac", "phong", "phong ban", "phong don vi", "bo phan", "co quan", "unit", "department"], 0),
        (RosterColumn.Role, ["vai tro", "quyen", "role"], 0),
        (RosterColumn.Role, ["chuc vu", "chuc danh", "vi tri", "position", "title"], 1),
    ];

    /// <summary>The index of the header row among <paramref name="rows"/> and the columns found in it; null when no row names a name and an e-mail column.</summary>
    public static (int HeaderIndex, Dictionary<RosterColumn, int> Columns)? Find(IReadOnlyList<string[]> rows)
    {
        for (var r = 0; r < Math.Min(rows.Count, RowsSearched); r++)
        {
            var columns = Map(rows[r]);
            if (columns.ContainsKey(RosterColumn.Name) && columns.ContainsKey(RosterColumn.Email)) return (r, columns);
        }
        return null;
    }

    /// <summary>Every recognised column of one row; the first match wins, and "Vai trò" beats "Chức vụ".</summary>
    public static Dictionary<RosterColumn, int> Map(string[] header)
    {
        var found = new Dictionary<RosterColumn, (int Index, int Rank)>();
        for (var i = 0; i < header.Length; i++)
        {
            var words = string.Join(' ', VietnameseText.Syllables(VietnameseText.Fold(header[i])));
            if (words.Length == 0) continue;
            var match = Table.FirstOrDefault(t => t.Words.Contains(words));
            if (match.Words is null) match = Table.FirstOrDefault(t => t.Words.Any(w => words.StartsWith(w + " ", StringComparison.Ordinal)));
            if (match.Words is null) continue;
            if (!found.TryGetValue(match.Column, out var existing) || match.Rank < existing.Rank) found[match.Column] = (i, match.Rank);
        }
        return found.ToDictionary(f => f.Key, f => f.Value.Index);
    }
}
