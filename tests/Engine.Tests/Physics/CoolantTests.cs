using Studio.Engine.Physics;

namespace Studio.Engine.Tests.Physics;

/// <summary>Coolant properties against the published tables (hardware.md constants, S49).</summary>
public sealed class CoolantTests
{
    [Fact]
    public void PropyleneGlycol25_Properties_MatchTheGlycolTables()
    {
        // S49: 25% PG, c_p 3.96–3.97 kJ/(kg·K) and 1,011–1,014 kg/m³ at 40–45 °C; the value is the midpoint.
        var pg = CoolantProperties.For(CoolantKind.PropyleneGlycol25);

        Assert.Equal((3.965, 3.96, 3.97), (pg.SpecificHeatKjPerKgK.Value, pg.SpecificHeatKjPerKgK.Low, pg.SpecificHeatKjPerKgK.High));
        Assert.Equal((1.0125, 1.011, 1.014), (pg.DensityKgPerLitre.Value, pg.DensityKgPerLitre.Low, pg.DensityKgPerLitre.High));
    }

    [Fact]
    public void Water_SpecificHeat_MatchesPublishedValue()
    {
        // S49: water c_p 4.18 kJ/(kg·K).
        Assert.Equal(4.18, CoolantProperties.For(CoolantKind.Water).SpecificHeatKjPerKgK.Value);
    }

    [Fact]
    public void For_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoolantProperties.For((CoolantKind)99));
    }
}
