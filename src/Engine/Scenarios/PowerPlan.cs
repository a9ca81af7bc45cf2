namespace Studio.Engine.Scenarios;

/// <summary>The power operating point of every GPU whose limit the user has not set.</summary>
public enum PowerMode
{
    /// <summary>The catalog's per-GPU power: the efficiency point of the reference designs.</summary>
    MaxQ,

    /// <summary>Each GPU's Max-P power where one is published or derived; the catalog figure elsewhere.</summary>
    MaxP,
}

/// <summary>How the factory draws power: the GPUs' operating mode, peak smoothing and the distribution's losses.</summary>
public sealed record PowerPlan
{
    public static PowerPlan Default { get; } = new();

    public PowerMode Mode { get; init; } = PowerMode.MaxQ;

    /// <summary>Energy storage in the power shelves that flattens the grid draw of synchronised training steps.</summary>
    public bool PeakSmoothing { get; init; }

    /// <summary>Share of IT power lost in transformers, UPS and rectifiers; null takes the model's default and range.</summary>
    public double? DistributionLossFraction { get; init; }

    /// <summary>The power train from the utility to the busbars; its efficiencies set the losses unless the fraction above is given.</summary>
    public PowerTrainPlan Train { get; init; } = PowerTrainPlan.Default;
}
