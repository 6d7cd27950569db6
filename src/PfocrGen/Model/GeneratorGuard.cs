using System;

namespace PfocrGen.Model;

/// <summary>
/// The one way the generator keeps its own bugs from escaping: an exception out of a generator is CS8785 and takes
/// every generated file with it (out of an analyzer, AD0001, which says nothing about the input). Each guarded step
/// runs its work here and, should it throw, returns what its failure gives instead: a result that still compiles and
/// carries the diagnostic (<see cref="DiagnosticInfo.InternalError"/> for one input file,
/// <see cref="DiagnosticInfo.TablesFailed"/> for the cross-file work). Cancellation always passes through.
/// </summary>
internal static class GeneratorGuard
{
    /// <summary>
    /// <paramref name="work"/> applied to <paramref name="state"/>, or <paramref name="failed"/> of the exception it threw.
    /// The state is passed on so that callers can use static lambdas: a file's parse allocates no closure.
    /// </summary>
    public static TResult Run<TState, TResult>(TState state, Func<TState, TResult> work, Func<TState, Exception, TResult> failed)
    {
        try
        {
            return work(state);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return failed(state, ex);
        }
    }
}
