using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Studio.Client.Components.Factory;
using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Factory;

/// <summary>The factory's list of rack designs: what each is, where it is used, and dragging or adding it as a row.</summary>
public sealed class RackDesignListTests : StudioTestContext
{
    private RackDesignDrag DesignDrag => Ctx.Services.GetRequiredService<RackDesignDrag>();

    [Fact]
    public async Task Render_ListsEveryDesignWithItsGpusAndTheRowsPlacingIt()
    {
        await EditAsync(e => e.Load(TestFactory.TwoDesignsOneRow()));
        await WaitForEvaluationAsync();

        var cut = Ctx.Render<RackDesignList>();

        Assert.Equal(["rack-01", "rack-02"], cut.FindAll(".design-item").Select(i => i.GetAttribute("data-rack-design")));
        Assert.Equal("16 GPUs", cut.Find("[data-rack-design='rack-01'] .design-meta").TextContent.Split(" · ")[0]);
        Assert.EndsWith("in 1 row", cut.Find("[data-rack-design='rack-01'] .design-meta").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("in no row", cut.Find("[data-rack-design='rack-02'] .design-meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DragStart_OnADesign_RemembersItForTheDrop()
    {
        await EditAsync(e => e.Load(TestFactory.TwoDesignsOneRow()));
        var cut = Ctx.Render<RackDesignList>();

        cut.Find("[data-rack-design='rack-02']").DragStart();

        Assert.Equal("rack-02", DesignDrag.RackId);
    }

    [Fact]
    public async Task AddButton_WithAHallSelected_AddsARowOfTheDesignThere()
    {
        var document = TestFactory.TwoDesignsOneRow();
        await EditAsync(e => e.Load(document));
        await EditAsync(e => e.AddHall());
        var cut = Ctx.Render<RackDesignList>();

        cut.Find("[data-rack-design='rack-02'] button[data-testid='add-row-of-design']").Click();

        var row = Assert.Single(Editor.FindHall("hall-2")!.Rows);
        Assert.Equal(("rack-02", 1), (row.Rack, row.RackCount));
    }

    [Fact]
    public async Task AddButton_FactoryWithNoHalls_MakesAHallForTheRow()
    {
        var document = TestCatalog.Template();
        document.Factory.Halls.Clear();
        await EditAsync(e => e.Load(document));
        var cut = Ctx.Render<RackDesignList>();

        cut.Find("[data-rack-design='rack-01'] button[data-testid='add-row-of-design']").Click();

        var hall = Assert.Single(Editor.Document.Factory.Halls);
        Assert.Equal("rack-01", Assert.Single(hall.Rows).Rack);
    }
}
