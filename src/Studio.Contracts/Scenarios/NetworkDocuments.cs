using System.Text.Json.Serialization;

namespace Studio.Contracts.Scenarios;

/// <summary>How the factory's networks are built; every field may be left out for its default.</summary>
public sealed class NetworkDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScaleOutDocument? ScaleOut { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FrontEndDocument? FrontEnd { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StorageDocument? Storage { get; set; }
}

/// <summary>The scale-out (east-west) fabric the GPUs' NICs join.</summary>
public sealed class ScaleOutDocument
{
    /// <summary>Leaf down:up bandwidth, n for n:1; 1 (default) is non-blocking.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Oversubscription { get; set; }

    /// <summary>"pluggable" or "coPackaged"; left out, the generation's catalog switch decides.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Optics { get; set; }

    /// <summary>Catalog id of the fabric's switch (every tier); overrides <see cref="Optics"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SwitchPartId { get; set; }

    /// <summary>Planes each NIC is split over; left out, the fewest that keep the fabric at its fewest tiers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Planes { get; set; }

    /// <summary>Rails of leaves; left out, the compute trays' NICs per tray.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Rails { get; set; }
}

/// <summary>The front-end (north-south) fabric the DPUs join.</summary>
public sealed class FrontEndDocument
{
    /// <summary>Front-end ports per compute tray; left out, one per DPU or each DPU split in two or four, whichever needs the fewest tiers and switches.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PortsPerTray { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Oversubscription { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SwitchPartId { get; set; }
}

/// <summary>The storage the factory reads data from and writes checkpoints to.</summary>
public sealed class StorageDocument
{
    /// <summary>Aggregate read bandwidth, GB/s; left out, a per-GPU default.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BandwidthGBps { get; set; }

    /// <summary>Usable capacity, PB; left out, a per-GPU default.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CapacityPb { get; set; }

    /// <summary>Catalog id of the storage node; left out, the catalog's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NodePartId { get; set; }
}
