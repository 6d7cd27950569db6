using System;
using System.Collections.Immutable;
using System.Linq;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// Everything the output planner needs, in generated order, plus the cross-file diagnostics: immutable, made once
/// by <see cref="DatasetBuilder"/>.
/// </summary>
/// <remarks>
/// It flows from the build step to the naming and planning steps, so it has value equality, and a cheap one: two
/// datasets are equal when they were built from equal inputs (<see cref="Source"/>), as the build is a pure
/// function of them. Comparing the figures themselves after every edit would cost as much as building them.
/// </remarks>
internal sealed class Dataset : IEquatable<Dataset>
{
    public Dataset(
        DatasetSource source,
        EquatableArray<FigureEntry> figures,
        EquatableArray<PaperEntry> papers,
        EquatableArray<GeneEntry> genes,
        EquatableArray<EntityEntry> chemicals,
        EquatableArray<EntityEntry> diseases,
        EquatableArray<DiagnosticInfo> diagnostics,
        NamingKeys namingKeys,
        string contentHash)
    {
        Source = source;
        Figures = figures;
        Papers = papers;
        Genes = genes;
        Chemicals = chemicals;
        Diseases = diseases;
        Diagnostics = diagnostics;
        NamingKeys = namingKeys;
        ContentHash = contentHash;
        Inputs = new DatasetInputs(source.Files.Select(static file => file.File).ToArray(), source.GeneInfo.Files);
    }

    /// <summary>What the dataset was built from; it decides equality.</summary>
    public DatasetSource Source { get; }

    public EquatableArray<FigureEntry> Figures { get; }
    public EquatableArray<PaperEntry> Papers { get; }
    public EquatableArray<GeneEntry> Genes { get; }
    public EquatableArray<EntityEntry> Chemicals { get; }
    public EquatableArray<EntityEntry> Diseases { get; }
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>What member naming depends on, compared by value so unchanged names are not computed again.</summary>
    public NamingKeys NamingKeys { get; }

    /// <summary>SHA-256 over the generated figures' record and table fingerprints, in figure id order.</summary>
    public string ContentHash { get; }

    /// <summary>The parsed files the dataset was built from, as the very objects the parse produced.</summary>
    public DatasetInputs Inputs { get; }

    /// <summary>An empty dataset that carries only PFOCR019: it still compiles, and the runtime types stay.</summary>
    public static Dataset Failed(DatasetSource source, Exception ex) => new(
        source,
        EquatableArray<FigureEntry>.Empty,
        EquatableArray<PaperEntry>.Empty,
        EquatableArray<GeneEntry>.Empty,
        EquatableArray<EntityEntry>.Empty,
        EquatableArray<EntityEntry>.Empty,
        new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.TablesFailed(ex) }),
        new NamingKeys(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<GeneNameKey>.Empty),
        string.Empty);

    public bool Equals(Dataset? other) => other is not null && (ReferenceEquals(this, other) || Source.Equals(other.Source));

    public override bool Equals(object? obj) => Equals(obj as Dataset);

    public override int GetHashCode() => Source.GetHashCode();
}

/// <summary>
/// The inputs of the cross-file step. Equal inputs give an equal dataset; the driver hands an unchanged file's
/// <see cref="EncodedFile"/> on as the same object, so comparing two sources mostly compares references.
/// </summary>
internal sealed class DatasetSource : IEquatable<DatasetSource>
{
    public DatasetSource(ImmutableArray<EncodedFile> files, GeneratorOptions options, GeneInfoIndex geneInfo)
    {
        Files = files.IsDefault ? ImmutableArray<EncodedFile>.Empty : files;
        Options = options;
        GeneInfo = geneInfo;
    }

    public ImmutableArray<EncodedFile> Files { get; }
    public GeneratorOptions Options { get; }
    public GeneInfoIndex GeneInfo { get; }

    public bool Equals(DatasetSource? other)
    {
        if (other is null || Files.Length != other.Files.Length || !Options.Equals(other.Options) || !Equals(GeneInfo, other.GeneInfo))
        {
            return false;
        }

        for (var i = 0; i < Files.Length; i++)
        {
            if (!ReferenceEquals(Files[i], other.Files[i]) && !Files[i].Equals(other.Files[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as DatasetSource);

    public override int GetHashCode() => Files.Length;
}

/// <summary>A figure of the generated API: its record, its encoded segments (merged with any GMT lines) and its aliases.</summary>
/// <param name="Aliases">The other names <c>Figures.ById</c> finds the figure by (its record's alias, GMT names), ordinal order.</param>
internal sealed record FigureEntry(
    FigureRecord Record,
    EncodedFigure Encoded,
    EncodedSegment? Genes,
    EncodedSegment? Chemicals,
    EncodedSegment? Diseases,
    EquatableArray<string> Aliases);

/// <summary>A paper and its figures (indexes into <see cref="Dataset.Figures"/>).</summary>
internal sealed record PaperEntry(string Pmcid, EquatableArray<int> Figures);

/// <summary>A gene of the generated API.</summary>
/// <param name="Symbol">The official symbol; empty for a gene known only from a GMT file (it then has no typed member).</param>
/// <param name="FullName">From NCBI <c>gene_info</c>: the full name ("" when unknown).</param>
/// <param name="Synonyms">From NCBI <c>gene_info</c>.</param>
/// <param name="Path">Where the symbol the member is named after stands (record, table or gene_info row), for PFOCR010.</param>
internal sealed record GeneEntry(
    int EntrezId,
    string Symbol,
    int TaxonomyId,
    string Organism,
    string FullName,
    EquatableArray<string> Synonyms,
    string Path,
    TextPosition Position,
    int FigureCount);

/// <summary>A chemical or disease of the generated API.</summary>
internal sealed record EntityEntry(string Key, string Name, string MeshId, string OtherId);
