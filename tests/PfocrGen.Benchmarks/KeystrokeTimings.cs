using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Issue #25, item 2: what a keystroke in the app's C# costs (no record changed) with a warm driver, the IDE's way.
/// Each contender keeps its own <see cref="CSharpGeneratorDriver"/>, warmed over the synthetic corpus; a keystroke
/// replaces the app's one syntax tree with a new text and times <c>RunGenerators</c>. The floor is a generator that
/// only reads every AdditionalText: what the driver itself costs to walk the files. Contenders take turns, in an order
/// that alternates each round, so a busy neighbour slows all of them alike; every round prints each one's median.
/// Other builds of PfocrGen.dll (e.g. from main) are each loaded in a load context of their own and timed as "other1", "other2"….
/// The bytes each keystroke allocates are printed too: unlike the times they do not depend on the machine's load.
/// With <c>recordEdits</c> the same contenders are timed on a one-record edit instead (issue #25, item 1): the floor
/// and PfocrGen's topology with trivial steps then say how much of an edit is the driver's own work.
/// </summary>
internal static class KeystrokeTimings
{
    public static void Print(int records, int rounds, IReadOnlyList<string> otherGenerators, TextWriter output, bool recordEdits = false)
    {
        var corpus = BenchCorpus.Create(records);
        var contenders = new List<Contender>
        {
            new("floor", new PfocrGen.FloorGenerator.ReadEveryFileGenerator(), corpus, recordEdits),
            new("pfocrgen", new PfocrGenerator(), corpus, recordEdits),
        };
        if (recordEdits)
        {
            contenders.Add(new("topology", new TopologyGenerator("mcfegdo"), corpus, recordEdits));
        }
        else if (Environment.GetEnvironmentVariable("PFOCR_KEYSTROKE_SHAPES") == "1")
        {
            // Pipeline shapes without PfocrGen's work: which kind of per-file node costs what on a keystroke.
            contenders.Add(new("4selects", new ShapeGenerator(selects: 4, combine: false, where: false), corpus, recordEdits));
            contenders.Add(new("combine", new ShapeGenerator(selects: 1, combine: true, where: false), corpus, recordEdits));
            contenders.Add(new("where", new ShapeGenerator(selects: 1, combine: false, where: true), corpus, recordEdits));
            contenders.Add(new("output", new ShapeGenerator(selects: 1, combine: false, where: false, perFileOutput: true), corpus, recordEdits));
            foreach (var parts in new[] { "mcfegdo", "mcfegdoSRT" })
            {
                contenders.Add(new("topology-" + parts, new TopologyGenerator(parts), corpus, recordEdits));
            }
        }

        for (var i = 0; i < otherGenerators.Count; i++)
        {
            contenders.Add(new("other" + (i + 1), Load(otherGenerators[i]), corpus, recordEdits));
        }

        foreach (var contender in contenders)
        {
            contender.Warm(corpus.Texts);
        }

        var what = recordEdits ? "one-record edit" : "keystroke";
        output.WriteLine($"{records:N0} records ({corpus.Texts.Count:N0} files; PfocrGen generates {contenders[1].GeneratedFiles} files), {what} medians of 15 per round, ms:");
        var medians = contenders.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var order = round % 2 == 0 ? contenders : Enumerable.Reverse(contenders).ToList();
            foreach (var contender in order)
            {
                medians[contender.Name].Add(contender.Changes(15));
            }

            output.WriteLine("  round " + (round + 1) + ": " + string.Join(", ", contenders.Select(c => $"{c.Name} {medians[c.Name][round]:F2}"))
                + string.Concat(contenders.Skip(1).Select(c => $", {c.Name}/floor {medians[c.Name][round] / medians["floor"][round]:F2}x")));
        }

