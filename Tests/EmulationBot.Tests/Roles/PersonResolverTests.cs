using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Roles;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace EmulationBot.Tests.Roles;

public class PersonResolverTests
{
    private const string Upn = "an.nv@skhcn.gov.vn";
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.Zero));
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly UnitDirectoryStore _store;

    public PersonResolverTests()
    {
        _store = new UnitDirectoryStore(new MemoryStorage(), _clock);
        _connector.Setup(c => c.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TeamsChannelAccount { Id = TestUser.Default.Id, UserPrincipalName = Upn });
    }

    [Fact]
    public async Task Resolve_ObjectIdInConfiguration_IsOfficeWithoutAskingTeams()
    {
        var person = await Resolver(TestUser.Default.AadObjectId).ResolveAsync(Session(), CancellationToken.None);

        Assert.Equal((Role.Office, true), (person.Role, person.IsConfiguredOffice));
        VerifyLookups(Times.Never());
    }

    [Fact]
    public async Task Resolve_UpnInConfiguration_AsksTheRosterOnceAndGrantsOffice()
    {
        var resolver = Resolver("someone@else.vn;" + Upn.ToUpperInvariant());
        var session = Session();

        var first = await resolver.ResolveAsync(session, CancellationToken.None);
        var second = await resolver.ResolveAsync(session, CancellationToken.None);

        Assert.True(first.IsOffice);
        Assert.True(second.IsOffice);
        Assert.Equal(Upn, session.User.UserPrincipalName);
        VerifyLookups(Times.Once());
    }

    [Fact]
    public async Task Resolve_NoUpnFromTeams_AsksAgainOnlyAfterADay()
    {
        _connector.Setup(c => c.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TeamsChannelAccount { Id = TestUser.Default.Id });
        var resolver = Resolver(Upn);
        var session = Session();

        Assert.Equal(Role.Employee, (await resolver.ResolveAsync(session, CancellationToken.None)).Role);
        _clock.Advance(TimeSpan.FromHours(23));
        await resolver.ResolveAsync(session, CancellationToken.None);
        VerifyLookups(Times.Once());
        _clock.Advance(TimeSpan.FromHours(2));
        await resolver.ResolveAsync(session, CancellationToken.None);
        VerifyLookups(Times.Exactly(2));
    }

    [Fact]
    public async Task Resolve_NobodyConfiguredOrListed_IsAnEmployeeAndTeamsIsNotAsked()
    {
        var person = await Resolver().ResolveAsync(Session(), CancellationToken.None);

        Assert.Equal(Role.Employee, person.Role);
        Assert.Null(person.Member);
        VerifyLookups(Times.Never());
    }

    [Fact]
    public async Task Resolve_OfficeListedThemByEmail_LinksTheEntryAndTakesItsUnitAndRole()
    {
        await _store.UpdateAsync(d => d with
        {
            Units = [new Unit("ql", "Phòng Quản lý")],
            Members = [new Member { Key = Member.KeyForEmail(Upn), Name = "Nguyễn Văn An", Email = Upn, UnitId = "ql", Role = Role.UnitHead }],
        }, CancellationToken.None);

        var person = await Resolver().ResolveAsync(Session(), CancellationToken.None);

        Assert.Equal((Role.UnitHead, "ql", Member.KeyForEmail(Upn)), (person.Role, person.Unit?.Id, person.Key));
        var member = Assert.Single((await _store.GetAsync(CancellationToken.None)).Members);
        Assert.Equal((TestUser.Default.AadObjectId, TestUser.Default.Id), (member.AadObjectId, member.TeamsUserId));
    }

    [Fact]
    public async Task Resolve_SelfJoinedThenListedByEmail_MergesIntoTheOldKeyWithTheOfficeUnitAndRole()
    {
        await _store.UpdateAsync(d => d with
        {
            Units = [new Unit("ql", "Phòng Quản lý"), new Unit("kh", "Phòng Kế hoạch")],
            Members =
            [
                new Member { Key = TestUser.Default.AadObjectId, Name = "An", AadObjectId = TestUser.Default.AadObjectId, TeamsUserId = TestUser.Default.Id, UnitId = "kh" },
                new Member { Key = Member.KeyForEmail(Upn), Name = "Nguyễn Văn An", Email = Upn, UnitId = "ql", Role = Role.UnitHead },
            ],
        }, CancellationToken.None);

        var person = await Resolver().ResolveAsync(Session(), CancellationToken.None);

        var member = Assert.Single((await _store.GetAsync(CancellationToken.None)).Members);
        Assert.Equal((TestUser.Default.AadObjectId, Upn, "ql", Role.UnitHead, "Nguyễn Văn An"), (member.Key, member.Email, member.UnitId, member.Role, member.Name));
        Assert.Equal(TestUser.Default.AadObjectId, person.Key);
    }

    [Fact]
    public async Task Resolve_EntryLinkedToSomeoneElse_IsNotTakenOver()
    {
        await _store.UpdateAsync(d => d with
        {
            Units = [new Unit("ql", "Phòng Quản lý")],
            Members = [new Member { Key = "other", Name = "Người khác", Email = Upn, AadObjectId = Guid.NewGuid().ToString(), UnitId = "ql", Role = Role.UnitHead }],
        }, CancellationToken.None);

        var person = await Resolver("x@y.vn").ResolveAsync(Session(), CancellationToken.None);

        Assert.Equal(Role.Employee, person.Role);
        Assert.Null(person.Unit);
    }

    private PersonResolver Resolver(string? office = null)
    {
        var options = new RoleOptions { Office = office is null ? [] : [.. office.Split(';')] };
        var lookup = new UserPrincipalLookup(_connector.Object, _clock, NullLogger<UserPrincipalLookup>.Instance);
        return new PersonResolver(_store, [new ConfiguredRoleSource(Microsoft.Extensions.Options.Options.Create(options))], lookup);
    }

    private static UserSession Session()
    {
        var user = new UserState
        {
            Name = TestUser.Default.Name,
            AadObjectId = TestUser.Default.AadObjectId,
            PersonalChat = new ConversationReference { ServiceUrl = TestUser.ServiceUrl, Conversation = new ConversationAccount { Id = TestUser.Default.ConversationId } },
        };
        return new UserSession(new StateEntry<UserState>("users/msteams/u", user, null, default, true), null, Language.Vietnamese)
        {
            UserId = TestUser.Default.Id,
            ChannelId = "msteams",
        };
    }

    private void VerifyLookups(Times times) =>
        _connector.Verify(c => c.GetMemberAsync(TestUser.ServiceUrl, TestUser.Default.ConversationId, TestUser.Default.Id, It.IsAny<CancellationToken>()), times);
}
