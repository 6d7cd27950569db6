using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// The cross-file step: joins records with their sidecar tables, resolves duplicate figids, builds the paper,
/// gene, chemical and disease tables, and lists the keys that member naming needs (<see cref="MemberNaming"/>
/// names them). Everything is ordered ordinally, so the output is the same for any order of the AdditionalFiles
/// and any culture.
/// </summary>
internal static class DatasetBuilder
{
    public static Dataset Build(ImmutableArray<EncodedFile> files, GeneratorOptions options, GeneInfoIndex? geneInfo = null) =>
        // A failure keeps the runtime types and lets the project compile: an empty dataset with a clear error.
        GeneratorGuard.Run(
            new DatasetSource(files, options, geneInfo ?? GeneInfoIndex.Empty),
            static source => BuildUnguarded(source),
            static (source, ex) => Dataset.Failed(source, ex));

    private static Dataset BuildUnguarded(DatasetSource source)
    {
        var (files, options) = (source.Files, source.Options);
        var dataset = new DatasetDraft();
        JoinTables(dataset, files, AddFigures(dataset, files));
        foreach (var figure in dataset.Figures)
        {
            GeneSetMerge.Apply(figure, options);
        }

        AddPapers(dataset);
        AddGenes(dataset, source.GeneInfo);
        dataset.Chemicals.AddRange(Entities(dataset.Figures.Select(f => f.ChemicalMentions)));
        dataset.Diseases.AddRange(Entities(dataset.Figures.Select(f => f.DiseaseMentions)));
        var symbolCount = SymbolCount(dataset);
        var namingKeys = NamingKeysOf(dataset, options, symbolCount);
        var contentHash = ContentHash(dataset);
        if (TypedMemberPolicy.AutoLeftOut(options.FigureMembers, dataset.Figures.Count))
        {
            dataset.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FigureMembersLeftOut, string.Empty, default,
                dataset.Figures.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                TypedMemberPolicy.AutoFigureLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (TypedMemberPolicy.AutoLeftOutGenes(options.GeneMembers, symbolCount))
        {
            dataset.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneMembersLeftOut, string.Empty, default,
                symbolCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                TypedMemberPolicy.AutoGeneLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new Dataset(
            source,
            dataset.Figures.Select(static f => new FigureEntry(f.Record, f.Encoded, f.Genes, f.Chemicals, f.Diseases, new EquatableArray<string>(f.Aliases.ToArray()))).ToEquatableArray(),
            dataset.Papers.Select(static p => new PaperEntry(p.Pmcid, new EquatableArray<int>(p.Figures.ToArray()))).ToEquatableArray(),
            dataset.Genes.Select(static g => new GeneEntry(
                g.EntrezId, g.Symbol, g.TaxonomyId, g.Organism, g.FullName, new EquatableArray<string>(g.Synonyms), g.Path, g.Position, g.FigureCount)).ToEquatableArray(),
            dataset.Chemicals.Select(static e => new EntityEntry(e.Key, e.Name, e.MeshId, e.OtherId)).ToEquatableArray(),
            dataset.Diseases.Select(static e => new EntityEntry(e.Key, e.Name, e.MeshId, e.OtherId)).ToEquatableArray(),
            dataset.Diagnostics.ToEquatableArray(),
            namingKeys,
            contentHash);
    }

    // Where two records claim one figid, the one with the ordinally first path wins, whatever the file order, so
    // the outcome is stable without sorting every file on every run. GMT lines are not records: FigureKeys gives
    // each to the figure it names.
    private static Dictionary<string, FigureDraft> AddFigures(DatasetDraft dataset, ImmutableArray<EncodedFile> files)
    {
        // Sized for every figure and line up front: GMT-only figures join this table too (FigureKeys).
        var capacity = 0;
        foreach (var file in files)
        {
            capacity += file.Figures.Count;
        }

        var byId = new Dictionary<string, FigureDraft>(capacity, StringComparer.Ordinal);
        var losers = new List<FigureRecord>();
        var lines = new List<EncodedFigure>();
        foreach (var file in files)
        {
            foreach (var encoded in file.Figures)
            {
                var figure = encoded.Record;
                if (figure.GeneSet is not null)
                {
                    lines.Add(encoded);
                }
                else if (!byId.TryGetValue(figure.Id, out var kept))
                {
                    byId.Add(figure.Id, new FigureDraft(encoded));
                }
                else if (string.CompareOrdinal(figure.Path, kept.Record.Path) < 0)
                {
                    byId[figure.Id] = new FigureDraft(encoded);
                    losers.Add(kept.Record);
                }
                else
                {
                    losers.Add(figure);
                }
            }
        }

        losers.Sort((a, b) => a.Path == b.Path ? a.IdPosition.Start.CompareTo(b.IdPosition.Start) : string.CompareOrdinal(a.Path, b.Path));
        foreach (var loser in losers)
        {
            var first = byId[loser.Id].Record;
            dataset.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateFigureId, loser.Path, loser.IdPosition, loser.Id, first.Path)
                with { AdditionalPath = first.Path, AdditionalPosition = first.IdPosition });
        }

        dataset.Figures.AddRange(byId.Values);
        dataset.Figures.AddRange(FigureKeys.Join(dataset, byId, lines));
        foreach (var figure in dataset.Figures)
        {
            figure.Aliases.Sort(StringComparer.Ordinal);
        }

        SortById(dataset.Figures);
        return byId;
    }

