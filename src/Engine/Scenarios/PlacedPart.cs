using Studio.Engine.Catalog;
using Studio.Engine.Provenance;

namespace Studio.Engine.Scenarios;

/// <summary>One instance of a catalog part in a design, with the settings the user replaced on it.</summary>
/// <param name="Id">Stable id within the scenario; diagnostics and the canvas refer to it.</param>
/// <param name="Settings">User values by <see cref="SettingSpec.Key"/>; keys not set use the catalog figure.</param>
public sealed record PlacedPart(string Id, string Label, PartSpec Spec, IReadOnlyDictionary<string, double> Settings)
{
    public PlacedPart(string id, string label, PartSpec spec)
        : this(id, label, spec, new Dictionary<string, double>())
    {
    }

    /// <summary>The figure in effect for a setting: the user's value if set, else the catalog's.</summary>
    public Figure Setting(string key)
    {
        var spec = Spec.Settings.FirstOrDefault(s => s.Key == key)
            ?? throw new ArgumentException($"Part '{Spec.Id}' has no setting '{key}'.", nameof(key));
        return Settings.TryGetValue(key, out var value)
            ? Figure.User(value, spec.Unit, $"{spec.Label} set on {Label}")
            : spec.Default;
    }

    /// <summary>The part's electrical load with its settings applied, GPUs at the catalog's (Max-Q) power.</summary>
    public Figure PowerKw => PowerIn(PowerMode.MaxQ);

    /// <summary>The part's electrical load with its settings applied, in an operating mode.</summary>
    public Figure PowerIn(PowerMode mode) => Spec is ComputeTraySpec tray ? tray.PowerWith(GpuPowerIn(mode)) : Spec.PowerKw;

    /// <summary>
    /// Power per GPU of a compute tray: the user's limit when set, else the mode's figure. Max-P falls back to the
    /// catalog figure where no separate one is published.
    /// </summary>
    public Figure GpuPowerIn(PowerMode mode)
    {
        var tray = Spec as ComputeTraySpec ?? throw new InvalidOperationException($"'{Spec.Id}' is not a compute tray.");
        if (Settings.ContainsKey(ComputeTraySpec.GpuPowerSetting) || mode == PowerMode.MaxQ)
        {
            return Setting(ComputeTraySpec.GpuPowerSetting);
        }

        return tray.Gpu.MaxPPowerKw ?? tray.Gpu.PowerKw;
    }
}
