using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Studio.Contracts.Problems;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// POST /api/evaluate with bad input: each is a 400 application/problem+json naming the JSON path of what is wrong
/// and saying what to do, never a 500. Most start from the Vera Rubin template and change one thing.
/// </summary>
public sealed class EvaluateInputErrorTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private const string InvalidScenarioType = "https://aifactory.studio/problems/invalid-scenario";

    [Theory]
    [InlineData("{", "Expected depth to be zero")]
    [InlineData("hello", "'h' is an invalid start of a value")]
    [InlineData("""{"schemaVersion":1,}""", "trailing comma")]
    [InlineData("""{"schemaVersion":1 /* a comment */}""", "'/' is invalid")]
    public async Task Evaluate_BodyIsNotJson_Returns400AtTheRootSayingWhyAndWhere(string body, string reason)
    {
        var problem = await PostExpecting400Async(body);

        var error = problem.AssertError("$", "The body is not valid JSON", reason, "(line 1, byte ");
        Assert.Single(problem.Errors!);
        Assert.Equal(InvalidScenarioType, problem.Type);
        Assert.Equal("The scenario is not valid", problem.Title);
        // One error: the detail repeats it with its path, so a log line alone says what went wrong.
        Assert.Equal($"$: {error.Message}", problem.Detail);
    }

    [Fact]
    public async Task Evaluate_EmptyBody_Returns400SayingTheBodyIsEmpty()
    {
        var problem = await PostExpecting400Async("");

        problem.AssertError("$", "The body is empty", "scenario document as JSON");
    }

    [Theory]
    [InlineData("[1, 2]", "array")]
    [InlineData("null", "null")]
    [InlineData("42", "number")]
    [InlineData("\"scenario\"", "string")]
    public async Task Evaluate_RootIsNotAnObject_Returns400NamingWhatItIs(string body, string kind)
    {
        var problem = await PostExpecting400Async(body);

        problem.AssertError("$", "A scenario document is a JSON object", $"this body is a JSON {kind}.");
    }

    [Fact]
    public async Task Evaluate_SchemaVersionMissing_Returns400AskingForIt()
    {
        var document = await VeraRubinAsync();
        document.Remove("schemaVersion");

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.schemaVersion", "Missing", "\"schemaVersion\": 2");
    }

    [Fact]
    public async Task Evaluate_SchemaVersion3_Returns400SayingWhichVersionIsRead()
    {
        var document = await VeraRubinAsync();
        document["schemaVersion"] = 3;
        // A future document may hold anything: the version error comes alone, not with a list of odd ones.
        document["racks"]![0]!["futureField"] = true;

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.schemaVersion", "Version 3 is not supported", "reads versions 1 to 2");
        Assert.Single(problem.Errors!);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    [InlineData("null")]
    [InlineData("99999999999")]
    public async Task Evaluate_SchemaVersionNotAWholeNumber_Returns400(string version)
    {
        var problem = await PostExpecting400Async($$"""{"schemaVersion":{{version}}}""");

        problem.AssertError("$.schemaVersion", "Must be a whole number", "reads versions 1 to 2");
    }

    [Fact]
    public async Task Evaluate_UnknownPartIdInARack_Returns400AtThatPart()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![3]!["partId"] = "vr.compute-tary";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].parts[3].partId", "Unknown part 'vr.compute-tary'", "Did you mean 'vr.compute-tray'?");
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task Evaluate_UnknownPartIdFarFromAnyId_PointsToTheCatalog()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![3]!["partId"] = "x";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].parts[3].partId", "Unknown part 'x'", "GET /api/catalog lists the parts");
    }

    [Fact]
    public async Task Evaluate_PositionOffTheCanvas_Returns400AtTheCoordinate()
    {
        var json = (await VeraRubinAsync()).ToJsonString().Replace("\"x\":60", "\"x\":1e300", StringComparison.Ordinal);

        var problem = await PostExpecting400Async(json);

        problem.AssertError("$.racks[0].position.x", "out of range");
    }

    [Fact]
    public async Task Evaluate_RackMountedPartInEquipment_Returns400SayingItIsInNoRack()
    {
        var document = await VeraRubinAsync();
        var equipment = document["equipment"]!.AsArray();
        equipment.Add(new JsonObject { ["id"] = "loose-tray", ["partId"] = "vr.compute-tray" });

        var problem = await PostExpecting400Async(document);

        problem.AssertError($"$.equipment[{equipment.Count - 1}].partId", "'vr.compute-tray'", "is in no rack", "rack's \"parts\"");
    }

    [Fact]
    public async Task Evaluate_RackFrameInEquipment_Returns400SayingToListItUnderRacks()
    {
        var document = await VeraRubinAsync();
        document["equipment"]![0]!["partId"] = "vr.rack";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.equipment[0].partId", "'vr.rack' is a rack frame", "\"racks\"");
    }

    [Fact]
    public async Task Evaluate_FloorPartInARack_Returns400SayingItIsFloorEquipment()
    {
        var document = await VeraRubinAsync();
        var parts = document["racks"]![0]!["parts"]!.AsArray();
        parts.Add(new JsonObject { ["id"] = "row-cdu-in-rack", ["partId"] = "vr.cdu-in-row" });

        var problem = await PostExpecting400Async(document);

        problem.AssertError($"$.racks[0].parts[{parts.Count - 1}].partId", "'vr.cdu-in-row' is floor equipment", "\"equipment\"");
    }

    [Fact]
    public async Task Evaluate_RackInsideARack_Returns400SayingRacksDoNotNest()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![0]!["partId"] = "vr.rack";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].parts[0].partId", "racks do not nest");
    }

    [Fact]
    public async Task Evaluate_NegativeRackCount_Returns400WithTheAllowedRange()
    {
        var document = await VeraRubinAsync();
        document["factory"]!["halls"]![0]!["rows"]![0]!["rackCount"] = -5;

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.factory.halls[0].rows[0].rackCount", "-5 racks is out of range", "from 0 to 1,000,000 racks");
    }

    [Fact]
    public async Task Evaluate_NegativeInputTokens_Returns400WithTheAllowedRange()
    {
        var document = await VeraRubinAsync();
        document["workload"]!["inputTokens"] = -1;

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.workload.inputTokens", "-1 tokens is out of range", "from 1 to 10000000 tokens");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public async Task Evaluate_NonFiniteNumberAsString_Returns400WrongType(string value)
    {
        // The contract never reads numbers from strings, so "NaN" and "Infinity" cannot sneak past the range check.
        var document = await VeraRubinAsync();
        document["site"]!["coolantSupplyC"] = value;

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.site.coolantSupplyC", "Wrong type: expected a number, got a string");
    }

    [Fact]
    public async Task Evaluate_NumberBeyondDoubleRange_Returns400OutOfRange()
    {
        var json = (await VeraRubinAsync()).ToJsonString().Replace("\"electricityUsdPerKwh\":0.08", "\"electricityUsdPerKwh\":1e400", StringComparison.Ordinal);

        var problem = await PostExpecting400Async(json);

        problem.AssertError("$.site.electricityUsdPerKwh", "Infinity USD/kWh is out of range");
    }

    [Fact]
    public async Task Evaluate_MisspeltField_Returns400AtThatFieldNamingIt()
    {
        var document = await VeraRubinAsync();
        var site = document["site"]!.AsObject();
        site.Remove("coolantSupplyC");
        site["coolantSuplyC"] = 40;

        var problem = await PostExpecting400Async(document);

        var error = Assert.Single(problem.Errors!);
        Assert.EndsWith(".coolantSuplyC", error.Path, StringComparison.Ordinal);
        problem.AssertError("$.site.coolantSuplyC", "Unknown field 'coolantSuplyC'", "Check its spelling");
    }

    [Fact]
    public async Task Evaluate_UnknownFieldWithADotInItsName_Returns400NamingTheWholeField()
    {
        var problem = await PostExpecting400Async("""{"schemaVersion":1,"site":{"supply.c":40}}""");

        problem.AssertError("$.site['supply.c']", "Unknown field 'supply.c'");
    }

    [Theory]
    [InlineData("$.name")]
    [InlineData("$.site")]
    [InlineData("$.racks")]
    [InlineData("$.racks[0].parts")]
    [InlineData("$.racks[0].parts[0].partId")]
    [InlineData("$.connections[0].to")]
    [InlineData("$.workload.model")]
    public async Task Evaluate_NullForANonNullableField_Returns400AtThatField(string path)
    {
        var document = await VeraRubinAsync();
        SetAt(document, path, null);

        var problem = await PostExpecting400Async(document);

        problem.AssertError(path, "Must not be null", "leave the field out");
    }

    [Theory]
    [InlineData("$.racks[0]", "a rack")]
    [InlineData("$.racks[0].parts[5]", "a part")]
    [InlineData("$.equipment[1]", "an equipment item")]
    [InlineData("$.connections[2]", "a connection")]
    public async Task Evaluate_NullItemInAList_Returns400AtThatItem(string path, string what)
    {
        // Regression: a null list item got past deserialization and the mapper threw (500).
        var document = await VeraRubinAsync();
        SetAt(document, path, null);

        var problem = await PostExpecting400Async(document);

        problem.AssertError(path, "Must not be null", what, "remove the null");
    }

    [Fact]
    public async Task Evaluate_OptionalFieldsNull_Returns200()
    {
        // label, position and settings are optional: null means "not given", not an error.
        var document = await VeraRubinAsync();
        document["racks"]![0]!["label"] = null;
        document["racks"]![0]!["position"] = null;
        document["racks"]![0]!["settings"] = null;
        document["description"] = null;

        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(document);

        await response.ReadReportAsync();
    }

    [Theory]
    [InlineData("\"ten\"", "Wrong type: expected a whole number, got a string (write numbers without quotes)")]
    [InlineData("\"10\"", "Wrong type: expected a whole number, got a string (write numbers without quotes)")]
    [InlineData("true", "Wrong type: expected a whole number, got true")]
    [InlineData("[10]", "Wrong type: expected a whole number, got an array")]
    [InlineData("2.5", "Must be a whole number, not 2.5")]
    [InlineData("3000000000", "Out of range: 3000000000 does not fit")]
    [InlineData("1e400", "Out of range: 1e400 does not fit")]
    public async Task Evaluate_RackCountNotAWholeNumber_Returns400SayingWhatWasSent(string value, string message)
    {
        var json = (await VeraRubinAsync()).ToJsonString().Replace("\"rackCount\":100", $"\"rackCount\":{value}", StringComparison.Ordinal);

        var problem = await PostExpecting400Async(json);

        problem.AssertError("$.factory.halls[0].rows[0].rackCount", message);
    }

    [Theory]
    [InlineData("$.site", "\"ashburn-va\"", "Wrong type: expected an object, got a string")]
    [InlineData("$.racks", "{}", "Wrong type: expected an array, got an object")]
    [InlineData("$.racks[0].settings", "[]", "Wrong type: expected an object of setting keys and numbers, got an array")]
    [InlineData("$.racks[0].parts[0].id", "7", "Wrong type: expected a string, got the number 7")]
    public async Task Evaluate_WrongTypeElsewhere_Returns400NamingExpectedAndActual(string path, string value, string message)
    {
        var document = await VeraRubinAsync();
        SetAt(document, path, JsonNode.Parse(value));

        var problem = await PostExpecting400Async(document);

        problem.AssertError(path, message);
    }

    [Fact]
    public async Task Evaluate_LoneSurrogateInAString_Returns400SayingTheTextIsInvalid()
    {
        var problem = await PostExpecting400Async("""{"schemaVersion":1,"name":"rack \ud800"}""");

        problem.AssertError("$.name", "Not valid text");
    }

    [Fact]
    public async Task Evaluate_InvalidUtf8InAString_Returns400SayingTheTextIsInvalid()
    {
        byte[] body = [.. "{\"schemaVersion\":1,\"name\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertError("$.name", "Not valid text", "UTF-8");
    }

    [Fact]
    public async Task Evaluate_DuplicateIds_Returns400AtTheSecondUse()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![3]!["id"] = "ps-1";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].parts[3].id", "The id 'ps-1' is used twice", "unique in the whole document");
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task Evaluate_EquipmentReusesARackId_Returns400AtTheEquipmentId()
    {
        var document = await VeraRubinAsync();
        document["equipment"]![0]!["id"] = "rack-a1";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.equipment[0].id", "The id 'rack-a1' is used twice");
    }

    [Fact]
    public async Task Evaluate_ConnectionFromAnUnknownRack_Returns400AtFrom()
    {
        var document = await VeraRubinAsync();
        document["connections"]![0]!["from"] = "rack-zz";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.connections[0].from", "No rack has the id 'rack-zz'");
    }

    [Fact]
    public async Task Evaluate_ConnectionFromEquipment_Returns400SayingConnectionsRunFromARack()
    {
        var document = await VeraRubinAsync();
        document["connections"]![1]!["from"] = "sw-2";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.connections[1].from", "'sw-2' is equipment", "from a rack");
    }

    [Fact]
    public async Task Evaluate_ConnectionToUnknownEquipment_Returns400AtTo()
    {
        var document = await VeraRubinAsync();
        document["connections"]![0]!["to"] = "cdu-9";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.connections[0].to", "No equipment has the id 'cdu-9'");
    }

    [Fact]
    public async Task Evaluate_CoolantConnectionToASwitch_Returns400SayingItMustEndAtACdu()
    {
        var document = await VeraRubinAsync();
        document["connections"]![0]!["to"] = "sw-1";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.connections[0].to", "A coolant connection must end at a CDU", "'sw-1' is a switch");
    }

    [Fact]
    public async Task Evaluate_NetworkConnectionToACdu_Returns400SayingItMustEndAtASwitch()
    {
        var document = await VeraRubinAsync();
        document["connections"]![1]!["to"] = "cdu-1";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.connections[1].to", "A network connection must end at a switch", "'cdu-1' is a CDU");
    }

    [Fact]
    public async Task Evaluate_UnknownConnectionKind_Returns400ListingTheKinds()
    {
        var document = await VeraRubinAsync();
        document["connections"]![1]!["kind"] = "power";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.connections[1].kind", "Unknown connection kind 'power'", "\"coolant\"", "\"network\"");
    }

    [Fact]
    public async Task Evaluate_SettingOutOfRange_Returns400WithTheSettingsRangeAndUnit()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["settings"] = new JsonObject { ["flowLitresPerMinutePerKw"] = 99 };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].settings.flowLitresPerMinutePerKw", "99 L/min/kW is out of range", "from 0.5 to 4 L/min/kW");
    }

    [Fact]
    public async Task Evaluate_UnknownSettingKey_Returns400ListingThePartsSettings()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![2]!["settings"] = new JsonObject { ["gpuPowerW"] = 1800 };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].parts[2].settings.gpuPowerW", "'vr.compute-tray' has no setting 'gpuPowerW'", "gpuPowerKw");
    }

    [Fact]
    public async Task Evaluate_SettingOnAPartWithoutSettings_Returns400SayingItHasNone()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![12]!["settings"] = new JsonObject { ["powerKw"] = 1 };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.racks[0].parts[12].settings.powerKw", "'vr.nvlink-switch-tray' has no setting 'powerKw'", "it has no settings");
    }

    [Fact]
    public async Task Evaluate_SettingKeyWithADot_Returns400AtABracketedPath()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["settings"] = new JsonObject { ["flow.rate"] = 1.5 };

        var problem = await PostExpecting400Async(document);

        // $.racks[0].settings.flow.rate would read as member "rate" of member "flow".
        problem.AssertError("$.racks[0].settings['flow.rate']", "no setting 'flow.rate'");
    }

    [Fact]
    public async Task Evaluate_SeveralMistakes_Returns400ListingEveryOneWithItsPath()
    {
        var document = await VeraRubinAsync();
        document["racks"]![0]!["parts"]![3]!["partId"] = "vr.nope";
        document["site"]!["location"] = "atlantis";
        document["workload"]!["precision"] = "fp2";
        document["factory"]!["halls"]![0]!["rows"]![0]!["rack"] = "rack-zz";

        var problem = await PostExpecting400Async(document);

        Assert.Equal("4 problems, listed in 'errors' with the JSON path of each.", problem.Detail);
        problem.AssertError("$.racks[0].parts[3].partId", "Unknown part 'vr.nope'");
        problem.AssertError("$.site.location", "Unknown location 'atlantis'", "ashburn-va");
        problem.AssertError("$.workload.precision", "Unknown precision 'fp2'", "\"nvfp4\"");
        problem.AssertError("$.factory.halls[0].rows[0].rack", "No rack design has the id 'rack-zz'", "'rack-a1'");
    }

    [Fact]
    public async Task Evaluate_NestingDeeperThan32_Returns400SayingTheDepthLimit()
    {
        // Depth 1 is the root object; 40 nested arrays under "name" take it to 41.
        var json = $$"""{"schemaVersion":1,"name":{{new string('[', 40)}}{{new string(']', 40)}}}""";

        var problem = await PostExpecting400Async(json);

        problem.AssertError("$", "The body is not valid JSON", "maximum configured depth of 32");
    }

    [Fact]
    public async Task Evaluate_NestingExactly32_IsParsedAndJudgedOnItsFields()
    {
        // Root object (1) + 31 nested arrays = depth 32: within the limit, so the answer is about the unknown field.
        var json = $$"""{"schemaVersion":1,"deep":{{new string('[', 31)}}{{new string(']', 31)}}}""";

        var problem = await PostExpecting400Async(json);

        problem.AssertError("$.deep", "Unknown field 'deep'");
    }

    [Fact]
    public async Task Evaluate_BodyOverOneMebibyteWithContentLength_Returns413BeforeReadingIt()
    {
        var body = await PaddedVeraRubinAsync((1024 * 1024) + 1);
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("https://aifactory.studio/problems/too-large", problem.Type);
        // The byte count in the message shows the Content-Length check answered.
        problem.AssertError("$", "The body (1048577 bytes) is over the 1024 KiB limit");
    }

    [Fact]
    public async Task Evaluate_BodyOverOneMebibyteChunked_Returns413WhileReading()
    {
        var body = await PaddedVeraRubinAsync(3 * 1024 * 1024);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/evaluate") { Content = new ChunkedContent(body) };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        // No byte count: with no Content-Length the reader stopped at the limit.
        var error = problem.AssertError("$", "The body is over the 1024 KiB limit");
        Assert.DoesNotContain("bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Evaluate_BodyOfExactlyOneMebibyte_IsAccepted(bool chunked)
    {
        var body = await PaddedVeraRubinAsync(1024 * 1024);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/evaluate")
        {
            Content = chunked ? new ChunkedContent(body) : new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await client.SendAsync(request);

        var report = await response.ReadReportAsync();
        Assert.Contains(report.Metrics, m => m.Id == "rack.gpuCount" && m.Value == 72);
    }

    private async Task<JsonObject> VeraRubinAsync()
    {
        using var client = factory.CreateClient();
        return await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
    }

    /// <summary>The Vera Rubin template followed by spaces (valid JSON whitespace) up to exactly <paramref name="length"/> bytes.</summary>
    private async Task<byte[]> PaddedVeraRubinAsync(int length)
    {
        using var client = factory.CreateClient();
        var template = await client.GetByteArrayAsync("/api/templates/vera-rubin-nvl72");
        var body = new byte[length];
        template.CopyTo(body, 0);
        body.AsSpan(template.Length).Fill((byte)' ');
        return body;
    }

    private async Task<ProblemDto> PostExpecting400Async(JsonNode document) => await PostExpecting400Async(document.ToJsonString());

    private async Task<ProblemDto> PostExpecting400Async(string json)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(json);
        return await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>Sets the node at a simple path ($.a.b[2].c) to <paramref name="value"/>.</summary>
    private static void SetAt(JsonObject document, string path, JsonNode? value)
    {
        var parentPath = path[..path.LastIndexOfAny(['.', '['])];
        var last = path[parentPath.Length..];
        var parent = JsonPaths.Find(document, parentPath) ?? throw new ArgumentException($"No node at {parentPath}", nameof(path));
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent.AsObject()[last[1..]] = value;
        }
    }

    /// <summary>A body sent without Content-Length, in 64 KiB writes.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            const int Chunk = 64 * 1024;
            for (var offset = 0; offset < body.Length; offset += Chunk)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(Chunk, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
