using BenchmarkDotNet.Attributes;
using EmulationBot.Office.Exports;
using EmulationBot.Office.Forms;

namespace EmulationBot.Benchmarks;

/// <summary>The office's exports for a large department: 2,000 registrations as a workbook and as CSV, and one Word form.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private ExportTable _registrations = null!;
    private RegistrationForm _form = null!;

    [GlobalSetup]
    public void Setup()
    {
        var at = new DateTimeOffset(2025, 3, 20, 2, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(1, 2000).Select(i => (IReadOnlyList<object?>)
        [
            i, $"DK-250320-{i:D7}", $"Nguyễn Thị Hồng Nhung {i}", $"Phòng Quản lý chuyên ngành {i % 12}", "Cá nhân", "Chiến sĩ thi đua cơ sở",
            "1. Hoàn thành xuất sắc 100% nhiệm vụ được giao\n2. Có 01 sáng kiến được công nhận cấp cơ sở", null, at.AddMinutes(i), "Chờ duyệt", null, null, null,
        ]).ToList();
        _registrations = new ExportTable("Đăng ký", [.. Enumerable.Range(0, 13).Select(c => new ExportColumn($"Cột {c}"))], rows);
        _form = new RegistrationForm
        {
            Number = "DK-250320-0000001", PlanTitle = "Kế hoạch tổ chức phong trào thi đua năm 2025", Province = "Hà Tĩnh", Year = 2025, Collective = false,
            RegistrantName = "Nguyễn Thị Hồng Nhung", UnitName = "Phòng Quản lý khoa học", TitleName = "Chiến sĩ thi đua cơ sở",
            Targets = ["Hoàn thành xuất sắc 100% nhiệm vụ được giao", "Có 01 sáng kiến được công nhận cấp cơ sở"], RegisteredAt = at, Status = "Đã duyệt",
        };
    }

    [Benchmark]
    public int Workbook2000Registrations() => WorkbookWriter.Write([_registrations]).Length;

    [Benchmark]
    public int Csv2000Registrations() => CsvExport.Write(_registrations).Length;

    [Benchmark]
    public int RegistrationFormDocx() => RegistrationFormWriter.Write(_form).Length;
}
