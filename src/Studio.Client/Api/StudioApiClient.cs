using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Api;

/// <summary>An evaluation's outcome: a report, or the server's account of what is wrong with the scenario.</summary>
public sealed record EvaluationOutcome(EvaluationReportDto? Report, ProblemDto? Problem);

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
            response.StatusCode == HttpStatusCode.RequestEntityTooLarge ? "The design is too large to evaluate." : null, null);
    }
}
