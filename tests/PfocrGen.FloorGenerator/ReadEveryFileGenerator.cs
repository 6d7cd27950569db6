using Microsoft.CodeAnalysis;

namespace PfocrGen.FloorGenerator;

/// <summary>
/// Reads the text of every AdditionalText, as any generator over the files must, and keeps only their lengths: what
/// a build with PfocrGen costs beyond this is PfocrGen's own work.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReadEveryFileGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select(static (text, cancellationToken) => text.GetText(cancellationToken)?.Length ?? 0);
        context.RegisterSourceOutput(lengths.Collect(), static (_, all) =>
        {
            // Nothing to generate; the sum only keeps the reads from looking unused.
            var total = 0L;
            foreach (var length in all)
            {
                total += length;
            }

            System.GC.KeepAlive(total);
        });
    }
}
