using System.Globalization;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Physics;
using Studio.Engine.Scenarios;
using Studio.Engine.Sites;

namespace Studio.Server.Scenarios;

/// <summary>The outcome of mapping a document onto the Engine: a scenario, or every error found.</summary>
public sealed record ScenarioMapResult(Scenario? Scenario, IReadOnlyList<InputError> Errors);

/// <summary>
/// Checks a scenario document against the catalog and the format's rules and builds the Engine's
/// <see cref="Scenario"/>. It reports every error it finds (up to a cap), each with its JSON path, so a user fixes a
/// file in one pass. What is wrong with the *design* (too few switch trays, say) is not an input error: the
/// Engine's rules report that.
/// </summary>
public sealed partial class ScenarioMapper(PartCatalog catalog)
{
    public const int MaxRacks = 500;
    public const int MaxPartsPerRack = 120;
    public const int MaxEquipment = 500;
    public const int MaxConnections = 2000;
    public const int MaxErrors = 50;
    private const int MaxIdLength = 64;
    private const int MaxTextLength = 200;
    private const double MaxCanvasCoordinate = 1_000_000;

    public ScenarioMapResult Map(ScenarioDocument document)
    {
        var context = new MapContext(catalog);
        var scenario = context.Map(document);
        return context.Errors.Count == 0 ? new(scenario, []) : new(null, context.Errors);
    }

    private sealed partial class MapContext(PartCatalog catalog)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PartSpec> _equipment = new(StringComparer.Ordinal);
        private readonly HashSet<string> _rackIds = new(StringComparer.Ordinal);

        public List<InputError> Errors { get; } = [];

        public Scenario Map(ScenarioDocument doc)
        {
            CheckText("$.name", doc.Name, required: false);
            CheckText("$.description", doc.Description, required: false, maxLength: 2000);
            CheckCount("$.racks", doc.Racks.Count, MaxRacks, "racks");
            CheckCount("$.equipment", doc.Equipment.Count, MaxEquipment, "equipment items");
            CheckCount("$.connections", doc.Connections.Count, MaxConnections, "connections");

            var racks = doc.Racks.Take(MaxRacks).Select((r, i) => MapRack(r, $"$.racks[{i}]")).OfType<RackDesign>().ToList();
            var equipment = doc.Equipment.Take(MaxEquipment).Select((e, i) => MapEquipment(e, $"$.equipment[{i}]")).OfType<PlacedPart>().ToList();
            var connections = doc.Connections.Take(MaxConnections).Select((c, i) => MapConnection(c, $"$.connections[{i}]")).OfType<Connection>().ToList();

            return new Scenario(
                string.IsNullOrWhiteSpace(doc.Name) ? "Untitled design" : doc.Name.Trim(),
                racks,
                equipment,
                connections,
                MapSite(doc.Site),
                MapWorkload(doc.Workload),
                MapFactory(doc.Factory))
            {
                Power = MapPower(doc.Power),
                Economics = MapEconomics(doc.Economics),
                Schedule = MapSchedule(doc.Schedule),
            };
        }

        private RackDesign? MapRack(RackDocument rack, string path)
        {
            var ok = CheckId($"{path}.id", rack.Id);
            _rackIds.Add(rack.Id);
            var spec = Resolve($"{path}.partId", rack.PartId);
            if (spec is not null and not RackSpec)
            {
                Add($"{path}.partId", spec.Mounting == Mounting.InRack
                    ? $"'{spec.Id}' is a {spec.Kind.Noun}, not a rack frame: put it in a rack's \"parts\", and use a rack such as 'vr.rack' here."
                    : $"'{spec.Id}' is floor equipment, not a rack frame: list it under \"equipment\".");
                spec = null;
            }

            CheckCount($"{path}.parts", rack.Parts.Count, MaxPartsPerRack, "parts in one rack");
            var parts = rack.Parts.Take(MaxPartsPerRack).Select((p, i) => MapPart(p, $"{path}.parts[{i}]")).OfType<PlacedPart>().ToList();
            CheckText($"{path}.label", rack.Label, required: false);
            CheckPosition($"{path}.position", rack.Position);
            var settings = MapSettings($"{path}.settings", spec, rack.Settings);
            return ok && spec is not null && settings is not null
                ? new RackDesign(new PlacedPart(rack.Id, Label(rack.Label, rack.Id), spec, settings), parts)
                : null;
        }

