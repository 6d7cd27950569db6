using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using PfocrGen.Building;
using PfocrGen.Inputs;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.InputChecking;

/// <summary>
/// The AdditionalFiles PfocrGen reads, chosen as the generator's pipeline chooses them (<see cref="InputSelection"/>:
/// the files a <c>PfocrGen.inputs</c> manifest lists, if there is one; of those, records, tables, GMT and
/// <c>gene_info</c> files), for the analyzers, which see all AdditionalFiles at once rather than as a pipeline.
/// </summary>
internal sealed class InputFiles
{
    private readonly InputManifest? _manifest;

    private InputFiles(InputManifest? manifest, IReadOnlyList<AdditionalText> parsed, IReadOnlyList<AdditionalText> geneInfo)
    {
        _manifest = manifest;
        Parsed = parsed;
        GeneInfo = geneInfo;
    }

    /// <summary>The records, tables and GMT files (<see cref="InputFileParser.Parse"/>).</summary>
    public IReadOnlyList<AdditionalText> Parsed { get; }

    /// <summary>The NCBI <c>gene_info</c> files (<see cref="InputFileParser.ParseGeneInfo"/>).</summary>
    public IReadOnlyList<AdditionalText> GeneInfo { get; }

    public bool IsEmpty => Parsed.Count == 0 && GeneInfo.Count == 0;

    public static InputFiles Select(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var manifests = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var file in additionalFiles)
        {
            if (InputSelection.IsManifest(file.Path))
            {
                manifests.Add(file);
            }
        }

        var manifest = InputManifest.Read(manifests.ToImmutable(), cancellationToken);
        var parsed = new List<AdditionalText>();
        var geneInfo = new List<AdditionalText>();
        foreach (var file in additionalFiles)
        {
            switch (KindOf(file.Path, manifest))
            {
                case InputKind.Parsed: parsed.Add(file); break;
                case InputKind.GeneInfo: geneInfo.Add(file); break;
            }
        }

        return new InputFiles(manifest, parsed, geneInfo);
    }

    /// <summary>What PfocrGen reads the file at <paramref name="path"/> as, if it reads it.</summary>
    public InputKind KindOf(string path) => KindOf(path, _manifest);

    /// <summary>Each file parsed (once per text in this process: in a build, the generator's own objects).</summary>
    public DatasetInputs Parse(CancellationToken cancellationToken)
    {
        var files = new ParsedFile[Parsed.Count];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = InputFileParser.Parse(Parsed[i], cancellationToken);
        }

        var geneInfo = ImmutableArray.CreateBuilder<GeneInfoFile>(GeneInfo.Count);
        foreach (var file in GeneInfo)
        {
            geneInfo.Add(InputFileParser.ParseGeneInfo(file, cancellationToken));
        }

        return new DatasetInputs(files, geneInfo.MoveToImmutable());
    }

    // The generator's two branches: records, tables and GMT files by extension, gene_info files by theirs.
    private static InputKind KindOf(string path, InputManifest? manifest)
    {
        if (!InputSelection.IsClaimed(path, manifest))
        {
            return InputKind.None;
        }

        if (InputFileKinds.Of(path) != InputFileKind.None)
        {
            return InputKind.Parsed;
        }

        return path.EndsWith(GeneInfoParser.Extension, StringComparison.OrdinalIgnoreCase) ? InputKind.GeneInfo : InputKind.None;
    }

    internal enum InputKind
    {
        None,
        Parsed,
        GeneInfo,
    }
}
