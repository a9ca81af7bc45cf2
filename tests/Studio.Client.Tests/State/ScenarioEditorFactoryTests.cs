using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using System.Text.Json;

namespace Studio.Client.Tests.State;

/// <summary>The editor's factory edits: halls, rows, their ids and refusals, and undo of each.</summary>
public sealed class ScenarioEditorFactoryTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;

    public ScenarioEditorFactoryTests()
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

    private string Json => JsonSerializer.Serialize(_editor.Document, StudioJsonContext.Default.ScenarioDocument);

    private HallDocument Hall(string id) => _editor.FindHall(id) ?? throw new InvalidOperationException($"No hall {id}.");

    private RowDocument Row(string id) => _editor.FindRow(id)?.Row ?? throw new InvalidOperationException($"No row {id}.");

    [Fact]
    public void AddHall_AfterHall1_IsHall2RightOfItAndSelected()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());

        var result = _editor.AddHall();

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("hall-2", result.Id);
        var hall = Hall("hall-2");
        Assert.Equal(("Hall 2", 460.0, 40.0), (hall.Label, hall.Position!.X, hall.Position.Y));
        Assert.Empty(hall.Rows);
        Assert.Equal("hall-2", _editor.SelectedId);
    }

    [Fact]
    public void AddRow_ToAHall_PlacesOneRackOfTheDesignWithTheNextFreeId()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());

        var result = _editor.AddRow("hall-1", "rack-02");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("row-2", result.Id);
        var row = Row("row-2");
        Assert.Equal(("Row 2", "rack-02", 1, "n+1"), (row.Label, row.Rack, row.RackCount, row.CduRedundancy));
        Assert.Equal(["row-1", "row-2"], Hall("hall-1").Rows.Select(r => r.Id));
        Assert.Equal("row-2", _editor.SelectedId);
    }

    [Fact]
    public void AddRow_IdsAreUniqueAcrossHallsAndSkipIdsInUse()
    {
        var document = TestFactory.TwoDesignsOneRow();
        // A rack design that happens to be called "row-2": the next row must not take its id.
        document.Racks[1].Id = "row-2";
        _editor.Load(document);
        var hall2 = _editor.AddHall().Id!;

        var ids = new[] { _editor.AddRow(hall2, "rack-01").Id!, _editor.AddRow("hall-1", "rack-01").Id! };

        Assert.Equal(["row-3", "row-4"], ids);
    }

    [Fact]
    public void AddRow_NoHallGiven_PutsTheRowInANewHallThatOneUndoRemoves()
    {
        var document = TestFactory.TwoDesignsOneRow();
        _editor.Load(document);
        var before = Json;

        var result = _editor.AddRow(null, "rack-02");

        Assert.True(result.Succeeded, result.Message);
        var hall = Hall("hall-2");
        Assert.Equal(("row-2", "rack-02"), (Assert.Single(hall.Rows).Id, hall.Rows[0].Rack));
        _editor.Undo();
        Assert.Equal(before, Json);
    }

    [Fact]
    public void AddRow_UnknownHallOrDesign_IsRefusedAndChangesNothing()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());
        var before = Json;

        Assert.False(_editor.AddRow("hall-9", "rack-01").Succeeded);
        Assert.False(_editor.AddRow("hall-1", "rack-09").Succeeded);

        Assert.Equal(before, Json);
        Assert.False(_editor.CanRedo);
    }

    [Fact]
    public void SetRowRackCount_WholeNumber_SetsItAndUndoRestoresTheOldCount()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow(rackCount: 10));

        var result = _editor.SetRowRackCount("row-1", 250);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(250, Row("row-1").RackCount);
        _editor.Undo();
        Assert.Equal(10, Row("row-1").RackCount);
        _editor.Redo();
        Assert.Equal(250, Row("row-1").RackCount);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ScenarioEditor.MaxRowRacks + 1)]
    public void SetRowRackCount_OutOfRange_IsRefusedAndKeepsTheCount(int count)
    {
        _editor.Load(TestFactory.TwoDesignsOneRow(rackCount: 10));

        var result = _editor.SetRowRackCount("row-1", count);

        Assert.False(result.Succeeded);
        Assert.Equal(10, Row("row-1").RackCount);
    }

    [Fact]
    public void SetRowRackCount_Zero_IsAllowed()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow(rackCount: 10));

        Assert.True(_editor.SetRowRackCount("row-1", 0).Succeeded);

        Assert.Equal(0, Row("row-1").RackCount);
    }

    [Fact]
    public void SetRowRedundancy_KnownValue_SetsItAndUnknownIsRefused()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());

        Assert.True(_editor.SetRowRedundancy("row-1", "2n").Succeeded);
        Assert.False(_editor.SetRowRedundancy("row-1", "n+2").Succeeded);

        Assert.Equal("2n", Row("row-1").CduRedundancy);
        _editor.Undo();
        Assert.Equal("n+1", Row("row-1").CduRedundancy);
    }

    [Fact]
    public void SetRowRackDesign_OtherDesign_KeepsCountAndUndoRestoresTheDesign()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow(rackCount: 12));

        Assert.True(_editor.SetRowRackDesign("row-1", "rack-02").Succeeded);

        Assert.Equal(("rack-02", 12), (Row("row-1").Rack, Row("row-1").RackCount));
        _editor.Undo();
        Assert.Equal("rack-01", Row("row-1").Rack);
    }

    [Fact]
    public void SetRowRackDesign_UnknownDesign_IsRefused()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());

        Assert.False(_editor.SetRowRackDesign("row-1", "rack-09").Succeeded);

        Assert.Equal("rack-01", Row("row-1").Rack);
    }

    [Fact]
    public void RenameHallAndRow_TrimAndBlankLeavesTheLabelOut()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());

        _editor.RenameHall("hall-1", "  North hall ");
        _editor.RenameRow("row-1", "   ");

        Assert.Equal("North hall", Hall("hall-1").Label);
        Assert.Null(Row("row-1").Label);
        _editor.Undo();
        Assert.Equal("Row 1", Row("row-1").Label);
    }

    [Fact]
    public void Remove_Row_RemovesOnlyThatRowAndClearsItsSelection()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());
        _editor.AddRow("hall-1", "rack-02");

        var result = _editor.Remove("row-2");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["row-1"], Hall("hall-1").Rows.Select(r => r.Id));
        Assert.Null(_editor.SelectedId);
    }

    [Fact]
    public void Remove_Hall_RemovesItsRowsAndUndoBringsThemBack()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());
        var before = Json;

        var result = _editor.Remove("hall-1");

        Assert.True(result.Succeeded, result.Message);
        Assert.Empty(_editor.Document.Factory.Halls);
        _editor.Undo();
        Assert.Equal(before, Json);
    }

    [Fact]
    public void Remove_RackDesignThatRowsPlace_RemovesThoseRowsInTheSameUndoableEdit()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());
        _editor.AddRow("hall-1", "rack-02");
        _editor.AddRow("hall-1", "rack-01");
        var before = Json;

        var result = _editor.Remove("rack-01");

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("2 factory rows", result.Message, StringComparison.Ordinal);
        Assert.Equal(["row-2"], Hall("hall-1").Rows.Select(r => r.Id));
        Assert.DoesNotContain(_editor.Document.Factory.Halls.SelectMany(h => h.Rows), r => r.Rack == "rack-01");
        _editor.Undo();
        Assert.Equal(before, Json);
    }

    [Fact]
    public void MoveHall_RoundsThePositionAndIsALayoutChange()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());
        var changes = new List<ScenarioChange>();
        _editor.Changed += changes.Add;

        _editor.MoveHall("hall-1", 300.6, 99.4);

        Assert.Equal((301.0, 99.0), (Hall("hall-1").Position!.X, Hall("hall-1").Position!.Y));
        Assert.Equal([ScenarioChange.Layout], changes);
        _editor.Undo();
        Assert.Equal(40.0, Hall("hall-1").Position!.X);
    }

    [Fact]
    public void AddToCanvas_FirstRackDesignInADocumentWithNoHalls_CreatesHall1WithOneRowOfIt()
    {
        _editor.NewEmpty();

        var rack = _editor.AddToCanvas(TestCatalog.Rack, 60, 40);

        var hall = Assert.Single(_editor.Document.Factory.Halls);
        Assert.Equal(("hall-1", "Hall 1"), (hall.Id, hall.Label));
        var row = Assert.Single(hall.Rows);
        Assert.Equal(("row-1", rack.Id, 1), (row.Id, row.Rack, row.RackCount));
        _editor.Undo();
        Assert.Empty(_editor.Document.Racks);
        Assert.Empty(_editor.Document.Factory.Halls);
    }

    [Fact]
    public void AddToCanvas_SecondRackDesign_LeavesTheFactoryAlone()
    {
        _editor.Load(TestCatalog.OneRack());

        _editor.AddToCanvas(TestCatalog.Rack, 400, 40);

        // The new design is on the canvas, but only the first design was placed for the user: the one row stays as it was.
        Assert.Equal(2, _editor.Document.Racks.Count);
        Assert.Equal([("rack-01", 100)], _editor.Document.Factory.Halls.SelectMany(h => h.Rows).Select(r => (r.Rack, r.RackCount)));
    }

    [Fact]
    public void Undo_AfterAddingASelectedRow_ClearsTheSelectionWithTheRow()
    {
        _editor.Load(TestFactory.TwoDesignsOneRow());
        _editor.AddRow("hall-1", "rack-02");

        _editor.Undo();

        Assert.Null(_editor.FindRow("row-2"));
        Assert.Null(_editor.SelectedId);
    }

    [Fact]
    public void SetRowCdu_FloorCduThenBackToTheDesigns_NamesItAndUndoes()
    {
        _editor.Load(TestCatalog.OneRack());

        Assert.True(_editor.SetRowCdu("row-1", TestCatalog.InRowCdu).Succeeded);
        Assert.Equal(TestCatalog.InRowCdu, _editor.Document.Factory.Halls[0].Rows[0].CduPartId);
        Assert.True(_editor.SetRowCdu("row-1", null).Succeeded);
        Assert.Null(_editor.Document.Factory.Halls[0].Rows[0].CduPartId);

        _editor.Undo();
        Assert.Equal(TestCatalog.InRowCdu, _editor.Document.Factory.Halls[0].Rows[0].CduPartId);
    }

    [Fact]
    public void SetRowCdu_PartThatIsNotAFloorCdu_IsRefusedAndChangesNothing()
    {
        _editor.Load(TestCatalog.OneRack());

        var result = _editor.SetRowCdu("row-1", TestCatalog.ComputeTray);

        Assert.False(result.Succeeded);
        Assert.Contains("not a floor CDU", result.Message, StringComparison.Ordinal);
        Assert.Null(_editor.Document.Factory.Halls[0].Rows[0].CduPartId);
    }
}
