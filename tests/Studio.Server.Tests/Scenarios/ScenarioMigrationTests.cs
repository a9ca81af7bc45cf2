using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Contracts;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Scenarios;

/// <summary>
/// The migration chain: the shipped step from version 1 (a rack count) to 2 (a factory layout), run on every document
/// version 1 wrote, and a synthetic "version 0" whose only difference is that it called the name "title", so the
/// chain of several steps, the reader and the API are exercised end to end.
/// </summary>
public sealed class ScenarioMigrationTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private static readonly ScenarioMigrations s_withVersion0 = new([new TitleBecameName(), new RackCountBecameLayout()]);

    private const string Version0 = """{"schemaVersion":0,"title":"From version 0","factory":{"rackCount":4}}""";

    [Fact]
    public void Builtin_Version1And2_MigratesFrom1Only()
    {
        Assert.Equal(2, ScenarioMigrations.Builtin.CurrentVersion);
        Assert.Equal(1, ScenarioMigrations.Builtin.OldestVersion);
        Assert.True(ScenarioMigrations.Builtin.CanMigrate(1));
        Assert.False(ScenarioMigrations.Builtin.CanMigrate(0));
    }

    [Fact]
    public void Parse_OlderVersion_MigratesAndSaysWhatChanged()
    {
        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(Version0), s_withVersion0);

        Assert.Empty(read.Errors);
        // No racks: v1 built no factory from it, so the layout has no halls.
        Assert.Equal(("From version 0", 0, 2), (read.Document!.Name, read.Document.Factory.Halls.Count, read.Document.SchemaVersion));
        Assert.Equal(0, read.SourceSchemaVersion);
        Assert.Equal("0 → 1: 'title' is now 'name'", read.Migrations[0]);
        Assert.StartsWith("1 → 2: factory.rackCount became a factory layout", read.Migrations[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OlderVersionWithAnError_ReportsItWithItsPath()
    {
        var read = ScenarioReader.Parse("""{"schemaVersion":0,"title":"x","factory":{"rackCount":"four"}}"""u8.ToArray(), s_withVersion0);

        var error = Assert.Single(read.Errors);
        Assert.Equal("$.factory.rackCount", error.Path);
    }

    [Fact]
    public void Parse_VersionBelowTheChain_IsRejectedWithTheReadableRange()
    {
        var read = ScenarioReader.Parse("""{"schemaVersion":-1}"""u8.ToArray(), s_withVersion0);

        var error = Assert.Single(read.Errors);
        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Contains("reads versions 0 to 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vera-rubin-nvl72", 72)]
    [InlineData("gb200-nvl72", 72)]
    [InlineData("gb300-nvl72", 72)]
    public void Parse_Version1Sample_OpensAsOneRowOfItsRackCountAndSaysSo(string file, int gpusPerRack)
    {
        var json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Scenarios", "V1Documents", file + ".json"));
        var v1 = JsonNode.Parse(json)!;

        var read = ScenarioReader.Parse(json);
        var mapped = factory.Services.GetRequiredService<ScenarioMapper>().Map(read.Document!);

        Assert.Empty(read.Errors);
        Assert.Empty(mapped.Errors);
        Assert.Equal((1, 2), (read.SourceSchemaVersion, read.Document!.SchemaVersion));
        Assert.Contains("shared by each row", Assert.Single(read.Migrations), StringComparison.Ordinal);
        var row = Assert.Single(Assert.Single(read.Document.Factory.Halls).Rows);
        Assert.Equal(((string)v1["racks"]![0]!["id"]!, (int)v1["factory"]!["rackCount"]!, "n+1"), (row.Rack, row.RackCount, row.CduRedundancy));
        // Everything but the factory is carried over untouched.
        Assert.Equal(v1["racks"]![0]!["parts"]!.AsArray().Select(p => (string)p!["partId"]!), read.Document.Racks[0].Parts.Select(p => p.PartId));
        Assert.Equal(v1["equipment"]!.AsArray().Count, read.Document.Equipment.Count);
        Assert.Equal(100 * gpusPerRack, factory.Services.GetRequiredService<Engine.Evaluation.ScenarioEvaluator>()
            .Evaluate(mapped.Scenario!).Find(Engine.Evaluation.MetricIds.FactoryGpuCount)!.Band!.Value.Value);
    }

    [Fact]
    public void Parse_Version1WithTwoComputeRacks_SplitsTheCountAndKeepsOtherRacksInProportion()
    {
        const string V1 = """
            {"schemaVersion":1,"racks":[
              {"id":"a","partId":"vr.rack","parts":[{"id":"a1","partId":"vr.compute-tray"}]},
              {"id":"b","partId":"vr.rack","parts":[{"id":"b1","partId":"vr.compute-tray"}]},
              {"id":"row-1","partId":"vr.rack","parts":[{"id":"p1","partId":"vr.power-shelf"}]}],
             "factory":{"rackCount":7,"crews":3}}
            """;

        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(V1));

        Assert.Empty(read.Errors);
        var rows = Assert.Single(read.Document!.Factory.Halls).Rows;
        // 7 compute racks split 4 + 3; the third rack was one per two compute racks: 3.5, rounded to 4.
        Assert.Equal([("a", 4), ("b", 3), ("row-1", 4)], rows.Select(r => (r.Rack, r.RackCount)));
        Assert.Equal(["row-1-2", "row-2", "row-3"], rows.Select(r => r.Id));
        Assert.Equal(3, read.Document.Factory.Crews);
    }

    [Fact]
    public void Constructor_StepAtOrAboveTheCurrentVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ScenarioMigrations([new TitleBecameName(), new TitleBecameName()]));
        Assert.Throws<ArgumentException>(() => new ScenarioMigrations([new TitleBecameName()], currentVersion: 0));
    }

    [Fact]
    public async Task ImportAndSave_Version0File_AreMigratedAndStoredAsTheCurrentVersion()
    {
        await using var server = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(s_withVersion0)));
        using var client = server.CreateClient();

        using var import = await client.PostAsync("/api/import", new StringContent(Version0, Encoding.UTF8, "application/json"));
        var saved = await client.SaveNewAsync(Version0);

        var imported = await import.ReadAsync(HttpStatusCode.OK, StudioJsonContext.Default.ImportedScenarioDto);
        Assert.Equal((0, "From version 0"), (imported.SourceSchemaVersion, imported.Document.Name));
        Assert.Equal(2, imported.Migrations.Count);
        var stored = JsonNode.Parse(await client.ExportAsync(saved.ScenarioId, 1))!;
        Assert.Equal(2, (int)stored["schemaVersion"]!);
        Assert.Equal("From version 0", (string)stored["name"]!);
        Assert.Null(stored["title"]);
    }

    [Fact]
    public async Task Import_Version0WithoutTheTestStep_IsRejected()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/import", new StringContent(Version0, Encoding.UTF8, "application/json"));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError("$.schemaVersion", "Version 0 is not supported", "reads versions 1 to 2");
    }

    /// <summary>The synthetic step: version 0 named the scenario "title".</summary>
    private sealed class TitleBecameName : IScenarioMigration
    {
        public int FromVersion => 0;

        public string Description => "'title' is now 'name'";

        public void Apply(JsonObject document)
        {
            if (document.Remove("title", out var title))
            {
                document["name"] = title;
            }
        }
    }
}
