using System.Globalization;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

public sealed partial class ScenarioMapper
{
    public const int MaxHalls = 200;
    public const int MaxRows = 5000;

    /// <summary>The redundancy names on the wire, in the order the inspector offers them.</summary>
    public static IReadOnlyList<(string Wire, Redundancy Value)> Redundancies { get; } =
        [("n", Redundancy.N), ("n+1", Redundancy.NPlusOne), ("2n", Redundancy.TwoN)];

    private sealed partial class MapContext
    {
        private FactoryPlan MapFactory(FactoryDocument factory)
        {
            CheckField(ScenarioFields.Crews, factory.Crews);
            CheckField(ScenarioFields.TestStations, factory.TestStations);
            CheckField(ScenarioFields.CrewHoursPerDay, factory.CrewHoursPerDay);
            CheckField(ScenarioFields.BurnInHours, factory.BurnInHours);
            CheckCount("$.factory.halls", factory.Halls.Count, MaxHalls, "halls");
            var rowCount = factory.Halls.Sum(h => h.Rows.Count);
            if (rowCount > MaxRows)
            {
                Add("$.factory.halls", string.Create(CultureInfo.InvariantCulture, $"{rowCount} rows in all: at most {MaxRows} are accepted."));
            }

            var halls = factory.Halls.Take(MaxHalls).Select((h, i) => MapHall(h, $"$.factory.halls[{i}]")).OfType<Hall>().ToList();
            long racks = factory.Halls.Sum(h => h.Rows.Sum(r => (long)Math.Max(0, r.RackCount)));
            if (racks > FactoryPlan.MaxRacks)
            {
                Add("$.factory.halls", string.Create(CultureInfo.InvariantCulture,
                    $"The rows place {racks:N0} racks: a factory holds at most {FactoryPlan.MaxRacks:N0}. Lower the rows' rack counts."));
            }

            return new FactoryPlan(halls)
            {
                Crews = factory.Crews,
                TestStations = factory.TestStations,
                CrewHoursPerDay = factory.CrewHoursPerDay,
                BurnInHours = factory.BurnInHours,
                Network = MapNetwork(factory.Network),
            };
        }

        private Hall? MapHall(HallDocument hall, string path)
        {
            var ok = CheckId($"{path}.id", hall.Id);
            CheckText($"{path}.label", hall.Label, required: false);
            CheckPosition($"{path}.position", hall.Position);
            var rows = hall.Rows.Take(MaxRows).Select((r, i) => MapRow(r, $"{path}.rows[{i}]")).ToList();
            return ok && rows.All(r => r is not null) ? new Hall(hall.Id, Label(hall.Label, hall.Id), [.. rows.OfType<RackRow>()]) : null;
        }

        private RackRow? MapRow(RowDocument row, string path)
        {
            var ok = CheckId($"{path}.id", row.Id);
            CheckText($"{path}.label", row.Label, required: false);
            if (string.IsNullOrWhiteSpace(row.Rack))
            {
                Add($"{path}.rack", "Missing: name the rack design the row places (the id of an entry of \"racks\").");
                ok = false;
            }
            else if (!_rackIds.Contains(row.Rack))
            {
                var near = SpellingSuggestions.Closest(row.Rack, _rackIds);
                Add($"{path}.rack", $"No rack design has the id '{Truncate(row.Rack)}'." +
                    (near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : $" The rack designs are {RackList()}."));
                ok = false;
            }

            if (row.RackCount is < 0 or > FactoryPlan.MaxRacks)
            {
                Add($"{path}.rackCount", string.Create(CultureInfo.InvariantCulture,
                    $"{row.RackCount} racks is out of range: a row holds from 0 to {FactoryPlan.MaxRacks:N0} racks."));
                ok = false;
            }

            var redundancy = Redundancies.FirstOrDefault(r => r.Wire == row.CduRedundancy);
            if (redundancy.Wire is null)
            {
                Add($"{path}.cduRedundancy", $"Unknown redundancy '{Truncate(row.CduRedundancy ?? "")}': use \"n\", \"n+1\" or \"2n\".");
                ok = false;
            }

            if (row.CduCount is < 0 or > FactoryPlan.MaxRacks)
            {
                Add($"{path}.cduCount", string.Create(CultureInfo.InvariantCulture,
                    $"{row.CduCount} CDUs is out of range: use 0 to {FactoryPlan.MaxRacks:N0}, or leave it out to size the row's CDUs."));
                ok = false;
            }

            var cdu = ResolveFloor<CoolantDistributionUnitSpec>($"{path}.cduPartId", row.CduPartId, "a floor CDU such as 'vr.cdu-in-row'");
            var fabricSwitch = ResolveFloor<ScaleOutSwitchSpec>($"{path}.switchPartId", row.SwitchPartId, "a scale-out switch such as 'vr.spectrum-x-photonics'");
            ok &= (row.CduPartId is null || cdu is not null) && (row.SwitchPartId is null || fabricSwitch is not null);
            return ok
                ? new RackRow(row.Id, Label(row.Label, row.Id), row.Rack, row.RackCount, redundancy.Value, cdu, row.CduCount, fabricSwitch)
                : null;
        }

        /// <summary>A row's CDU or switch: a catalog part of the right kind that stands on the floor.</summary>
        private T? ResolveFloor<T>(string path, string? partId, string example)
            where T : PartSpec
        {
            if (partId is null)
            {
                return null;
            }

            var spec = Resolve(path, partId);
            if (spec is T typed && typed.Mounting == Mounting.Floor)
            {
                return typed;
            }

            if (spec is not null)
            {
                Add(path, $"'{spec.Id}' is a {spec.Kind.Noun}{(spec.Mounting == Mounting.Floor ? "" : " that mounts in a rack")}: name {example}.");
            }

            return null;
        }

        private string RackList() => _rackIds.Count == 0
            ? "none yet: add one to \"racks\""
            : string.Join(", ", _rackIds.Take(5).Select(id => $"'{id}'")) + (_rackIds.Count > 5 ? ", …" : "");
    }
}
