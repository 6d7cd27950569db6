using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>An AdditionalFiles item held in memory: file I/O stays out of the generator timings.</summary>
internal sealed class MemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public MemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
