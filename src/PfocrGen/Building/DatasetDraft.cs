using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>A figure that made it into the generated API, with its mentions joined from record or tables (while the dataset is built).</summary>
internal sealed class FigureDraft
{
    public FigureDraft(EncodedFigure encoded)
    {
        Encoded = encoded;
        Record = encoded.Record;
        Genes = encoded.Genes;
        Chemicals = encoded.Chemicals;
        Diseases = encoded.Diseases;
        GeneMentions = Record.Genes ?? EquatableArray<GeneMention>.Empty;
        ChemicalMentions = Record.Chemicals ?? EquatableArray<EntityMention>.Empty;
        DiseaseMentions = Record.Diseases ?? EquatableArray<EntityMention>.Empty;
        GeneDigest = encoded.GeneDigest;
        GenesPath = Record.Path;
    }

    /// <summary>The figure's own segments and doc, as encoded from its record (or from the GMT line that gives its title).</summary>
    public EncodedFigure Encoded { get; set; }
    public FigureRecord Record { get; }
    public EncodedSegment? Genes { get; set; }
    public EncodedSegment? Chemicals { get; set; }
    public EncodedSegment? Diseases { get; set; }
    public EquatableArray<GeneMention> GeneMentions { get; set; }

    /// <summary>The distinct kept genes of <see cref="GeneMentions"/>.</summary>
    public GeneDigest GeneDigest { get; set; }

    /// <summary>The file the gene mentions come from (the record, or its genes table), for diagnostics.</summary>
    public string GenesPath { get; set; }
    public EquatableArray<EntityMention> ChemicalMentions { get; set; }
    public EquatableArray<EntityMention> DiseaseMentions { get; set; }

    /// <summary>The genes, chemicals and diseases tables joined to this figure (by <see cref="EntityKind"/>), if any.</summary>
    public EncodedFile?[] Tables { get; } = new EncodedFile?[3];

    /// <summary>The other names <c>Figures.ById</c> finds the figure by (its record's alias, GMT names), ordinal order.</summary>
    public List<string> Aliases { get; } = new();

    /// <summary>The GMT lines of this figure, from files of different kinds or species, in ordinal path order.</summary>
    public List<EncodedFigure> GeneSets { get; } = new();

    /// <summary>
    /// Where merged gene mentions come from: from each start index on, the mentions are from that file. Empty when
    /// every mention is from <see cref="GenesPath"/>.
    /// </summary>
    public List<(int Start, string Path)> MentionFiles { get; } = new();

    /// <summary>The file the gene mention at <paramref name="index"/> comes from, for diagnostics located on it.</summary>
    public string PathOfMention(int index)
    {
        var path = GenesPath;
        foreach (var (start, file) in MentionFiles)
        {
            if (start > index)
            {
                break;
            }

            path = file;
        }

        return path;
    }
}

internal sealed class PaperDraft
{
    public PaperDraft(string pmcid) => Pmcid = pmcid;

    public string Pmcid { get; }
    public List<int> Figures { get; } = new();
}

internal sealed class GeneDraft
{
    public GeneDraft(GeneMention first, string path)
    {
        EntrezId = first.EntrezId;
        Symbol = first.Symbol;
        TaxonomyId = first.TaxonomyId;
        Organism = first.Organism;
        Path = path;
        Position = first.Position;
    }

    public int EntrezId { get; }

    /// <summary>The official symbol; empty for a gene known only from a GMT file (it then has no typed member).</summary>
    public string Symbol { get; set; }
    public int TaxonomyId { get; set; }
    public string Organism { get; set; }

    /// <summary>From NCBI <c>gene_info</c>: the full name ("" when unknown) and the synonyms.</summary>
    public string FullName { get; set; } = string.Empty;
    public string[] Synonyms { get; set; } = System.Array.Empty<string>();

    /// <summary>Where the symbol the member is named after stands (record, table or gene_info row), for PFOCR010.</summary>
    public string Path { get; set; }
    public TextPosition Position { get; set; }
    public int FigureCount { get; set; }
}

internal sealed class EntityDraft
{
    public EntityDraft(EntityMention first)
    {
        Key = first.Key;
        Name = first.Name.Length > 0 ? first.Name : first.Word;
        MeshId = first.MeshId;
        OtherId = first.OtherId;
    }

    public string Key { get; }
    public string Name { get; set; }
    public string MeshId { get; set; }
    public string OtherId { get; set; }
}

/// <summary>
/// The dataset while <see cref="DatasetBuilder"/> fills it in: mutable, and never seen outside the builder, which
/// hands the pipeline the immutable <see cref="Dataset"/> made from it.
/// </summary>
internal sealed class DatasetDraft
{
    public List<FigureDraft> Figures { get; } = new();
    public List<PaperDraft> Papers { get; } = new();
    public List<GeneDraft> Genes { get; } = new();
    public List<EntityDraft> Chemicals { get; } = new();
    public List<EntityDraft> Diseases { get; } = new();
    public List<DiagnosticInfo> Diagnostics { get; } = new();
}
