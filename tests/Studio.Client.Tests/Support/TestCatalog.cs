extern alias server;

using Studio.Contracts.Catalog;
using Studio.Contracts.Scenarios;
using server::Studio.Server.Mapping;

namespace Studio.Client.Tests.Support;

/// <summary>
/// A small catalog shaped like the Server's GET /api/catalog: a Vera Rubin rack with its trays and power shelf, an
/// in-row CDU and a Spectrum-X switch, plus one GB300 tray so the palette has two generations. Figures follow the
/// Engine's catalog where it matters to the client (1.8 kW Rubin, 4 GPUs per tray, 48U rack); they are fixtures, not data.
/// </summary>
internal static class TestCatalog
{
    public const string Rack = "vr.rack";
    public const string ComputeTray = "vr.compute-tray";
    public const string SwitchTray = "vr.nvlink-switch-tray";
    public const string PowerShelf = "vr.power-shelf";
    public const string InRowCdu = "vr.cdu-in-row";
    public const string ScaleOutSwitch = "vr.spectrum-x-photonics";
    public const string Gb300ComputeTray = "gb300.compute-tray";

    public const string GpuPowerSetting = "gpuPowerKw";
    public const double RubinGpuPowerKw = 1.8;

    public const string TemplateId = "vera-rubin-nvl72";