    // Figure ids are unique here (duplicates were set aside above), so any sort is stable. Keys sorted with the
    // framework's precompiled comparer, as in FigureKeys: 2 million comparisons at release size.
    private static void SortById(List<FigureDraft> figures)
    {
        if (IsSortedById(figures))
        {
            return; // GMT files alone: FigureKeys made the figures in name order, and a sort would still cost 2 million comparisons
        }

        var ids = new string[figures.Count];
        var sorted = figures.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            ids[i] = sorted[i].Record.Id;
        }

        Array.Sort(ids, sorted, StringComparer.Ordinal);
        figures.Clear();
        figures.AddRange(sorted);
    }

    private static bool IsSortedById(List<FigureDraft> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            if (string.CompareOrdinal(figures[i - 1].Record.Id, figures[i].Record.Id) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void JoinTables(DatasetDraft dataset, ImmutableArray<EncodedFile> files, Dictionary<string, FigureDraft> figures)
    {
        // Two tables of one kind for one figure: the ordinally first path wins (as for records).
        var rejected = new List<DiagnosticInfo>();
        foreach (var file in files)
        {
            if (file.File.Table is not { } table)
            {
                continue;
            }

            if (!figures.TryGetValue(table.FigureId, out var figure))
            {
                rejected.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OrphanTable, table.Path, TextPosition.FileStart, Parsing.RecordParser.FileName(table.Path), table.FigureId));
                continue;
            }

            var earlier = figure.Tables[(int)table.Kind];
            if (earlier is null)
            {
                figure.Tables[(int)table.Kind] = file;
                continue;
            }

            var (kept, ignored) = string.CompareOrdinal(table.Path, earlier.File.Path) < 0 ? (file, earlier) : (earlier, file);
            figure.Tables[(int)table.Kind] = kept;
            rejected.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedTable, ignored.File.Path, TextPosition.FileStart, Parsing.RecordParser.FileName(ignored.File.Path),
                $"figure '{table.FigureId}' already has a {table.Kind.ToString().ToLowerInvariant()} table, '{kept.File.Path}'; this one is ignored"));
        }

        rejected.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        dataset.Diagnostics.AddRange(rejected);

        // A table is the current layout's source of mentions and replaces any list in the front matter.
        foreach (var figure in dataset.Figures)
        {
            if (figure.Tables[(int)EntityKind.Genes] is { } genes)
            {
                figure.Genes = genes.Table;
                figure.GeneMentions = genes.File.Table!.Genes;
                figure.GeneDigest = genes.TableGenes;
                figure.GenesPath = genes.File.Path;
            }

            if (figure.Tables[(int)EntityKind.Chemicals] is { } chemicals)
            {
                figure.Chemicals = chemicals.Table;
                figure.ChemicalMentions = chemicals.File.Table!.Entities;
            }

            if (figure.Tables[(int)EntityKind.Diseases] is { } diseases)
            {
                figure.Diseases = diseases.Table;
                figure.DiseaseMentions = diseases.File.Table!.Entities;
            }
        }
    }

    private static void AddPapers(DatasetDraft dataset)
    {
        var byPmcid = new Dictionary<string, PaperDraft>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Figures.Count; i++)
        {
            var pmcid = dataset.Figures[i].Record.Pmcid;
            if (!byPmcid.TryGetValue(pmcid, out var paper))
            {
                byPmcid.Add(pmcid, paper = new PaperDraft(pmcid));
            }

            paper.Figures.Add(i);
        }

        // Sorted with the framework's precompiled ordinal comparer, as the figures are.
        var pmcids = new string[byPmcid.Count];
        var papers = new PaperDraft[byPmcid.Count];
        byPmcid.Keys.CopyTo(pmcids, 0);
        byPmcid.Values.CopyTo(papers, 0);
        Array.Sort(pmcids, papers, StringComparer.Ordinal);
        dataset.Papers.AddRange(papers);
        foreach (var paper in dataset.Papers)
        {
            if (paper.Figures.Count > 1)
            {
                PaperFieldCheck.Report(dataset, paper);
            }
        }
    }

    private static void AddGenes(DatasetDraft dataset, GeneInfoIndex geneInfo)
    {
        var byEntrez = new Dictionary<int, GeneDraft>();
        foreach (var figure in dataset.Figures)
        {
            // The digest holds the kept mentions' distinct genes (the encoded segments hold only kept mentions too,
            // so tables and figures agree); a mention object is read only for a gene's first or filling mention.
            var ids = figure.GeneDigest.EntrezIds;
            for (var k = 0; k < ids.Count; k++)
            {
                if (!byEntrez.TryGetValue(ids[k], out var gene))
                {
                    byEntrez.Add(ids[k], gene = new GeneDraft(figure.GeneMentions[figure.GeneDigest.FirstMentions[k]], figure.PathOfMention(figure.GeneDigest.FirstMentions[k])));
                }
                else if (gene.Symbol.Length == 0 || gene.TaxonomyId == 0)
                {
                    // A GMT mention knows only the id; a record that names the gene fills in the rest.
                    var mention = figure.GeneMentions[figure.GeneDigest.FirstMentions[k]];
                    if (gene.Symbol.Length == 0)
                    {
                        gene.Symbol = mention.Symbol;
                    }

                    if (gene.TaxonomyId == 0 && mention.TaxonomyId != 0)
                    {
                        gene.TaxonomyId = mention.TaxonomyId;
                        gene.Organism = mention.Organism;
                    }
                }

                gene.FigureCount++;
            }
        }

        dataset.Genes.AddRange(byEntrez.Values);
        GeneInfoJoin.Apply(dataset.Genes, geneInfo);
        SortBySymbolThenId(dataset.Genes);
    }

    // By symbol with the framework's ordinal comparer (a comparison lambda was most of this step's sort, which runs on
    // every record edit), then each run of one symbol (genes known by id only share "") by gene id: the same order
    // as comparing (symbol, id), since a gene id is unique.
    private static void SortBySymbolThenId(List<GeneDraft> genes)
    {
        var symbols = new string[genes.Count];
        var sorted = genes.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            symbols[i] = sorted[i].Symbol;
        }

        Array.Sort(symbols, sorted, StringComparer.Ordinal);
        for (int start = 0, end; start < sorted.Length; start = end)
        {
            end = start + 1;
            while (end < sorted.Length && string.Equals(symbols[end], symbols[start], StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(sorted, start, end - start, GeneIdOrder.Instance);
            }
        }

        genes.Clear();
        genes.AddRange(sorted);
    }

    private sealed class GeneIdOrder : IComparer<GeneDraft>
    {
        public static readonly GeneIdOrder Instance = new();

        public int Compare(GeneDraft? x, GeneDraft? y) => x!.EntrezId.CompareTo(y!.EntrezId);
    }

    private static IEnumerable<EntityDraft> Entities(IEnumerable<EquatableArray<EntityMention>> mentionLists)
    {
        var byKey = new Dictionary<string, EntityDraft>(StringComparer.OrdinalIgnoreCase);
        foreach (var mentions in mentionLists)
        {
            foreach (var mention in mentions)
            {
                if (mention.Key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(mention.Key, out var entity))
                {
                    byKey.Add(mention.Key, new EntityDraft(mention));
                    continue;
                }

                // Later mentions fill in what the first one lacked.
                if (entity.MeshId.Length == 0)
                {
                    entity.MeshId = mention.MeshId;
                }

                if (entity.Name.Length == 0)
                {
                    entity.Name = mention.Name.Length > 0 ? mention.Name : mention.Word;
                }
            }
        }

        return byKey.Values.OrderBy(e => e.Key, StringComparer.Ordinal);
    }

    private static NamingKeys NamingKeysOf(DatasetDraft dataset, GeneratorOptions options, int symbolCount)
    {
        var geneMembers = TypedMemberPolicy.GeneMembers(options.GeneMembers, symbolCount);
        return NamingKeys.Of(
            dataset.Papers.Select(p => p.Pmcid),
            dataset.Figures.Select(f => f.Record.Id),
            TypedMemberPolicy.PaperMembers(options.FigureMembers, dataset.Figures.Count),
            TypedMemberPolicy.FigureMembers(options.FigureMembers, dataset.Figures.Count),
            // Without gene members every gene is named as if known by id only, which gets no member (the lists stay parallel).
            dataset.Genes.Select(g => (geneMembers ? g.Symbol : string.Empty, g.EntrezId, g.TaxonomyId, g.Organism)));
    }

    /// <summary>How many genes would get a typed member: those with a symbol.</summary>
    private static int SymbolCount(DatasetDraft dataset) => dataset.Genes.Count(g => g.Symbol.Length > 0);

    /// <summary>
    /// The dataset's fingerprint: only what reaches the generated API counts (a duplicate record or an orphan table
    /// does not), in figure id order, so file order, paths and line endings never change it.
    /// </summary>
    private static string ContentHash(DatasetDraft dataset)
    {
        // Hashed as it is written: at release size the canonical text is ~33 M characters, once a string builder,
        // its string and their UTF-8 (~165 MB allocated for one hash).
        var canonical = Parsing.CanonicalHasher.Rent();
        foreach (var figure in dataset.Figures)
        {
            canonical.AppendHex(figure.Record.Digest);
            foreach (var table in figure.Tables)
            {
                canonical.Append(':').Append(table?.File.Table!.Fingerprint ?? string.Empty);
            }

            foreach (var line in figure.GeneSets)
            {
                canonical.Append(':').AppendHex(line.Record.Digest);
            }

            canonical.Append('\n');
        }

        return canonical.Finish();
    }
}