        private PlacedPart? MapPart(PartDocument part, string path)
        {
            var ok = CheckId($"{path}.id", part.Id);
            var spec = Resolve($"{path}.partId", part.PartId);
            if (spec is not null && spec.Mounting != Mounting.InRack)
            {
                Add($"{path}.partId", spec is RackSpec
                    ? $"'{spec.Id}' is a rack frame: racks do not nest. Add it to \"racks\"."
                    : $"'{spec.Id}' is floor equipment and does not mount in a rack: list it under \"equipment\".");
                spec = null;
            }

            CheckText($"{path}.label", part.Label, required: false);
            var settings = MapSettings($"{path}.settings", spec, part.Settings);
            return ok && spec is not null && settings is not null
                ? new PlacedPart(part.Id, Label(part.Label, spec.Name), spec, settings)
                : null;
        }

        private PlacedPart? MapEquipment(EquipmentDocument item, string path)
        {
            var ok = CheckId($"{path}.id", item.Id);
            var spec = Resolve($"{path}.partId", item.PartId);
            if (spec is RackSpec)
            {
                Add($"{path}.partId", $"'{spec.Id}' is a rack frame: list it under \"racks\".");
                spec = null;
            }
            else if (spec is not null && spec.Mounting == Mounting.InRack)
            {
                Add($"{path}.partId", $"'{spec.Id}' is a {spec.Kind.Noun} and is in no rack: it mounts in a rack, so move it into a rack's \"parts\".");
                spec = null;
            }

            CheckText($"{path}.label", item.Label, required: false);
            CheckPosition($"{path}.position", item.Position);
            var settings = MapSettings($"{path}.settings", spec, item.Settings);
            if (!ok || spec is null || settings is null)
            {
                return null;
            }

            _equipment[item.Id] = spec;
            return new PlacedPart(item.Id, Label(item.Label, spec.Name), spec, settings);
        }

        private Connection? MapConnection(ConnectionDocument connection, string path)
        {
            var ok = CheckId($"{path}.id", connection.Id);
            ConnectionKind? kind = connection.Kind switch
            {
                "coolant" => ConnectionKind.Coolant,
                "network" => ConnectionKind.Network,
                _ => null,
            };
            if (kind is null)
            {
                Add($"{path}.kind", $"Unknown connection kind '{connection.Kind}': use \"coolant\" (rack to CDU) or \"network\" (rack to switch).");
            }

            if (!_rackIds.Contains(connection.From))
            {
                Add($"{path}.from", _equipment.ContainsKey(connection.From)
                    ? $"'{connection.From}' is equipment; a connection runs from a rack (from) to equipment (to)."
                    : $"No rack has the id '{connection.From}'.");
                ok = false;
            }

            if (!_equipment.TryGetValue(connection.To, out var target))
            {
                Add($"{path}.to", _rackIds.Contains(connection.To)
                    ? $"'{connection.To}' is a rack; racks connect to a CDU or a switch, not to each other."
                    : $"No equipment has the id '{connection.To}'.");
                ok = false;
            }
            else if (kind == ConnectionKind.Coolant && target is not CoolantDistributionUnitSpec)
            {
                Add($"{path}.to", $"A coolant connection must end at a CDU; '{connection.To}' is a {target.Kind.Noun}.");
                ok = false;
            }
            else if (kind == ConnectionKind.Network && target is not ScaleOutSwitchSpec)
            {
                Add($"{path}.to", $"A network connection must end at a switch; '{connection.To}' is a {target.Kind.Noun}.");
                ok = false;
            }

            return ok && kind is not null ? new Connection(connection.Id, kind.Value, connection.From, connection.To) : null;
        }