    public static CatalogDto Catalog { get; } = new(
        [
            new PartDto(Rack, "Vera Rubin NVL72 rack", "Rack with manifolds, 50 V busbar and a copper NVLink spine", "veraRubin", "rack",
                "floor", 0, 48, "icons/parts/rack.svg", "rack", "rack", 10, Estimate(0, 0, 0, "kW", "A frame draws nothing itself"),
                [
                    new("Capacity", Vendor(48, "U", "S17")),
                    new("Coolant flow per kW", Estimate(1.5, 1.25, 2.0, "L/min/kW", "OCP cold-plate rule", "S50")),
                ],
                [
                    new SettingDto("flowLitresPerMinutePerKw", "Coolant flow per kW", "L/min/kW", 0.5, 4.0,
                        Estimate(1.5, 1.25, 2.0, "L/min/kW", "OCP cold-plate rule", "S50"), "Secondary-loop flow per kW of liquid-cooled heat."),
                ]),
            new PartDto(ComputeTray, "Vera Rubin compute tray", "Cable-free, fanless: 4 × Rubin + 2 × Vera", "veraRubin", "computeTray",
                "inRack", 1, 0, "icons/parts/compute-tray.svg", "compute tray", "ct", 20,
                Derived(9.73, 9.5, 11.9, "kW", "estimate", "4 × 1.8 kW GPU + 2 × 0.45 kW CPU + NICs + 1.0 kW board", "S5"),
                [
                    new("GPUs", Vendor(4, "GPUs", "S5")),
                    new("GPU power", Estimate(RubinGpuPowerKw, 1.8, 2.3, "kW", "Max-Q operating point", "S17")),
                    new("Tray power", Derived(9.73, 9.5, 11.9, "kW", "estimate", "4 × 1.8 kW GPU + 2 × 0.45 kW CPU + NICs + 1.0 kW board", "S5")),
                ],
                [
                    new SettingDto(GpuPowerSetting, "GPU power limit", "kW", 0.3, 3.0,
                        Estimate(RubinGpuPowerKw, 1.8, 2.3, "kW", "Max-Q operating point", "S17"), "Power per GPU package."),
                ]),
            new PartDto(SwitchTray, "NVLink 6 switch tray", "1U: NVLink 6 switch chips", "veraRubin", "nvlinkSwitchTray",
                "inRack", 1, 0, "icons/parts/nvlink-switch-tray.svg", "NVLink switch tray", "nvs", 30, Estimate(1.4, 0.8, 2.0, "kW", "No published figure", "X2"),
                [new("Bandwidth", Derived(28.8, 28.8, 28.8, "TB/s", "vendor", "72 GPUs × 3.6 TB/s / 9 trays", "S5"))],
                []),
            new PartDto(PowerShelf, "Vera Rubin power shelf (110 kW)", "6 × 18.3 kW supplies onto the 50 V busbar", "veraRubin", "powerShelf",
                "inRack", 1, 0, "icons/parts/power-shelf.svg", "power shelf", "ps", 40, Estimate(0, 0, 0, "kW", "Losses counted in the rack"),
                [new("Capacity", Estimate(110, 110, 110, "kW", "6 × 18.3 kW supplies", "S17"))],
                [
                    new SettingDto("capacityKw", "Shelf capacity", "kW", 1, 500,
                        Estimate(110, 110, 110, "kW", "6 × 18.3 kW supplies", "S17"), "DC output of this shelf."),
                ]),
            new PartDto(InRowCdu, "In-row CDU (2 MW)", "Row CDU for about ten Vera Rubin racks", "veraRubin", "coolantDistributionUnit",
                "floor", 0, 0, "icons/parts/cdu-in-row.svg", "CDU", "cdu", 50, Estimate(20, 12, 30, "kW", "About 1% of heat moved"),
                [new("Heat capacity", Estimate(2000, 2000, 2000, "kW", "CDUs of 1–3 MW exist", "S19"))],
                [
                    new SettingDto("heatCapacityKw", "Heat capacity", "kW", 1, 10_000,
                        Estimate(2000, 2000, 2000, "kW", "CDUs of 1–3 MW exist", "S19"), "Heat the CDU can move to facility water."),
                ]),
            new PartDto(ScaleOutSwitch, "Spectrum-X Photonics switch", "Spectrum-6 with co-packaged optics: 102.4 Tb/s", "veraRubin",
                "scaleOutSwitch", "floor", 0, 0, "icons/parts/scale-out-switch.svg", "switch", "sw", 60, Estimate(3.0, 2.0, 4.5, "kW", "No published figure", "S12"),
                [new("Bandwidth", Vendor(102.4, "Tb/s", "S12"))],
                []),
            new PartDto(Gb300ComputeTray, "GB300 compute tray", "4 × Blackwell Ultra + 2 × Grace", "gb300", "computeTray",
                "inRack", 1, 0, "icons/parts/compute-tray.svg", "compute tray", "ct", 20,
                Derived(6.6, 6.0, 6.8, "kW", "estimate", "4 × 1.4 kW GPU + 2 × 0.3 kW CPU + board", "S3"),
                [new("GPUs", Vendor(4, "GPUs", "S3"))],
                [
                    new SettingDto(GpuPowerSetting, "GPU power limit", "kW", 0.3, 3.0,
                        Estimate(1.4, 1.2, 1.4, "kW", "~1.4 kW in GB300 NVL72", "S3"), "Power per GPU package."),
                ]),
        ],
        [
            new GenerationDto("veraRubin", "Vera Rubin"),
            new GenerationDto("gb300", "GB300"),
            new GenerationDto("gb200", "GB200"),
        ],
        [
            new SourceDto("S3", "GB300 NVL72 system specifications", "https://www.nvidia.com/en-us/data-center/gb300-nvl72/"),
            new SourceDto("S5", "Vera Rubin NVL72 platform overview", "https://www.nvidia.com/en-us/data-center/vera-rubin/"),
            new SourceDto("S12", "Spectrum-X Photonics switches", "https://nvidianews.nvidia.com/"),
            new SourceDto("S17", "Vera Rubin Max-Q reference design", "OCP 2025 presentation"),
            new SourceDto("S19", "In-row CDU product sheets", "vendor data sheets"),
            new SourceDto("S50", "OCP cold plate liquid cooling guidelines", "https://www.opencompute.org/"),
            new SourceDto("X2", "GB200 NVLink switch tray power", "studio estimate"),
        ],
        [new ChoiceDto("ashburn-va", "Ashburn, VA", "Humid subtropical"), new ChoiceDto("phoenix-az", "Phoenix, AZ", "Hot desert")],
        [new ChoiceDto("deepseek-r1", "DeepSeek-R1", "MoE: 671B total, 37B active")],
        [new ChoiceDto("nvfp4", "NVFP4", null), new ChoiceDto("fp8", "FP8", null), new ChoiceDto("bf16", "BF16", null)],
        [new ChoiceDto("propyleneGlycol25", "Propylene glycol 25%", null), new ChoiceDto("water", "Water", null)],
        ScenarioFieldMapping.ToDtos());

