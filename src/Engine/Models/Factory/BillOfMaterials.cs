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
    string Note)
{
    /// <summary>The catalog id of a line that is not a placeable part (a transceiver, cable or storage node); null otherwise.</summary>
    public string? ItemId { get; init; }
}

/// <summary>
/// Every line the factory buys, each part counted once: the rows' racks and what is mounted in them, the rows' CDUs,
/// the networks, and the facility's lines (building, power train, cooling plant). The parts' sum is the capex's parts
/// term and the facility lines' sum its other term, so the lines add up to the capex exactly.
/// </summary>
public sealed record BillOfMaterials(IReadOnlyList<BomLine> Lines, Figure PartsUsd, Figure FacilityUsd)
{
    public Band TotalUsd => PartsUsd.Band + FacilityUsd.Band;

    public static BillOfMaterials For(FactoryAnalysis factory, FacilityCapex capex)
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

        NetworkLines(factory, lines, terms);

        var parts = FigureSum.Of("USD", terms);

        // The facility's lines as bought: the building, the power train's blocks and the cooling plant, or the user's
        // one per-MW line. They draw nothing of their own here: the plant's and the train's draw is in the facility power.
        foreach (var item in capex.Items)
        {
            lines.Add(new BomLine(item.Category, null, item.Name, item.Quantity, item.Unit, item.UnitPriceUsd, item.ExtendedUsd, 0, 0, 0, "site", item.Note)
            {
                ItemId = item.Id,
            });
        }

        return new BillOfMaterials(lines, parts, capex.TotalUsd);
    }

    /// <summary>
    /// The networks' switches by fabric and tier, their optics and cables by catalog item across fabrics, and the storage
    /// nodes. Optics draw power but give their heat to room air; switches too (the studio does not model their cooling).
    /// </summary>
    private static void NetworkLines(FactoryAnalysis factory, List<BomLine> lines, List<SumTerm> terms)
    {
        var network = factory.Network;
        foreach (var fabric in network.Fabrics)
        {
            foreach (var tier in fabric.Tiers.Where(t => t.Switches > 0))
            {
                var spec = fabric.Switch;
                var item = $"{spec.Name} ({fabric.Label.Split(' ')[0].ToLowerInvariant()} {tier.Name})";
                var note = string.Create(CultureInfo.InvariantCulture,
                    $"{tier.SwitchesPerPlane:N0} per plane × {tier.Planes} plane(s), {tier.DownPorts} ports down, {tier.UpPorts} up; {fabric.Note}");
                lines.Add(Line(spec, tier.Switches, "switches", spec.PowerKw.Value * tier.Switches, 0, tier.Where, note, item));
                terms.Add(new SumTerm(item, spec.PriceUsd, tier.Switches));
            }
        }

        var links = network.Fabrics.SelectMany(f => f.Links.Select(l => (Fabric: f, Link: l))).ToList();
        foreach (var group in links.Where(x => x.Link.Transceiver is not null && x.Link.Transceivers > 0).GroupBy(x => x.Link.Transceiver!.Id, StringComparer.Ordinal))
        {
            var module = group.First().Link.Transceiver!;
            var quantity = group.Sum(x => (double)x.Link.Transceivers);
            var note = string.Join("; ", group.Select(x => string.Create(CultureInfo.InvariantCulture,
                $"{x.Link.Transceivers:N0} for {x.Fabric.Label} {x.Link.From}–{x.Link.To} ({x.Link.Links:N0} links of {x.Link.PortGbps:0} Gb/s, up to {x.Link.LengthM:0} m)")));
            lines.Add(Item(BomCategory.Network, module.Id, module.Name, quantity, "modules", module.PriceUsd, module.PowerKw.Value * quantity, "fabric links", note));
            terms.Add(new SumTerm(module.Name, module.PriceUsd, quantity));
        }

        foreach (var group in links.GroupBy(x => x.Link.Cable.Id, StringComparer.Ordinal))
        {
            var cable = group.First().Link.Cable;
            var quantity = group.Sum(x => (double)x.Link.Links);
            var note = string.Join("; ", group.Select(x => string.Create(CultureInfo.InvariantCulture,
                $"{x.Link.Links:N0} for {x.Fabric.Label} {x.Link.From}–{x.Link.To}{(x.Link.ReachExceeded ? $" (beyond its reach at {x.Link.LengthM:0} m)" : "")}")));
            lines.Add(Item(BomCategory.Network, cable.Id, cable.Name, quantity, "links", cable.PriceUsd, cable.PowerKw.Value * quantity, "fabric links", note));
            terms.Add(new SumTerm(cable.Name, cable.PriceUsd, quantity));
        }

        if (network.StorageNodes is { } nodes)
        {
            var note = string.Create(CultureInfo.InvariantCulture,
                $"sized by {nodes.SizedBy}: {nodes.BandwidthGBps.Value:N0} GB/s read ({nodes.BandwidthGBps.Evidence.Note}) and {nodes.CapacityPb.Value:0.##} PB ({nodes.CapacityPb.Evidence.Note})");
            lines.Add(Item(BomCategory.Network, nodes.Node.Id, nodes.Node.Name, nodes.Count, "nodes", nodes.Node.PriceUsd, nodes.PowerKw.Value, "network room", note));
            terms.Add(new SumTerm(nodes.Node.Name, nodes.Node.PriceUsd, nodes.Count));
        }
    }

    private static BomLine Item(BomCategory category, string id, string name, double quantity, string unit, Figure price, double powerKw, string where, string note) =>
        new(category, null, name, quantity, unit, price, price.Band * quantity, powerKw, 0, powerKw, where, note) { ItemId = id };

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
