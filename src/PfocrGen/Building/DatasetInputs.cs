using System.Collections.Generic;
using System.Collections.Immutable;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// The parsed files a dataset was built from, as the very objects the parse produced: the cross-file diagnostics
/// the generator computed are shared with the analyzer under them (<see cref="InputChecking.CrossFileDiagnosticsCache"/>).
/// </summary>
internal sealed class DatasetInputs
{
    public DatasetInputs(IReadOnlyList<ParsedFile> files, ImmutableArray<GeneInfoFile> geneInfo)
    {
        Files = files;
        GeneInfo = geneInfo.IsDefault ? ImmutableArray<GeneInfoFile>.Empty : geneInfo;
    }

    /// <summary>The records, tables and GMT files.</summary>
    public IReadOnlyList<ParsedFile> Files { get; }

    /// <summary>The NCBI <c>gene_info</c> files.</summary>
    public ImmutableArray<GeneInfoFile> GeneInfo { get; }
}
