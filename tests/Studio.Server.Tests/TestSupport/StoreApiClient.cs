using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Studio.Contracts;
using Studio.Contracts.Store;

namespace Studio.Server.Tests.TestSupport;

/// <summary>Calls the scenario store's endpoints and reads their answers with the shared, strict wire contract.</summary>
internal static class StoreApiClient
{
    public static Task<HttpResponseMessage> CreateScenarioAsync(this HttpClient client, string json, string? forkOf = null) =>
        client.PostAsync(forkOf is null ? "/api/scenarios" : $"/api/scenarios?forkOf={forkOf}", Json(json));

    public static Task<HttpResponseMessage> SaveVersionAsync(this HttpClient client, string scenarioId, int baseVersion, string json) =>
        client.PostAsync($"/api/scenarios/{scenarioId}/versions?baseVersion={baseVersion}", Json(json));

    public static Task<HttpResponseMessage> SaveVersionAsync(this HttpClient client, string scenarioId, int baseVersion, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync($"/api/scenarios/{scenarioId}/versions?baseVersion={baseVersion}", content);
    }

    /// <summary>Saves <paramref name="json"/> as a new scenario and returns what was stored (asserting 201).</summary>
    public static async Task<SavedVersionDto> SaveNewAsync(this HttpClient client, string json)
    {
        using var response = await client.CreateScenarioAsync(json);
        return await response.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
    }

    public static async Task<OpenedScenarioDto> OpenLinkAsync(this HttpClient client, string linkId)
    {
        using var response = await client.GetAsync($"/api/links/{linkId}");
        return await response.ReadAsync(HttpStatusCode.OK, StudioJsonContext.Default.OpenedScenarioDto);
    }

    public static async Task<ScenarioHistoryDto> HistoryAsync(this HttpClient client, string scenarioId)
    {
        using var response = await client.GetAsync($"/api/scenarios/{scenarioId}");
        return await response.ReadAsync(HttpStatusCode.OK, StudioJsonContext.Default.ScenarioHistoryDto);
    }

    /// <summary>The exact bytes the store holds for a version (the export endpoint).</summary>
    public static Task<byte[]> ExportAsync(this HttpClient client, string scenarioId, int version) =>
        client.GetByteArrayAsync($"/api/scenarios/{scenarioId}/versions/{version}/document");

    /// <summary>Checks the status and media type, then reads the body with the contract's strict options.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected, JsonTypeInfo<T> type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var value = JsonSerializer.Deserialize(body, type);
        Assert.NotNull(value);
        return value;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
