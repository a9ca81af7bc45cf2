namespace Studio.Engine.Rules;

public enum Severity
{
    Info,
    Warning,

    /// <summary>The design cannot be built or run as drawn; the metrics that depend on it are withheld.</summary>
    Error,
}

/// <summary>A design-rule finding, tied to the parts it is about.</summary>
/// <param name="Code">Stable code ("nvlink.incompleteSwitchTrays"): tests and the UI key on it.</param>
/// <param name="Message">What is wrong, in the user's terms, with the numbers that show it.</param>
/// <param name="Fix">What to do about it.</param>
/// <param name="PartIds">Parts, racks or equipment the finding is about.</param>
/// <param name="BlockedMetricIds">Metrics this finding stops (errors only).</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    string Fix,
    IReadOnlyList<string> PartIds,
    IReadOnlyList<string> BlockedMetricIds)
{
    public static Diagnostic Warning(string code, string message, string fix, params string[] partIds) =>
        new(code, Severity.Warning, message, fix, partIds, []);

    /// <summary>A warning about the workload rather than the design: the metrics it names are withheld, nothing else.</summary>
    public static Diagnostic WorkloadWarning(string code, string message, string fix, params string[] withheldMetricIds) =>
        new(code, Severity.Warning, message, fix, [], withheldMetricIds);

    public static Diagnostic Info(string code, string message, string fix, params string[] partIds) =>
        new(code, Severity.Info, message, fix, partIds, []);

    public static Diagnostic Error(string code, string message, string fix, IReadOnlyList<string> partIds, params string[] blockedMetricIds) =>
        new(code, Severity.Error, message, fix, partIds, blockedMetricIds);
}
