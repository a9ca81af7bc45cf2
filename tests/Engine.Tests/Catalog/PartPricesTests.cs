using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Catalog;

/// <summary>Part prices are set so that the reference racks add up to the analysts' rack prices.</summary>
public sealed class PartPricesTests
{
    [Theory]
    [InlineData(Generation.VeraRubin, 7.8e6)] // S26: $7.8M
    [InlineData(Generation.Gb200, 3.5e6)] // S24: $3.0–4.0M, mid-point
    [InlineData(Generation.Gb300, 4.0e6)] // S25 S26: ~$4M
    public void PriceUsd_ReferenceRack_AddsUpToThePublishedRackPrice(Generation generation, double rackUsd)
    {
        var rack = RackModel.Analyse(TestDesigns.ReferenceRack(generation));

        // Tray prices are rounded to $1k: 18 trays drift by at most $9k, 0.3% of the smallest rack.
        Assert.InRange(rack.PriceUsd.Value, rackUsd * 0.997, rackUsd * 1.003);
        Assert.True(rack.PriceUsd.Low < rack.PriceUsd.Value && rack.PriceUsd.Value < rack.PriceUsd.High);
    }

    [Fact]
    public void PriceUsd_EveryPart_HasAPositivePriceAndWeightWithProvenance()
    {
        foreach (var part in TestDesigns.Catalog.Parts)
        {
            Assert.True(part.PriceUsd.Value > 0, part.Id);
            Assert.True(part.WeightKg.Value > 0, part.Id);
            Assert.NotEqual(EvidenceKind.User, part.PriceUsd.Evidence.Kind);
            Assert.Contains(part.Figures(), f => f.Label == "Unit price");
        }
    }
}
