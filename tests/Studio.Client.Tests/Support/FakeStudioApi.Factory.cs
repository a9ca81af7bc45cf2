using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Tests.Support;

/// <summary>
/// The fake's factory summaries: plain arithmetic on the layout so the factory view's tests can watch numbers follow
/// edits. A row's GPUs, IT and heat are its rack count times its design's; CDUs are ceil(heat / 2,000 kW) plus the
/// redundancy's spares; a leaf switch per <see cref="RacksPerLeafSwitch"/> racks; a spine switch per
/// <see cref="LeavesPerSpineSwitch"/> leaves of the hall. Not the Engine's rules.
/// </summary>
internal sealed partial class FakeStudioApi
{
    public const double CduHeatKw = 2000;

    public const int RacksPerLeafSwitch = 8;

    public const int LeavesPerSpineSwitch = 4;

    /// <summary>When cleared, reports carry no hall summaries: a server that does not size the layout.</summary>
    public bool SizesLayout { get; set; } = true;

    internal static IReadOnlyList<HallSummaryDto> SummarizeHalls(ScenarioDocument document, IReadOnlyList<RackSummaryDto> racks) =>
        [.. document.Factory.Halls.Select(hall =>
        {
            var rows = hall.Rows.Select(row => SummarizeRow(row, racks.FirstOrDefault(r => r.RackId == row.Rack))).ToList();
            var leaves = rows.Sum(r => r.LeafSwitchCount);
            return new HallSummaryDto(hall.Id, hall.Label ?? hall.Id, CeilDiv(leaves, LeavesPerSpineSwitch), rows);
        })];

    private static RowSummaryDto SummarizeRow(RowDocument row, RackSummaryDto? design)
    {
        var heatKw = row.RackCount * (design?.LiquidHeatKw ?? 0);
        var needed = (int)Math.Ceiling(heatKw / CduHeatKw);
        var cdus = needed == 0 ? 0 : row.CduCount ?? row.CduRedundancy switch
        {
            "n" => needed,
            "2n" => 2 * needed,
            _ => needed + 1,
        };
        return new RowSummaryDto(row.Id, row.Label ?? row.Id, row.Rack, row.RackCount, row.RackCount * (design?.GpuCount ?? 0),
            Math.Round(row.RackCount * (design?.ItPowerKw ?? 0), 2), Math.Round(heatKw, 2), cdus, row.CduPartId ?? TestCatalog.InRowCdu,
            CeilDiv(row.RackCount, RacksPerLeafSwitch), row.SwitchPartId ?? TestCatalog.ScaleOutSwitch);
    }

    private static int CeilDiv(int count, int per) => (count + per - 1) / per;
}
