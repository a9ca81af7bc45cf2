using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Power;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Facility;

/// <summary>One thing the facility buys: a block of the power train, a piece of the cooling plant, the building or the land.</summary>
/// <param name="Id">A stable id for the line (`facility.shell`, `plant.chillers`, `power.ups`…).</param>
/// <param name="UnitPriceUsd">Price of one unit with its range and provenance.</param>
/// <param name="ExtendedUsd">What the line costs: quantity × unit price, or the block's own total.</param>
public sealed record FacilityItem(BomCategory Category, string Id, string Name, double Quantity, string Unit, Figure UnitPriceUsd, Band ExtendedUsd, string Note);

/// <summary>The facility as bought, line by line, and what it costs in all and per MW of IT load.</summary>
/// <param name="BottomUp">False when the user's per-MW figure replaces the lines.</param>
public sealed record FacilityCapex(IReadOnlyList<FacilityItem> Items, Figure TotalUsd, Figure UsdPerMw, bool BottomUp);

/// <summary>
/// The facility's capex from what it is built of, not a flat figure per MW: the building and land from a published cost
/// guide's shares (X56), the electrical plant from the power train as sized, and the cooling plant as the design day
/// sizes it, where a warm-water factory that needs no chillers buys none. Soft costs go on the hard costs.
/// docs/models/facility.md gives each line.
/// </summary>
public static class FacilityCapexModel
{
    /// <summary>The user's own per-MW figure stands in for every line.</summary>
    public static FacilityCapex Flat(Figure usdPerMw, Figure itMw)
    {
        var total = Figure.Derived(usdPerMw.Band * itMw.Value, "USD",
            string.Create(CultureInfo.InvariantCulture, $"{usdPerMw.Value / 1e6:0.##} M$ per MW of IT load × {itMw.Value:0.###} MW"), usdPerMw, itMw);
        var line = new FacilityItem(BomCategory.Facility, "facility.perMw", "Facility: shell, power train, cooling plant and fit-out", itMw.Value, "MW IT",
            usdPerMw, total.Band, total.Evidence.Note ?? "");
        return new FacilityCapex([line], total, usdPerMw, BottomUp: false);
    }

