using System;
using System.Collections.Generic;
using System.Linq;
using PfocrGen.Building;
using PfocrGen.Diagnostics;
using PfocrGen.Model;
using PfocrGen.Naming;

namespace PfocrGen.Planning;

/// <summary>
/// Splits the dataset into the specs of the generated files: which shard each figure, paper and gene member goes
/// to, and the encoded tables of the index. Cheap by design (no source text is written here): it runs after
/// every edit, and only the files whose spec changed are then written.
/// </summary>
internal static class OutputPlanner
{
    public static OutputPlan Plan(Dataset dataset, MemberNames names, GeneratorOptions options) => GeneratorGuard.Run(
        (dataset, names, options),
        static input => PlanUnguarded(input.dataset, input.names, input.options),
        // Same contract as the dataset step: a clear error and an empty (compilable) dataset.
        static (input, ex) => PlanUnguarded(Dataset.Failed(input.dataset.Source, ex), s_noNames, input.options));

    private static readonly MemberNames s_noNames = new(
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<RenamedMember>.Empty);

    private static OutputPlan PlanUnguarded(Dataset dataset, MemberNames names, GeneratorOptions options)
    {
        var settings = GeneratedCodeSettings.From(options);
        var figureShardCount = Sharding.Count(dataset.Figures.Count);
        var (figureShards, shardOf, slotOf) = FigureShards(dataset, names, settings, figureShardCount);

        var paperShards = PaperShards(dataset, names, settings);
        var figureDepths = BaseClassChain.Assign(paperShards.Select(s => s.Papers.Count)
            .Concat(figureShards.Select(s => s.Figures.Count(f => f.Member.Length > 0))).ToList());
        paperShards = paperShards
            .Select((s, i) => s with { MemberType = BaseClassChain.TypeName("Figures", figureDepths[i]) }).ToEquatableArray();
        figureShards = figureShards
            .Select((s, i) => s with { MemberType = BaseClassChain.TypeName("Figures", figureDepths[paperShards.Count + i]) }).ToEquatableArray();
        var geneShards = GeneShards(dataset, names, settings);
        var geneDepths = BaseClassChain.Assign(geneShards.Select(s => s.Genes.Count).ToList());
        geneShards = geneShards.Select((s, i) => s with { MemberType = BaseClassChain.TypeName("Genes", geneDepths[i]) }).ToEquatableArray();

        var index = new IndexSpec(
            settings,
            IndexTables.Figures(dataset.Figures, shardOf, slotOf),
            IndexTables.Papers(dataset.Papers),
            IndexTables.Genes(dataset.Genes),
            IndexTables.Entities(dataset.Chemicals, dataset.Diseases),
            figureShardCount,
            BaseClassChain.Length(figureDepths),
            BaseClassChain.Length(geneDepths));

        return new OutputPlan(
            index,
            new DatasetInfoSpec(settings, dataset.Figures.Count, dataset.Papers.Count, dataset.Genes.Count, dataset.ContentHash),
            figureShards,
            paperShards,
            geneShards,
            Diagnostics(dataset, names));
    }

    /// <summary>The cross-file step's diagnostics: the dataset's, then PFOCR010 for each renamed member.</summary>
    internal static EquatableArray<DiagnosticInfo> Diagnostics(Dataset dataset, MemberNames names) =>
        dataset.Diagnostics.Concat(Renamed(dataset, names)).ToEquatableArray();

    private static (EquatableArray<FigureShardSpec> Shards, int[] ShardOf, int[] SlotOf) FigureShards(
        Dataset dataset, MemberNames names, GeneratedCodeSettings settings, int shardCount)
    {
        var figures = new List<ShardFigure>[shardCount];
        for (var s = 0; s < shardCount; s++)
        {
            figures[s] = new List<ShardFigure>((dataset.Figures.Count / shardCount) + 16);
        }

        var shardOf = new int[dataset.Figures.Count];
        var slotOf = new int[dataset.Figures.Count];
        for (var i = 0; i < dataset.Figures.Count; i++)
        {
            var figure = dataset.Figures[i];
            var shard = Sharding.Of(figure.Record.Id, shardCount);
            shardOf[i] = shard;
            slotOf[i] = figures[shard].Count;
            figures[shard].Add(new ShardFigure(
                i, names.Figures.Count > 0 ? names.Figures[i] : string.Empty, figure.Encoded, figure.Genes, figure.Chemicals, figure.Diseases));
        }

        var shards = new FigureShardSpec[shardCount];
        for (var s = 0; s < shardCount; s++)
        {
            shards[s] = new FigureShardSpec(settings, s, new EquatableArray<ShardFigure>(figures[s].ToArray()));
        }

        return (new EquatableArray<FigureShardSpec>(shards), shardOf, slotOf);
    }

