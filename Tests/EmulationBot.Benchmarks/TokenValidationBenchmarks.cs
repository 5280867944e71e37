using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EmulationBot.Benchmarks;

/// <summary>Validating the channel's RS256 token with the signing keys already cached: the auth cost of every turn in production.</summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private const string AppId = "7a1b2c3d-0000-4000-8000-00000000b07a";
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private readonly RSA _rsa = RSA.Create(2048);
    private BotFrameworkAuthenticator _authenticator = null!;
    private string _header = "";
    private readonly Activity _activity = new() { Type = "message", ChannelId = "msteams", ServiceUrl = ServiceUrl };

    [GlobalSetup]
    public async Task Setup()
    {
        var p = _rsa.ExportParameters(false);
        var jwks = new JsonObject { ["keys"] = new JsonArray(new JsonObject
        {
            ["kty"] = "RSA", ["kid"] = "k1", ["n"] = Base64Url.EncodeToString(p.Modulus), ["e"] = Base64Url.EncodeToString(p.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        }) }.ToJsonString();
        var http = new HttpClient(new StaticHandler(jwks));
        var authOptions = Options.Create(new BotFrameworkAuthenticationOptions { ChannelOpenIdMetadataUrl = "https://keys.test/metadata" });
        var keys = new SigningKeyCache(new OpenIdMetadataClient(http), authOptions, TimeProvider.System, NullLogger<SigningKeyCache>.Instance);
        _authenticator = new BotFrameworkAuthenticator(Options.Create(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "x" }),
            authOptions, keys, TimeProvider.System, NullLogger<BotFrameworkAuthenticator>.Instance);
        var now = DateTimeOffset.UtcNow;
        var header = Encode(new JsonObject { ["alg"] = "RS256", ["kid"] = "k1", ["typ"] = "JWT" });
        var claims = Encode(new JsonObject
        {
            ["iss"] = "https://api.botframework.com", ["aud"] = AppId, ["serviceurl"] = ServiceUrl,
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(), ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        });
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _header = $"Bearer {header}.{claims}.{Base64Url.EncodeToString(signature)}";
        if (!(await Validate()).Succeeded) throw new InvalidOperationException("The benchmark token does not validate.");
    }

    [Benchmark]
    public Task<AuthenticationResult> Validate() => _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None);

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private sealed class StaticHandler(string jwks) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(request.RequestUri!.AbsolutePath.EndsWith("metadata", StringComparison.Ordinal)
                    ? """{"jwks_uri":"https://keys.test/keys"}""" : jwks, Encoding.UTF8, "application/json"),
            });
    }
}
