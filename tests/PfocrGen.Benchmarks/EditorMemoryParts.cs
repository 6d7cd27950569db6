using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using PfocrGen.Benchmarks.Infrastructure;
using PfocrGen.Building;
using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Packing;
using PfocrGen.Parsing;
using PfocrGen.Planning;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Issue #26: which of the generator's step outputs holds how much memory for the files of a folder. Runs the
/// pipeline's steps by hand, keeping every output (as the driver keeps them between runs), and prints the managed
/// memory still reachable after each, so each line's growth is what that step's output adds, what the step
/// allocated, and the step's time (one cold run, JIT included: shares, not numbers of record).
/// </summary>
internal static class EditorMemoryParts
{
    public static void Print(string folder, TextWriter output)
    {
        var baseline = ReachableMemory.Bytes();
        var texts = FolderTexts.Read(folder);
        var watch = Stopwatch.StartNew();
        var last = Line(output, "input texts", watch, baseline, baseline);
        var options = GeneratorOptions.Default;
        var parsed = texts.Where(t => !t.Path.EndsWith(".gene_info", StringComparison.Ordinal)).Select(t => InputFileParser.Parse(t, CancellationToken.None)).ToList();
        last = Line(output, "parsed GMT files", watch, baseline, last);
        var geneInfoFiles = texts.Where(t => t.Path.EndsWith(".gene_info", StringComparison.Ordinal)).Select(t => InputFileParser.ParseGeneInfo(t, CancellationToken.None)).ToImmutableArray();
        last = Line(output, "parsed gene_info files", watch, baseline, last);
        var index = GeneInfoIndex.Build(geneInfoFiles);
        last = Line(output, "gene_info index", watch, baseline, last);
        var encoded = parsed.Select(p => SegmentEncoder.Encode(p, options)).ToImmutableArray();
        last = Line(output, "encoded files", watch, baseline, last);
        var dataset = DatasetBuilder.Build(encoded, options, index);
        last = Line(output, "dataset", watch, baseline, last);
        var names = MemberNaming.Assign(dataset.NamingKeys);
        last = Line(output, "member names", watch, baseline, last);
        var plan = OutputPlanner.Plan(dataset, names, options);
        last = Line(output, "output plan", watch, baseline, last);
        GC.KeepAlive(texts);
        GC.KeepAlive(parsed);
        GC.KeepAlive(index);
        GC.KeepAlive(encoded);
        GC.KeepAlive(dataset);
        GC.KeepAlive(names);
        GC.KeepAlive(plan);
    }

    private static long s_allocated = GC.GetTotalAllocatedBytes(precise: true);

    private static long Line(TextWriter output, string what, Stopwatch watch, long baseline, long previous)
    {
        var elapsed = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - s_allocated;
        var now = ReachableMemory.Bytes();
        output.WriteLine($"{what,-28} {elapsed.TotalSeconds,6:F2} s   +{(now - previous) / 1e6,6:F0} MB   reachable {(now - baseline) / 1e6,6:F0} MB   allocated {allocated / 1e6,6:F0} MB");
        s_allocated = GC.GetTotalAllocatedBytes(precise: true);
        watch.Restart();
        return now;
    }
}