    private static EquatableArray<PaperShardSpec> PaperShards(Dataset dataset, MemberNames names, GeneratedCodeSettings settings)
    {
        if (names.Papers.Count == 0)
        {
            return EquatableArray<PaperShardSpec>.Empty; // no paper members (TypedMemberPolicy)
        }

        var shardCount = Sharding.Count(dataset.Papers.Count);
        var papers = Buckets<PaperMember>(shardCount);
        for (var p = 0; p < dataset.Papers.Count; p++)
        {
            var paper = dataset.Papers[p];
            var first = dataset.Figures[paper.Figures[0]].Record;
            var figures = new PaperFigure[paper.Figures.Count];
            for (var f = 0; f < figures.Length; f++)
            {
                var record = dataset.Figures[paper.Figures[f]].Record;
                figures[f] = new PaperFigure(record.Id, record.Title);
            }

            papers[Sharding.Of(paper.Pmcid, shardCount)].Add(new PaperMember(
                p, names.Papers[p], paper.Pmcid, first.PaperTitle.Length > 0 ? first.PaperTitle : "Paper " + paper.Pmcid, first.Reference,
                new EquatableArray<PaperFigure>(figures)));
        }

        return papers.Select((list, s) => new PaperShardSpec(settings, s, new EquatableArray<PaperMember>(list.ToArray()))).ToEquatableArray();
    }

    private static EquatableArray<GeneShardSpec> GeneShards(Dataset dataset, MemberNames names, GeneratedCodeSettings settings)
    {
        var shardCount = Sharding.Count(dataset.Genes.Count);
        var genes = Buckets<GeneMember>(shardCount);
        for (var g = 0; g < dataset.Genes.Count; g++)
        {
            var gene = dataset.Genes[g];

            // A gene known only by id (from a GMT file) has no typed member; Genes.ByEntrez finds it.
            if (names.Genes[g].Length > 0)
            {
                genes[Sharding.Of(gene.EntrezId, shardCount)].Add(new GeneMember(g, names.Genes[g], gene.Symbol, gene.EntrezId, gene.Organism, gene.FigureCount));
            }
        }

        // A shard without members would be an empty partial class: with PfocrGenGeneMembers=false, or GMT files
        // without gene_info, that is every shard. The shard keeps its number, so the others' files do not move.
        return genes
            .Select((list, s) => new GeneShardSpec(settings, s, new EquatableArray<GeneMember>(list.ToArray())))
            .Where(static spec => spec.Genes.Count > 0)
            .ToEquatableArray();
    }

    // PFOCR010, located where the renamed value is written.
    private static IEnumerable<DiagnosticInfo> Renamed(Dataset dataset, MemberNames names)
    {
        foreach (var renamed in names.Renamed)
        {
            var (path, position) = renamed.Kind switch
            {
                MemberKind.Paper => Where(dataset.Figures[dataset.Papers[renamed.Index].Figures[0]].Record),
                MemberKind.Figure => Where(dataset.Figures[renamed.Index].Record),
                _ => (dataset.Genes[renamed.Index].Path, dataset.Genes[renamed.Index].Position),
            };
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.NameChanged, path, position, renamed.Raw, renamed.Name, renamed.Reason);
        }
    }

    private static (string Path, TextPosition Position) Where(FigureRecord record) => (record.Path, record.IdPosition);

    private static List<T>[] Buckets<T>(int count)
    {
        var buckets = new List<T>[count];
        for (var i = 0; i < count; i++)
        {
            buckets[i] = new List<T>();
        }

        return buckets;
    }
}
