using Microsoft.CodeAnalysis;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>Reads the incremental step records of a run made with <c>trackIncrementalGeneratorSteps</c>.</summary>
internal static class TrackedSteps
{
    /// <summary>The run reason of every output of the named step, one per item (e.g. one per AdditionalText).</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string stepName) =>
        result.Results.Single().TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList()
            : throw new InvalidOperationException($"Step '{stepName}' was not tracked; is step tracking on and the name right?");

    /// <summary>Every tracked step, named by the generator and the driver's own (source output) steps alike.</summary>
    public static IEnumerable<(string Name, IncrementalGeneratorRunStep Step)> All(GeneratorDriverRunResult result)
    {
        var run = result.Results.Single();
        return run.TrackedSteps.Concat(run.TrackedOutputSteps)
            .SelectMany(pair => pair.Value.Select(step => (pair.Key, step)));
    }

    /// <summary>
    /// The driver's own input node for the compilation: it is new whenever the compilation is (every keystroke).
    /// PfocrGen reads nothing from it (issue #25; KeystrokeTests asserts that it does not appear at all).
    /// </summary>
    public static bool IsCompilationInput(string name) => name == "Compilation";

    public static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
}
