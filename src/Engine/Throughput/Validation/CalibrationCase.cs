namespace Studio.Engine.Throughput.Validation;

/// <summary>What the model gives for a calibration case: the central value and the band from the ranges' ends.</summary>
public sealed record CalibrationOutcome(double Central, double Low, double High, string Detail);

/// <summary>
/// A published figure the throughput models should come close to, the way to reproduce it, and how close is close
/// enough, with the reason. docs/validation.md lists them; the Engine tests hold the model to them.
/// </summary>
/// <param name="MaxFactor">The central value may differ from the published one by at most this factor either way.</param>
/// <param name="IsTraining">A training case: counted in the mean and max |error| the training model is measured by.</param>
public sealed record CalibrationCase(
    string Id,
    string Workload,
    string System,
    string Quantity,
    string Unit,
    double Published,
    IReadOnlyList<string> SourceIds,
    double MaxFactor,
    string ToleranceReason,
    Func<CalibrationOutcome> Run,
    bool IsTraining = false)
{
    /// <summary>|model / published − 1|: the error the training model's mean and max are taken over.</summary>
    public static double AbsoluteError(CalibrationOutcome outcome, double published) => Math.Abs(Ratio(outcome, published) - 1);

    /// <summary>Model over published: 1 is exact.</summary>
    public static double Ratio(CalibrationOutcome outcome, double published) => outcome.Central / published;

    public bool CentralWithinTolerance(CalibrationOutcome outcome)
    {
        var ratio = Ratio(outcome, Published);
        return ratio <= MaxFactor && ratio >= 1 / MaxFactor;
    }

    public bool PublishedWithinBand(CalibrationOutcome outcome) => outcome.Low <= Published && Published <= outcome.High;
}
