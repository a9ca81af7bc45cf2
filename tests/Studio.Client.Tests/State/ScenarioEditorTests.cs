using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Tests.State;

/// <summary>The editor on its own: ids, edits, refusals and undo, with no rendering.</summary>
public sealed class ScenarioEditorTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;

    public ScenarioEditorTests()
    {
        _http = new HttpClient(_api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") };
        var catalog = new CatalogState(new StudioApiClient(_http));
        catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
        _editor = new ScenarioEditor(catalog);
    }

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
    }

    [Fact]
    public void AddPart_AfterCt18_IsCt19AndSelected()
    {
        _editor.Load(TestCatalog.OneRack(18));

        var result = _editor.AddPart("rack-01", TestCatalog.ComputeTray);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("ct-19", result.Id);
        Assert.Equal("ct-19", _editor.Document.Racks[0].Parts[^1].Id);
        Assert.Equal("ct-19", _editor.SelectedId);
    }

    [Fact]
    public void ConnectionTargets_TemplateRackWithASecondCdu_OffersOnlyTheUnconnectedOne()
    {
        _editor.Load(TestCatalog.Template());
        _editor.AddToCanvas(TestCatalog.InRowCdu, 700, 40);

        Assert.Equal(["cdu-02"], _editor.ConnectionTargets("rack-01"));
        Assert.Empty(_editor.ConnectionTargets("cdu-01"));
        Assert.Equal(["rack-01"], _editor.ConnectionTargets("cdu-02"));
        Assert.Empty(_editor.ConnectionTargets("ct-01"));
        Assert.Empty(_editor.ConnectionTargets(null));
    }

    [Fact]
    public void Remove_RackHoldingTheSelectedPart_ClearsTheSelection()
    {
        _editor.Load(TestCatalog.OneRack(2));
        var part = _editor.Document.Racks[0].Parts[0].Id;
        _editor.Select(part);

        _editor.Remove("rack-01");

        Assert.Null(_editor.FindPart(part));
        Assert.Null(_editor.SelectedId);
    }

    [Fact]
    public void AddPart_EachCategory_UsesItsPrefixAndNeverRepeatsAnId()
    {
        _editor.Load(TestCatalog.OneRack(2));

        var ids = new[] { TestCatalog.ComputeTray, TestCatalog.SwitchTray, TestCatalog.SwitchTray, TestCatalog.PowerShelf, TestCatalog.ComputeTray }
            .Select(partId => _editor.AddPart("rack-01", partId).Id)
            .ToList();

        Assert.Equal(["ct-03", "nvs-01", "nvs-02", "ps-02", "ct-04"], ids);
        var all = _editor.Document.Racks[0].Parts.Select(p => p.Id).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void AddPart_KindTheClientHasNoCodeFor_UsesTheIdPrefixTheCatalogSends()
    {
        var catalog = new CatalogState(new StudioApiClient(_http));
        catalog.Use(TestCatalog.WithStorageTray, TestCatalog.Templates);
        var editor = new ScenarioEditor(catalog);
        editor.Load(TestCatalog.OneRack(2));

        var result = editor.AddPart("rack-01", TestCatalog.StorageTray.Id);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("st-01", result.Id);
    }

    [Fact]
    public void AddPart_IdsWithoutPadding_NextIdSkipsPastTheHighest()
    {
        var document = TestCatalog.OneRack(0);
        document.Racks[0].Parts.Add(new PartDocument { Id = "ct-2", PartId = TestCatalog.ComputeTray });
        _editor.Load(document);

        Assert.Equal("ct-03", _editor.AddPart("rack-01", TestCatalog.ComputeTray).Id);
    }

    [Fact]
    public void AddPart_AtIndex_InsertsThere()
    {
        _editor.Load(TestCatalog.OneRack(2));

        _editor.AddPart("rack-01", TestCatalog.SwitchTray, index: 1);

        Assert.Equal(["ps-01", "nvs-01", "ct-01", "ct-02"], _editor.Document.Racks[0].Parts.Select(p => p.Id));
    }

    [Fact]
    public void AddPart_FloorPartOrUnknownRack_IsRefusedAndChangesNothing()
    {
        _editor.Load(TestCatalog.OneRack(1));
        var changes = new List<ScenarioChange>();
        _editor.Changed += changes.Add;

        var floor = _editor.AddPart("rack-01", TestCatalog.InRowCdu);
        var noRack = _editor.AddPart("rack-99", TestCatalog.ComputeTray);

        Assert.False(floor.Succeeded);
        Assert.Contains("floor", floor.Message, StringComparison.Ordinal);
        Assert.False(noRack.Succeeded);
        Assert.Equal(2, _editor.Document.Racks[0].Parts.Count);
        Assert.Empty(changes);
    }

    [Fact]
    public void AddToCanvas_RackAndEquipment_GetPrefixedIdsAndRoundedPositions()
    {
        _editor.Load(TestCatalog.OneRack(0));

        var rack = _editor.AddToCanvas(TestCatalog.Rack, 400.4, 39.6);
        var cdu = _editor.AddToCanvas(TestCatalog.InRowCdu, 10, 20);
        var tray = _editor.AddToCanvas(TestCatalog.ComputeTray, 0, 0);

        Assert.Equal("rack-02", rack.Id);
        Assert.Equal("Rack 2", _editor.FindRack("rack-02")!.Label);
        Assert.Equal((400, 40), (_editor.FindRack("rack-02")!.Position!.X, _editor.FindRack("rack-02")!.Position!.Y));
        Assert.Equal("cdu-01", cdu.Id);
        Assert.False(tray.Succeeded);
        Assert.Equal(2, _editor.Document.Racks.Count);
        Assert.Single(_editor.Document.Equipment);
    }

    [Fact]
    public void AddToCanvas_RackBesideATemplatesRack_IsNamedAfterItsOwnId()
    {
        var document = TestCatalog.OneRack(0);
        document.Racks[0].Id = "rack-a1";
        document.Racks[0].Label = "Rack A1";
        _editor.Load(document);

        var rack = _editor.AddToCanvas(TestCatalog.Rack, 400, 40);

        // Not "Rack 2" (the count of racks): the findings list it by what the editor names it, and so does the canvas.
        Assert.Equal(("rack-01", "Rack 1"), (rack.Id, _editor.FindRack(rack.Id)!.Label));
        Assert.Equal("Rack 1", _editor.DisplayName("rack-01"));
    }

    [Fact]
    public void AddToCanvas_RackAfterADeletion_KeepsItsIdsNumberAndNeverRepeatsALabel()
    {
        _editor.Load(TestCatalog.OneRack(0));
        _editor.AddToCanvas(TestCatalog.Rack, 400, 40);
        _editor.Remove("rack-01");
        _editor.FindRack("rack-02")!.Label = "Rack 3";

        var rack = _editor.AddToCanvas(TestCatalog.Rack, 800, 40);

        Assert.Equal(("rack-03", "Rack 3 (rack-03)"), (rack.Id, _editor.FindRack(rack.Id)!.Label));
    }

    [Fact]
    public void DisplayName_EachKindOfItem_IsWhatTheCanvasShowsForIt()
    {
        _editor.Load(TestCatalog.Template());

        Assert.Equal("Rack 1", _editor.DisplayName("rack-01"));
        Assert.Equal("ct-01", _editor.DisplayName("ct-01"));
        Assert.Equal("In-row CDU (2 MW)", _editor.DisplayName("cdu-01"));
        Assert.Equal("unknown-9", _editor.DisplayName("unknown-9"));
    }

    [Fact]
    public void Remove_Rack_RemovesItsPartsAndConnectionsButKeepsEquipment()
    {
        _editor.Load(TestCatalog.Template());

        var result = _editor.Remove("rack-01");

        Assert.True(result.Succeeded);
        Assert.Empty(_editor.Document.Racks);
        Assert.Empty(_editor.Document.Connections);
        Assert.Equal(2, _editor.Document.Equipment.Count);
        Assert.Null(_editor.FindPart("ct-01"));
    }

    [Fact]
    public void Remove_Equipment_RemovesOnlyItsConnection()
    {
        _editor.Load(TestCatalog.Template());

        _editor.Remove("cdu-01");

        Assert.Equal(["c-02"], _editor.Document.Connections.Select(c => c.Id));
    }

    [Fact]
    public void Remove_UnknownId_IsRefused()
    {
        _editor.Load(TestCatalog.Template());

        Assert.False(_editor.Remove("nope").Succeeded);
        Assert.False(_editor.CanRedo);
    }

    [Theory]
    [InlineData(TestCatalog.InRowCdu, "coolant")]
    [InlineData(TestCatalog.ScaleOutSwitch, "network")]
    public void Connect_RackToEquipment_KindFollowsTheEquipmentsCategory(string equipmentPartId, string kind)
    {
        _editor.Load(TestCatalog.OneRack(1));
        var equipment = _editor.AddToCanvas(equipmentPartId, 400, 40).Id!;

        var result = _editor.Connect("rack-01", equipment);

        Assert.True(result.Succeeded, result.Message);
        var connection = Assert.Single(_editor.Document.Connections);
        Assert.Equal((kind, "rack-01", equipment), (connection.Kind, connection.From, connection.To));
        Assert.Equal(result.Id, connection.Id);
    }

    [Fact]
    public void Connect_SamePairTwice_IsRefused()
    {
        _editor.Load(TestCatalog.Template());

        var result = _editor.Connect("rack-01", "cdu-01");

        Assert.False(result.Succeeded);
        Assert.Contains("already connected", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, _editor.Document.Connections.Count);
    }

    [Fact]
    public void Connect_TargetIsNotFloorEquipment_IsRefused()
    {
        var document = TestCatalog.Template();
        document.Racks.Add(new RackDocument { Id = "rack-02", PartId = TestCatalog.Rack });
        _editor.Load(document);

        Assert.False(_editor.Connect("rack-01", "rack-02").Succeeded);
        Assert.False(_editor.Connect("rack-01", "ct-01").Succeeded);
        Assert.False(_editor.Connect("cdu-01", "sw-01").Succeeded);
        Assert.Equal(2, _editor.Document.Connections.Count);
    }

    [Fact]
    public void UndoRedo_AfterTwoEdits_RoundTripsTheDocument()
    {
        _editor.Load(TestCatalog.OneRack(1));
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        _editor.SetSetting("ct-01", TestCatalog.GpuPowerSetting, 2.1);

        _editor.Undo();
        Assert.False(_editor.FindPart("ct-01")!.Value.Part.Settings?.ContainsKey(TestCatalog.GpuPowerSetting) ?? false);
        Assert.NotNull(_editor.FindPart("ct-02"));

        _editor.Undo();
        Assert.Null(_editor.FindPart("ct-02"));
        Assert.True(_editor.CanRedo);

        _editor.Redo();
        _editor.Redo();
        Assert.NotNull(_editor.FindPart("ct-02"));
        Assert.Equal(2.1, _editor.FindPart("ct-01")!.Value.Part.Settings![TestCatalog.GpuPowerSetting]);
        Assert.False(_editor.CanRedo);
    }

    [Fact]
    public void Undo_AfterRemovingSelectedRack_RestoresRackAndConnections()
    {
        _editor.Load(TestCatalog.Template());
        _editor.Select("rack-01");
        _editor.Remove("rack-01");
        Assert.Null(_editor.SelectedId);

        _editor.Undo();

        Assert.Equal(4, _editor.FindRack("rack-01")!.Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        Assert.Equal(["c-01", "c-02"], _editor.Document.Connections.Select(c => c.Id));
    }

    [Fact]
    public void Edit_AfterUndo_ClearsRedo()
    {
        _editor.Load(TestCatalog.OneRack(1));
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        _editor.Undo();

        _editor.AddPart("rack-01", TestCatalog.SwitchTray);

        Assert.False(_editor.CanRedo);
    }

    [Fact]
    public void MoveNode_IsALayoutChange_SelectIsASelectionChange_EditsAreDesignChanges()
    {
        _editor.Load(TestCatalog.Template());
        var changes = new List<ScenarioChange>();
        _editor.Changed += changes.Add;

        _editor.MoveNode("cdu-01", 500.2, 80.7);
        _editor.SetLabel("rack-01", "A1");
        _editor.Select("ct-01");
        _editor.Select("ct-01");
        _editor.SetSetting("ct-01", TestCatalog.GpuPowerSetting, 2.0);
        _editor.Edit(d => d.Site.CoolantSupplyC = 40);

        Assert.Equal([ScenarioChange.Layout, ScenarioChange.Layout, ScenarioChange.Selection, ScenarioChange.Design, ScenarioChange.Design], changes);
        Assert.Equal((500, 81), (_editor.FindEquipment("cdu-01")!.Position!.X, _editor.FindEquipment("cdu-01")!.Position!.Y));
    }

    [Fact]
    public void SetSetting_Null_RemovesTheOverride()
    {
        _editor.Load(TestCatalog.OneRack(1));
        _editor.SetSetting("ct-01", TestCatalog.GpuPowerSetting, 2.1);

        _editor.SetSetting("ct-01", TestCatalog.GpuPowerSetting, null);

        Assert.False(_editor.FindPart("ct-01")!.Value.Part.Settings?.ContainsKey(TestCatalog.GpuPowerSetting) ?? false);
    }

    [Fact]
    public void UndoIfLatest_AfterALaterEdit_UndoesNothing()
    {
        _editor.Load(TestCatalog.OneRack(2));
        _editor.Remove("ct-01");
        var deletion = _editor.Revision;
        _editor.AddHall();

        Assert.False(_editor.UndoIfLatest(deletion));
        Assert.Equal(2, _editor.Document.Factory.Halls.Count);

        _editor.Undo();
        Assert.True(_editor.UndoIfLatest(_editor.Revision));
        Assert.Contains(_editor.Document.Racks[0].Parts, p => p.Id == "ct-01");
    }
}
