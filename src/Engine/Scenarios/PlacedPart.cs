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

    /// <summary>The part's electrical load with its settings applied.</summary>
    public Figure PowerKw => Spec is ComputeTraySpec tray
        ? tray.PowerWith(Setting(ComputeTraySpec.GpuPowerSetting))
        : Spec.PowerKw;
}
