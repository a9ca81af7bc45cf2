namespace Studio.Server.Evaluation;

/// <summary>
/// The "Limits:Evaluation" section: how much one evaluation may ask for, and how many run at once. An evaluation
/// holds a core for tens to hundreds of milliseconds; without a cap, a handful of large requests from one client
/// would hold every core and every other request would time out behind them.
/// </summary>
public sealed class EvaluationLimitOptions
{
    public const string Section = "Limits:Evaluation";

    /// <summary>
    /// The most work units (<see cref="EvaluationWork.Units"/>) one request may ask for; a comparison counts both of
    /// its scenarios. The reference designs ask for 50–545 (GB200 at 1 GW the most) and the 400-rack canvas benchmark about 18,000.
    /// </summary>
    public long MaxWorkUnits { get; set; } = 25_000;

    /// <summary>Evaluations running at once: by default one per core, since each one keeps a core busy.</summary>
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Evaluations that may wait for a slot; one more gets 503 at once rather than a long wait.</summary>
    public int QueueLimit { get; set; } = 8;

    /// <summary>The longest an evaluation waits in the queue before it gets 503.</summary>
    public double QueueTimeoutSeconds { get; set; } = 10;

    /// <summary>What the 503's Retry-After says: about the time the queue takes to drain.</summary>
    public int RetryAfterSeconds { get; set; } = 2;
}
