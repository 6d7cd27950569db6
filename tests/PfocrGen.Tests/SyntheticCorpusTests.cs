using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using Synthetic = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Tests;

/// <summary>The benchmarks' synthetic corpus is valid input and reproducible, so their numbers mean something.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Synthetic_records_generate_without_warnings_and_compile_clean()
    {
        var files = Synthetic.Generate(300);
        var run = GeneratorHarness.Run(files.Select(f => (f.Path, f.Text)));

        // Naming notes (PFOCR010, info) are expected: the corpus holds symbols like 1700001C19Rik on purpose.
        Assert.DoesNotContain(run.Pfocr, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(run.CompilerProblems);
        var api = run.Load();
        Assert.Equal(files.Count(f => f.IsRecord), LoadedAssembly.List(api.Static("Figures", "All")).Count());
    }

    [Fact]
    public void Same_seed_gives_the_same_files_and_a_smaller_corpus_is_a_prefix()
    {
        var large = Synthetic.Generate(200);

        Assert.Equal(large, Synthetic.Generate(200));
        var small = Synthetic.Generate(50);
        Assert.Equal(50, small.Count(f => f.IsRecord));
        Assert.Equal(small, large.Take(small.Count));
        Assert.NotEqual(large, Synthetic.Generate(200, seed: 7));
    }

    [Fact]
    public void Edited_record_differs_only_in_its_title()
    {
        var record = Synthetic.Generate(1).First(f => f.IsRecord);

        var edited = Synthetic.EditRecord(record, 3);

        Assert.NotEqual(record.Text, edited.Text);
        var run = GeneratorHarness.Run([(edited.Path, edited.Text)]);
        var figure = LoadedAssembly.List(run.Load().Static("Figures", "All")).Single();
        Assert.StartsWith("Revision 3 of ", (string)LoadedAssembly.Get(figure, "Title")!);
    }
}
