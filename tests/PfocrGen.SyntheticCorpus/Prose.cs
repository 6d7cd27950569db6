using System.Text;

namespace PfocrGen.SyntheticCorpus;

/// <summary>
/// Invented figure prose: titles and 1–2 KB captions built from fixed phrase lists, with the non-ASCII text real
/// captions carry (Greek letters, arrows, dashes, µ, ±, primes) and, rarely, the markup that XML docs must escape.
/// </summary>
internal static class Prose
{
    private static readonly string[] Processes =
    {
        "signalling", "activation", "phosphorylation", "ubiquitination", "transcription", "nuclear translocation",
        "inhibition", "feedback regulation", "crosstalk", "degradation", "secretion", "receptor internalisation",
    };

    private static readonly string[] Contexts =
    {
        "hepatocytes", "CD4⁺ T cells", "macrophages", "cardiomyocytes", "β-cells of the pancreatic islet",
        "neural crest cells", "the intestinal epithelium", "tumour-associated fibroblasts", "root meristem cells",
        "the larval wing disc", "zebrafish embryos at 48 h post-fertilisation", "budding yeast under nitrogen starvation",
    };

    private static readonly string[] Openers =
    {
        "Schematic model of {0} {1} in {2}.",
        "Proposed mechanism by which {0} controls {1} in {2}.",
        "Overview of the {0}–{3} axis and its {1} in {2}.",
        "Working model: {0} promotes {1} of {3} in {2}.",
    };

    private static readonly string[] Sentences =
    {
        "Upon stimulation, {0} recruits {3}, which triggers {1} of downstream effectors (arrows, → activation; ⊣, inhibition).",
        "Loss of {0} reduced {3} levels by {5} ± {6} % (n = {6}; p < 0.01), indicating a direct requirement for {1}.",
        "Treatment with {5} µM inhibitor for {6} h at 37 °C abolished {1} of {3} in {2}.",
        "The κB site in the {0} promoter binds the p65/p50 heterodimer; IκBα degradation releases it into the nucleus.",
        "Dashed lines indicate indirect effects; solid lines denote interactions supported by co-immunoprecipitation.",
        "Activated Gαq and Gβγ subunits converge on {0}, whereas PKCδ feeds back on {3} to terminate {1}.",
        "In {2}, the 5′-UTR variant of {3} escapes miR-mediated repression and sustains {1}.",
        "Colours mark the compartments: nucleus (blue), cytosol (grey) and the plasma membrane (orange).",
        "Genes in bold were differentially expressed (|log₂FC| ≥ 1, FDR ≤ 0.05) between the two conditions.",
        "Both branches converge on {3}; their relative weight depends on the cell type and on the dose of ligand.",
    };

    // Markup that a naive XML doc writer would break on; real captions contain each of these now and then.
    private static readonly string[] Hazards =
    {
        "Abbreviations: R&D, receptor & domain; A<B means A precedes B.",
        "Inhibitors are marked */ in the original legend; see </summary> text in the key.",
        "Symbols: > 2-fold up, < 0.5-fold down, & co-regulated.",
    };

    public static string Title(Random random, string gene, string partner)
    {
        var process = Processes[random.Next(Processes.Length)];
        return random.Next(3) switch
        {
            0 => $"{gene} {process} pathway",
            1 => $"Role of {gene} and {partner} in {process}",
            _ => $"{gene} regulates {partner} {process}",
        };
    }

    public static string Caption(Random random, string gene, string partner, int targetLength)
    {
        var context = Contexts[random.Next(Contexts.Length)];
        var builder = new StringBuilder(targetLength + 200);
        builder.Append(Format(Openers[random.Next(Openers.Length)], gene, Processes[random.Next(Processes.Length)], context, partner));
        if (random.Next(50) == 0)
        {
            builder.Append(' ').Append(Hazards[random.Next(Hazards.Length)]);
        }

        while (builder.Length < targetLength)
        {
            builder.Append(' ').Append(Format(Sentences[random.Next(Sentences.Length)], gene, Processes[random.Next(Processes.Length)], context, partner)
                .Replace("{5}", random.Next(5, 95).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("{6}", random.Next(2, 48).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return builder.ToString();
    }

    public static string PaperTitle(Random random, string gene) =>
        $"{gene} {Processes[random.Next(Processes.Length)]} shapes the response of {Contexts[random.Next(Contexts.Length)]} to stress";

    private static string Format(string template, string gene, string process, string context, string partner) =>
        template.Replace("{0}", gene).Replace("{1}", process).Replace("{2}", context).Replace("{3}", partner);
}
