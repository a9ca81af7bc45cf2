using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Studio.Client.Components.Store;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Store;

public sealed class ScenarioBrowserTests : StudioTestContext
{
    private IRenderedComponent<ScenarioBrowser> RenderBrowser(Action? onOpened = null)
    {
        var cut = Ctx.Render<ScenarioBrowser>(p => p.Add(b => b.OnOpened, () => onOpened?.Invoke()));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-progress-linear")));
        return cut;
    }

    private static string Row(string scenarioId) => $"tr[data-scenario-id='{scenarioId}']";

    /// <summary>One saved scenario ("One rack") in the list, its rename started and <paramref name="name"/> typed.</summary>
    private (IRenderedComponent<ScenarioBrowser> Cut, string ScenarioId) StartRename(string name)
    {
        Api.SeedScenario(TestCatalog.OneRack(1));
        var scenarioId = Api.Store.Keys.Single();
        var cut = RenderBrowser();
        cut.Find($"{Row(scenarioId)} button[data-action='rename']").Click();
        cut.Find("[data-testid='rename-input']").Input(name);
        return (cut, scenarioId);
    }

    [Fact]
    public void Render_EmptyStore_SaysHowScenariosGetThere()
    {
        var cut = RenderBrowser();

        Assert.Contains("No saved scenarios yet", cut.Find("[data-testid='no-scenarios']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SavedScenarios_ListsThemNewestFirstWithTheirLatestVersion()
    {
        Api.SeedScenario(TestCatalog.OneRack(1));
        var newer = TestCatalog.Template();
        Api.SeedScenario(newer);
        Api.SaveElsewhere(Api.Store.Keys.Last(), newer);

        var cut = RenderBrowser();

        Assert.Equal(["Vera Rubin NVL72", "One rack"], cut.FindAll("td.name").Select(c => c.TextContent.Trim()));
        Assert.Equal(["v2", "v1"], cut.FindAll("tbody tr[data-scenario-id] td:nth-child(2)").Select(c => c.TextContent));
    }

    [Fact]
    public void Open_Scenario_LoadsItsLatestVersionIntoTheEditorAndReportsIt()
    {
        var first = Api.SeedScenario(TestCatalog.OneRack(1));
        var scenarioId = Api.Store.Keys.Single();
        var latest = Api.SaveElsewhere(scenarioId, TestCatalog.Template());
        var opened = false;
        var cut = RenderBrowser(() => opened = true);

        cut.Find($"{Row(scenarioId)} button[data-action='open']").Click();

        cut.WaitForAssertion(() => Assert.True(opened));
        Assert.Equal((latest.LinkId, 2), (Saved.Current!.LinkId, Saved.Current.Version));
        Assert.Equal("Vera Rubin NVL72", Editor.Document.Name);
        Assert.NotEqual(first.LinkId, Saved.Current.LinkId);
    }

    [Fact]
    public void History_Scenario_ListsEveryVersionAndOpensAnOlderOne()
    {
        var first = Api.SeedScenario(TestCatalog.OneRack(1));
        var scenarioId = Api.Store.Keys.Single();
        Api.SaveElsewhere(scenarioId, TestCatalog.Template());
        var cut = RenderBrowser();

        cut.Find($"{Row(scenarioId)} button[data-action='history']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["2", "1"], cut.FindAll("li[data-version]").Select(l => l.GetAttribute("data-version"))));
        cut.Find("li[data-version='1'] button[data-action='open-version']").Click();

        cut.WaitForAssertion(() => Assert.Equal(first.LinkId, Saved.Current?.LinkId));
        Assert.True(Saved.IsBehindLatest);
        Assert.Equal("One rack", Editor.Document.Name);
    }

    [Fact]
    public void Fork_OlderVersion_CopiesItAndOpensTheCopy()
    {
        var first = Api.SeedScenario(TestCatalog.OneRack(1));
        var scenarioId = Api.Store.Keys.Single();
        Api.SaveElsewhere(scenarioId, TestCatalog.Template());
        var cut = RenderBrowser();
        cut.Find($"{Row(scenarioId)} button[data-action='history']").Click();

        cut.WaitForElement("li[data-version='1'] button[data-action='fork-version']").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, Api.Store.Count));
        var fork = Api.Store.Values.Single(s => s.Id != scenarioId);
        Assert.Equal(first.LinkId, fork.ForkedFrom);
        cut.WaitForAssertion(() => Assert.Equal(fork.Id, Saved.Current?.ScenarioId));
        Assert.Equal("Copy of One rack", Editor.Document.Name);
    }

    [Fact]
    public void Rename_Scenario_SavesANewVersionUnderTheNewName()
    {
        var (cut, scenarioId) = StartRename("Hall B");

        cut.Find("button[data-action='rename-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Hall B", cut.Find($"{Row(scenarioId)} td.name").TextContent.Trim()));
        Assert.Equal(2, Api.Store[scenarioId].Versions.Count);
        Assert.Equal("One rack", Api.Store[scenarioId].Versions[0].Name);
    }

    [Fact]
    public void Rename_EnterInTheNameField_RenamesLikeTheButton()
    {
        var (cut, scenarioId) = StartRename("Hall B");

        cut.Find("[data-testid='rename-input']").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Equal("Hall B", cut.Find($"{Row(scenarioId)} td.name").TextContent.Trim()));
        Assert.Equal(2, Api.Store[scenarioId].Versions.Count);
    }

