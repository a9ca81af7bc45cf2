using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Contracts;
using Studio.Contracts.Store;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>Every endpoint under /api/scenarios and /api/links, on a temporary store shared by this class's tests.</summary>
public sealed class ScenarioStoreEndpointTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private const string TemplateId = "vera-rubin-nvl72";
    private const string TemplateName = "Vera Rubin NVL72 reference design";

    private async Task<(HttpClient Client, string Template)> ClientWithTemplateAsync()
    {
        var client = factory.CreateClient();
        return (client, await client.GetStringAsync($"/api/templates/{TemplateId}"));
    }

    /// <summary>The document as the contract writes it: what the store must keep for <paramref name="json"/>.</summary>
    internal static byte[] Canonical(string json) =>
        JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(json, StudioJsonContext.Default.ScenarioDocument)!,
            StudioJsonContext.Default.ScenarioDocument);

    internal static string Renamed(string json, string name)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["name"] = name;
        return node.ToJsonString();
    }

    [Fact]
    public async Task Create_ValidDocument_Returns201WithShortLinkAndStoresTheCanonicalDocument()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;

        using var response = await client.CreateScenarioAsync(template);

        var saved = await response.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
        Assert.Equal(1, saved.Version);
        Assert.Equal(TemplateName, saved.Name);
        Assert.Matches("^[0-9A-Za-z]{12}$", saved.LinkId);
        Assert.Matches("^[0-9A-Za-z]{12}$", saved.ScenarioId);
        Assert.NotEqual(saved.ScenarioId, saved.LinkId);
        Assert.Equal($"/api/scenarios/{saved.ScenarioId}/versions/1", response.Headers.Location?.OriginalString);
        Assert.Equal(Canonical(template), await client.ExportAsync(saved.ScenarioId, 1));
    }

    [Fact]
    public async Task OpenLink_SavedVersion_ReturnsItsDocumentAndMetadata()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var saved = await client.SaveNewAsync(template);

        var opened = await client.OpenLinkAsync(saved.LinkId);

        Assert.Equal((saved.ScenarioId, 1, saved.LinkId, 1), (opened.ScenarioId, opened.Version, opened.LinkId, opened.LatestVersion));
        Assert.Equal(Canonical(template), JsonSerializer.SerializeToUtf8Bytes(opened.Document, StudioJsonContext.Default.ScenarioDocument));
        Assert.Null(opened.ForkedFromLinkId);
    }

    [Fact]
    public async Task SaveVersion_BasedOnLatest_AddsVersion2AndLeavesVersion1AsItWas()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var response = await client.SaveVersionAsync(first.ScenarioId, 1, Renamed(template, "Hall B"));

        var second = await response.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
        Assert.Equal((first.ScenarioId, 2, "Hall B"), (second.ScenarioId, second.Version, second.Name));
        Assert.NotEqual(first.LinkId, second.LinkId);
        // The first link still opens exactly what it pointed to, and says a newer version exists.
        var opened = await client.OpenLinkAsync(first.LinkId);
        Assert.Equal((1, 2, TemplateName), (opened.Version, opened.LatestVersion, opened.Document.Name));
        Assert.Equal(Canonical(template), await client.ExportAsync(first.ScenarioId, 1));
    }

    [Fact]
    public async Task SaveVersion_StaleBaseVersion_Returns409WithTheLatestAndStoresNothing()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);
        using (var tabA = await client.SaveVersionAsync(first.ScenarioId, 1, Renamed(template, "Tab A")))
        {
            Assert.Equal(HttpStatusCode.Created, tabA.StatusCode);
        }

        // Tab B opened version 1 too and saves after tab A.
        using var tabB = await client.SaveVersionAsync(first.ScenarioId, 1, Renamed(template, "Tab B"));

        var body = await tabB.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, tabB.StatusCode);
        Assert.Equal(StudioApiClient.ProblemJson, tabB.Content.Headers.ContentType?.MediaType);
        var conflict = JsonSerializer.Deserialize(body, StudioJsonContext.Default.VersionConflictDto)!;
        Assert.Equal(2, conflict.LatestVersion);
        Assert.Contains("based on version 1", conflict.Detail, StringComparison.Ordinal);
        Assert.Contains("Fork", conflict.Detail, StringComparison.Ordinal);
        var history = await client.HistoryAsync(first.ScenarioId);
        Assert.Equal([2, 1], history.Versions.Select(v => v.Version));
        Assert.Equal(conflict.LatestLinkId, history.Versions[0].LinkId);
        Assert.Equal("Tab A", history.Scenario.Name);
    }

    [Fact]
    public async Task SaveVersion_ConcurrentSavesOnOneBase_ExactlyOneLands()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SaveVersionAsync(first.ScenarioId, 1, Renamed(template, $"Tab {i}"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, (await client.HistoryAsync(first.ScenarioId)).Versions.Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("", "Missing: say which version")]
    [InlineData("?baseVersion=two", "Must be a version number")]
    [InlineData("?baseVersion=0", "Must be a version number")]
    public async Task SaveVersion_NoUsableBaseVersion_Returns400AtTheQuery(string query, string message)
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var response = await client.PostAsync($"/api/scenarios/{first.ScenarioId}/versions{query}",
            new StringContent(template, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("?baseVersion", message);
    }

    [Fact]
    public async Task SaveVersion_UnknownScenario_Returns404()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;

        using var response = await client.SaveVersionAsync("AAAAAAAAAAAA", 1, template);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("No saved scenario has the id 'AAAAAAAAAAAA'", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveVersion_InvalidDocument_Returns400WithPathAndStoresNothing()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);
        var broken = JsonNode.Parse(template)!;
        broken["racks"]![0]!["parts"]![0]!["partId"] = "vr.warp-drive";

        using var response = await client.SaveVersionAsync(first.ScenarioId, 1, broken.ToJsonString());

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.racks[0].parts[0].partId", "vr.warp-drive");
        Assert.Single((await client.HistoryAsync(first.ScenarioId)).Versions);
    }

    [Fact]
    public async Task Create_InvalidDocument_Returns400AndStoresNothing()
    {
        using var client = factory.CreateClient();
        var before = (await client.GetFromJsonAsync("/api/scenarios?limit=500", StudioJsonContext.Default.IReadOnlyListScenarioSummaryDto))!.Count;

        using var response = await client.CreateScenarioAsync("""{"schemaVersion":1,"racks":[{"id":"r","partId":"vr.rack","parts":[{"id":"x","partId":"nope"}]}]}""");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.racks[0].parts[0].partId", "nope");
        var after = (await client.GetFromJsonAsync("/api/scenarios?limit=500", StudioJsonContext.Default.IReadOnlyListScenarioSummaryDto))!.Count;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task History_ThreeSaves_ListsVersionsNewestFirstWithSizes()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);
        (await client.SaveVersionAsync(first.ScenarioId, 1, Renamed(template, "Second"))).Dispose();
        (await client.SaveVersionAsync(first.ScenarioId, 2, Renamed(template, "Third"))).Dispose();

        var history = await client.HistoryAsync(first.ScenarioId);

        Assert.Equal(["Third", "Second", TemplateName], history.Versions.Select(v => v.Name));
        Assert.Equal(3, history.Scenario.LatestVersion);
        Assert.Equal(history.Versions[0].LinkId, history.Scenario.LatestLinkId);
        Assert.All(history.Versions, v => Assert.InRange(v.SizeBytes, 1000, 1_048_576));
        Assert.Equal(3, history.Versions.Select(v => v.LinkId).Distinct().Count());
    }

    [Fact]
    public async Task List_NewestSaveFirst_AndLimitIsChecked()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var older = await client.SaveNewAsync(Renamed(template, "Older"));
        var newer = await client.SaveNewAsync(Renamed(template, "Newer"));

        var list = (await client.GetFromJsonAsync("/api/scenarios?limit=500", StudioJsonContext.Default.IReadOnlyListScenarioSummaryDto))!;
        using var bad = await client.GetAsync("/api/scenarios?limit=0");

        Assert.True(list.ToList().FindIndex(s => s.Id == newer.ScenarioId) < list.ToList().FindIndex(s => s.Id == older.ScenarioId));
        Assert.Equal(1, list.Single(s => s.Id == older.ScenarioId).LatestVersion);
        (await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError("?limit", "1 to 500");
    }

    [Fact]
    public async Task Rename_NewName_SavesTheNextVersionWithOnlyTheNameChanged()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var response = await client.PatchAsJsonAsync($"/api/scenarios/{first.ScenarioId}", new RenameScenarioDto("  Hall C  "),
            StudioJsonContext.Default.RenameScenarioDto);

        var renamed = await response.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
        Assert.Equal((2, "Hall C"), (renamed.Version, renamed.Name));
        Assert.Equal(Canonical(Renamed(template, "Hall C")), await client.ExportAsync(first.ScenarioId, 2));
        Assert.Equal(Canonical(template), await client.ExportAsync(first.ScenarioId, 1));
    }

    [Theory]
    [InlineData("""{"name":"   "}""", "$.name", "Must not be blank")]
    [InlineData("""{"title":"x"}""", "$.title", "Send {\"name\"")]
    [InlineData("""{"name":""", "$.name", "Send {\"name\"")]
    public async Task Rename_BadBody_Returns400WithPath(string body, string path, string message)
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var response = await client.PatchAsync($"/api/scenarios/{first.ScenarioId}", new StringContent(body, Encoding.UTF8, "application/json"));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError(path, message);
        Assert.Single((await client.HistoryAsync(first.ScenarioId)).Versions);
    }

    [Fact]
    public async Task Rename_BodyOver16KiB_Returns400WithoutReadingItAll()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);
        var body = $"{{\"name\":\"{new string('x', 20_000)}\"}}";

        using var response = await client.PatchAsync($"/api/scenarios/{first.ScenarioId}", new StringContent(body, Encoding.UTF8, "application/json"));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError("$", "over 16 KiB");
    }

    [Fact]
    public async Task Delete_SavedScenario_RemovesItAndItsLinksOpenNothing()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var response = await client.DeleteAsync($"/api/scenarios/{first.ScenarioId}");
        using var again = await client.DeleteAsync($"/api/scenarios/{first.ScenarioId}");
        using var link = await client.GetAsync($"/api/links/{first.LinkId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await again.ReadProblemAsync(HttpStatusCode.NotFound);
        var problem = await link.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("may have been deleted", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fork_OlderVersion_CopiesItIntoANewScenarioThatRemembersItsSource()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);
        (await client.SaveVersionAsync(first.ScenarioId, 1, Renamed(template, "Later"))).Dispose();

        using var response = await client.PostAsync($"/api/scenarios/{first.ScenarioId}/versions/1/fork", null);

        var fork = await response.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
        Assert.NotEqual(first.ScenarioId, fork.ScenarioId);
        Assert.Equal((1, $"Copy of {TemplateName}"), (fork.Version, fork.Name));
        var opened = await client.OpenLinkAsync(fork.LinkId);
        Assert.Equal(first.LinkId, opened.ForkedFromLinkId);
        Assert.Equal(Canonical(Renamed(template, $"Copy of {TemplateName}")), await client.ExportAsync(fork.ScenarioId, 1));
        // The source is untouched.
        Assert.Equal(2, (await client.HistoryAsync(first.ScenarioId)).Versions.Count);
    }

    [Fact]
    public async Task Create_ForkOfLocalEdits_RecordsTheSourceLink_AndAnUnknownSourceIs400()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var fork = await client.CreateScenarioAsync(Renamed(template, "My fork"), forkOf: first.LinkId);
        using var bad = await client.CreateScenarioAsync(template, forkOf: "ZZZZZZZZZZZZ");

        var saved = await fork.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
        Assert.Equal(first.LinkId, (await client.OpenLinkAsync(saved.LinkId)).ForkedFromLinkId);
        (await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError("?forkOf", "not the link of a saved version");
    }

    [Theory]
    [InlineData("AAAAAAAAAAAA", "No saved scenario has the link")]
    [InlineData("short", "is not a studio link")]
    [InlineData("AAAAAAAAAAA%2F", "is not a studio link")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "is not a studio link")]
    public async Task OpenLink_UnknownOrTampered_Returns404ThatSaysWhich(string linkId, string message)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/links/{linkId}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(message, problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/scenarios/AAAAAAAAAAAA")]
    [InlineData("/api/scenarios/AAAAAAAAAAAA/versions/1")]
    [InlineData("/api/scenarios/AAAAAAAAAAAA/versions/1/document")]
    public async Task Get_UnknownScenario_Returns404Problem(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetVersion_SavedVersion_IsTheSameAsItsLink()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        var byVersion = await client.GetStringAsync($"/api/scenarios/{first.ScenarioId}/versions/1");
        var byLink = await client.GetStringAsync($"/api/links/{first.LinkId}");

        Assert.Equal(byLink, byVersion);
    }

    [Fact]
    public async Task Export_SavedVersion_IsAJsonDownloadNamedAfterTheScenario()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;
        var first = await client.SaveNewAsync(template);

        using var response = await client.GetAsync($"/api/scenarios/{first.ScenarioId}/versions/1/document");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("vera-rubin-nvl72-reference-design-v1.json", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Import_CurrentDocument_ReturnsItUnchangedAndStoresNothing()
    {
        var (client, template) = await ClientWithTemplateAsync();
        using var _ = client;

        using var response = await client.PostAsync("/api/import", new StringContent(template, Encoding.UTF8, "application/json"));

        var imported = await response.ReadAsync(HttpStatusCode.OK, StudioJsonContext.Default.ImportedScenarioDto);
        Assert.Equal(2, imported.SourceSchemaVersion);
        Assert.Empty(imported.Migrations);
        Assert.Equal(Canonical(template), JsonSerializer.SerializeToUtf8Bytes(imported.Document, StudioJsonContext.Default.ScenarioDocument));
    }

    [Theory]
    [InlineData("""{"schemaVersion":3}""", "$.schemaVersion", "written by a newer studio")]
    [InlineData("""{"schemaVersion":1,"racks":[{"id":"r","partId":"vr.rack","parts":[],"colour":"red"}]}""", "$.racks[0].colour", "Unknown field 'colour'")]
    [InlineData("""{"schemaVersion":1,""", "$", "not valid JSON")]
    public async Task Import_BadFile_Returns400WithPath(string json, string path, string message)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/import", new StringContent(json, Encoding.UTF8, "application/json"));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError(path, message);
    }
}
