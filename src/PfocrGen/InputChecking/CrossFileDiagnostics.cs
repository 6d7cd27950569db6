using System.Collections.Immutable;
using System.Threading;
using PfocrGen.Building;
using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Packing;
using PfocrGen.Planning;

namespace PfocrGen.InputChecking;

/// <summary>
/// The cross-file diagnostics of a set of parsed files, by the generator's own steps: encode each file, build the
/// dataset, name the members (<see cref="DatasetBuilder"/>, <see cref="MemberNaming"/>, <see cref="OutputPlanner"/>).
/// What the generator already computed for the same parsed objects is taken as it is
/// (<see cref="CrossFileDiagnosticsCache"/>): in a build, always; in the IDE, when the generator ran first.
/// </summary>
internal static class CrossFileDiagnostics
{
    public static EquatableArray<DiagnosticInfo> Of(DatasetInputs inputs, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (CrossFileDiagnosticsCache.TryGet(inputs, options) is { } shared)
        {
            return shared;
        }

        var encoded = ImmutableArray.CreateBuilder<EncodedFile>(inputs.Files.Count);
        foreach (var file in inputs.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            encoded.Add(SegmentEncoder.Encode(file, options));
        }

        var dataset = DatasetBuilder.Build(encoded.MoveToImmutable(), options, GeneInfoIndex.Build(inputs.GeneInfo));
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = OutputPlanner.Diagnostics(dataset, MemberNaming.Assign(dataset.NamingKeys));

        // Kept for the next compilation over the same files (the IDE asks again after edits elsewhere).
        CrossFileDiagnosticsCache.Publish(inputs, options, diagnostics);
        return diagnostics;
    }
}
