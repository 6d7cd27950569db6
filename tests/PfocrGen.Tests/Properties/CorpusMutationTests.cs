using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PfocrGen.Tests.Properties;

/// <summary>
/// Property: whatever damage real records suffer, the generator never throws, every diagnostic points inside its
/// file, and every undamaged record in the same build is still generated. CI runs a few batches; setting
/// <c>PFOCR_FUZZ_RECORDS=100000</c> runs a long campaign over that many damaged records (docs/diagnostics.md).
/// A failure prints CsCheck's seed; <c>PFOCR_FUZZ_SEED</c> replays it.
/// </summary>
public sealed class CorpusMutationTests(ITestOutputHelper output)
{
    private const int CiMutatedRecords = 16;

    [CorpusFact]
    public void Damaged_records_never_crash_the_generator_nor_cost_an_intact_record()
    {
        var campaign = int.TryParse(Environment.GetEnvironmentVariable("PFOCR_FUZZ_RECORDS"), CultureInfo.InvariantCulture, out var records) && records > 0;

        // Compiling and loading the generated code is most of a batch's cost, so a long campaign uses batches of
        // twenty copies of the corpus (1,200 figures, half of them damaged) to check many records per compile.
        var corpus = CorpusRecords.Load(TestData.CorpusDirectory!);
        corpus = campaign ? corpus.Replicated(20) : corpus;
        var (size, mutated) = campaign ? (corpus.Figures.Count, corpus.Figures.Count / 2) : (10, 4);
        var batches = ((campaign ? records : CiMutatedRecords) + mutated - 1) / mutated;
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var checkedRecords = 0;
        var stopwatch = Stopwatch.StartNew();

        MutatedBatch.Gen(corpus, size, mutated).Sample(
            batch =>
            {
                Check(batch, seen);
                Interlocked.Add(ref checkedRecords, batch.MutatedRecords);
            },
            seed: Environment.GetEnvironmentVariable("PFOCR_FUZZ_SEED"),
            iter: batches,
            threads: campaign ? Math.Max(1, Environment.ProcessorCount) : 1,
            print: batch => batch.ToString());

        output.WriteLine($"{checkedRecords:N0} damaged records in {batches:N0} batches of {size} figures, {stopwatch.Elapsed.TotalSeconds:F1} s; diagnostics: "
            + string.Join(", ", seen.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")));
        Assert.True(checkedRecords >= (campaign ? records : CiMutatedRecords));
    }

    private static void Check(MutatedBatch batch, ConcurrentDictionary<string, int> seen)
    {
        var run = GeneratorHarness.Run(batch.Files);

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        var texts = batch.Files.ToDictionary(f => f.Path, f => SourceText.From(f.Text), StringComparer.Ordinal);
        foreach (var diagnostic in run.Pfocr)
        {
            seen.AddOrUpdate(diagnostic.Id, 1, (_, n) => n + 1);
            Assert.NotEqual("PFOCR016", diagnostic.Id);
            AssertInsideItsFile(diagnostic.Location, texts);
            foreach (var additional in diagnostic.AdditionalLocations)
            {
                AssertInsideItsFile(additional, texts);
            }
        }

        var api = run.Load();
        try
        {
            foreach (var figid in batch.Intact)
            {
                Assert.True(api.Call("Figures", "ById", figid) is not null, $"intact record {figid} was not generated");
            }
        }
        finally
        {
            api.Unload();
        }
    }

    private static void AssertInsideItsFile(Location location, Dictionary<string, SourceText> texts)
    {
        var span = location.GetLineSpan();
        Assert.True(texts.TryGetValue(span.Path, out var text), $"'{span.Path}' is not one of the batch's files");
        Assert.True(location.SourceSpan.End <= text.Length, $"{span} ends after the file's {text.Length} characters");
        Assert.True(span.EndLinePosition.Line < text.Lines.Count, $"{span} lies after the file's {text.Lines.Count} lines");
        Assert.Equal(text.Lines.GetLinePosition(location.SourceSpan.Start), span.StartLinePosition);
    }
}
