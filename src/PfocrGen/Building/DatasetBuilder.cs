using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// The cross-file step: joins records with their sidecar tables, resolves duplicate figids, builds the paper,
/// gene, chemical and disease tables and names every member. Everything is ordered ordinally, so the output is
/// the same for any order of the AdditionalFiles and any culture.
/// </summary>
internal static class DatasetBuilder
{
    private static readonly HashSet<string> ReservedFigureNames = new(StringComparer.Ordinal)
    {
        "All", "ById", "Enrich", "WriteGmt", "Figures", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    private static readonly HashSet<string> ReservedGeneNames = new(StringComparer.Ordinal)
    {
        "All", "ByEntrez", "BySymbol", "Genes", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Most static properties the generated <c>Figures</c> class may hold: each is a getter method, and the CLR
    /// refuses to load a type with more than 65,535 methods (TypeLoadException at first use, not a compile error).
    /// The full PFOCR release (~80k figures + ~42k papers) is over it, so above this the per-figure members are
    /// left out (papers keep theirs; every figure stays reachable through its paper and <c>Figures.ById</c>).
    /// </summary>
    internal const int MaxMembersPerType = 65_000;

    public static Dataset Build(ImmutableArray<EncodedFile> files, GeneratorOptions options)
    {
        var dataset = new Dataset();
        var ordered = files.OrderBy(f => f.File.Path, StringComparer.Ordinal).ToList();

        AddFigures(dataset, ordered);
        JoinTables(dataset, ordered);
        AddPapers(dataset);
        AddGenes(dataset, options);
        dataset.Chemicals.AddRange(Entities(dataset.Figures.Select(f => f.ChemicalMentions)));
        dataset.Diseases.AddRange(Entities(dataset.Figures.Select(f => f.DiseaseMentions)));
        NameMembers(dataset, options);
        dataset.ContentHash = ContentHash(dataset);
        if (options.FigureMembers && !FigureMembers(dataset, options))
        {
            dataset.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FigureMembersLeftOut, string.Empty, default,
                (dataset.Papers.Count + dataset.Figures.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
                MaxMembersPerType.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return dataset;
    }

    private static void AddFigures(Dataset dataset, List<EncodedFile> files)
    {
        var byId = new Dictionary<string, FigureRecord>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var encoded in file.Figures)
            {
                var figure = encoded.Record;
                if (byId.TryGetValue(figure.Id, out var first))
                {
                    dataset.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateFigureId, figure.Path, figure.IdPosition, figure.Id, first.Path)
                        with { AdditionalPath = first.Path, AdditionalPosition = first.IdPosition });
                    continue;
                }

                byId.Add(figure.Id, figure);
                dataset.Figures.Add(new FigureEntry(encoded)
                {
                    ChemicalMentions = figure.Chemicals ?? EquatableArray<EntityMention>.Empty,
                    DiseaseMentions = figure.Diseases ?? EquatableArray<EntityMention>.Empty,
                });
            }
        }

        dataset.Figures.Sort((a, b) => string.CompareOrdinal(a.Record.Id, b.Record.Id));
    }

    private static void JoinTables(Dataset dataset, List<EncodedFile> files)
    {
        var figures = dataset.Figures.ToDictionary(f => f.Record.Id, StringComparer.Ordinal);
        var claimed = new Dictionary<(string, EntityKind), string>();
        foreach (var file in files)
        {
            if (file.File.Table is not { } table)
            {
                continue;
            }

            var name = Parsing.RecordParser.FileName(table.Path);
            if (!figures.TryGetValue(table.FigureId, out var figure))
            {
                dataset.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OrphanTable, table.Path, TextPosition.FileStart, name, table.FigureId));
                continue;
            }

