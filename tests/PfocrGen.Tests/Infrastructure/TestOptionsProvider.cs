using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// MSBuild properties as the generator sees them (<c>build_property.X</c>), and per-file AdditionalFiles item
/// metadata (<c>build_metadata.AdditionalFiles.X</c>, keyed by the file's path).
/// </summary>
internal sealed class TestOptionsProvider(
    IReadOnlyDictionary<string, string> properties,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null) : AnalyzerConfigOptionsProvider
{
    private readonly Options _global = new(properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

    private readonly Dictionary<string, Options> _files = (fileMetadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        .ToDictionary(
            file => file.Key,
            file => new Options(file.Value.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value)),
            StringComparer.Ordinal);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
