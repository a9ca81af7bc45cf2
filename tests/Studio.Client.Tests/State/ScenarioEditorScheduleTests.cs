using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.State;

/// <summary>The editor's schedule edits: dates and quarters checked with a message, phases and deliveries kept in order, undo.</summary>
public sealed class ScenarioEditorScheduleTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;

    public ScenarioEditorScheduleTests()
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
    public void SetScheduleStart_IsoDate_WritesIt()
    {
        var result = _editor.SetScheduleStart(" 2028-04-01 ");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("2028-04-01", _editor.Document.Schedule?.Start);
    }

    [Theory]
    [InlineData("2028-13-01")]
    [InlineData("01/04/2028")]
    [InlineData("2028-4-1")]
    public void SetScheduleStart_NotADate_IsRefusedWithTheFormat(string text)
    {
        var result = _editor.SetScheduleStart(text);

        Assert.False(result.Succeeded);
        Assert.Equal($"Start: '{text}' is not a date: write it as yyyy-MM-dd, e.g. 2027-01-01.", result.Message);
        Assert.Null(_editor.Document.Schedule);
    }

    [Fact]
    public void SetScheduleStart_OutOfRange_IsRefusedWithTheRange()
    {
        var result = _editor.SetScheduleStart("1999-01-01");

        Assert.False(result.Succeeded);
        Assert.Equal("Start: 1999-01-01 is out of range: use a date from 2020-01-01 to 2100-12-31.", result.Message);
    }

    [Fact]
    public void SetScheduleStart_Empty_ReturnsToTheDefaultAndDropsTheSchedule()
    {
        _editor.SetScheduleStart("2028-04-01");

        var result = _editor.SetScheduleStart("");

        Assert.Equal("Ground-breaking back to its default (2027-01-01).", result.Message);
        Assert.Null(_editor.Document.Schedule);
    }

    [Fact]
    public void AddGridPhase_Twice_FirstTwoYearsAfterStartThenSixMonthsLaterWithTheSameMw()
    {
        _editor.SetScheduleStart("2027-06-01");
        _editor.AddGridPhase(mw: 60);

        _editor.AddGridPhase();

        var phases = _editor.Document.Schedule!.GridPhases!;
        Assert.Equal([("2029-06-01", 60.0), ("2029-12-01", 60.0)], phases.Select(p => (p.EnergisedOn, p.Mw)));
    }

    [Fact]
    public void SetGridPhaseDate_BeforeAnEarlierPhase_KeepsThePhasesInDateOrder()
    {
        _editor.AddGridPhase("2028-01-01", 50);
        _editor.AddGridPhase("2029-01-01", 80);

        var result = _editor.SetGridPhaseDate(1, "2027-07-01");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["2027-07-01", "2028-01-01"], _editor.Document.Schedule!.GridPhases!.Select(p => p.EnergisedOn));
        Assert.Equal(80, _editor.Document.Schedule.GridPhases![0].Mw);
    }

    [Fact]
    public void SetGridPhaseDate_BadDate_IsRefusedWithItsMessage()
    {
        _editor.AddGridPhase("2028-01-01", 50);

        var result = _editor.SetGridPhaseDate(0, "2028-02-30");

        Assert.False(result.Succeeded);
        Assert.Equal("Grid phase 1: '2028-02-30' is not a date: write it as yyyy-MM-dd, e.g. 2027-01-01.", result.Message);
        Assert.Equal("2028-01-01", _editor.Document.Schedule!.GridPhases![0].EnergisedOn);
    }

    [Fact]
    public void AddGridPhase_OnADateAlreadyEnergised_IsRefused()
    {
        _editor.AddGridPhase("2028-01-01", 50);

        var result = _editor.AddGridPhase("2028-01-01", 20);

        Assert.False(result.Succeeded);
        Assert.Equal("Grid phase: a phase is already energised on 2028-01-01: change its megawatts instead.", result.Message);
    }

    [Fact]
    public void SetGridPhaseMw_OutOfRangeOrEmpty_IsRefused()
    {
        _editor.AddGridPhase("2028-01-01", 50);

        Assert.Equal("Grid phase 1: Out of range: use a value from 0.1 to 20000.", _editor.SetGridPhaseMw(0, 0).Message);
        Assert.False(_editor.SetGridPhaseMw(0, null).Succeeded);
        Assert.True(_editor.SetGridPhaseMw(0, 75).Succeeded);
        Assert.Equal(75, _editor.Document.Schedule!.GridPhases![0].Mw);
    }

    [Fact]
    public void RemoveGridPhase_TheLast_DropsTheEmptySchedule()
    {
        _editor.AddGridPhase("2028-01-01", 50);

        var result = _editor.RemoveGridPhase(0);

        Assert.True(result.Succeeded);
        Assert.Null(_editor.Document.Schedule);
        Assert.False(_editor.RemoveGridPhase(0).Succeeded);
    }

    [Fact]
    public void AddRackDelivery_Twice_AYearAfterStartThenTheNextQuarter()
    {
        _editor.AddRackDelivery(racks: 24);

        _editor.AddRackDelivery();

        var deliveries = _editor.Document.Schedule!.RackDeliveries!;
        Assert.Equal([("2028-Q1", 24), ("2028-Q2", 24)], deliveries.Select(d => (d.Quarter, d.Racks)));
    }

    [Theory]
    [InlineData("2028-Q5", "'2028-Q5' is not a quarter: write it as yyyy-Qn, e.g. 2027-Q3.")]
    [InlineData("2101-Q1", "2101-Q1 is out of range: use a quarter from 2020-Q1 to 2100-Q4.")]
    public void SetRackDeliveryQuarter_BadQuarter_IsRefusedWithItsMessage(string quarter, string message)
    {
        _editor.AddRackDelivery("2028-Q1", 8);

        var result = _editor.SetRackDeliveryQuarter(0, quarter);

        Assert.False(result.Succeeded);
        Assert.Equal($"Rack delivery 1: {message}", result.Message);
        Assert.Equal("2028-Q1", _editor.Document.Schedule!.RackDeliveries![0].Quarter);
    }

    [Fact]
    public void SetRackDeliveryQuarter_EarlierQuarter_KeepsQuarterOrder_AndADuplicateIsRefused()
    {
        _editor.AddRackDelivery("2028-Q1", 8);
        _editor.AddRackDelivery("2028-Q3", 16);

        Assert.True(_editor.SetRackDeliveryQuarter(1, "2027-Q4").Succeeded);
        Assert.Equal([("2027-Q4", 16), ("2028-Q1", 8)], _editor.Document.Schedule!.RackDeliveries!.Select(d => (d.Quarter, d.Racks)));
        Assert.Equal("Rack delivery 1: 2028-Q1 already has a delivery: change its racks instead.", _editor.SetRackDeliveryQuarter(0, "2028-Q1").Message);
    }

    [Fact]
    public void SetRackDeliveryRacks_WritesThem_AndZeroIsRefused()
    {
        _editor.AddRackDelivery("2028-Q1", 8);

        Assert.True(_editor.SetRackDeliveryRacks(0, 32).Succeeded);
        Assert.Equal(32, _editor.Document.Schedule!.RackDeliveries![0].Racks);
        Assert.Equal("Rack delivery 1: Out of range: use a whole number from 1 to 1000000.", _editor.SetRackDeliveryRacks(0, 0).Message);
    }

    [Fact]
    public void SetHallConstructionMonths_InRangeWrites_OutOfRangeIsRefused()
    {
        Assert.True(_editor.SetHallConstructionMonths(18).Succeeded);
        Assert.Equal(18, _editor.Document.Schedule?.HallConstructionMonths);

        var result = _editor.SetHallConstructionMonths(121);

        Assert.Equal("Hall construction: Out of range: use a value from 1 to 120.", result.Message);
        Assert.Equal(18, _editor.Document.Schedule?.HallConstructionMonths);
    }

    [Fact]
    public void Undo_AfterScheduleEdits_RestoresEachStep()
    {
        _editor.SetScheduleStart("2028-01-01");
        _editor.AddGridPhase("2029-01-01", 40);
        _editor.AddRackDelivery("2029-Q2", 8);

        _editor.Undo();
        Assert.Null(_editor.Document.Schedule!.RackDeliveries);
        Assert.Single(_editor.Document.Schedule.GridPhases!);
        _editor.Undo();
        _editor.Undo();

        Assert.Null(_editor.Document.Schedule);
    }
}
