using System.Globalization;
using System.Net;
using System.Text.Json;
using Studio.Contracts;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// A generated corpus of broken Vera Rubin documents (fixed seed, so a failure reproduces): truncated bodies,
/// deleted fields, and values replaced by wrong types, nulls, huge numbers and named non-numbers. Each must get
/// 200, 400 or 413, never a 500, and every 400 must point somewhere with a JSON path; every 200 is a sound report.
/// </summary>
public sealed class EvaluateCorpusTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private const int Seed = 20260401;

    /// <summary>
    /// The facility members (issue 4). The template leaves them all out, so the random mutations above never reach
    /// them: these are mutated one by one in a document that gives every one (hour 17 stands for any hour).
    /// </summary>
    private static readonly string[] s_facilityPaths =
    [
        "$.site.heatRejection", "$.site.approachK", "$.site.chillerCop", "$.site.hourlyAmbientC", "$.site.hourlyAmbientC[17]",
        "$.factory.crews", "$.factory.testStations", "$.factory.crewHoursPerDay", "$.factory.burnInHours",
        "$.power", "$.power.mode", "$.power.peakSmoothing", "$.power.distributionLossFraction",
        "$.economics", "$.economics.facilityUsdPerMw", "$.economics.depreciationYears", "$.economics.costOfCapital",
        "$.economics.utilisation", "$.economics.maintenanceFraction", "$.economics.inputUsdPerMillionTokens",
        "$.economics.outputUsdPerMillionTokens", "$.economics.priceDeclinePerYear", "$.economics.demandGrowthPerYear",
    ];

    [Fact]
    public async Task Evaluate_TruncatedBodies_Return400AtTheRoot()
    {
        using var client = factory.CreateClient();
        var template = await client.GetByteArrayAsync("/api/templates/vera-rubin-nvl72");
        var offsets = ScenarioCorpus.TruncationOffsets(template, new Random(Seed), 40);
        var failures = new List<string>();

        foreach (var offset in offsets)
        {
            using var response = await client.PostScenarioAsync(template[..offset]);
            var body = await response.Content.ReadAsStringAsync();
            // A cut-off JSON document is never valid: the answer is a syntax (or empty-body) error at "$".
            if (response.StatusCode != HttpStatusCode.BadRequest || !HasErrorAt(body, "$"))
            {
                failures.Add($"truncated at byte {offset}: {(int)response.StatusCode} {Shorten(body)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(offsets.Count >= 40, $"only {offsets.Count} distinct offsets");
    }

    [Fact]
    public async Task Evaluate_DeletedFields_Return200Or400WithAPath()
    {
        using var client = factory.CreateClient();
        var template = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var random = new Random(Seed + 1);
        var members = ScenarioCorpus.MemberPaths(template);
        var failures = new List<string>();
        var paths = Enumerable.Range(0, 35).Select(_ => members[random.Next(members.Count)]).Distinct().ToList();

        foreach (var path in paths)
        {
            var (_, failure) = await CheckAsync(client, ScenarioCorpus.Delete(template, path), $"without {path}");
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(paths.Count >= 25, $"only {paths.Count} distinct fields deleted");
    }

    [Fact]
    public async Task Evaluate_ReplacedValues_Return200Or400WithAPath()
    {
        using var client = factory.CreateClient();
        var template = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var random = new Random(Seed + 2);
        var nodes = ScenarioCorpus.AllNodes(template).Select(n => n.GetPath()).ToList();
        var failures = new List<string>();
        var rejected = 0;

        for (var i = 0; i < 60; i++)
        {
            var path = nodes[random.Next(nodes.Count)];
            var raw = ScenarioCorpus.Replacements[random.Next(ScenarioCorpus.Replacements.Length)];
            var json = ScenarioCorpus.Replace(template, path, raw);

            var (status, failure) = await CheckAsync(client, json, $"{path} = {Shorten(raw)}");
            if (failure is not null)
            {
                failures.Add(failure);
            }
            else if (status == HttpStatusCode.BadRequest)
            {
                rejected++;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The corpus is meant to be hostile: most of it must be rejected, or the mutations are not reaching the reader.
        Assert.True(rejected >= 30, $"only {rejected} of 60 replaced documents were rejected");
    }

    [Fact]
    public async Task Evaluate_FacilityMembersDeleted_Return200()
    {
        // Every facility member is optional: a document from before issue 4 must still evaluate.
        using var client = factory.CreateClient();
        var template = FacilityScenario.WithEveryFacilityMember(await client.GetTemplateDocumentAsync("vera-rubin-nvl72"));
        var failures = new List<string>();

        foreach (var path in s_facilityPaths.Where(p => !p.EndsWith(']')))
        {
            var document = template.DeepClone().AsObject();
            var node = JsonPaths.Find(document, path)!;
            node.Parent!.AsObject().Remove(node.GetPropertyName());

            var (status, failure) = await CheckAsync(client, document.ToJsonString(), $"without {path}");
            if (failure is not null || status != HttpStatusCode.OK)
            {
                failures.Add(failure ?? $"without {path}: {(int)status}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Evaluate_FacilityMembersReplaced_Return200Or400WithAPath()
    {
        using var client = factory.CreateClient();
        var template = FacilityScenario.WithEveryFacilityMember(await client.GetTemplateDocumentAsync("vera-rubin-nvl72"));
        var random = new Random(Seed + 3);
        var failures = new List<string>();
        var rejected = 0;
        var posted = 0;

        foreach (var path in s_facilityPaths)
        {
            // Ten of the replacements per member: every member meets each kind of hostility without 500 evaluations.
            foreach (var raw in ScenarioCorpus.Replacements.OrderBy(_ => random.Next()).Take(10))
            {
                var (status, failure) = await CheckAsync(client, ScenarioCorpus.Replace(template, path, raw), $"{path} = {Shorten(raw)}");
                posted++;
                if (failure is not null)
                {
                    failures.Add(failure);
                }
                else if (status == HttpStatusCode.BadRequest)
                {
                    rejected++;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Most replacements are of the wrong type or out of range; if few are rejected, the mutations miss the reader.
        Assert.True(rejected >= posted * 3 / 4, $"only {rejected} of {posted} replaced documents were rejected");
    }

    /// <summary>
    /// Posts one document and returns the status with, when the answer is not acceptable, why: a 500, a 200 that is
    /// not a report, or a 400/413 that is not problem+json with errors whose paths start with "$".
    /// </summary>
    private static async Task<(HttpStatusCode Status, string? Failure)> CheckAsync(HttpClient client, string json, string what)
    {
        using var response = await client.PostScenarioAsync(json);
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return (response.StatusCode, mediaType == "application/json" && IsReport(body)
                    ? Unsound(body) is { Count: > 0 } unsound ? $"{what}: {string.Join("; ", unsound)}" : null
                    : $"{what}: 200 without a readable report: {Shorten(body)}");
            case HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge:
                return (response.StatusCode, mediaType == StudioApiClient.ProblemJson && HasErrorAt(body, null)
                    ? null
                    : $"{what}: {(int)response.StatusCode} without an error whose path starts with $: {Shorten(body)}");
            default:
                return (response.StatusCode, $"{what}: {(int)response.StatusCode} {Shorten(body)}");
        }
    }

    /// <summary>The problem lists at least one error with a message, and each error's path starts with "$" (and is <paramref name="path"/> if given).</summary>
    private static bool HasErrorAt(string body, string? path)
    {
        var problem = JsonSerializer.Deserialize(body, StudioJsonContext.Default.ProblemDto);
        return problem?.Errors is { Count: > 0 } errors
            && errors.All(e => e.Path.StartsWith('$') && !string.IsNullOrWhiteSpace(e.Message))
            && (path is null || errors.Any(e => e.Path == path));
    }

    private static bool IsReport(string body) =>
        JsonSerializer.Deserialize(body, StudioJsonContext.Default.EvaluationReportDto) is { Metrics.Count: > 0 };

    /// <summary>A mutated document is a design nobody drew: its withheld metrics must still point at real findings.</summary>
    private static IReadOnlyList<string> Unsound(string body) =>
        ReportInvariants.WithheldWithoutFinding(JsonSerializer.Deserialize(body, StudioJsonContext.Default.EvaluationReportDto)!);

    private static string Shorten(string text) =>
        text.Length <= 300 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..300]}… ({text.Length} chars)");
}
