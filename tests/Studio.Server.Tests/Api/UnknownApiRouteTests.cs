using System.Net;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

public sealed class UnknownApiRouteTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    [Theory]
    [InlineData("GET", "/api/nothing-here")]
    [InlineData("GET", "/api/evaluate")]
    [InlineData("DELETE", "/api/catalog/parts/vr.rack")]
    public async Task Request_NoApiEndpoint_Returns404ProblemNotTheStudioPage(string method, string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"No API endpoint answers {method} {path}", body, StringComparison.Ordinal);
        Assert.Contains("POST /api/evaluate", body, StringComparison.Ordinal);
    }
}