    [Fact]
    public void Rename_EscapeInTheNameField_CancelsAndSavesNothing()
    {
        var (cut, scenarioId) = StartRename("Hall B");

        cut.Find("[data-testid='rename-input']").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(cut.FindAll("[data-testid='rename-input']"));
        Assert.Equal("One rack", cut.Find($"{Row(scenarioId)} td.name").TextContent.Trim());
        Assert.Single(Api.Store[scenarioId].Versions);
    }

    [Fact]
    public void Search_AsYouType_ListsOnlyTheScenariosWhoseNameMatches()
    {
        Api.SeedScenario(TestCatalog.OneRack(1));
        Api.SeedScenario(TestCatalog.Template());
        var cut = RenderBrowser();

        cut.Find("input[data-testid='scenario-search']").Input("vera");

        cut.WaitForAssertion(() => Assert.Equal(["Vera Rubin NVL72"], cut.FindAll("td.name").Select(c => c.TextContent.Trim())));

        cut.Find("input[data-testid='scenario-search']").Input("nothing like it");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("td.name")));
        Assert.Contains("nothing like it", cut.Find("[data-testid='no-scenario-matches']").TextContent, StringComparison.Ordinal);

        cut.Find("input[data-testid='scenario-search']").Input("");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("td.name").Count));
    }

    [Fact]
    public void Rename_BlankName_ShowsWhyAndKeepsTheScenario()
    {
        var (cut, scenarioId) = StartRename("   ");

        cut.Find("button[data-action='rename-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Not renamed: Name: Must not be blank", cut.Find("[data-testid='browser-error']").TextContent, StringComparison.Ordinal));
        Assert.Single(Api.Store[scenarioId].Versions);
    }

    [Fact]
    public void Delete_Cancelled_KeepsTheScenario()
    {
        Api.SeedScenario(TestCatalog.OneRack(1));
        var scenarioId = Api.Store.Keys.Single();
        var dialogs = Ctx.Render<MudDialogProvider>();
        var cut = RenderBrowser();

        cut.Find($"{Row(scenarioId)} button[data-action='delete']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("This cannot be undone", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("This cannot be undone", dialogs.Markup, StringComparison.Ordinal));
        Assert.Single(Api.Store);
        Assert.DoesNotContain(Api.StoreRequests, r => r.StartsWith("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesItAndTheOpenDesignStaysAsUnsaved()
    {
        var first = Api.SeedScenario(TestCatalog.OneRack(1));
        var scenarioId = Api.Store.Keys.Single();
        await Ctx.Renderer.Dispatcher.InvokeAsync(() => Saved.OpenLinkAsync(first.LinkId));
        var dialogs = Ctx.Render<MudDialogProvider>();
        var cut = RenderBrowser();

        cut.Find($"{Row(scenarioId)} button[data-action='delete']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("“One rack” and all 1 of its versions will be deleted", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='no-scenarios']")));
        Assert.Empty(Api.Store);
        Assert.Null(Saved.Current);
        Assert.Equal("One rack", Editor.Document.Name);
        Assert.True(Saved.HasUnsavedChanges);
    }
}
