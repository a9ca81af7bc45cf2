using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Contracts;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;

namespace Studio.Server.Tests.TestSupport;

/// <summary>Calls the API the way the studio does and reads the answers with the shared wire contract.</summary>
internal static class StudioApiClient
{
    public const string ProblemJson = "application/problem+json";

    public static Task<HttpResponseMessage> PostScenarioAsync(this HttpClient client, string json) =>
        client.PostAsync("/api/evaluate", new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostScenarioAsync(this HttpClient client, JsonNode document) =>
        client.PostScenarioAsync(document.ToJsonString());

    public static Task<HttpResponseMessage> PostScenarioAsync(this HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync("/api/evaluate", content);
    }

    /// <summary>A template's scenario document as a mutable tree, for tests that change one thing in a valid design.</summary>
    public static async Task<JsonObject> GetTemplateDocumentAsync(this HttpClient client, string id)
    {
        var json = await client.GetStringAsync($"/api/templates/{id}");
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>
    /// Reads a 200 evaluation report with the contract's strict options (unknown members are errors), and checks
    /// what every report must hold (<see cref="ReportInvariants"/>), so each test that reads one checks it too.
    /// </summary>
    public static async Task<EvaluationReportDto> ReadReportAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = JsonSerializer.Deserialize(body, StudioJsonContext.Default.EvaluationReportDto);
        Assert.NotNull(report);
        Assert.Empty(ReportInvariants.WithheldWithoutFinding(report));
        return report;
    }

    /// <summary>
    /// Reads an application/problem+json body as the client would (the contract's <see cref="ProblemDto"/>, strict
    /// options) after checking the status code and the media type.
    /// </summary>
    public static async Task<ProblemDto> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize(body, StudioJsonContext.Default.ProblemDto);
        Assert.NotNull(problem);
        Assert.Equal((int)expected, problem.Status);
        return problem;
    }

    /// <summary>
    /// Asserts the problem lists an error at exactly <paramref name="path"/> whose message contains every fragment,
    /// and returns that error.
    /// </summary>
    public static InputErrorDto AssertError(this ProblemDto problem, string path, params string[] fragments)
    {
        Assert.NotNull(problem.Errors);
        var error = problem.Errors.FirstOrDefault(e => e.Path == path);
        Assert.True(error is not null,
            $"No error at {path}; the errors were: {string.Join("; ", problem.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        return error;
    }
}
