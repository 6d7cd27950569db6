using Microsoft.CodeAnalysis;

namespace PfocrGen.FloorGenerator;

/// <summary>
/// Reads the text of every AdditionalText, as any generator over the files must, and keeps only their lengths: what
/// a build with PfocrGen costs beyond this is PfocrGen's own work. The benchmarks' keystroke and edit timings use it
/// as their floor too.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReadEveryFileGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select(static (text, cancellationToken) => text.GetText(cancellationToken)?.Length ?? 0);
        context.RegisterSourceOutput(lengths.Collect(), static (_, lengths) => System.GC.KeepAlive(lengths));
    }
}
