using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Contracts;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// Hundreds of malformed, truncated, oversized and mutated documents (fixed seed, so a failure reproduces) sent as
/// saves. None may get a 500, every refusal must be problem+json with a JSON path, a refused save must leave the
/// store exactly as it was, and whatever is accepted must read back as a valid document, byte for byte canonical.
/// </summary>
public sealed class SaveCorpusTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private const int Seed = 20260407;

    [Fact]
    public async Task SaveVersion_HostileCorpus_NeverFailsAndNeverStoresABadDocument()
    {
        using var client = factory.CreateClient();
        var templateBytes = await client.GetByteArrayAsync("/api/templates/vera-rubin-nvl72");
        var template = JsonNode.Parse(templateBytes)!.AsObject();
        var random = new Random(Seed);
        var corpus = BuildCorpus(templateBytes, template, random);
        var scenario = await client.SaveNewAsync(template.ToJsonString());
        var latest = 1;
        var failures = new List<string>();
        var refused = 0;

        foreach (var (what, body, chunked) in corpus)
        {
            var before = await client.ExportAsync(scenario.ScenarioId, latest);
            using var response = await SendAsync(client, $"/api/scenarios/{scenario.ScenarioId}/versions?baseVersion={latest}", body, chunked);
            var text = await response.Content.ReadAsStringAsync();
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    latest++;
                    if (await StoredProblemAsync(client, scenario.ScenarioId, latest) is { } stored)
                    {
                        failures.Add($"{what}: stored a document that does not read back: {stored}");
                    }

                    break;
                case HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge:
                    refused++;
                    if (!IsProblemWithPaths(response, text))
                    {
                        failures.Add($"{what}: {(int)response.StatusCode} without errors whose paths start with $: {Shorten(text)}");
                    }

                    var history = await client.HistoryAsync(scenario.ScenarioId);
                    var after = await client.ExportAsync(scenario.ScenarioId, latest);
                    if (history.Scenario.LatestVersion != latest || !before.SequenceEqual(after))
                    {
                        failures.Add($"{what}: a refused save changed the store (latest is now {history.Scenario.LatestVersion}, expected {latest})");
                    }

                    break;
                default:
                    failures.Add($"{what}: {(int)response.StatusCode} {Shorten(text)}");
                    break;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(corpus.Count >= 300, $"only {corpus.Count} cases");
        // Hostile on purpose: most of it must be refused, or the mutations are not reaching the intake.
        Assert.True(refused >= corpus.Count * 2 / 3, $"only {refused} of {corpus.Count} refused");
    }

    [Fact]
    public async Task Create_HostileCorpus_StoresOnlyValidScenarios()
    {
        using var client = factory.CreateClient();
        var templateBytes = await client.GetByteArrayAsync("/api/templates/gb300-nvl72");
        var template = JsonNode.Parse(templateBytes)!.AsObject();
        var corpus = BuildCorpus(templateBytes, template, new Random(Seed + 1)).Take(120).ToList();
        var failures = new List<string>();

        foreach (var (what, body, chunked) in corpus)
        {
            using var response = await SendAsync(client, "/api/scenarios", body, chunked);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var saved = JsonSerializer.Deserialize(text, StudioJsonContext.Default.SavedVersionDto)!;
                if (await StoredProblemAsync(client, saved.ScenarioId, 1) is { } stored)
                {
                    failures.Add($"{what}: stored a document that does not read back: {stored}");
                }
            }
            else if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge) || !IsProblemWithPaths(response, text))
            {
                failures.Add($"{what}: {(int)response.StatusCode} {Shorten(text)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Truncations, deletions, replaced values, oversized bodies and bodies that are not a document at all.</summary>
    private static List<(string What, byte[] Body, bool Chunked)> BuildCorpus(byte[] templateBytes, JsonObject template, Random random)
    {
        var corpus = new List<(string, byte[], bool)>();
        foreach (var offset in ScenarioCorpus.TruncationOffsets(templateBytes, random, 60))
        {
            corpus.Add(($"truncated at byte {offset}", templateBytes[..offset], false));
        }

        var members = ScenarioCorpus.MemberPaths(template);
        foreach (var path in Enumerable.Range(0, 60).Select(_ => members[random.Next(members.Count)]).Distinct())
        {
            corpus.Add(($"without {path}", Encoding.UTF8.GetBytes(ScenarioCorpus.Delete(template, path)), false));
        }

        var nodes = ScenarioCorpus.AllNodes(template).Select(n => n.GetPath()).ToList();
        for (var i = 0; i < 150; i++)
        {
            var path = nodes[random.Next(nodes.Count)];
            var raw = ScenarioCorpus.Replacements[random.Next(ScenarioCorpus.Replacements.Length)];
            corpus.Add(($"{path} = {Shorten(raw)}", Encoding.UTF8.GetBytes(ScenarioCorpus.Replace(template, path, raw)), false));
        }

        // Flipped bytes: a document damaged in transit or on disk.
        for (var i = 0; i < 40; i++)
        {
            var damaged = templateBytes.ToArray();
            var at = random.Next(damaged.Length);
            damaged[at] = (byte)random.Next(256);
            corpus.Add(($"byte {at} set to {damaged[at]}", damaged, false));
        }

        foreach (var size in new[] { (1024 * 1024) + 1, 2 * 1024 * 1024 })
        {
            var padded = new byte[size];
            templateBytes.CopyTo(padded, 0);
            padded.AsSpan(templateBytes.Length).Fill((byte)' ');
            corpus.Add(($"{size} bytes", padded, false));
            corpus.Add(($"{size} bytes chunked", padded, true));
        }

        string[] notDocuments = ["", "null", "[]", "\"scenario\"", "42", "{}", """{"schemaVersion":"1"}""", """{"schemaVersion":1.5}""",
            """{"schemaVersion":1,"racks":{}}""", new string('[', 100) + new string(']', 100), "\uFEFF{\"schemaVersion\":1}",
            """{"schemaVersion":1,"name":"a","name":"b"}"""];
        corpus.AddRange(notDocuments.Select(text => ($"body {Shorten(text)}", Encoding.UTF8.GetBytes(text), false)));
        corpus.Add(("invalid UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], false));
        return corpus;
    }

    /// <summary>Null when version <paramref name="version"/> reads back as a valid, canonical document; otherwise what is wrong.</summary>
    private static async Task<string?> StoredProblemAsync(HttpClient client, string scenarioId, int version)
    {
        var stored = await client.ExportAsync(scenarioId, version);
        using var import = await client.PostAsync("/api/import", new ByteArrayContent(stored));
        var text = await import.Content.ReadAsStringAsync();
        if (import.StatusCode != HttpStatusCode.OK)
        {
            return $"import answered {(int)import.StatusCode}: {Shorten(text)}";
        }

        var document = JsonSerializer.Deserialize(text, StudioJsonContext.Default.ImportedScenarioDto)!.Document;
        return JsonSerializer.SerializeToUtf8Bytes(document, StudioJsonContext.Default.ScenarioDocument).AsSpan().SequenceEqual(stored)
            ? null
            : "the stored bytes are not the canonical form of the document they hold";
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, byte[] body, bool chunked)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = chunked;
        return client.SendAsync(request);
    }

    private static bool IsProblemWithPaths(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != StudioApiClient.ProblemJson)
        {
            return false;
        }

        var problem = JsonSerializer.Deserialize(body, StudioJsonContext.Default.ProblemDto);
        return problem?.Errors is { Count: > 0 } errors && errors.All(e => e.Path.StartsWith('$') && !string.IsNullOrWhiteSpace(e.Message));
    }

    private static string Shorten(string text) =>
        text.Length <= 200 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..200]}… ({text.Length} chars)");
}
