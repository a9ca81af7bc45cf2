using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.State;

public sealed class StudioViewTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;
    private readonly StudioView _view;

    public StudioViewTests()
    {
        _http = new HttpClient(_api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") };
        var catalog = new CatalogState(new StudioApiClient(_http));
        catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
        _editor = new ScenarioEditor(catalog);
        _editor.Load(TestFactory.TwoDesignsOneRow());
        _view = new StudioView(_editor);
    }

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
    }

    [Fact]
    public void OpenRackDesign_FromTheFactory_ShowsTheRackViewWithTheDesignSelected()
    {
        _view.Show(StudioViewKind.Factory);
        var changes = 0;
        _view.Changed += () => changes++;

        _view.OpenRackDesign("rack-02");

        Assert.Equal((StudioViewKind.Rack, "rack-02", 1), (_view.Current, _editor.SelectedId, changes));
    }

    [Fact]
    public void OpenRackDesign_UnknownDesign_StaysInTheFactory()
    {
        _view.Show(StudioViewKind.Factory);

        _view.OpenRackDesign("rack-09");

        Assert.Equal(StudioViewKind.Factory, _view.Current);
    }

    [Theory]
    [InlineData("row-1")]
    [InlineData("hall-1")]
    public void Show_RackWithAFactoryBlockSelected_ClearsTheSelection(string id)
    {
        _view.Show(StudioViewKind.Factory);
        _editor.Select(id);

        _view.Show(StudioViewKind.Rack);

        Assert.Null(_editor.SelectedId);
    }

    [Fact]
    public void Show_FactoryWithAPartSelected_KeepsTheSelection()
    {
        _editor.Select("ct-01");

        _view.Show(StudioViewKind.Factory);

        Assert.Equal("ct-01", _editor.SelectedId);
    }
}