        output.WriteLine($"allocated per {what}: " + string.Join(", ", contenders.Select(c => $"{c.Name} {c.Allocated / 1024.0:F0} KB")));
        foreach (var contender in contenders.Skip(1))
        {
            var ratios = Enumerable.Range(0, rounds).Select(r => medians[contender.Name][r] / medians["floor"][r]).Order().ToList();
            output.WriteLine($"{contender.Name}: {Median(medians[contender.Name]):F2} ms, / floor {ratios[ratios.Count / 2]:F2}x (rounds {ratios[0]:F2}–{ratios[^1]:F2}x)");
        }

        output.WriteLine($"floor: {Median(medians["floor"]):F2} ms");

        if (Environment.GetEnvironmentVariable("PFOCR_KEYSTROKE_ALLOCATIONS") == "1")
        {
            // What a keystroke allocates, by the runtime's allocation samples (one about every 100 KB), by type.
            foreach (var contender in contenders)
            {
                using var listener = new AllocationSampler();
                contender.Changes(40);
                listener.Dispose();
                output.WriteLine($"{contender.Name} allocation samples over 40 keystrokes: "
                    + string.Join(", ", listener.Types.OrderByDescending(p => p.Value).Take(6).Select(p => $"{p.Key} {p.Value}")));
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    // A PfocrGen.dll of another build, beside this one: its own load context, the shared Roslyn and YamlDotNet.
    private static IIncrementalGenerator Load(string path)
    {
        var context = new AssemblyLoadContext("other-" + Path.GetFullPath(path), isCollectible: false);
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        var type = assembly.GetType("PfocrGen.PfocrGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    private sealed class Contender(string name, IIncrementalGenerator generator, BenchCorpus corpus, bool recordEdits)
    {
        private readonly PfocrGen.SyntheticCorpus.CorpusFile _record = corpus.Files.First(f => f.IsRecord);
        private GeneratorDriver _driver = null!;
        private Compilation _compilation = null!;
        private AdditionalText _recordText = corpus.FirstRecord;
        private int _revision;

        public string Name { get; } = name;

        public int GeneratedFiles { get; private set; }

        /// <summary>What the last keystroke (or record edit) allocated on this thread: the driver's and the generator's work, without the noise of a busy machine.</summary>
        public long Allocated { get; private set; }

        public void Warm(IEnumerable<AdditionalText> texts)
        {
            _compilation = Generation.Consumer();
            _driver = CSharpGeneratorDriver.Create(
                [generator.AsSourceGenerator()],
                texts,
                Generation.ParseOptions,
                optionsProvider: null,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            _driver = _driver.RunGenerators(_compilation);
            var sources = _driver.GetRunResult().Results.Single().GeneratedSources;
            GeneratedFiles = sources.Length;
            Changes(5);
        }

        /// <summary>
        /// The median time of <paramref name="count"/> keystrokes, each a new text of the app's one file, or of as
        /// many one-record edits (the first record's title, a new revision each time).
        /// </summary>
        public double Changes(int count)
        {
            var times = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                ++_revision;
                if (recordEdits)
                {
                    var edited = new PfocrGen.Tests.Infrastructure.InMemoryAdditionalText(
                        _recordText.Path, PfocrGen.SyntheticCorpus.SyntheticCorpus.EditRecord(_record, _revision).Text);
                    _driver = _driver.ReplaceAdditionalText(_recordText, edited);
                    _recordText = edited;
                }
                else
                {
                    var old = _compilation.SyntaxTrees.Single();
                    var tree = CSharpSyntaxTree.ParseText(
                        $"namespace App; public static class Program {{ public static void Main() {{ var x = {_revision}; }} }}",
                        Generation.ParseOptions);
                    _compilation = _compilation.ReplaceSyntaxTree(old, tree);
                }

                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                _driver = _driver.RunGenerators(_compilation);
                times.Add(watch.Elapsed.TotalMilliseconds);
                Allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            }

            times.Sort();
            return times[times.Count / 2];
        }
    }

    private sealed class ShapeGenerator(int selects, bool combine, bool where, bool perFileOutput = false) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var lengths = context.AdditionalTextsProvider.Select(static (text, cancellationToken) => text.GetText(cancellationToken)?.Length ?? 0);
            for (var i = 1; i < selects; i++)
            {
                lengths = lengths.Select(static (length, _) => length + 1);
            }

            if (combine)
            {
                lengths = lengths.Combine(context.ParseOptionsProvider.Select(static (o, _) => o.Kind)).Select(static (pair, _) => pair.Left);
            }

            if (where)
            {
                lengths = lengths.Where(static length => length > 0);
            }

            if (perFileOutput)
            {
                context.RegisterSourceOutput(lengths, static (_, length) => GC.KeepAlive(length));
            }

            context.RegisterSourceOutput(lengths.Collect(), static (_, lengths) => GC.KeepAlive(lengths));
        }
    }

    // PfocrGen's topology with trivial steps, built up part by part: m(anifest), c(laimed), f(iles), e(ncoded),
    // g(ene info), d(ataset), o(utput of the per-file diagnostics).
    private sealed class TopologyGenerator(string parts) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.ParseOptionsProvider.Select(static (o, _) => o.Kind);
            if (parts.Contains('S'))
            {
                options = options.Combine(context.SyntaxProvider.CreateSyntaxProvider(static (n, _) => n is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax, static (n, _) => 1).Collect()).Select(static (p, _) => p.Left);
            }

            if (parts.Contains('R'))
            {
                options = options.Combine(context.MetadataReferencesProvider.Select(static (r, _) => 1).Collect()).Select(static (p, _) => p.Left);
            }

            if (parts.Contains('A'))
            {
                options = options.Combine(context.AnalyzerConfigOptionsProvider.Select(static (a, _) => a.GlobalOptions.Keys.Count())).Select(static (p, _) => p.Left);
            }

            if (parts.Contains('C'))
            {
                options = options.Combine(context.CompilationProvider.Select(static (c, _) => 1)).Select(static (p, _) => p.Left);
            }

            var texts = context.AdditionalTextsProvider;
            var manifest = texts.Where(static t => t.Path.EndsWith(".inputs", StringComparison.Ordinal)).Collect().Select(static (m, _) => m.Length);
            context.RegisterSourceOutput(manifest, static (_, m) => GC.KeepAlive(m));
            if (!parts.Contains('c'))
            {
                return;
            }

            var claimed = texts.Combine(manifest).Where(static p => p.Right >= 0).Select(static (p, _) => p.Left);
            IncrementalValuesProvider<int> files = claimed.Select(static (t, _) => t.Path.Length);
            if (parts.Contains('f'))
            {
                files = claimed.Where(static t => t.Path.Length > 0).Select(static (t, ct) => t.GetText(ct)?.Length ?? 0);
            }

            if (parts.Contains('T'))
            {
                files = files.WithTrackingName("Files");
            }

            var encoded = parts.Contains('e') ? files.Combine(options).Select(static (p, _) => p.Left) : files;
            if (parts.Contains('T'))
            {
                encoded = encoded.WithTrackingName("Encoded");
            }

            IncrementalValueProvider<int> geneInfo = options.Select(static (o, _) => 0);
            if (parts.Contains('g'))
            {
                geneInfo = claimed.Where(static t => t.Path.EndsWith(".gene_info", StringComparison.Ordinal)).Select(static (t, _) => 1).Collect().Select(static (g, _) => g.Length);
            }

            var dataset = encoded.Collect().Combine(options).Combine(geneInfo).Select(static (i, _) => i.Left.Left.Length);
            context.RegisterSourceOutput(dataset, static (_, d) => GC.KeepAlive(d));
            if (parts.Contains('o'))
            {
                context.RegisterSourceOutput(encoded.Select(static (e, _) => e > 0).Combine(options), static (_, e) => GC.KeepAlive(e));
            }
        }
    }

    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private bool _on = true;

        public Dictionary<string, int> Types { get; } = [];

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (_on && e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is not null)
            {
                var name = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
                lock (Types)
                {
                    Types[name] = Types.TryGetValue(name, out var n) ? n + 1 : 1;
                }
            }
        }

        public override void Dispose()
        {
            _on = false;
            base.Dispose();
        }
    }
}