    public static FacilityCapex BottomUp(FacilityResult facility, FactoryAnalysis factory, Site site, PowerTrainResult? train)
    {
        var itMw = facility.ItMw.Value;
        var items = new List<FacilityItem>();

        // Land is bought, not built: soft costs do not apply to it.
        var acres = FacilityCapexDefaults.AcresPerMw.Value * itMw;
        items.Add(Item(BomCategory.Facility, "facility.land", "Land", acres, "acres", FacilityCapexDefaults.LandUsdPerAcre,
            FacilityCapexDefaults.LandUsdPerAcre.Band * (FacilityCapexDefaults.AcresPerMw.Band * itMw),
            string.Create(CultureInfo.InvariantCulture, $"{FacilityCapexDefaults.AcresPerMw.Value:0.#} acres per MW × {itMw:0.###} MW")));
        items.Add(PerMw("facility.shell", "Shell, site work, back of house and offices", FacilityCapexDefaults.ShellUsdPerMw, itMw));
        items.Add(PerMw("facility.fitOut", "White-space build-out", FacilityCapexDefaults.FitOutUsdPerMw, itMw));

        if (train is not null)
        {
            foreach (var block in train.Blocks.Where(b => b.Units > 0 || b.CapexUsd.Value > 0))
            {
                items.Add(new FacilityItem(BomCategory.Power, PowerTrainModel.ItemId(block.Kind), block.Name,
                    block.Units, "units", block.Units > 0 ? Figure.Derived(block.CapexUsd.Band / block.Units, "USD", "the block's capex / its units", block.CapexUsd) : block.CapexUsd,
                    block.CapexUsd.Band,
                    string.Create(CultureInfo.InvariantCulture, $"{block.Units} × {block.UnitMw.Value:0.##} MW ({block.UnitsNeeded} needed, {PowerTrainModel.Describe(block.Redundancy)}); {block.Note}")));
            }

            items.Add(PerMw("power.distribution", "Distribution to the rows: busways, cabling, panels and controls", FacilityCapexDefaults.DistributionUsdPerMw, itMw) with
            {
                Category = BomCategory.Power,
            });
        }
        else
        {
            items.Add(PerMw("power.electrical", "Electrical plant: substation, distribution, UPS and generators", FacilityCapexDefaults.ElectricalUsdPerMw, itMw));
        }

        items.AddRange(CoolingPlant(facility, factory, site));

        var hard = Band.Sum(items.Where(i => i.Id != "facility.land").Select(i => i.ExtendedUsd));
        var soft = FacilityCapexDefaults.SoftCostFraction;
        items.Add(new FacilityItem(BomCategory.Facility, "facility.softCosts", "Design, permits, project management and contingency", soft.Value, "of hard costs",
            Figure.Derived(hard, "USD", "the hard costs above, land excepted", soft), hard * soft.Band,
            string.Create(CultureInfo.InvariantCulture, $"{soft.Value:P0} of {hard.Value / 1e6:N0} M$ of hard costs")));

        var total = Figure.Derived(Band.Sum(items.Select(i => i.ExtendedUsd)), "USD",
            string.Join(" + ", items.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Name.ToLowerInvariant()} {i.ExtendedUsd.Value / 1e6:N0} M$"))),
            [.. items.Select(i => i.UnitPriceUsd), facility.ItMw, facility.DesignDay.HeatRejectionMw, facility.DesignDay.ChillerMw,
                FacilityCapexDefaults.AcresPerMw, FacilityCapexDefaults.SoftCostFraction]);
        var perMw = Figure.Derived(total.Band / itMw, "USD/MW",
            string.Create(CultureInfo.InvariantCulture, $"{total.Value / 1e6:N0} M$ of facility lines / {itMw:0.###} MW of IT load"), total, facility.ItMw);
        return new FacilityCapex(items, total, perMw, BottomUp: true);
    }

