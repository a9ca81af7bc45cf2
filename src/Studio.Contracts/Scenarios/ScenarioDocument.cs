using System.Text.Json.Serialization;

namespace Studio.Contracts.Scenarios;

/// <summary>
/// A scenario as JSON (wire format v1, see docs/scenario-format.md). Mutable, because the studio edits it in place;
/// the Server validates every document before the Engine sees it.
/// </summary>
public sealed class ScenarioDocument
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// The largest scenario document the studio takes anywhere (a request body, a link, a baseline file), 1 MiB: a
    /// full factory floor of racks is well under 200 KB.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public string Name { get; set; } = "Untitled design";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; set; }

    /// <summary>Racks on the canvas, each with its mounted parts.</summary>
    public List<RackDocument> Racks { get; set; } = [];

    /// <summary>Floor equipment on the canvas: in-row CDUs and scale-out switches.</summary>
    public List<EquipmentDocument> Equipment { get; set; } = [];

    public List<ConnectionDocument> Connections { get; set; } = [];

    public SiteDocument Site { get; set; } = new();

    public WorkloadDocument Workload { get; set; } = new();

    public FactoryDocument Factory { get; set; } = new();

    /// <summary>The GPUs' power mode and the distribution; defaults when left out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PowerDocument? Power { get; set; }

    /// <summary>Costs, prices and the projection's rates; defaults when left out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EconomicsDocument? Economics { get; set; }
}

/// <summary>Where a node sits on the canvas, in canvas units (pixels at zoom 1).</summary>
public sealed class CanvasPosition
{
    public double X { get; set; }

    public double Y { get; set; }
}

/// <summary>What every placed thing has: a stable id, the catalog part it is, a label and the user's settings.</summary>
public abstract class PlacedDocument
{
    /// <summary>Stable id, unique in the document.</summary>
    public string Id { get; set; } = "";

    /// <summary>Catalog id of the part ("vr.compute-tray").</summary>
    public string PartId { get; set; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }

    /// <summary>User values replacing catalog figures, by setting key.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, double>? Settings { get; set; }
}

/// <summary>A rack frame on the canvas and the parts mounted in it.</summary>
public sealed class RackDocument : PlacedDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CanvasPosition? Position { get; set; }

    /// <summary>Mounted parts, top of the rack first.</summary>
    public List<PartDocument> Parts { get; set; } = [];
}

/// <summary>A part mounted in a rack.</summary>
public sealed class PartDocument : PlacedDocument;

/// <summary>Floor equipment on the canvas: an in-row CDU or a scale-out switch.</summary>
public sealed class EquipmentDocument : PlacedDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CanvasPosition? Position { get; set; }
}

/// <summary>A link from a rack to floor equipment.</summary>
public sealed class ConnectionDocument
{
    public string Id { get; set; } = "";

    /// <summary>"coolant" (rack to in-row CDU) or "network" (rack to scale-out switch).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The rack's id.</summary>
    public string From { get; set; } = "";

    /// <summary>The equipment's id.</summary>
    public string To { get; set; } = "";
}

public sealed class SiteDocument
{
    /// <summary>A built-in location id ("ashburn-va"); the catalog lists them.</summary>
    public string Location { get; set; } = "ashburn-va";

    public double CoolantSupplyC { get; set; } = 45;

    public double ElectricityUsdPerKwh { get; set; } = 0.08;

    /// <summary>"propyleneGlycol25" (default) or "water".</summary>
    public string Coolant { get; set; } = "propyleneGlycol25";

    /// <summary>"dryCooler" (default: closed loop, chiller trim) or "coolingTower" (evaporative).</summary>
    public string HeatRejection { get; set; } = "dryCooler";

    /// <summary>Dry-cooler approach to the outdoor air, K; left out, the model's default and range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ApproachK { get; set; }

    /// <summary>Chiller COP in trim hours; left out, the model's default and range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ChillerCop { get; set; }

    /// <summary>Your own outdoor dry-bulb temperatures, °C: 8,760 values, one per hour from 1 January 00:00.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<double>? HourlyAmbientC { get; set; }
}

public sealed class WorkloadDocument
{
    /// <summary>A model id from the catalog ("deepseek-r1").</summary>
    public string Model { get; set; } = "deepseek-r1";

    /// <summary>"nvfp4", "fp8" or "bf16".</summary>
    public string Precision { get; set; } = "nvfp4";

    public int InputTokens { get; set; } = 8192;

    public int OutputTokens { get; set; } = 1024;

    public double TargetTokensPerSecondPerUser { get; set; } = 50;

    /// <summary>A model that is not in the catalog; when given, <see cref="Model"/> must be "custom".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CustomModelDocument? CustomModel { get; set; }

    /// <summary>Hardware that is not in the catalog; when given, the throughput models use it instead of the canvas.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CustomSystemDocument? CustomSystem { get; set; }

    /// <summary>The training study; defaults when left out (see docs/scenario-format.md).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TrainingDocument? Training { get; set; }
}

public sealed class FactoryDocument
{
    /// <summary>Racks like the design's in the whole factory.</summary>
    public int RackCount { get; set; } = 100;

    /// <summary>Integration crews working in parallel.</summary>
    public int Crews { get; set; } = 4;

    /// <summary>Leak-test and burn-in stations.</summary>
    public int TestStations { get; set; } = 8;

    /// <summary>Hours a crew works per day.</summary>
    public double CrewHoursPerDay { get; set; } = 16;

    /// <summary>Burn-in per rack, hours; left out, the model's default and range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BurnInHours { get; set; }
}