    public static IReadOnlyList<TemplateSummaryDto> Templates { get; } =
    [
        new(TemplateId, "Vera Rubin NVL72", "One rack, a row CDU and a switch", "veraRubin"),
    ];

    public static PartDto Part(string id) => Catalog.Parts.Single(p => p.Id == id);

    /// <summary>A rack part of a kind the client has no code for: it must get by on what the catalog says of it.</summary>
    public static PartDto StorageTray { get; } = Part(ComputeTray) with
    {
        Id = "vr.storage-tray",
        Name = "Storage tray",
        Category = "storageTray",
        Noun = "storage tray",
        IdPrefix = "st",
        PaletteOrder = 35,
    };

    /// <summary>The catalog with <see cref="StorageTray"/> added last.</summary>
    public static CatalogDto WithStorageTray { get; } = Catalog with { Parts = [.. Catalog.Parts, StorageTray] };

    /// <summary>One rack ("rack-01", "Rack 1") at (60, 40) holding a power shelf and <paramref name="computeTrays"/> compute trays.</summary>
    public static ScenarioDocument OneRack(int computeTrays = 2) => new()
    {
        Name = "One rack",
        Racks =
        [
            new RackDocument
            {
                Id = "rack-01",
                PartId = Rack,
                Label = "Rack 1",
                Position = new CanvasPosition { X = 60, Y = 40 },
                Parts =
                [
                    new PartDocument { Id = "ps-01", PartId = PowerShelf },
                    .. Enumerable.Range(1, computeTrays).Select(i => new PartDocument { Id = $"ct-{i:00}", PartId = ComputeTray }),
                ],
            },
        ],
        // The factory the v1 default was: 100 racks of the design, here one row of them.
        Factory = new FactoryDocument
        {
            Halls = [new HallDocument { Id = "hall-1", Label = "Hall 1", Rows = [new RowDocument { Id = "row-1", Label = "Row 1", Rack = "rack-01", RackCount = 100 }] }],
        },
    };

    /// <summary>
    /// The template: one rack with four trays, coolant to an in-row CDU, network to a switch; its factory (from
    /// <see cref="OneRack"/>), like the Server's templates, is "hall-1" with "row-1" placing 100 of the rack (n+1 CDUs).
    /// </summary>
    public static ScenarioDocument Template()
    {
        var document = OneRack(4);
        document.Name = "Vera Rubin NVL72";
        document.Equipment =
        [
            new EquipmentDocument { Id = "cdu-01", PartId = InRowCdu, Position = new CanvasPosition { X = 420, Y = 40 } },
            new EquipmentDocument { Id = "sw-01", PartId = ScaleOutSwitch, Position = new CanvasPosition { X = 420, Y = 240 } },
        ];
        document.Connections =
        [
            new ConnectionDocument { Id = "c-01", Kind = "coolant", From = "rack-01", To = "cdu-01" },
            new ConnectionDocument { Id = "c-02", Kind = "network", From = "rack-01", To = "sw-01" },
        ];
        return document;
    }

    /// <summary>
    /// Three full racks whose part ids are random letters, which hardly compress: far past what an inline link carries.
    /// </summary>
    public static ScenarioDocument TooLargeForALink()
    {
        var random = new Random(7);
        var document = OneRack(0);
        document.Racks = [.. Enumerable.Range(0, 3).Select(r => new RackDocument
        {
            Id = $"rack-{r}",
            PartId = Rack,
            Parts = [.. Enumerable.Range(0, 120).Select(_ => new PartDocument
            {
                Id = string.Concat(Enumerable.Range(0, 64).Select(_ => (char)random.Next('a', 'z' + 1))),
                PartId = ComputeTray,
            })],
        })];
        return document;
    }

    private static FigureDto Vendor(double value, string unit, params string[] sources) =>
        new(value, value, value, unit, new ProvenanceDto("vendor", null, sources, null));

    private static FigureDto Estimate(double value, double low, double high, string unit, string note, params string[] sources) =>
        new(value, low, high, unit, new ProvenanceDto("estimate", null, sources, note));

    private static FigureDto Derived(double value, double low, double high, string unit, string basis, string note, params string[] sources) =>
        new(value, low, high, unit, new ProvenanceDto("derived", basis, sources, note));
}
