using Studio.Engine.Provenance;

namespace Studio.Engine.Physics;

/// <summary>The liquid in a secondary cooling loop.</summary>
public enum CoolantKind
{
    /// <summary>75% water, 25% propylene glycol by volume: NVIDIA's specified coolant for Vera Rubin (S21).</summary>
    PropyleneGlycol25,

    Water,
}

/// <summary>Properties of a coolant at the loop's working temperature (40–55 °C), each with its source.</summary>
/// <param name="SpecificHeatKjPerKgK">Specific heat capacity c_p, kJ/(kg·K).</param>
/// <param name="DensityKgPerLitre">Density, kg/L.</param>
public sealed record CoolantProperties(CoolantKind Kind, string Name, Figure SpecificHeatKjPerKgK, Figure DensityKgPerLitre)
{
    public static CoolantProperties For(CoolantKind kind) => kind switch
    {
        CoolantKind.PropyleneGlycol25 => PropyleneGlycol25,
        CoolantKind.Water => Water,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown coolant."),
    };

    public static CoolantProperties PropyleneGlycol25 { get; } = new(
        CoolantKind.PropyleneGlycol25,
        "25% propylene glycol",
        Figure.VendorRange(3.965, 3.96, 3.97, "kJ/(kg·K)", "3.96–3.97 at 40–45 °C", "S49"),
        Figure.VendorRange(1.0125, 1.011, 1.014, "kg/L", "1,011–1,014 kg/m³ at 40–45 °C", "S49"));

    public static CoolantProperties Water { get; } = new(
        CoolantKind.Water,
        "Water",
        Figure.VendorRange(4.18, 4.179, 4.181, "kJ/(kg·K)", "4.18 kJ/(kg·K); 4.179–4.181 between 40 and 55 °C (X5)", "S49", "X5"),
        Figure.VendorRange(0.990, 0.986, 0.992, "kg/L", "992 kg/m³ at 40 °C to 986 kg/m³ at 55 °C", "X5"));
}