        private Site MapSite(SiteDocument site)
        {
            if (!SiteLocations.TryGet(site.Location, out _))
            {
                Add("$.site.location", $"Unknown location '{site.Location}'. Known: {string.Join(", ", SiteLocations.All.Select(l => l.Id))}.");
            }

            CheckField(ScenarioFields.CoolantSupplyC, site.CoolantSupplyC);
            CheckField(ScenarioFields.ElectricityUsdPerKwh, site.ElectricityUsdPerKwh);
            CoolantKind? coolant = site.Coolant switch
            {
                "propyleneGlycol25" => CoolantKind.PropyleneGlycol25,
                "water" => CoolantKind.Water,
                _ => null,
            };
            if (coolant is null)
            {
                Add("$.site.coolant", $"Unknown coolant '{site.Coolant}': use \"propyleneGlycol25\" or \"water\".");
            }

            HeatRejection? rejection = site.HeatRejection switch
            {
                "dryCooler" => Engine.Scenarios.HeatRejection.DryCooler,
                "coolingTower" => Engine.Scenarios.HeatRejection.CoolingTower,
                _ => null,
            };
            if (rejection is null)
            {
                Add("$.site.heatRejection", $"Unknown heat rejection '{Truncate(site.HeatRejection)}': use \"dryCooler\" or \"coolingTower\".");
            }

            CheckField(ScenarioFields.ApproachK, site.ApproachK);
            CheckField(ScenarioFields.ChillerCop, site.ChillerCop);
            if (site.HourlyAmbientC is { } hours)
            {
                if (hours.Count != TypicalYear.Hours)
                {
                    Add("$.site.hourlyAmbientC", string.Create(CultureInfo.InvariantCulture,
                        $"Give one temperature per hour of a year: {TypicalYear.Hours:N0} values, not {hours.Count:N0}."));
                }
                else
                {
                    var bad = hours.FindIndex(t => !double.IsFinite(t) || t < -70 || t > 60);
                    if (bad >= 0)
                    {
                        Add($"$.site.hourlyAmbientC[{bad}]", string.Create(CultureInfo.InvariantCulture,
                            $"{hours[bad]} °C is not an outdoor temperature: use values from -70 to 60 °C."));
                    }
                }
            }

            return new Site(site.Location, site.CoolantSupplyC, site.ElectricityUsdPerKwh, coolant ?? CoolantKind.PropyleneGlycol25)
            {
                HeatRejection = rejection ?? Engine.Scenarios.HeatRejection.DryCooler,
                ApproachK = site.ApproachK,
                ChillerCop = site.ChillerCop,
                HourlyAmbientC = site.HourlyAmbientC is { Count: TypicalYear.Hours } given ? [.. given] : null,
            };
        }

        private PowerPlan MapPower(PowerDocument? power)
        {
            if (power is null)
            {
                return PowerPlan.Default;
            }

            PowerMode? mode = power.Mode switch
            {
                "maxQ" => PowerMode.MaxQ,
                "maxP" => PowerMode.MaxP,
                _ => null,
            };
            if (mode is null)
            {
                Add("$.power.mode", $"Unknown power mode '{Truncate(power.Mode)}': use \"maxQ\" or \"maxP\".");
            }

            CheckField(ScenarioFields.DistributionLossFraction, power.DistributionLossFraction);
            return new PowerPlan
            {
                Mode = mode ?? PowerMode.MaxQ,
                PeakSmoothing = power.PeakSmoothing,
                DistributionLossFraction = power.DistributionLossFraction,
                Train = MapPowerTrain(power),
            };
        }

        private EconomicsAssumptions MapEconomics(EconomicsDocument? economics)
        {
            if (economics is null)
            {
                return EconomicsAssumptions.Default;
            }

            CheckField(ScenarioFields.FacilityUsdPerMw, economics.FacilityUsdPerMw);
            CheckField(ScenarioFields.DepreciationYears, economics.DepreciationYears);
            CheckField(ScenarioFields.CostOfCapital, economics.CostOfCapital);
            CheckField(ScenarioFields.Utilisation, economics.Utilisation);
            CheckField(ScenarioFields.MaintenanceFraction, economics.MaintenanceFraction);
            CheckField(ScenarioFields.InputUsdPerMillionTokens, economics.InputUsdPerMillionTokens);
            CheckField(ScenarioFields.OutputUsdPerMillionTokens, economics.OutputUsdPerMillionTokens);
            CheckField(ScenarioFields.PriceDeclinePerYear, economics.PriceDeclinePerYear);
            CheckField(ScenarioFields.DemandGrowthPerYear, economics.DemandGrowthPerYear);
            return new EconomicsAssumptions
            {
                FacilityUsdPerMw = economics.FacilityUsdPerMw,
                DepreciationYears = economics.DepreciationYears,
                CostOfCapital = economics.CostOfCapital,
                Utilisation = economics.Utilisation,
                MaintenanceFraction = economics.MaintenanceFraction,
                InputUsdPerMillionTokens = economics.InputUsdPerMillionTokens,
                OutputUsdPerMillionTokens = economics.OutputUsdPerMillionTokens,
                PriceDeclinePerYear = economics.PriceDeclinePerYear,
                DemandGrowthPerYear = economics.DemandGrowthPerYear,
            };
        }

