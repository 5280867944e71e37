using EmulationBot.Deadlines;
using EmulationBot.Plans.Model;

namespace EmulationBot.Tests.Deadlines;

public class ObligationKindsTests
{
    [Theory]
    [InlineData("Các phòng, đơn vị đăng ký thi đua gửi về Văn phòng Sở", ObligationKind.Registration)]
    [InlineData("Đăng ký danh hiệu thi đua năm 2025", ObligationKind.Registration)]
    [InlineData("Tổng hợp danh sách đăng ký thi đua, trình Hội đồng", ObligationKind.Task)]
    [InlineData("Báo cáo tổng kết phong trào thi đua", ObligationKind.FinalReport)]
    [InlineData("Hướng dẫn các đơn vị xây dựng báo cáo đánh giá tổng kết đợt thi đua", ObligationKind.FinalReport)]
    [InlineData("Báo cáo sơ kết 6 tháng", ObligationKind.ProgressReport)]
    [InlineData("Gửi báo cáo tiến độ hằng tháng", ObligationKind.ProgressReport)]
    [InlineData("Xây dựng ít nhất 01 điển hình, mô hình tiêu biểu của đơn vị mình", ObligationKind.Task)]
    public void Of_ReadsTheKindFromWhatItSays(string what, ObligationKind kind) =>
        Assert.Equal(kind, ObligationKinds.Of(new Obligation { Id = "o1", What = what }));
}
