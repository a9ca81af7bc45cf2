using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.State;

/// <summary>The editor's power-train edits: each writes its member, refuses bad input with its message, clears to the default and undoes.</summary>
public sealed class ScenarioEditorPowerTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;

    public ScenarioEditorPowerTests()
    {
        _http = new HttpClient(_api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") };
        var catalog = new CatalogState(new StudioApiClient(_http));
        catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
        _editor = new ScenarioEditor(catalog);
        _editor.Load(TestCatalog.Template());
    }

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
    }

    [Fact]
    public void SetPowerFeed_800vdc_WritesTheFeed()
    {
        var result = _editor.SetPowerFeed("800vdc");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("800vdc", _editor.Document.Power?.Feed);
        Assert.Equal("The racks are fed at 800 V DC.", result.Message);
    }

    [Fact]
    public void SetPowerFeed_UnknownFeed_IsRefusedAndTheDocumentKeepsItsPlan()
    {
        var result = _editor.SetPowerFeed("600vac");

        Assert.False(result.Succeeded);
        Assert.Equal("Unknown feed '600vac': use 415vac, 480vac or 800vdc.", result.Message);
        Assert.Null(_editor.Document.Power);
    }

    [Fact]
    public void SetRedundancies_EachBlock_WritesItsOwnMember()
    {
        Assert.True(_editor.SetTransformerRedundancy("2n").Succeeded);
        Assert.True(_editor.SetUpsRedundancy("n+1").Succeeded);
        Assert.True(_editor.SetGeneratorRedundancy("n").Succeeded);

        var power = _editor.Document.Power!;
        Assert.Equal(("2n", "n+1", "n"), (power.TransformerRedundancy, power.UpsRedundancy, power.GeneratorRedundancy));
    }

    [Fact]
    public void SetUpsRedundancy_Unknown_IsRefusedWithTheChoices()
    {
        var result = _editor.SetUpsRedundancy("3n");

        Assert.False(result.Succeeded);
        Assert.Equal("Unknown ups redundancy '3n': use n, n+1, 2n or dr.", result.Message);
    }

    [Fact]
    public void SetTransformerRedundancy_Null_ReturnsToTheDefaultAndDropsAnEmptyPlan()
    {
        _editor.SetTransformerRedundancy("2n");

        var result = _editor.SetTransformerRedundancy(null);

        Assert.True(result.Succeeded);
        Assert.Equal("Transformer redundancy back to its default (N+1).", result.Message);
        Assert.Null(_editor.Document.Power);
    }

    [Fact]
    public void ClearingAField_WithThePowerModeSet_KeepsTheMode()
    {
        _editor.Edit(d => (d.Power ??= new()).Mode = "maxP");
        _editor.SetPowerFeed("480vac");

        _editor.SetPowerFeed(null);

        Assert.Equal("maxP", _editor.Document.Power?.Mode);
        Assert.Null(_editor.Document.Power!.Feed);
    }

    [Fact]
    public void SetGenerators_Off_WritesFalse_AndOnAgainLeavesItOut()
    {
        _editor.SetGenerators(false);
        Assert.False(_editor.Document.Power?.Generators);

        _editor.SetGenerators(true);

        // On is the default: the document says nothing rather than repeating it.
        Assert.Null(_editor.Document.Power);
    }

    [Fact]
    public void SetBess_On_WritesTrue()
    {
        var result = _editor.SetBess(true);

        Assert.True(result.Succeeded);
        Assert.True(_editor.Document.Power?.Bess);
    }

    [Fact]
    public void SetGridInterconnectMw_InRange_WritesIt()
    {
        Assert.True(_editor.SetGridInterconnectMw(250).Succeeded);

        Assert.Equal(250, _editor.Document.Power?.GridInterconnectMw);
    }

    [Fact]
    public void SetGridInterconnectMw_OutOfRange_IsRefusedWithTheRange()
    {
        var result = _editor.SetGridInterconnectMw(50_000);

        Assert.False(result.Succeeded);
        Assert.Equal("Grid interconnect: Out of range: use a value from 0.1 to 20000.", result.Message);
        Assert.Null(_editor.Document.Power);
    }

    [Fact]
    public void SetCounts_EachCount_WritesItsOwnMember()
    {
        _editor.SetTransformerCount(4);
        _editor.SetUpsModuleCount(90);
        _editor.SetGeneratorCount(36);

        var power = _editor.Document.Power!;
        Assert.Equal((4, 90, 36), (power.TransformerCount, power.UpsModuleCount, power.GeneratorCount));
    }

    [Fact]
    public void SetUpsModuleCount_BeyondTheServersLimit_IsRefused()
    {
        var result = _editor.SetUpsModuleCount(100_001);

        Assert.False(result.Succeeded);
        Assert.Equal("UPS modules: Out of range: use a whole number from 0 to 100000.", result.Message);
    }

    [Fact]
    public void SetGeneratorCount_Null_ReturnsToSized()
    {
        _editor.SetGeneratorCount(12);

        var result = _editor.SetGeneratorCount(null);

        Assert.Equal("Generators back to the default (sized).", result.Message);
        Assert.Null(_editor.Document.Power);
    }

    [Fact]
    public void Undo_AfterAPowerEdit_RestoresThePreviousPlan()
    {
        _editor.SetPowerFeed("800vdc");
        _editor.SetUpsRedundancy("2n");

        _editor.Undo();

        Assert.Equal("800vdc", _editor.Document.Power?.Feed);
        Assert.Null(_editor.Document.Power!.UpsRedundancy);
        _editor.Undo();
        Assert.Null(_editor.Document.Power);
    }

    [Fact]
    public void SetPowerFeed_SameValue_TakesNoUndoStep()
    {
        _editor.SetPowerFeed("800vdc");
        var revision = _editor.Revision;

        var result = _editor.SetPowerFeed("800vdc");

        Assert.Equal("Unchanged.", result.Message);
        Assert.Equal(revision, _editor.Revision);
    }
}
