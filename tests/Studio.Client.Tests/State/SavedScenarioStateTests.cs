using System.Text;
using System.Text.Json;
using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts;

namespace Studio.Client.Tests.State;

/// <summary>Save, conflict, fork, reload, open and import against the fake store, with no rendering.</summary>
public sealed class SavedScenarioStateTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;
    private readonly SavedScenarioState _saved;

    public SavedScenarioStateTests()
    {
        _http = new HttpClient(_api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") };
        var client = new StudioApiClient(_http);
        var catalog = new CatalogState(client);
        catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
        _editor = new ScenarioEditor(catalog);
        _saved = new SavedScenarioState(_editor, client);
    }

    public void Dispose()
    {
        _saved.Dispose();
        _http.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Save_NewDesign_CreatesVersion1AndIsNoLongerUnsaved()
    {
        _editor.Load(TestCatalog.OneRack(2));
        Assert.True(_saved.HasUnsavedChanges);

        var result = await _saved.SaveAsync();

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Saved: One rack, version 1.", result.Message);
        Assert.Equal(1, _saved.Current!.Version);
        Assert.False(_saved.HasUnsavedChanges);
        Assert.Equal($"s/{_saved.Current.LinkId}", _saved.LinkPath);
        Assert.Equal(["POST /api/scenarios"], _api.StoreRequests);
    }

    [Fact]
    public async Task Save_AfterAnEdit_AddsTheNextVersionBasedOnTheOpenOne()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();
        var first = _saved.Current!;

        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        Assert.True(_saved.HasUnsavedChanges);
        Assert.Null(_saved.LinkPath);
        await _saved.SaveAsync();

        Assert.Equal((first.ScenarioId, 2), (_saved.Current!.ScenarioId, _saved.Current.Version));
        // A version of the same scenario, not a fork of the previous one.
        Assert.Null(_saved.Current.ForkedFromLinkId);
        Assert.Equal($"POST /api/scenarios/{first.ScenarioId}/versions", _api.StoreRequests[^1]);
        Assert.Equal(3, _api.Store[first.ScenarioId].Latest.Document().Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        // Version 1 is as it was saved.
        Assert.Equal(2, _api.Store[first.ScenarioId].Versions[0].Document().Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
    }

    [Fact]
    public async Task Edit_ThenUndoBackToTheSavedDesign_IsNotUnsaved()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();

        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        _editor.Undo();

        Assert.False(_saved.HasUnsavedChanges);
    }

    [Fact]
    public async Task Save_SomeoneSavedSince_SetsTheConflictAndStoresNothing()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();
        var scenarioId = _saved.Current!.ScenarioId;
        var theirs = _api.SaveElsewhere(scenarioId, TestCatalog.Template());
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);

        var result = await _saved.SaveAsync();

        Assert.False(result.Succeeded);
        Assert.Contains("version 2 was saved by someone else", result.Message, StringComparison.Ordinal);
        Assert.Equal((2, theirs.LinkId), (_saved.Conflict!.LatestVersion, _saved.Conflict.LatestLinkId));
        Assert.True(_saved.HasUnsavedChanges);
        Assert.True(_saved.IsBehindLatest);
        Assert.Equal(2, _api.Store[scenarioId].Versions.Count);
    }

    [Fact]
    public async Task Fork_AfterAConflict_SavesTheEditsAsANewScenarioThatRemembersItsSource()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();
        var source = _saved.Current!;
        _api.SaveElsewhere(source.ScenarioId, TestCatalog.Template());
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await _saved.SaveAsync();

        var result = await _saved.ForkAsync();

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(_saved.Conflict);
        Assert.NotEqual(source.ScenarioId, _saved.Current!.ScenarioId);
        Assert.Equal(1, _saved.Current.Version);
        Assert.Equal(source.LinkId, _api.Store[_saved.Current.ScenarioId].ForkedFrom);
        Assert.Equal(source.LinkId, _saved.Current.ForkedFromLinkId);
        Assert.Equal(3, _api.Store[_saved.Current.ScenarioId].Latest.Document().Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        Assert.False(_saved.HasUnsavedChanges);
    }

    [Fact]
    public async Task ReloadLatest_AfterAConflict_OpensTheirVersionAndUndoBringsTheEditsBack()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();
        var theirs = _api.SaveElsewhere(_saved.Current!.ScenarioId, TestCatalog.Template());
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await _saved.SaveAsync();

        Assert.Null(await _saved.ReloadLatestAsync());

        Assert.Equal((2, theirs.LinkId), (_saved.Current!.Version, _saved.Current.LinkId));
        Assert.Equal("Vera Rubin NVL72", _editor.Document.Name);
        Assert.Null(_saved.Conflict);
        Assert.False(_saved.HasUnsavedChanges);
        _editor.Undo();
        Assert.Equal(3, _editor.Document.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
    }

    [Fact]
    public async Task OpenLink_OlderVersion_LoadsItAndKnowsANewerOneExists()
    {
        var first = _api.SeedScenario(TestCatalog.OneRack(1));
        _api.SaveElsewhere(_api.Store.Keys.Single(), TestCatalog.OneRack(3));

        Assert.Null(await _saved.OpenLinkAsync(first.LinkId));

        Assert.Equal((1, 2), (_saved.Current!.Version, _saved.Current.LatestVersion));
        Assert.True(_saved.IsBehindLatest);
        Assert.Single(_editor.Document.Racks[0].Parts, p => p.PartId == TestCatalog.ComputeTray);
        Assert.False(_saved.HasUnsavedChanges);
    }

    [Fact]
    public async Task OpenLink_Unknown_ReturnsTheProblemAndLeavesTheDesign()
    {
        _editor.Load(TestCatalog.OneRack(2));

        var problem = await _saved.OpenLinkAsync("link99999999");

        Assert.Equal(404, problem!.Status);
        Assert.Contains("No saved scenario has the link", problem.Detail, StringComparison.Ordinal);
        Assert.Equal("One rack", _editor.Document.Name);
        Assert.Null(_saved.Current);
    }

    [Fact]
    public async Task Import_ValidFile_OpensItAsANewUnsavedDesign()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();
        var json = JsonSerializer.SerializeToUtf8Bytes(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument);

        var outcome = await _saved.ImportAsync(json);

        Assert.NotNull(outcome.Imported);
        Assert.Equal("Vera Rubin NVL72", _editor.Document.Name);
        Assert.Null(_saved.Current);
        Assert.True(_saved.HasUnsavedChanges);
    }

    [Fact]
    public async Task Import_InvalidFile_ReturnsTheProblemWithItsPathAndKeepsTheDesign()
    {
        _editor.Load(TestCatalog.OneRack(2));

        var outcome = await _saved.ImportAsync(Encoding.UTF8.GetBytes("""{"schemaVersion":7}"""));

        Assert.Null(outcome.Imported);
        Assert.Equal("Format version: Version 7 is not supported: this server reads version 2.", SavedScenarioState.Describe(outcome.Problem));
        Assert.Equal("One rack", _editor.Document.Name);
    }

    [Fact]
    public async Task Save_ServerUnreachable_SaysSoAndKeepsTheDesignUnsaved()
    {
        _editor.Load(TestCatalog.OneRack(2));
        _api.Offline = true;

        var result = await _saved.SaveAsync();

        Assert.False(result.Succeeded);
        Assert.Contains("could not be reached", result.Message, StringComparison.Ordinal);
        Assert.False(_saved.IsBusy);
        Assert.True(_saved.HasUnsavedChanges);
        Assert.Null(_saved.Current);
    }

    [Fact]
    public async Task StartNew_AfterASave_ForgetsTheStoredVersion()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await _saved.SaveAsync();

        _saved.StartNew();
        await _saved.SaveAsync();

        Assert.Equal(2, _api.Store.Count);
    }

    [Fact]
    public void InlineLinkPath_SmallDesign_EncodesItAndALargeOneHasNone()
    {
        _editor.Load(TestCatalog.Template());
        var path = _saved.InlineLinkPath();

        Assert.StartsWith("s/inline#", path, StringComparison.Ordinal);
        _editor.Load(TestCatalog.TooLargeForALink());
        Assert.Null(_saved.InlineLinkPath());
    }
}
