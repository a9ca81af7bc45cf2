namespace Studio.Engine.Catalog;

/// <summary>The rack-scale platform a part belongs to. Parts of different generations do not share an NVLink domain.</summary>
public enum Generation
{
    Gb200,
    Gb300,
    VeraRubin,

    /// <summary>Parts that serve any generation (a scale-out Ethernet switch, say).</summary>
    Any,
}

public static class GenerationNames
{
    public static string DisplayName(this Generation generation) => generation switch
    {
        Generation.Gb200 => "GB200 NVL72",
        Generation.Gb300 => "GB300 NVL72",
        Generation.VeraRubin => "Vera Rubin NVL72",
        Generation.Any => "Any generation",
        _ => generation.ToString(),
    };
}
