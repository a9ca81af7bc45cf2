using System.Text.Json.Serialization;

namespace Studio.Contracts.Scenarios;

/// <summary>The calendar the factory is built to. Dates are ISO "yyyy-MM-dd"; quarters "yyyy-Qn".</summary>
public sealed class ScheduleDocument
{
    /// <summary>Ground-breaking; left out, 2027-01-01.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Start { get; set; }

    /// <summary>The grid's energisation in phases, in date order; left out, one phase after the model's queue time.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<GridPhaseDocument>? GridPhases { get; set; }

    /// <summary>The racks' allocation by quarter; left out, racks arrive as fast as the crews integrate them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RackDeliveryDocument>? RackDeliveries { get; set; }

    /// <summary>Months from ground-breaking to a hall ready for racks; left out, the model's default and range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? HallConstructionMonths { get; set; }
}

/// <summary>From this date the utility delivers this much more firm capacity.</summary>
public sealed class GridPhaseDocument
{
    public string EnergisedOn { get; set; } = "";

    public double Mw { get; set; }
}

/// <summary>Racks allocated in one quarter, e.g. "2027-Q3".</summary>
public sealed class RackDeliveryDocument
{
    public string Quarter { get; set; } = "";

    public int Racks { get; set; }
}
