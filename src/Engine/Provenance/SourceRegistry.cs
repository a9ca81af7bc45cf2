namespace Studio.Engine.Provenance;

/// <summary>
/// Every source a catalog figure may cite. S-ids are those of <c>shared/reference/hardware.md</c>; X-ids are sources
/// added by this project for figures the reference lacks (tray-level power, shelf counts, switch specifications).
/// </summary>
public static class SourceRegistry
{
    public static IReadOnlyList<Source> All { get; } =
    [
        new("S1", "NVIDIA GB200 NVL72 product page", "nvidia.com/en-us/data-center/gb200-nvl72"),
        new("S3", "GB300 NVL72 architecture (Verda blog)", "verda.com/blog/gb300-nvl72-architecture"),
        new("S4", "NVIDIA GB300 NVL72 product page", "nvidia.com/en-us/data-center/gb300-nvl72"),
        new("S5", "NVIDIA Vera Rubin NVL72 product page", "nvidia.com/en-us/data-center/vera-rubin-nvl72"),
        new("S9", "Sand to superintelligence: NVL72 drill cards", "regantih.github.io/reports-lab/sand-to-superintelligence"),
        new("S10", "MLCommons Inference v6.1, GB200-NVL72 system description", "mlcommons.org"),
        new("S12", "NVIDIA: Vera Rubin POD, seven chips, five rack-scale systems; ServeTheHome, Vera Rubin NVL72 at Hot Chips 2026", "developer.nvidia.com/blog/nvidia-vera-rubin-pod-seven-chips-five-rack-scale-systems-one-ai-supercomputer"),
        new("S13", "CES 2026 keynote chip details (Vera, BlueField-4, ConnectX-9)", "nvidia.com (CES 2026 keynote)"),
        new("S14", "Spectrum-6 / Spectrum-X Photonics (Converge Digest)", "convergedigest.com"),
        new("S15", "Inside Blackwell NVL72 liquid cooling", "reliabilityengine.com"),
        new("S16", "Data-centre physical requirements", "ai-infrastructure.net/datacentre-physical"),
        new("S17", "Vera Rubin decoded, part 5 (power shelves, busbar)", "transurfing-volatility.ghost.io/vera-rubin-decoded-pt5"),
        new("S18", "Vera Rubin hot-water cooling", "computeforecast.com"),
        new("S19", "Supporting Vera Rubin (CDU sizes)", "techstories.co"),
        new("S20", "NVIDIA: GB300 NVL72 features for steady power", "developer.nvidia.com/blog/how-new-gb300-nvl72-features-provide-steady-power-for-ai"),
        new("S21", "NVIDIA: Hotter Than a Hot Tub, the 45 °C breakthrough", "blogs.nvidia.com"),
        new("S22", "Vera Rubin deep dive", "mirrorfrog.com"),
        new("S23", "Morgan Stanley cooling bill of materials (via Epium)", "epium.com"),
        new("S24", "GB200 NVL72 (Continuum Labs)", "training.continuumlabs.ai"),
        new("S25", "Bernstein: the cost of a gigawatt (via Investing.com)", "investing.com"),
        new("S26", "Morgan Stanley VR200 bill of materials (via BuySellRam)", "buysellram.com"),
        new("S27", "NVIDIA: Inside Blackwell Ultra", "developer.nvidia.com/blog/inside-nvidia-blackwell-ultra"),
        new("S30", "Vera CPU details", "timewell.jp"),
        new("S37", "NVIDIA: Inside the Rubin platform, six new chips, one AI supercomputer", "developer.nvidia.com/blog/inside-the-nvidia-rubin-platform-six-new-chips-one-ai-supercomputer"),
        new("S49", "Airedale DeltaChill manual, glycol tables", "airedale.com"),
        new("S50", "Fixed-flow GPU rack cooling (OCP, Vertiv 360AI)", "prophetstor.com"),
        new("S51", "ASHRAE TC 9.9 liquid cooling classes; LBNL 2024 US data-centre energy report", "ashrae.org"),
        new("S35", "Rubin 10× tokens footnote (WP News)", "wpnews.pro"),
        new("S36", "CES 2026 coverage (TechSpot)", "techspot.com"),
        new("S38", "Rubin performance (Novaknown)", "novaknown.com"),
        new("S40", "Rubin performance per watt (Link Centre)", "linkcentre.com"),
        new("S41", "Rubin performance per watt (ShiftDelete)", "shiftdelete.net"),
        new("S42", "Rack-scale AI compute, tray assembly (Menfem)", "menfem.com"),
        new("S43", "SemiAnalysis: Vera Rubin – Extreme Co-Design", "semianalysis.com"),
        new("S46", "1 GW ≈ $50B (Livemint)", "livemint.com"),
        new("S48", "DSX MaxLPS, 1 GW (Orply)", "orply.com"),
        new("S53", "Uptime Institute PUE surveys", "uptimeinstitute.com"),
        new("S54", "EIA Electric Power Monthly, Table 5.6.A", "eia.gov"),
        new("S55", "Server useful-life disclosures (hyperscaler filings)", "sec.gov"),
        new("S56", "NVIDIA: Blackwell leads on SemiAnalysis InferenceMAX v1 (DeepSeek-R1 8K/1K, GB200 10,000 TPS/GPU at 50 TPS/user)", "developer.nvidia.com/blog/nvidia-blackwell-leads-on-new-semianalysis-inferencemax-benchmarks"),
        new("S61", "InferenceMAX v1 coverage: gpt-oss-120b on B200 (Mashdigi)", "mashdigi.com"),
        new("X1", "In-depth analysis of NVIDIA GB200 (FiberMall): 5.4 kW compute tray, 2.7 kW Bianca board", "fibermall.com/blog/in-depth-analysis-for-nvidia-gb200.htm"),
        new("X2", "Why the GB300 NVL72 matters (Introl): 9 NVLink switch trays 3.6 kW, 8 power shelves", "introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters"),
        new("X3", "ServeTheHome photos of DGX GB200 NVL72 at GTC 2024: 120 kW, 1.36 t, 48 V busbar", "servethehome.com"),
        new("X4", "NVIDIA Spectrum-X800 SN5600: 64 ports of 800 GbE, 51.2 Tb/s", "nvidia.com/en-us/networking/spectrumx"),
        new("X5", "Properties of water (IAPWS-95 via NIST Chemistry WebBook): density and heat capacity at 40–55 °C", "webbook.nist.gov"),
        new("X6", "DeepSeek-V3 technical report (DeepSeek-R1 shares its architecture): 671B total, 37B active", "arxiv.org/abs/2412.19437"),
        new("X7", "Kimi K2 model card (Moonshot AI): 1.04T total, 32B active", "github.com/MoonshotAI/Kimi-K2"),
        new("X8", "The Llama 3 herd of models (Meta): 405B dense", "arxiv.org/abs/2407.21783"),
        new("X9", "gpt-oss-120b model card (OpenAI): 116.8B total, 5.1B active", "openai.com/index/gpt-oss-model-card"),
        new("X10", "Narayanan et al., Efficient large-scale language model training on GPU clusters using Megatron-LM (SC21)", "arxiv.org/abs/2104.04473"),
        new("X11", "Brown et al., Language models are few-shot learners (GPT-3)", "arxiv.org/abs/2005.14165"),
        new("X12", "DeepEP (DeepSeek): expert-parallel all-to-all kernels and their published latency and bandwidth", "github.com/deepseek-ai/DeepEP"),
        new("X13", "DeepSeek-V3 technical report: pre-training on 2,048 H800 GPUs, 2.664M GPU-hours for 14.8T tokens", "arxiv.org/abs/2412.19437"),
        new("X14", "NVIDIA H800 / H100 SXM and A100 SXM datasheets: peak FLOPS, HBM, NVLink", "nvidia.com/en-us/data-center"),
        new("X15", "NOAA NCEI U.S. Climate Normals 1991–2020: monthly mean daily maximum and minimum temperature", "ncei.noaa.gov/products/land-based-station/us-climate-normals"),
        new("X16", "National climate normals 1991–2020 (DWD, MET Norway, Meteorological Service Singapore) via the WMO normals", "wmo.int"),
        new("X17", "DeepSeek API pricing (deepseek-reasoner, 2025): $0.55 per million input tokens (cache miss), $2.19 per million output tokens", "api-docs.deepseek.com/quick_start/pricing"),
        new("X18", "Latent heat of vaporisation of water: 2,430 kJ/kg at 30 °C (IAPWS-95 via NIST Chemistry WebBook)", "webbook.nist.gov"),
        new("X19", "NVIDIA newsroom, GTC 2025: Spectrum-X and Quantum-X Photonics co-packaged optics switches (3.5× power efficiency, 10× resiliency; 128 × 800G or 512 × 200G at 102.4 Tb/s, 512 × 800G or 2,048 × 200G at 409.6 Tb/s; Spectrum-X Photonics in 2026)", "nvidianews.nvidia.com"),
        new("X20", "NVIDIA BlueField-4 at GTC Washington 2025: 800 Gb/s, 64-core Grace CPU with ConnectX-9, in Vera Rubin platforms in 2026 (CRN, DCD, IT Daily)", "itdaily.com/news/datacenter/nvidia-bluefield-4-dpu"),
        new("X21", "NVIDIA BlueField-3 DPU datasheet: 400 Gb/s (1 × 400 or 2 × 200 GbE/NDR)", "nvidia.com/en-us/networking/products/data-processing-unit"),
        new("X22", "NVIDIA Quantum-X800 Q3400 at GTC 2024: 144 ports of 800 Gb/s XDR InfiniBand, 115.2 Tb/s", "nvidia.com/en-us/networking/products/infiniband/quantum-x800"),
        new("X23", "ConnectX-9 SuperNIC at GTC Washington 2025: \"1.6 Tb/s per GPU\" (DCD via abpanelpc.com)", "datacenterdynamics.com"),
        new("X24", "Pluggable and co-packaged optics: 800G pluggables 15–16 W, under 6 W per 800G port co-packaged; 1.6T pluggables about 30 W (MapYourTech; Tianfeng Securities citing NVIDIA); LinkX reach classes SR 50 m, DR 500 m, FR 2 km", "mapyourtech.com/co-packaged-optics-architecture-status-and-the-path-to-1-6t-switches"),
        new("X25", "NVIDIA enterprise reference architectures (HGX, NVL72 AI factory): rail-optimised leaf/spine compute fabric, super-spine for large design points, converged north-south and storage fabrics", "docs.nvidia.com/enterprise-reference-architectures"),
        new("X30", "Rajbhandari et al., ZeRO: memory optimizations toward training trillion parameter models (SC20): 2 + 2 + 12 bytes per parameter with mixed-precision Adam", "arxiv.org/abs/1910.02054"),
        new("X46", "Rand et al., Queued Up: characteristics of power plants seeking transmission interconnection as of the end of 2022 (LBNL): the typical project built in 2022 took 5 years from interconnection request to commercial operation, 3 years in 2015, under 2 in 2008", "eta.lbl.gov/publications/queued-characteristics-power-plants-1"),
        new("X47", "Dominion Energy letter to large-load customers, August 2024 (Bloomberg, Axios): connecting data centres over 100 MW takes 1 to 3 years longer than the 3 to 4 years it took before, 4 to 7 years in all", "bnnbloomberg.ca/business/technology/2024/08/29/data-centers-face-seven-year-wait-for-power-hookups-in-virginia"),
        new("X48", "Wood Mackenzie transformer supply-chain research: power-transformer lead times from about 50 weeks in 2021 to an average of 128 weeks (Q2 2025), generator step-up units 144 weeks", "woodmac.com/news/opinion/mind-the-gap-tackling-supply-chain-challenges-in-the-electric-td-sector"),
        new("X49", "Midwest Reliability Organization regional risk assessment, material and equipment unavailability: large substation transformer lead times from 1 to 2 years before 2020 to more than 5 years in 2024", "mro.net/organizational-groups/regional-risk/equipment-unavailability"),
        new("X50", "Epoch AI, Build times for gigawatt-scale data centers can be 2 years or less (November 2025): construction start to 1 GW in 1 to 3.6 years; 150 days assumed from roof completion to first load for fit-out and rack installation", "epoch.ai/data-insights/data-centers-buildout-speeds"),
        new("X51", "Cortex Construct, How long does it take to build a data center (2026): single-building hyperscale (30 to 60 MW) 14 to 22 months of construction; campuses of 100 MW and more deliver the first building in 18 to 24 months and the rest on a rolling schedule", "cortexconstruct.com/blog/how-long-does-it-take-to-build-a-data-center"),
        new("X52", "Compute Forecast, MV switchgear lead times are the new GPU constraint: medium-voltage switchgear at about 78 weeks", "computeforecast.com/?p=67678"),
        new("X53", "eCommerce Fastlane, electrical panel lead times for contractors (2026): standard switchgear 20 to 44 weeks, custom medium-voltage gear longer", "ecommercefastlane.com/electrical-panel-lead-times-contractors-facility-managers"),
        new("X54", "Second Watt, data center generators: 2026 lead times and procurement guide: 72 to 104 weeks for data-centre standby generators", "secondwatt.com/resources/data-center-generators-2026-lead-times-procurement-guide"),
    ];

    private static readonly Dictionary<string, Source> s_byId = All.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public static bool TryGet(string id, out Source source) => s_byId.TryGetValue(id, out source!);

    public static bool Contains(string id) => s_byId.ContainsKey(id);
}
