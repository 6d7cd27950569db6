namespace PfocrGen.Model;

// The inputs of each data-dependent generated file, as plain equatable data. Each file has its own pipeline
// output, so after an edit the driver writes again only the files whose spec changed: a caption edit rewrites
// one figure shard, not the index or any other shard.

/// <summary>
/// <c>PfocrGen.Index.g.cs</c>: the figure index (figid → shard, slot), paper, gene and entity tables, and how many
/// classes the <c>Figures</c> and <c>Genes</c> members are spread over (see <c>Naming/BaseClassChain</c>).
/// </summary>
internal sealed record IndexSpec(
    GeneratedCodeSettings Settings,
    EquatableArray<byte> Figures,
    EquatableArray<byte> Papers,
    EquatableArray<byte> Genes,
    EquatableArray<byte> Entities,
    int ShardCount,
    int FigureChainLength,
    int GeneChainLength) : IGeneratedFileSpec;

/// <summary><c>PfocrGen.Dataset.g.cs</c>: counts and content hash.</summary>
internal sealed record DatasetInfoSpec(GeneratedCodeSettings Settings, int Figures, int Papers, int Genes, string ContentHash) : IGeneratedFileSpec;

/// <summary><c>PfocrGen.Shard{n}.g.cs</c>: the data of the figures whose figid hashes to this shard, and their members.</summary>
/// <param name="MemberType">The class the shard's members are declared in: <c>Figures</c> or one of its base classes.</param>
internal sealed record FigureShardSpec(GeneratedCodeSettings Settings, int Shard, EquatableArray<ShardFigure> Figures, string MemberType = "Figures") : IGeneratedFileSpec;

/// <summary>A figure in its shard: its global index, member name ("" for none) and data segments.</summary>
internal sealed record ShardFigure(
    int Index,
    string Member,
    EncodedFigure Encoded,
    EncodedSegment? Genes,
    EncodedSegment? Chemicals,
    EncodedSegment? Diseases);

/// <summary><c>PfocrGen.Papers{n}.g.cs</c>: the members of the papers whose PMCID hashes to this shard.</summary>
internal sealed record PaperShardSpec(GeneratedCodeSettings Settings, int Shard, EquatableArray<PaperMember> Papers, string MemberType = "Figures") : IGeneratedFileSpec;

/// <summary>A paper member and what its XML doc shows.</summary>
internal sealed record PaperMember(int Index, string Member, string Pmcid, string Title, string Reference, EquatableArray<PaperFigure> Figures);

/// <summary>A figure as listed in its paper's doc.</summary>
internal sealed record PaperFigure(string Id, string Title);

/// <summary><c>PfocrGen.Genes{n}.g.cs</c>: the members of the genes whose Entrez id hashes to this shard.</summary>
internal sealed record GeneShardSpec(GeneratedCodeSettings Settings, int Shard, EquatableArray<GeneMember> Genes, string MemberType = "Genes") : IGeneratedFileSpec;

/// <summary>A gene member and what its XML doc shows.</summary>
internal sealed record GeneMember(int Index, string Member, string Symbol, int EntrezId, string Organism, int FigureCount);
