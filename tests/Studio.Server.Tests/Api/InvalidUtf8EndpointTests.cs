using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// Every endpoint that reads a body answers a byte that is not UTF-8 with a 400 naming the JSON path and the offset,
/// never a 500 (issue 19: /api/compare threw while copying an embedded scenario through a string).
/// </summary>
public sealed class InvalidUtf8EndpointTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private const string Marker = "FLIP-ME";

    [Theory]
    [InlineData("/api/evaluate")]
    [InlineData("/api/scenarios")]
    [InlineData("/api/import")]
    public async Task Post_ScenarioWithAnF2ByteInItsName_Returns400AtTheName(string path)
    {
        using var client = factory.CreateClient();
        var body = FlippedAt(Named(await client.GetTemplateDocumentAsync("vera-rubin-nvl72")), out var offset);

        using var response = await client.PostAsync(path, Json(body));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.name", "Not valid text", $"offset {offset} ", "0xF2");
    }

    [Fact]
    public async Task SaveVersion_DocumentWithAnF2Byte_Returns400AtTheNameAndStoresNothing()
    {
        using var client = factory.CreateClient();
        var template = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var saved = await client.SaveNewAsync(template.ToJsonString());

        using var response = await client.SaveVersionAsync(saved.ScenarioId, 1, FlippedAt(Named(template), out _));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.name", "Not valid text");
        Assert.Equal(1, (await client.HistoryAsync(saved.ScenarioId)).Scenario.LatestVersion);
    }

    [Fact]
    public async Task Rename_NameWithAnF2Byte_Returns400AtTheName()
    {
        using var client = factory.CreateClient();
        var saved = await client.SaveNewAsync((await client.GetTemplateDocumentAsync("vera-rubin-nvl72")).ToJsonString());
        var body = FlippedAt(new JsonObject { ["name"] = Marker }, out var offset);

        using var response = await client.PatchAsync($"/api/scenarios/{saved.ScenarioId}", Json(body));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.name", "Not valid text", $"offset {offset} ");
    }

    [Fact]
    public async Task Compare_F2ByteInsideBaselineScenario_Returns400AtTheBaselinesName()
    {
        using var client = factory.CreateClient();
        var design = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var baseline = Named(await client.GetTemplateDocumentAsync("gb200-nvl72"));
        var body = FlippedAt(new JsonObject { ["scenario"] = design, ["baseline"] = new JsonObject { ["scenario"] = baseline } }, out var offset);

        using var response = await client.PostAsync("/api/compare", Json(body));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.baseline.scenario.name", "Not valid text", $"offset {offset} ");
    }

    [Fact]
    public async Task Compare_F2ByteAnywhereInBaselineScenario_Returns400UnderTheBaselineNever500()
    {
        using var client = factory.CreateClient();
        var design = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var baseline = await client.GetTemplateDocumentAsync("gb200-nvl72");
        var prefix = Encoding.UTF8.GetBytes($"{{\"scenario\":{design.ToJsonString()},\"baseline\":{{\"scenario\":");
        var embedded = Encoding.UTF8.GetBytes(baseline.ToJsonString());
        byte[] original = [.. prefix, .. embedded, .. "}}"u8];

        // Forty positions spread over the embedded scenario: strings, names, numbers, braces, commas and colons.
        for (var i = 0; i < 40; i++)
        {
            var offset = prefix.Length + (int)((long)i * (embedded.Length - 1) / 39);
            var body = original.ToArray();
            body[offset] = 0xF2;

            using var response = await client.PostAsync("/api/compare", Json(body));

            var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
            var error = Assert.Single(problem.Errors!);
            Assert.StartsWith("$.baseline.scenario", error.Path, StringComparison.Ordinal);
            Assert.Contains($"offset {offset} ", error.Message, StringComparison.Ordinal);
        }
    }

    private static JsonObject Named(JsonObject document)
    {
        document["name"] = Marker;
        return document;
    }

    /// <summary>The node as UTF-8 with the first byte of <see cref="Marker"/> turned into 0xF2 (a lead byte with no continuation).</summary>
    private static byte[] FlippedAt(JsonNode node, out int offset)
    {
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        offset = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker));
        Assert.True(offset >= 0);
        bytes[offset] = 0xF2;
        return bytes;
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
