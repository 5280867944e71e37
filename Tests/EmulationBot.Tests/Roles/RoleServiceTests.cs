using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Roles;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace EmulationBot.Tests.Roles;

public class RoleServiceTests
{
    private const string OfficeAad = "6F1A2B3C-0000-4000-8000-00000000AAAA";

    [Theory]
    [InlineData("6f1a2b3c-0000-4000-8000-00000000aaaa", null, true)]
    [InlineData("11111111-0000-4000-8000-000000000000", null, false)]
    [InlineData("11111111-0000-4000-8000-000000000000", "VanPhong@Sokhcn.Gov.vn", true)]
    [InlineData(null, "other@sokhcn.gov.vn", false)]
    public void ConfiguredSource_MatchesAadIdsAndUpnsIgnoringCase(string? aad, string? upn, bool expected)
    {
        var source = new ConfiguredRoleSource(Microsoft.Extensions.Options.Options.Create(Options($"{OfficeAad}; vanphong@sokhcn.gov.vn")));
        Assert.Equal(expected, source.Grants(new RoleSubject("29:x", aad, upn), Role.Office));
    }

    [Fact]
    public void Options_AcceptAListOrOneSeparatedString()
    {
        var list = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Roles:Office:0"] = OfficeAad,
            ["Roles:Office:1"] = " a@b.vn ",
        }).Build();
        Assert.Equal([OfficeAad, "a@b.vn"], RoleOptions.From(list).Office);
        Assert.Equal(["x@y.vn", OfficeAad], Options($"x@y.vn,{OfficeAad}").Office);
        Assert.Empty(RoleOptions.From(new ConfigurationBuilder().Build()).Office);
    }

    [Fact]
    public async Task Service_UpnListed_AsksTheRosterOnceAndRemembersTheAnswer()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.GetMemberAsync(TestUser.ServiceUrl, "a:personal-user-2", "29:user-2", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TeamsChannelAccount { Id = "29:user-2", UserPrincipalName = "vanphong@sokhcn.gov.vn" });
        var service = Service("vanphong@sokhcn.gov.vn", connector.Object);
        var (turn, session) = Turn(TestUser.Make(2, "Văn phòng"));

        Assert.True(await service.IsInRoleAsync(turn, session, Role.Office, CancellationToken.None));
        Assert.True(await service.IsInRoleAsync(turn, session, Role.Office, CancellationToken.None));

        Assert.Equal("vanphong@sokhcn.gov.vn", session.User.UserPrincipalName);
        connector.Verify(c => c.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Service_OnlyAadIdsListed_NeverCallsTheRoster()
    {
        var connector = new Mock<IConnectorClient>(MockBehavior.Strict);
        var service = Service(OfficeAad, connector.Object);
        var (turn, session) = Turn(TestUser.Make(3, "Nhân viên"));
        Assert.False(await service.IsInRoleAsync(turn, session, Role.Office, CancellationToken.None));
    }

    [Fact]
    public async Task Service_RosterFails_RefusesWithoutThrowingAndWaitsBeforeAskingAgain()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(503, "ServiceUnavailable", "down"));
        var service = Service("vanphong@sokhcn.gov.vn", connector.Object);
        var (turn, session) = Turn(TestUser.Make(4, "Ai đó"));

        Assert.False(await service.IsInRoleAsync(turn, session, Role.Office, CancellationToken.None));
        Assert.False(await service.IsInRoleAsync(turn, session, Role.Office, CancellationToken.None));
        connector.Verify(c => c.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.NotNull(session.User.UserPrincipalNameCheckedAt);
    }

    [Fact]
    public async Task Service_RoleGivenInTheBot_CountsLikeConfiguration()
    {
        var store = new UnitDirectoryStore(new MemoryStorage(), TimeProvider.System);
        var user = TestUser.Make(5, "Trưởng phòng");
        await store.UpdateAsync(d => d with
        {
            Units = [new Unit("ql", "Phòng Quản lý")],
            Members = [new Member { Key = user.AadObjectId, Name = user.Name, AadObjectId = user.AadObjectId, TeamsUserId = user.Id, UnitId = "ql", Role = Role.UnitHead }],
        }, CancellationToken.None);
        var service = Service(OfficeAad, new Mock<IConnectorClient>(MockBehavior.Strict).Object, store);
        var (turn, session) = Turn(user);
        session.User.AadObjectId = user.AadObjectId;

        Assert.True(await service.IsInRoleAsync(turn, session, Role.UnitHead, CancellationToken.None));
        Assert.False(await service.IsInRoleAsync(turn, session, Role.Office, CancellationToken.None));
    }

    private static RoleOptions Options(string office) =>
        RoleOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Roles:Office"] = office }).Build());

    private static RoleService Service(string office, IConnectorClient connector, UnitDirectoryStore? store = null)
    {
        var sources = new IRoleSource[] { new ConfiguredRoleSource(Microsoft.Extensions.Options.Options.Create(Options(office))) };
        var lookup = new UserPrincipalLookup(connector, TimeProvider.System, NullLogger<UserPrincipalLookup>.Instance);
        return new RoleService(new PersonResolver(store ?? new UnitDirectoryStore(new MemoryStorage(), TimeProvider.System), sources, lookup));
    }

    private static (TurnContext, UserSession) Turn(TestUser user)
    {
        var message = user.Message("xin chào");
        var turn = new TurnContext(message, CallerIdentity.Anonymous);
        var state = new UserState { PersonalChat = new ConversationReference { ServiceUrl = message.ServiceUrl, Conversation = message.Conversation } };
        var entry = new StateEntry<UserState>("users/msteams/" + user.Id, state, null, ReadOnlyMemory<byte>.Empty, confirmed: false);
        return (turn, new UserSession(entry, null, Language.Vietnamese) { UserId = user.Id, ChannelId = "msteams" });
    }
}