            if (claimed.TryGetValue((table.FigureId, table.Kind), out var earlier))
            {
                dataset.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MalformedTable, table.Path, TextPosition.FileStart, name,
                    $"figure '{table.FigureId}' already has a {table.Kind.ToString().ToLowerInvariant()} table, '{earlier}'; this one is ignored"));
                continue;
            }

            claimed.Add((table.FigureId, table.Kind), table.Path);
            figure.TableFingerprints[(int)table.Kind] = table.Fingerprint;

            // A table is the current layout's source of mentions and replaces any list in the front matter.
            switch (table.Kind)
            {
                case EntityKind.Genes:
                    figure.Genes = file.Table;
                    figure.GeneMentions = table.Genes;
                    figure.GenesPath = table.Path;
                    break;
                case EntityKind.Chemicals:
                    figure.Chemicals = file.Table;
                    figure.ChemicalMentions = table.Entities;
                    break;
                default:
                    figure.Diseases = file.Table;
                    figure.DiseaseMentions = table.Entities;
                    break;
            }
        }
    }

    private static void AddPapers(Dataset dataset)
    {
        var byPmcid = new Dictionary<string, PaperEntry>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Figures.Count; i++)
        {
            var pmcid = dataset.Figures[i].Record.Pmcid;
            if (!byPmcid.TryGetValue(pmcid, out var paper))
            {
                byPmcid.Add(pmcid, paper = new PaperEntry(pmcid));
            }

            paper.Figures.Add(i);
        }

        dataset.Papers.AddRange(byPmcid.Values.OrderBy(p => p.Pmcid, StringComparer.Ordinal));
    }

    private static void AddGenes(Dataset dataset, GeneratorOptions options)
    {
        var byEntrez = new Dictionary<int, GeneEntry>();
        var seenInFigure = new HashSet<int>();
        foreach (var figure in dataset.Figures)
        {
            seenInFigure.Clear();
            foreach (var mention in figure.GeneMentions)
            {
                // The encoded segments hold only the kept mentions too, so tables and figures agree.
                if (!options.Allows(mention))
                {
                    continue;
                }

                if (!byEntrez.TryGetValue(mention.EntrezId, out var gene))
                {
                    byEntrez.Add(mention.EntrezId, gene = new GeneEntry(mention, figure.GenesPath));
                }
                else
                {
                    // A GMT mention knows only the id; a record that names the gene fills in the rest.
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

                if (seenInFigure.Add(mention.EntrezId))
                {
                    gene.FigureCount++;
                }
            }
        }

        dataset.Genes.AddRange(byEntrez.Values
            .OrderBy(g => g.Symbol, StringComparer.Ordinal)
            .ThenBy(g => g.EntrezId));
    }

    private static IEnumerable<EntityEntry> Entities(IEnumerable<EquatableArray<EntityMention>> mentionLists)
    {
        var byKey = new Dictionary<string, EntityEntry>(StringComparer.OrdinalIgnoreCase);
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
                    byKey.Add(mention.Key, new EntityEntry(mention));
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

    private static void NameMembers(Dataset dataset, GeneratorOptions options)
    {
        var figureRequests = dataset.Papers
            .Select(p => new NameRequest<object>(p.Pmcid, HashSuffix(p.Pmcid), false, p))
            .Concat(FigureMembers(dataset, options)
                ? dataset.Figures.Select(f => new NameRequest<object>(f.Record.Id, HashSuffix(f.Record.Id), false, f))
                : Enumerable.Empty<NameRequest<object>>());

        foreach (var assigned in MemberNameAssigner.Assign(figureRequests, ReservedFigureNames))
        {
            FigureRecord record;
            if (assigned.Request.Owner is PaperEntry paper)
            {
                paper.Member = assigned.Name;
                record = dataset.Figures[paper.Figures[0]].Record;
            }
            else
            {
                var figure = (FigureEntry)assigned.Request.Owner;
                figure.Member = assigned.Name;
                record = figure.Record;
            }

            if (assigned.Reason is not null)
            {
                dataset.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameChanged, record.Path, record.IdPosition, assigned.Request.Raw, assigned.Name, assigned.Reason));
            }
        }

        var geneRequests = dataset.Genes.Where(g => g.Symbol.Length > 0).Select(g => new NameRequest<GeneEntry>(
            g.Symbol, g.EntrezId.ToString(System.Globalization.CultureInfo.InvariantCulture), g.TaxonomyId == Parsing.Identifiers.HumanTaxonomyId, g));
        foreach (var assigned in MemberNameAssigner.Assign(geneRequests, ReservedGeneNames))
        {
            var gene = assigned.Request.Owner;
            gene.Member = assigned.Name;
            if (assigned.Reason is not null)
            {
                dataset.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameChanged, gene.Path, gene.Position, gene.Symbol, assigned.Name, assigned.Reason));
            }
        }
    }

    /// <summary>
    /// The dataset's fingerprint: only what reaches the generated API counts (a duplicate record or an orphan table
    /// does not), in figure id order, so file order, paths and line endings never change it.
    /// </summary>
    private static string ContentHash(Dataset dataset)
    {
        var canonical = new System.Text.StringBuilder(dataset.Figures.Count * 4 * 65);
        foreach (var figure in dataset.Figures)
        {
            canonical.Append(figure.Record.Fingerprint);
            foreach (var table in figure.TableFingerprints)
            {
                canonical.Append(':').Append(table);
            }

            canonical.Append('\n');
        }

        return Parsing.ContentFingerprint.Hash(canonical.ToString());
    }

    internal static bool FigureMembers(Dataset dataset, GeneratorOptions options) =>
        options.FigureMembers && dataset.Papers.Count + dataset.Figures.Count <= MaxMembersPerType;

    private static string HashSuffix(string raw) =>
        IdentifierNaming.StableHash(raw).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
