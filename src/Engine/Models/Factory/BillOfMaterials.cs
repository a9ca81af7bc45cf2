using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Facility;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Factory;

/// <summary>One line of the factory's bill of materials: what is bought, how many, at what price, and what it draws.</summary>
/// <param name="Part">The catalog part; null for a facility line.</param>
/// <param name="UnitPriceUsd">Price of one unit with its range and provenance; null for a line priced inside another (see Note).</param>
/// <param name="ExtendedUsd">Quantity × unit price, with the unit price's range.</param>
/// <param name="Where">The rows or halls the units serve.</param>
public sealed record BomLine(
    BomCategory Category,
    PartSpec? Part,
    string Item,
    double Quantity,
    string QuantityUnit,
    Figure? UnitPriceUsd,
    Band ExtendedUsd,
    double PowerKw,
    double LiquidHeatKw,
    double AirHeatKw,
    string Where,
    string Note);

/// <summary>
/// Every line the factory buys, each part counted once: the rows' racks and what is mounted in them, the rows' CDUs,
/// the fabric's switches, and the facility. The parts' sum is the capex's parts term and the facility line its other
/// term, so the lines add up to the capex exactly.
/// </summary>
public sealed record BillOfMaterials(IReadOnlyList<BomLine> Lines, Figure PartsUsd, BomLine Facility)
{
    public Band TotalUsd => PartsUsd.Band + Facility.ExtendedUsd;

    public static BillOfMaterials For(FactoryAnalysis factory, FacilityResult facility, Figure facilityUsdPerMw)
    {
        var lines = new List<BomLine>();
        var terms = new List<SumTerm>();

        // Rack-mounted parts, grouped by catalog part across every row that places them.
        var mounted = factory.Rows.Where(r => r.RackCount > 0)
            .SelectMany(r => r.Rack.Rack.Parts.Prepend(r.Rack.Rack.Frame).Select(p => (Row: r, Part: p)))
            .GroupBy(x => x.Part.Spec.Id, StringComparer.Ordinal);
        foreach (var group in mounted)
        {
            var spec = group.First().Part.Spec;
            var quantity = group.Sum(x => (double)x.Row.RackCount);
            var powerKw = group.Sum(x => x.Part.Spec.IsItLoad ? x.Part.PowerIn(x.Row.Rack.Mode).Value * x.Row.RackCount : 0);
            var liquidKw = spec.LiquidCooling is { } cooling && spec.IsItLoad ? powerKw * cooling.CooledFraction.Value : 0;
            lines.Add(Line(spec, quantity, "units", powerKw, liquidKw, Where(group.Select(x => Name(factory, x.Row))), "mounted in the rows' racks"));
            terms.Add(new SumTerm(spec.Name, spec.PriceUsd, quantity));
        }

        foreach (var group in factory.Rows.Where(r => r.Cdu is not null && r.CduCount > 0).GroupBy(r => r.Cdu!.Spec.Id, StringComparer.Ordinal))
        {
            var cdu = group.First().Cdu!;
            var quantity = group.Sum(r => (double)r.CduCount);
            var note = string.Join("; ", group.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{Name(factory, r)}: {r.CduCount} ({(r.Row.CduCount is null ? $"{r.CdusNeeded} for {r.LiquidHeatKw.Value:N0} kW + {r.Row.CduRedundancy.Label()}" : "placed")})")).Take(4))
                + (group.Count() > 4 ? "; …" : "") + $"; {cdu.Origin}";
            // Pumps draw with the heat they move, so the line's power is the rows' pump load, not every unit's rating.
            // The pumps' heat goes into the water they move.
            var pumpKw = group.Sum(r => r.PumpKw);
            lines.Add(Line(cdu.Spec, quantity, "units", pumpKw, pumpKw, Where(group.Select(r => Name(factory, r))), note));
            terms.Add(new SumTerm(cdu.Spec.Name, cdu.Spec.PriceUsd, quantity));
        }

        var leaves = factory.Rows.Where(r => r.Switch is not null && r.LeafSwitches > 0).Select(r => (r.Switch!, Count: r.LeafSwitches, Label: Name(factory, r), Tier: "leaf"));
        var spines = factory.Halls.Where(h => h.Spine is not null && h.SpineSwitches > 0).Select(h => (h.Spine!, Count: h.SpineSwitches, Label: h.Hall.Label, Tier: "spine"));
        foreach (var group in leaves.Concat(spines).GroupBy(x => (x.Item1.Spec.Id, x.Tier)))
        {
            var spec = group.First().Item1.Spec;
            var quantity = group.Sum(x => (double)x.Count);
            lines.Add(Line(spec, quantity, "switches", spec.PowerKw.Value * quantity, 0, Where(group.Select(x => x.Label)),
                $"{group.Key.Tier} tier of a non-blocking two-tier fabric (half of each leaf's ports to NICs, half to spines): a simple rule until the fabric is sized; {group.First().Item1.Origin}",
                $"{spec.Name} ({group.Key.Tier})"));
            terms.Add(new SumTerm($"{spec.Name} ({group.Key.Tier})", spec.PriceUsd, quantity));
        }

        var design = facility.DesignDay;
        lines.Add(new BomLine(BomCategory.Cooling, null, "Heat rejection (dry coolers or towers), design-day capacity", design.HeatRejectionMw.Value, "MW",
            null, Band.Zero, 0, 0, 0, "site",
            string.Create(CultureInfo.InvariantCulture, $"sized for {design.AmbientC.Value:0.#} °C outdoors ({design.HeatRejectionMw.Evidence.Note}); priced within the facility line")));
        lines.Add(new BomLine(BomCategory.Cooling, null, "Chillers (trim and air-cooled share), design-day capacity", design.ChillerMw.Value, "MW",
            null, Band.Zero, 0, 0, 0, "site",
            design.ChillerMw.Value > 0
                ? $"{design.ChillerMw.Evidence.Note}; priced within the facility line"
                : "none needed: the coolers reach the supply temperature in the hottest hour; the facility line's per-MW figure does not yet credit that"));

        var parts = FigureSum.Of("USD", terms);
        var facilityLine = new BomLine(BomCategory.Facility, null, "Facility: shell, power train, cooling plant and fit-out", facility.ItMw.Value, "MW IT",
            facilityUsdPerMw, facilityUsdPerMw.Band * facility.ItMw.Value, 0, 0, 0, "site",
            string.Create(CultureInfo.InvariantCulture, $"{facilityUsdPerMw.Value / 1e6:0.##} M$ per MW of IT load × {facility.ItMw.Value:0.###} MW"));
        lines.Add(facilityLine);
        return new BillOfMaterials(lines, parts, facilityLine);
    }

    private static BomLine Line(PartSpec spec, double quantity, string unit, double powerKw, double liquidKw, string where, string note, string? item = null) =>
        new(spec.Kind.Category, spec, item ?? spec.Name, quantity, unit, spec.PriceUsd, spec.PriceUsd.Band * quantity, powerKw, liquidKw,
            Math.Max(0, powerKw - liquidKw), where, note);

    /// <summary>A row by its label, with its hall's when there are several halls: rows of different halls may share a label.</summary>
    private static string Name(FactoryAnalysis factory, RowAnalysis row) =>
        factory.Halls.Count > 1 ? $"{row.Hall.Label} {row.Row.Label}" : row.Row.Label;

    private static string Where(IEnumerable<string> labels)
    {
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count <= 3 ? string.Join(", ", distinct) : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", distinct.Take(3))} and {distinct.Count - 3} more");
    }
}