    /// <summary>
    /// The plant the design day sizes: heat rejection for the hottest hour (N + 1 units), chillers only for the heat the
    /// coolers cannot bring to the supply temperature then, the facility loop for the liquid heat, and air handlers for
    /// the room heat.
    /// </summary>
    private static IEnumerable<FacilityItem> CoolingPlant(FacilityResult facility, FactoryAnalysis factory, Site site)
    {
        var design = facility.DesignDay;
        var towers = site.HeatRejection == HeatRejection.CoolingTower;
        var (unit, price, name, id) = towers
            ? (FacilityCapexDefaults.TowerUnitMw, FacilityCapexDefaults.TowerUsdPerKw, "Cooling towers", "plant.towers")
            : (FacilityCapexDefaults.DryCoolerUnitMw, FacilityCapexDefaults.DryCoolerUsdPerKw, "Dry coolers", "plant.dryCoolers");
        var at = string.Create(CultureInfo.InvariantCulture, $"{design.AmbientC.Value:0.#} °C outdoors");
        if (design.HeatRejectionMw.Value > 0)
        {
            yield return Units(id, name, design.HeatRejectionMw.Value, unit, price,
                string.Create(CultureInfo.InvariantCulture, $"{design.HeatRejectionMw.Value:0.##} MW to reject at {at}"));
        }

        if (site.HeatRejection == HeatRejection.Adiabatic && design.HeatRejectionMw.Value > 0)
        {
            // Every installed dry cooler gets pads, the spare too.
            var pads = FacilityCapexDefaults.AdiabaticUsdPerKw;
            var installedMw = (Needed(design.HeatRejectionMw.Value, unit) + 1) * unit.Value;
            yield return Item(BomCategory.Cooling, "plant.adiabatic", "Adiabatic assist (pads and water treatment)", installedMw, "MW",
                Figure.Derived(pads.Band * 1000, "USD/MW", "per kW × 1,000", pads), pads.Band * (installedMw * 1000),
                "on every dry cooler installed; wetted only in the hours the coolers alone miss the set-point");
        }

        // Trim chillers are what the supply temperature costs; the room heat's chillers are bought whatever the loop runs at.
        if (design.TrimChillerMw.Value > 1e-9)
        {
            yield return Units("plant.trimChillers", "Trim chillers for the liquid loop", design.TrimChillerMw.Value, FacilityCapexDefaults.ChillerUnitMw,
                FacilityCapexDefaults.ChillerUsdPerKw, string.Create(CultureInfo.InvariantCulture, $"{design.TrimChillerMw.Value:0.##} MW to chill at {at}: {design.TrimChillerMw.Evidence.Note}"));
        }

        var roomChillerMw = design.ChillerMw.Value - design.TrimChillerMw.Value;
        if (roomChillerMw > 1e-9)
        {
            yield return Units("plant.roomChillers", "Chillers for the room heat", roomChillerMw, FacilityCapexDefaults.ChillerUnitMw, FacilityCapexDefaults.ChillerUsdPerKw,
                string.Create(CultureInfo.InvariantCulture, $"{roomChillerMw:0.##} MW of air-cooled heat (switches, optics, storage) above the economizer at {at}"));
        }

        var liquidKw = factory.LiquidHeatKw.Value;
        if (liquidKw > 0)
        {
            var loop = FacilityCapexDefaults.LoopUsdPerKw;
            yield return Item(BomCategory.Cooling, "plant.loop", "Facility water loop (pumps and piping)", liquidKw / 1000, "MW",
                Figure.Derived(loop.Band * 1000, "USD/MW", "per kW × 1,000", loop), loop.Band * liquidKw,
                string.Create(CultureInfo.InvariantCulture, $"{liquidKw / 1000:0.##} MW of liquid heat to the CDUs"));
        }

        var airKw = Math.Max(0, factory.ItPowerKw.Value - liquidKw);
        if (airKw > 0)
        {
            var air = FacilityCapexDefaults.AirHandlingUsdPerKw;
            yield return Item(BomCategory.Cooling, "plant.airHandling", "Air handlers for the room heat", airKw / 1000, "MW",
                Figure.Derived(air.Band * 1000, "USD/MW", "per kW × 1,000", air), air.Band * airKw,
                string.Create(CultureInfo.InvariantCulture, $"{airKw / 1000:0.##} MW the racks, switches and optics give to room air"));
        }
    }

    /// <summary>N units for the load and one spare, each priced at its rating.</summary>
    private static FacilityItem Units(string id, string name, double loadMw, Figure unitMw, Figure usdPerKw, string note)
    {
        var needed = Needed(loadMw, unitMw);
        var units = needed + 1;
        var unitPrice = Figure.Derived(usdPerKw.Band * (unitMw.Value * 1000), "USD",
            string.Create(CultureInfo.InvariantCulture, $"{unitMw.Value:0.#} MW × {usdPerKw.Value:0} USD/kW"), usdPerKw, unitMw);
        return Item(BomCategory.Cooling, id, name, units, "units", unitPrice, unitPrice.Band * units,
            string.Create(CultureInfo.InvariantCulture, $"{note}: {needed} of {unitMw.Value:0.#} MW + 1 spare (N + 1)"));
    }

    private static int Needed(double loadMw, Figure unitMw) => (int)Math.Ceiling((loadMw / unitMw.Value) - 1e-9);

    private static FacilityItem PerMw(string id, string name, Figure usdPerMw, double itMw) =>
        Item(BomCategory.Facility, id, name, itMw, "MW IT", usdPerMw, usdPerMw.Band * itMw,
            string.Create(CultureInfo.InvariantCulture, $"{usdPerMw.Value / 1e6:0.##} M$ per MW × {itMw:0.###} MW"));

    private static FacilityItem Item(BomCategory category, string id, string name, double quantity, string unit, Figure price, Band extended, string note) =>
        new(category, id, name, quantity, unit, price, extended, note);
}
