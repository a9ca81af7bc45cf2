using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Studio.Contracts;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;
using Studio.Contracts.Scenarios;
using Studio.Contracts.Store;

namespace Studio.Client.Api;

/// <summary>An evaluation's outcome: a report, or the server's account of what is wrong with the scenario.</summary>
public sealed record EvaluationOutcome(EvaluationReportDto? Report, ProblemDto? Problem);

/// <summary>What a save came to: the stored version, a version conflict (nothing stored), or the server's problem with it.</summary>
public sealed record SaveOutcome(SavedVersionDto? Saved, VersionConflictDto? Conflict, ProblemDto? Problem);

/// <summary>A stored version with its document, or why it could not be opened.</summary>
public sealed record OpenOutcome(OpenedScenarioDto? Scenario, ProblemDto? Problem);

/// <summary>A file or link payload in the current format, or everything wrong with it.</summary>
public sealed record ImportOutcome(ImportedScenarioDto? Imported, ProblemDto? Problem);

/// <summary>A comparison's outcome: both reports and their deltas, or the server's account of what is wrong.</summary>
public sealed record ComparisonOutcome(ComparisonDto? Comparison, ProblemDto? Problem);

/// <summary>Typed calls to the Server's REST API, with the shared source-generated JSON contract.</summary>
public sealed class StudioApiClient(HttpClient http)
{
    private static readonly StudioJsonContext s_json = StudioJsonContext.Default;

    public async Task<CatalogDto> GetCatalogAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync("api/catalog", s_json.CatalogDto, cancellationToken)
        ?? throw new InvalidOperationException("The server sent an empty catalog.");

    public async Task<IReadOnlyList<TemplateSummaryDto>> ListTemplatesAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync("api/templates", s_json.IReadOnlyListTemplateSummaryDto, cancellationToken) ?? [];

    public async Task<ScenarioDocument> GetTemplateAsync(string id, CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync($"api/templates/{Uri.EscapeDataString(id)}", s_json.ScenarioDocument, cancellationToken)
        ?? throw new InvalidOperationException($"The server sent an empty template '{id}'.");

    public async Task<EvaluationOutcome> EvaluateAsync(ScenarioDocument scenario, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/evaluate", scenario, s_json.ScenarioDocument, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new(await response.Content.ReadFromJsonAsync(s_json.EvaluationReportDto, cancellationToken), null);
        }

        return new(null, await ReadProblemAsync(response, cancellationToken));
    }

    public async Task<IReadOnlyList<ScenarioSummaryDto>> ListScenariosAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync("api/scenarios", s_json.IReadOnlyListScenarioSummaryDto, cancellationToken) ?? [];

    /// <summary>A scenario's versions, newest first; null when it no longer exists.</summary>
    public async Task<ScenarioHistoryDto?> GetHistoryAsync(string scenarioId, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/scenarios/{Uri.EscapeDataString(scenarioId)}", cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await ReadAsync(response, s_json.ScenarioHistoryDto, cancellationToken);
    }

    /// <summary>Saves a new scenario; <paramref name="forkOf"/> is the link of the version the edits started from.</summary>
    public async Task<SaveOutcome> CreateScenarioAsync(ScenarioDocument document, string? forkOf = null, CancellationToken cancellationToken = default)
    {
        var url = forkOf is null ? "api/scenarios" : $"api/scenarios?forkOf={Uri.EscapeDataString(forkOf)}";
        using var response = await http.PostAsJsonAsync(url, document, s_json.ScenarioDocument, cancellationToken);
        return await ReadSaveAsync(response, cancellationToken);
    }

    /// <summary>Saves the next version of a scenario, based on <paramref name="baseVersion"/>.</summary>
    public async Task<SaveOutcome> SaveVersionAsync(string scenarioId, int baseVersion, ScenarioDocument document, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(
            $"api/scenarios/{Uri.EscapeDataString(scenarioId)}/versions?baseVersion={baseVersion}", document, s_json.ScenarioDocument, cancellationToken);
        return await ReadSaveAsync(response, cancellationToken);
    }

    public async Task<SaveOutcome> RenameAsync(string scenarioId, string name, CancellationToken cancellationToken = default)
    {
        using var response = await http.PatchAsJsonAsync(
            $"api/scenarios/{Uri.EscapeDataString(scenarioId)}", new RenameScenarioDto(name), s_json.RenameScenarioDto, cancellationToken);
        return await ReadSaveAsync(response, cancellationToken);
    }

    public async Task<SaveOutcome> ForkAsync(string scenarioId, int version, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync($"api/scenarios/{Uri.EscapeDataString(scenarioId)}/versions/{version}/fork", null, cancellationToken);
        return await ReadSaveAsync(response, cancellationToken);
    }

    /// <summary>Deletes a scenario; null when done, otherwise the server's problem.</summary>
    public async Task<ProblemDto?> DeleteAsync(string scenarioId, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync($"api/scenarios/{Uri.EscapeDataString(scenarioId)}", cancellationToken);
        return response.IsSuccessStatusCode ? null : await ReadProblemAsync(response, cancellationToken);
    }

    public async Task<OpenOutcome> OpenLinkAsync(string linkId, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/links/{Uri.EscapeDataString(linkId)}", cancellationToken);
        return response.IsSuccessStatusCode
            ? new(await ReadAsync(response, s_json.OpenedScenarioDto, cancellationToken), null)
            : new(null, await ReadProblemAsync(response, cancellationToken));
    }

    /// <summary>Sends raw JSON (a file, an inline link's payload) through the server's validation and migration.</summary>
    public async Task<ImportOutcome> ImportAsync(byte[] json, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new("application/json");
        using var response = await http.PostAsync("api/import", content, cancellationToken);
        return response.IsSuccessStatusCode
            ? new(await ReadAsync(response, s_json.ImportedScenarioDto, cancellationToken), null)
            : new(null, await ReadProblemAsync(response, cancellationToken));
    }

    private static async Task<SaveOutcome> ReadSaveAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return new(await ReadAsync(response, s_json.SavedVersionDto, cancellationToken), null, null);
        }

        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            try
            {
                if (await response.Content.ReadFromJsonAsync(s_json.VersionConflictDto, cancellationToken) is { } conflict)
                {
                    return new(null, conflict, null);
                }
            }
            catch (JsonException)
            {
                // A 409 without the conflict's details: fall through to the general problem.
            }
        }

        return new(null, null, await ReadProblemAsync(response, cancellationToken));
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(type, cancellationToken)
            ?? throw new JsonException($"The server sent an empty {typeof(T).Name}.");
    }

    /// <summary>POST /api/compare: the design against a baseline (a template id or a second scenario).</summary>
    public async Task<ComparisonOutcome> CompareAsync(CompareRequestDto request, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/compare", request, s_json.CompareRequestDto, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new(await response.Content.ReadFromJsonAsync(s_json.ComparisonDto, cancellationToken), null);
        }

        return new(null, await ReadProblemAsync(response, cancellationToken));
    }

    private static async Task<ProblemDto> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync(s_json.ProblemDto, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }
        }
        catch (JsonException)
        {
            // Not a problem+json body (a proxy's error page, say): describe the status instead.
        }

        return new ProblemDto(null, $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}", (int)response.StatusCode,
            response.StatusCode == HttpStatusCode.RequestEntityTooLarge ? "The design is over the server's 1 MiB limit." : null, null);
    }
}
