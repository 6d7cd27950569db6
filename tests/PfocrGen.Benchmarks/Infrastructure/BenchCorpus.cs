using PfocrGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using PfocrGen.SyntheticCorpus;
using Corpus = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>The synthetic corpus of a given size, in the forms the benchmarks feed to each contender.</summary>
internal sealed class BenchCorpus
{
    private BenchCorpus(IReadOnlyList<CorpusFile> files)
    {
        Files = files;
        Texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText("/corpus/" + f.Path, f.Text)).ToList();
        FrontMatters = files.Where(f => f.IsRecord).Select(f => Corpus.FrontMatter(f.Text)).ToList();
        FirstRecord = Texts.First(t => t.Path.EndsWith(".md", StringComparison.Ordinal));
    }

    public IReadOnlyList<CorpusFile> Files { get; }

    public IReadOnlyList<AdditionalText> Texts { get; }

    /// <summary>The YAML of every record, without the fences: exactly what a front-matter parser must read.</summary>
    public IReadOnlyList<string> FrontMatters { get; }

    public AdditionalText FirstRecord { get; }

    /// <summary>
    /// The same files as new text objects. The generator caches each file's parse by its <c>SourceText</c> instance
    /// (<c>ParseCache</c>), as a build does, so a cold run timed twice over <see cref="Texts"/> would parse nothing
    /// the second time; a real cold build reads every file into a new text.
    /// </summary>
    public IReadOnlyList<AdditionalText> FreshTexts() =>
        Files.Select(f => (AdditionalText)new InMemoryAdditionalText("/corpus/" + f.Path, f.Text)).ToList();

    public static BenchCorpus Create(int records) => new(Corpus.Generate(records));
}
