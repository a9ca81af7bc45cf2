using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Support;

/// <summary>
/// Issue 15's report members on the fake's evaluations: the power train and the schedule are the server's to build
/// (and other engineers' to write), so tests hand the fake the DTOs they want to see.
/// </summary>
internal sealed partial class FakeStudioApi
{
    /// <summary>Added to every evaluation report; null leaves them out, as a server that does not build them yet.</summary>
    public PowerTrainDto? PowerTrain { get; set; }

    public ScheduleDto? Schedule { get; set; }

    /// <summary>Findings appended to every evaluation report (the power train's and the schedule's).</summary>
    public IReadOnlyList<DiagnosticDto> ExtraDiagnostics { get; set; } = [];

    private EvaluationReportDto Extend(EvaluationReportDto report) => report with
    {
        PowerTrain = PowerTrain ?? report.PowerTrain,
        Schedule = Schedule ?? report.Schedule,
        Diagnostics = [.. report.Diagnostics, .. ExtraDiagnostics],
    };
}
