using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Contracts;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Scenarios;

/// <summary>
/// The migration chain. Version 1 is the only published format, so these tests use a synthetic "version 0" whose
/// only difference is that it called the name "title": the chain, the reader and the API are exercised end to end
/// without inventing a format the product never had.
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
        Assert.Equal(["0 → 1: 'title' is now 'name'"], read.Migrations);
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
        Assert.Contains("reads versions 0 to 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_StepAtOrAboveTheCurrentVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ScenarioMigrations([new TitleBecameName(), new TitleBecameName()]));
        Assert.Throws<ArgumentException>(() => new ScenarioMigrations([new TitleBecameName()], currentVersion: 0));
    }

    [Fact]
    public async Task ImportAndSave_Version0File_AreMigratedAndStoredAsVersion1()
    {
        await using var server = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(s_withVersion0)));
        using var client = server.CreateClient();

        using var import = await client.PostAsync("/api/import", new StringContent(Version0, Encoding.UTF8, "application/json"));
        var saved = await client.SaveNewAsync(Version0);

        var imported = await import.ReadAsync(HttpStatusCode.OK, StudioJsonContext.Default.ImportedScenarioDto);
        Assert.Equal((0, "From version 0"), (imported.SourceSchemaVersion, imported.Document.Name));
        Assert.Single(imported.Migrations);
        var stored = JsonNode.Parse(await client.ExportAsync(saved.ScenarioId, 1))!;
        Assert.Equal(1, (int)stored["schemaVersion"]!);
        Assert.Equal("From version 0", (string)stored["name"]!);
        Assert.Null(stored["title"]);
    }

    [Fact]
    public async Task Import_Version0WithoutTheTestStep_IsRejected()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/import", new StringContent(Version0, Encoding.UTF8, "application/json"));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).AssertError("$.schemaVersion", "Version 0 is not supported", "reads version 1");
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
