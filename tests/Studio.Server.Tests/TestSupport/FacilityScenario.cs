using System.Text.Json.Nodes;

namespace Studio.Server.Tests.TestSupport;

/// <summary>A valid document that gives every facility member, for tests that break one of them at a time.</summary>
internal static class FacilityScenario
{
    /// <summary>The Vera Rubin template with every facility member given (see docs/scenario-format.md).</summary>
    public static JsonObject WithEveryFacilityMember(JsonObject template)
    {
        var document = template.DeepClone().AsObject();
        var site = document["site"]!.AsObject();
        site["heatRejection"] = "coolingTower";
        site["approachK"] = 6;
        site["chillerCop"] = 5;
        // A plausible year: 12 °C mean, ±10 K seasons and ±5 K days.
        site["hourlyAmbientC"] = Hours(Enumerable.Range(0, 8760).Select(h => 12 + (10 * Math.Sin(h * 2 * Math.PI / 8760)) + (5 * Math.Sin(h * 2 * Math.PI / 24))));
        var plan = document["factory"]!.AsObject();
        plan["crews"] = 6;
        plan["testStations"] = 10;
        plan["crewHoursPerDay"] = 20;
        plan["burnInHours"] = 36;
        document["power"] = new JsonObject { ["mode"] = "maxP", ["peakSmoothing"] = true, ["distributionLossFraction"] = 0.04 };
        document["economics"] = new JsonObject
        {
            ["facilityUsdPerMw"] = 12_000_000,
            ["depreciationYears"] = 5,
            ["costOfCapital"] = 0.09,
            ["utilisation"] = 0.65,
            ["maintenanceFraction"] = 0.03,
            ["inputUsdPerMillionTokens"] = 0.5,
            ["outputUsdPerMillionTokens"] = 2,
            ["priceDeclinePerYear"] = 0.25,
            ["demandGrowthPerYear"] = 0.3,
        };
        return document;
    }

    /// <summary>Temperatures rounded to hundredths, as a weather file writes them.</summary>
    private static JsonArray Hours(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode)Math.Round(v, 2))]);
}
