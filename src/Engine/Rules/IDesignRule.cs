using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>One design rule: it reads the analysis and reports what is wrong, tied to part ids.</summary>
public interface IDesignRule
{
    IEnumerable<Diagnostic> Check(DesignAnalysis design);
}
