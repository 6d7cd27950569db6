using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Inputs;

/// <summary>
/// Reads the <c>PfocrGen*</c> MSBuild properties (made visible by build/PfocrGen.props). An invalid value is
/// reported (PFOCR015) and the default is used, so a typo never silently changes the API.
/// </summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var options = provider.GlobalOptions;
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        var defaults = GeneratorOptions.Default;

        var ns = Get(options, "PfocrGenNamespace");
        if (ns.Length == 0)
        {
            ns = defaults.Namespace;
        }
        else if (!IsQualifiedName(ns))
        {
            diagnostics.Add(Invalid("PfocrGenNamespace", ns, "use a C# namespace such as 'MyLab.Pathways'"));
            ns = defaults.Namespace;
        }

        var isPublic = Choice(options, "PfocrGenVisibility", defaults.Public, "use 'internal' or 'public'", diagnostics, ("public", true), ("internal", false));
        var figureMembers = Choice(
            options, "PfocrGenFigureMembers", defaults.FigureMembers, "use 'auto', 'true' or 'false'", diagnostics,
            ("auto", FigureMemberMode.Auto), ("true", FigureMemberMode.All), ("false", FigureMemberMode.PapersOnly));
        var geneMembers = Choice(
            options, "PfocrGenGeneMembers", defaults.GeneMembers, "use 'auto', 'true' or 'false'", diagnostics,
            ("auto", GeneMemberMode.Auto), ("true", GeneMemberMode.All), ("false", GeneMemberMode.None));

        var captionLength = defaults.DocCaptionLength;
        var length = Get(options, "PfocrGenDocCaptionLength");
        if (length.Length > 0 && (!int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out captionLength)))
        {
            diagnostics.Add(Invalid("PfocrGenDocCaptionLength", length, "use a whole number of characters (0 leaves captions out of the docs)"));
            captionLength = defaults.DocCaptionLength;
        }

        var maxFanOut = defaults.MaxFanOut;
        var fanOut = Get(options, "PfocrGenMaxFanOut");
        if (fanOut.Length > 0 && (!int.TryParse(fanOut, NumberStyles.None, CultureInfo.InvariantCulture, out maxFanOut) || maxFanOut < 1))
        {
            diagnostics.Add(Invalid("PfocrGenMaxFanOut", fanOut, "use a whole number of genes, 1 or more"));
            maxFanOut = defaults.MaxFanOut;
        }

        return new GeneratorOptions(ns, isPublic, figureMembers, captionLength, ReadGeneSources(options, diagnostics), maxFanOut, diagnostics.ToEquatableArray())
        {
            GeneMembers = geneMembers,
            AnalyzersSkipped = AnalyzersSkipped(options),
        };
    }

    /// <summary>
    /// The SDK's rule for skipping analyzers in a build (<c>_ComputeSkipAnalyzers</c> in Microsoft.Managed.Core.targets):
    /// <c>RunAnalyzers=false</c>, or <c>RunAnalyzersDuringBuild=false</c> with <c>RunAnalyzers</c> unset. Both are
    /// made visible by build/PfocrGen.props; without it (or in the IDE, which sets neither) analyzers are taken to run.
    /// </summary>
    private static bool AnalyzersSkipped(AnalyzerConfigOptions options)
    {
        var runAnalyzers = Get(options, "RunAnalyzers");
        return string.Equals(runAnalyzers, "false", System.StringComparison.OrdinalIgnoreCase)
            || (runAnalyzers.Length == 0 && string.Equals(Get(options, "RunAnalyzersDuringBuild"), "false", System.StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>PfocrGenGeneSources</c> is an MSBuild list (<c>Symbol;Synonym</c>). Roslyn cuts build properties at the
    /// first <c>;</c>, so build/PfocrGen.targets rewrites the separators to <c>,</c>; both are accepted here.
    /// </summary>
    private static GeneSourceKinds ReadGeneSources(AnalyzerConfigOptions options, System.Collections.Generic.List<DiagnosticInfo> diagnostics)
    {
        var value = Get(options, "PfocrGenGeneSources");
        if (value.Length == 0)
        {
            return GeneratorOptions.Default.GeneSources;
        }

        var kinds = GeneSourceKinds.None;
        foreach (var part in value.Split(',', ';'))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            switch (name.ToLowerInvariant())
            {
                case "symbol": kinds |= GeneSourceKinds.Symbol; break;
                case "synonym": kinds |= GeneSourceKinds.Synonym; break;
                case "family": kinds |= GeneSourceKinds.Family; break;
                default:
                    diagnostics.Add(Invalid("PfocrGenGeneSources", value, "use a list of Symbol, Synonym and Family, such as 'Symbol;Synonym'"));
                    return GeneratorOptions.Default.GeneSources;
            }
        }

        return kinds == GeneSourceKinds.None ? GeneratorOptions.Default.GeneSources : kinds;
    }

    /// <summary>
    /// A property that takes one of a few words, in any case: the word's value; <paramref name="fallback"/> when the
    /// property is unset, and also, with PFOCR015, for any other word.
    /// </summary>
    private static T Choice<T>(
        AnalyzerConfigOptions options,
        string property,
        T fallback,
        string hint,
        System.Collections.Generic.List<DiagnosticInfo> diagnostics,
        params (string Word, T Value)[] words)
    {
        var value = Get(options, property);
        if (value.Length == 0)
        {
            return fallback;
        }

        foreach (var (word, result) in words)
        {
            if (string.Equals(value, word, System.StringComparison.OrdinalIgnoreCase))
            {
                return result;
            }
        }

        diagnostics.Add(Invalid(property, value, hint));
        return fallback;
    }

    private static string Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) ? value.Trim() : string.Empty;

    private static DiagnosticInfo Invalid(string property, string value, string hint) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, string.Empty, default, property, value, hint);

    private static bool IsQualifiedName(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
