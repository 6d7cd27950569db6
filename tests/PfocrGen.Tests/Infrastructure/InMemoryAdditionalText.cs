using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
