using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Studio.Client.Pages;
using Studio.Client.Tests.Support;
using Studio.Contracts.Scenarios;
using Studio.Contracts.Store;

namespace Studio.Client.Tests.Pages;

/// <summary>/s/{linkId} and /s/inline#…: what opening a link shows, and the address bar following saves.</summary>
public sealed class StudioPageLinkTests : StudioTestContext
{
    private protected override bool PreloadCatalog => false;

    private NavigationManager Navigation => Ctx.Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<StudioPage> RenderAt(string address)
    {
        Navigation.NavigateTo(address);
        var linkId = address.StartsWith("/s/", StringComparison.Ordinal) ? address[3..].Split('#')[0] : null;
        return Ctx.Render<StudioPage>(p => p.Add(page => page.LinkId, linkId));
    }

    private static string ScenarioName(IRenderedComponent<StudioPage> cut) => cut.Find("[data-testid='scenario-name']").TextContent;

    [Fact]
    public void SavedLink_OpensThatVersionInTheStudio()
    {
        var saved = Api.SeedScenario(TestCatalog.Template());

        var cut = RenderAt($"/s/{saved.LinkId}");

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", ScenarioName(cut)));
        Assert.Equal("Saved · v1", cut.Find("[data-testid='save-status']").TextContent);
        Assert.Equal(saved.LinkId, Saved.Current!.LinkId);
        cut.WaitForAssertion(() => Assert.Equal("16", cut.Find("tr[data-metric='rack.gpuCount'] .metric-number").TextContent));
    }

    [Fact]
    public void SavedLink_EditedAndSaved_BecomesANewVersionAndTheAddressFollows()
    {
        var saved = Api.SeedScenario(TestCatalog.Template());
        var cut = RenderAt($"/s/{saved.LinkId}");
        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", ScenarioName(cut)));

        cut.InvokeAsync(() => Editor.AddPart("rack-01", TestCatalog.ComputeTray));
        cut.Find("button[data-testid='save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved · v2", cut.Find("[data-testid='save-status']").TextContent));
        Assert.Equal($"http://localhost/s/{Saved.Current!.LinkId}", Navigation.Uri);
        // The link that was opened still points at version 1, unchanged.
        var scenario = Api.Store.Values.Single();
        Assert.Equal(saved.Json, scenario.Versions[0].Json);
        Assert.Equal(2, scenario.Versions.Count);
    }

    [Fact]
    public void UnknownLink_ShowsAHelpfulPageInsteadOfTheStudio()
    {
        var cut = RenderAt("/s/link99999999");

        cut.WaitForAssertion(() => Assert.Equal("This link opens no scenario", cut.Find("[data-testid='link-problem'] h5").TextContent));
        Assert.Contains("It may have been deleted", cut.Find("[data-testid='link-problem-detail']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='studio']"));
    }

    [Fact]
    public void LinkProblem_StartNew_OpensTheStudioWithAnEmptyDesign()
    {
        var cut = RenderAt("/s/broken");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='link-problem']")));

        cut.Find("button[data-testid='link-problem-start']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='studio']")));
        Assert.Equal("http://localhost/", Navigation.Uri);
        Assert.True(Editor.IsEmpty);
    }

    [Fact]
    public void InlineLink_OpensTheDesignItCarriesAsUnsaved()
    {
        var payload = InlineScenarioLink.Encode(TestCatalog.Template());

        var cut = RenderAt($"/s/inline#{payload}");

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", ScenarioName(cut)));
        Assert.Equal("Not saved", cut.Find("[data-testid='save-status']").TextContent);
        Assert.Contains("POST /api/import", Api.StoreRequests);
        Assert.Empty(Api.Store);
    }

    [Theory]
    [InlineData("", "This link's design could not be read", "everything after '#' is missing")]
    [InlineData("%%%", "This link's design could not be read", "holds characters the studio never writes")]
    public void InlineLink_Damaged_ShowsAHelpfulPage(string payload, string title, string detail)
    {
        var cut = RenderAt($"/s/inline#{payload}");

        cut.WaitForAssertion(() => Assert.Equal(title, cut.Find("[data-testid='link-problem'] h5").TextContent));
        Assert.Contains(detail, cut.Find("[data-testid='link-problem-detail']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineLink_DecodesButIsNotAValidScenario_ShowsTheErrorAndWhereInWords()
    {
        var broken = TestCatalog.OneRack(1);
        broken.Racks[0].Parts[1].PartId = "vr.warp-drive";

        var cut = RenderAt($"/s/inline#{InlineScenarioLink.Encode(broken)}");

        cut.WaitForAssertion(() => Assert.Equal("This link's design is not valid", cut.Find("[data-testid='link-problem'] h5").TextContent));
        var detail = cut.Find("[data-testid='link-problem-detail']").TextContent;
        Assert.Contains("Rack “Rack 1” (rack-01), part ct-01, part type: Unknown part 'vr.warp-drive'.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("$.", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleSave_ShowsTheConflictAndForkKeepsTheEditsInANewScenario()
    {
        var saved = Api.SeedScenario(TestCatalog.Template());
        var cut = RenderAt($"/s/{saved.LinkId}");
        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", ScenarioName(cut)));
        Api.SaveElsewhere(Api.Store.Keys.Single(), TestCatalog.OneRack(1));

        cut.InvokeAsync(() => Editor.AddPart("rack-01", TestCatalog.ComputeTray));
        cut.Find("button[data-testid='save']").Click();
        cut.WaitForAssertion(() => Assert.Contains("Version 2 of this scenario was saved by someone else", cut.Find("[data-testid='conflict']").TextContent, StringComparison.Ordinal));
        cut.Find("button[data-testid='conflict-fork']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='conflict']")));
        Assert.Equal(2, Api.Store.Count);
        Assert.Equal($"http://localhost/s/{Saved.Current!.LinkId}", Navigation.Uri);
        Assert.Equal(saved.LinkId, Api.Store[Saved.Current.ScenarioId].ForkedFrom);
    }

    [Fact]
    public void StaleSave_Reload_OpensTheLatestVersion()
    {
        var saved = Api.SeedScenario(TestCatalog.Template());
        var cut = RenderAt($"/s/{saved.LinkId}");
        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", ScenarioName(cut)));
        var theirs = Api.SaveElsewhere(Api.Store.Keys.Single(), TestCatalog.OneRack(1));
        cut.InvokeAsync(() => Editor.AddPart("rack-01", TestCatalog.ComputeTray));
        cut.Find("button[data-testid='save']").Click();

        cut.WaitForElement("button[data-testid='conflict-reload']").Click();

        cut.WaitForAssertion(() => Assert.Equal("One rack", ScenarioName(cut)));
        Assert.Equal($"http://localhost/s/{theirs.LinkId}", Navigation.Uri);
        Assert.Empty(cut.FindAll("[data-testid='conflict']"));
    }

    [Fact]
    public void Template_AfterOpeningALink_StartsANewUnsavedDesignAtTheRoot()
    {
        // An empty saved design, so the empty state offers the template.
        var saved = Api.SeedScenario(new ScenarioDocument { Name = "Blank hall" });
        var cut = RenderAt($"/s/{saved.LinkId}");
        cut.WaitForAssertion(() => Assert.Equal("Blank hall", ScenarioName(cut)));

        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", ScenarioName(cut)));
        Assert.Null(Saved.Current);
        Assert.Equal("http://localhost/", Navigation.Uri);
    }
}
