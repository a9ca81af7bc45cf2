using System.Text.Json.Serialization;

namespace Studio.Contracts.Scenarios;

/// <summary>
/// A scenario as JSON (wire format v2, see docs/scenario-format.md). Mutable, because the studio edits it in place;
/// the Server validates every document before the Engine sees it.
/// </summary>
public sealed class ScenarioDocument
{
    public const int CurrentSchemaVersion = 2;

    /// <summary>
    /// The largest scenario document the studio takes anywhere (a request body, a link, a baseline file), 1 MiB: a
    /// full factory floor of racks is well under 200 KB.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public string Name { get; set; } = "Untitled design";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; set; }

    /// <summary>Rack designs: the racks on the rack canvas, each with its mounted parts. The factory's rows place them.</summary>
    public List<RackDocument> Racks { get; set; } = [];

    /// <summary>
    /// Floor equipment on the rack canvas: the in-row CDU and scale-out switches a rack design connects to. They say
    /// which CDU and switch the design's rows use; the factory sizes and counts its own (see <see cref="RowDocument"/>).
    /// </summary>
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

    /// <summary>The calendar from ground-breaking to full capacity; left out, the model's defaults.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleDocument? Schedule { get; set; }
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

/// <summary>The factory as laid out: halls of rows of rack designs, and the crews that build it.</summary>
public sealed class FactoryDocument
{
    /// <summary>Halls of the factory, each with its rows.</summary>
    public List<HallDocument> Halls { get; set; } = [];

    /// <summary>Integration crews working in parallel.</summary>
    public int Crews { get; set; } = 4;

    /// <summary>Leak-test and burn-in stations.</summary>
    public int TestStations { get; set; } = 8;

    /// <summary>Hours a crew works per day.</summary>
    public double CrewHoursPerDay { get; set; } = 16;

    /// <summary>Burn-in per rack, hours; left out, the model's default and range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BurnInHours { get; set; }

    /// <summary>The scale-out, front-end and storage networks; left out, non-blocking fabrics of the generation's switches.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NetworkDocument? Network { get; set; }
}

/// <summary>A data hall: rows of racks that share its spine switches.</summary>
public sealed class HallDocument
{
    /// <summary>Stable id, unique in the document.</summary>
    public string Id { get; set; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }

    /// <summary>Where the hall's block sits on the factory canvas.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CanvasPosition? Position { get; set; }

    public List<RowDocument> Rows { get; set; } = [];
}

/// <summary>
/// A row (or pod) of identical racks: <see cref="RackCount"/> instances of one rack design, served by shared CDUs with
/// the redundancy chosen and by the leaf switches the fabric rule counts.
/// </summary>
public sealed class RowDocument
{
    /// <summary>Stable id, unique in the document.</summary>
    public string Id { get; set; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }

    /// <summary>The id of the rack design (an entry of <c>racks</c>) the row places.</summary>
    public string Rack { get; set; } = "";

    /// <summary>Racks in the row: a whole number, 0 or more.</summary>
    public int RackCount { get; set; } = 10;

    /// <summary>"n", "n+1" (default) or "2n": the CDUs beyond what the heat needs.</summary>
    public string CduRedundancy { get; set; } = "n+1";

    /// <summary>
    /// Catalog id of the row's CDU; left out, the floor CDU the rack design connects to on the canvas, else its
    /// generation's row CDU. Racks with their own in-rack CDU need none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CduPartId { get; set; }

    /// <summary>CDUs placed in the row; left out, the heat and the redundancy size it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? CduCount { get; set; }

    /// <summary>
    /// Catalog id of the row's leaf (and its hall's spine) switch; left out, the switch the rack design connects to on
    /// the canvas, else the generation's switch.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SwitchPartId { get; set; }
}
