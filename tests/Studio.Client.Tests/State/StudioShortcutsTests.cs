using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.State;

public sealed class StudioShortcutsTests
{
    [Theory]
    [InlineData("z", true, false, false, false, StudioCommand.Undo)]
    [InlineData("Z", false, false, false, true, StudioCommand.Undo)]
    [InlineData("y", true, false, false, false, StudioCommand.Redo)]
    [InlineData("Z", true, true, false, false, StudioCommand.Redo)]
    [InlineData("z", false, true, false, true, StudioCommand.Redo)]
    [InlineData("Escape", false, false, false, false, StudioCommand.ClearSelection)]
    public void Resolve_StudioKeys_GiveTheirCommand(string key, bool ctrl, bool shift, bool alt, bool meta, StudioCommand expected)
    {
        Assert.Equal(expected, StudioShortcuts.Resolve(key, ctrl, shift, alt, meta));
    }

    [Theory]
    [InlineData("z", false, false, false, false)]
    [InlineData("z", true, false, true, false)]
    [InlineData("y", true, true, false, false)]
    [InlineData("Escape", true, false, false, false)]
    [InlineData("s", true, false, false, false)]
    public void Resolve_OtherKeys_AreLeftToTheBrowser(string key, bool ctrl, bool shift, bool alt, bool meta)
    {
        Assert.Null(StudioShortcuts.Resolve(key, ctrl, shift, alt, meta));
    }

    [Fact]
    public void Run_UndoThenRedo_StepsThroughTheEditorsHistory()
    {
        var editor = new ScenarioEditor(new CatalogState(null!));
        editor.Load(TestCatalog.OneRack(1));
        editor.SetLabel("rack-01", "Renamed");

        Assert.True(editor.Run(StudioCommand.Undo));
        Assert.Equal("Rack 1", editor.FindRack("rack-01")!.Label);
        Assert.True(editor.Run(StudioCommand.Redo));
        Assert.Equal("Renamed", editor.FindRack("rack-01")!.Label);
        Assert.False(editor.Run(StudioCommand.Redo));
    }

    [Fact]
    public void Run_ClearSelection_SelectsNothing()
    {
        var editor = new ScenarioEditor(new CatalogState(null!));
        editor.Load(TestCatalog.OneRack(1));
        editor.Select("ct-01");

        Assert.True(editor.Run(StudioCommand.ClearSelection));
        Assert.Null(editor.SelectedId);
        Assert.False(editor.Run(StudioCommand.ClearSelection));
    }
}