        /// <summary>Checks a member of the field table against its range; an optional member left out is fine.</summary>
        private bool CheckField(ScenarioField field, double? value) =>
            value is not { } given || CheckRange("$." + field.Path, given, field.Min, field.Max, field.Unit);

        private Dictionary<string, double>? MapSettings(string path, PartSpec? spec, Dictionary<string, double>? settings)
        {
            var result = new Dictionary<string, double>(StringComparer.Ordinal);
            if (settings is null || spec is null)
            {
                return spec is null ? null : result;
            }

            var ok = true;
            foreach (var (key, value) in settings)
            {
                var setting = spec.Settings.FirstOrDefault(s => s.Key == key);
                if (setting is null)
                {
                    var known = spec.Settings.Count == 0 ? "it has no settings" : $"its settings are {string.Join(", ", spec.Settings.Select(s => s.Key))}";
                    Add(JsonPaths.Member(path, key), $"'{spec.Id}' has no setting '{key}': {known}.");
                    ok = false;
                }
                else if (!CheckRange(JsonPaths.Member(path, key), value, setting.Min, setting.Max, setting.Unit))
                {
                    ok = false;
                }
                else
                {
                    result[key] = value;
                }
            }

            return ok ? result : null;
        }

        private PartSpec? Resolve(string path, string partId)
        {
            if (string.IsNullOrWhiteSpace(partId))
            {
                Add(path, "Missing: name a catalog part id (GET /api/catalog lists them).");
                return null;
            }

            if (catalog.TryGet(partId, out var spec))
            {
                return spec;
            }

            var near = SpellingSuggestions.Closest(partId, catalog.Parts.Select(p => p.Id));
            Add(path, $"Unknown part '{Truncate(partId)}'." + (near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : " GET /api/catalog lists the parts."));
            return null;
        }

        private bool CheckId(string path, string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Add(path, "Missing: every rack, part, equipment item and connection needs an id.");
                return false;
            }

            if (id.Length > MaxIdLength)
            {
                Add(path, $"Too long: ids are at most {MaxIdLength} characters.");
                return false;
            }

            if (!_ids.Add(id))
            {
                Add(path, $"The id '{id}' is used twice: ids must be unique in the whole document.");
                return false;
            }

            return true;
        }

        private void CheckText(string path, string? text, bool required, int maxLength = MaxTextLength)
        {
            if (required && string.IsNullOrWhiteSpace(text))
            {
                Add(path, "Missing.");
            }
            else if (text is not null && text.Length > maxLength)
            {
                Add(path, $"Too long: at most {maxLength} characters.");
            }
        }

        /// <summary>Canvas positions are layout only, but a saved document must reopen: keep them finite and on a sane canvas.</summary>
        private void CheckPosition(string path, CanvasPosition? position)
        {
            if (position is not null)
            {
                CheckRange($"{path}.x", position.X, -MaxCanvasCoordinate, MaxCanvasCoordinate, "canvas units");
                CheckRange($"{path}.y", position.Y, -MaxCanvasCoordinate, MaxCanvasCoordinate, "canvas units");
            }
        }

        private void CheckCount(string path, int count, int max, string what)
        {
            if (count > max)
            {
                Add(path, string.Create(CultureInfo.InvariantCulture, $"{count} {what}: at most {max} are accepted."));
            }
        }

        private bool CheckRange(string path, double value, double min, double max, string unit)
        {
            if (double.IsFinite(value) && value >= min && value <= max)
            {
                return true;
            }

            Add(path, string.Create(CultureInfo.InvariantCulture,
                $"{value} {unit} is out of range: use a value from {min} to {max} {unit}."));
            return false;
        }

        private void Add(string path, string message)
        {
            if (Errors.Count < MaxErrors)
            {
                Errors.Add(new InputError(path, message));
            }
        }

        private static string Label(string? label, string fallback) => string.IsNullOrWhiteSpace(label) ? fallback : label.Trim();

        private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
    }
}
