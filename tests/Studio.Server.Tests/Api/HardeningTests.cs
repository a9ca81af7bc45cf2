using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Studio.Contracts;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>Security headers, per-client rate limits and the OpenAPI document.</summary>
public sealed partial class HardeningTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    /// <summary>Every endpoint the API offers, as the OpenAPI document must list it.</summary>
    public static readonly TheoryData<string, string> Endpoints = new()
    {
        { "get", "/api/catalog" },
        { "get", "/api/templates" },
        { "get", "/api/templates/{id}" },
        { "post", "/api/evaluate" },
        { "get", "/api/health" },
        { "get", "/api/scenarios" },
        { "post", "/api/scenarios" },
        { "get", "/api/scenarios/{id}" },
        { "patch", "/api/scenarios/{id}" },
        { "delete", "/api/scenarios/{id}" },
        { "post", "/api/scenarios/{id}/versions" },
        { "get", "/api/scenarios/{id}/versions/{version}" },
        { "get", "/api/scenarios/{id}/versions/{version}/document" },
        { "post", "/api/scenarios/{id}/versions/{version}/fork" },
        { "get", "/api/links/{linkId}" },
        { "post", "/api/import" },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/api/health")]
    [InlineData("/s/AAAAAAAAAAAA")]
    public async Task Response_AnyPath_CarriesTheSecurityHeaders(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval'", csp.Replace("'wasm-unsafe-eval'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Page_ImportMap_CarriesThisResponsesNonce()
    {
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        var nonce = NonceIn(first);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(nonce, NonceIn(second));
    }

    [Fact]
    public async Task RateLimit_OneClientOverItsBurst_Gets429ProblemWithRetryAfter_AndOthersDoNot()
    {
        await using var limited = new StudioFactory();
        limited.Settings["RateLimits:Api:BurstLimit"] = "3";
        limited.Settings["RateLimits:Api:PermitsPerSecond"] = "1";
        var statuses = new List<int>();

        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await SendFromAsync(limited, "203.0.113.7", "/api/health")).Response.StatusCode);
        }

        var rejected = await SendFromAsync(limited, "203.0.113.7", "/api/catalog");
        var other = await SendFromAsync(limited, "198.51.100.9", "/api/health");
        var page = await SendFromAsync(limited, "203.0.113.7", "/");

        Assert.Equal([200, 200, 200, 429, 429], statuses);
        Assert.Equal(429, rejected.Response.StatusCode);
        Assert.StartsWith("application/problem+json", rejected.Response.ContentType, StringComparison.Ordinal);
        Assert.InRange(int.Parse(rejected.Response.Headers.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 5);
        var problem = await JsonSerializer.DeserializeAsync(rejected.Response.Body, StudioJsonContext.Default.ProblemDto);
        Assert.Equal("https://aifactory.studio/problems/too-many-requests", problem!.Type);
        Assert.Contains("Try again in", problem.Detail, StringComparison.Ordinal);
        // Partitioned by address, and only the API is limited: the page and its assets still load.
        Assert.Equal(200, other.Response.StatusCode);
        Assert.Equal(200, page.Response.StatusCode);
    }

    [Fact]
    public async Task RateLimit_Defaults_LetATestSizedBurstThrough()
    {
        var statuses = new List<int>();

        for (var i = 0; i < 200; i++)
        {
            statuses.Add((await SendFromAsync(factory, "192.0.2.1", "/api/health")).Response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(200, s));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task OpenApi_Document_DescribesEveryEndpoint(string method, string path)
    {
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is not in the document");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is not in the document");
        Assert.True(operation.TryGetProperty("summary", out _), $"{method.ToUpperInvariant()} {path} has no summary");
        Assert.True(operation.GetProperty("responses").EnumerateObject().Any(), $"{method.ToUpperInvariant()} {path} lists no responses");
    }

    [Fact]
    public async Task OpenApi_ScenarioBodies_AreDocumentedWithTheirSchema()
    {
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var body = document.RootElement.GetProperty("paths").GetProperty("/api/evaluate").GetProperty("post").GetProperty("requestBody");
        Assert.True(body.GetProperty("content").TryGetProperty("application/json", out var json));
        var properties = json.GetProperty("schema").GetProperty("properties");
        Assert.True(properties.TryGetProperty("schemaVersion", out _) && properties.TryGetProperty("racks", out _), properties.GetRawText());
    }

    private static Task<HttpContext> SendFromAsync(StudioFactory server, string address, string path) =>
        server.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });

    private static string NonceIn(HttpResponseMessage response) =>
        NoncePattern().Match(string.Join(" ", response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();
}
