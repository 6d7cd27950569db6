namespace PfocrGen.Tests.Architecture;

/// <summary>
/// The generator's namespaces in the order a record flows through them, lowest first. A namespace may use its own
/// types and those of any lower layer, never a higher one: a stage does not reach forward into the pipeline, and
/// namespaces of one layer (the two analyzers) do not use each other.
/// </summary>
internal static class GeneratorStages
{
    /// <summary>Each layer's namespaces, lowest first.</summary>
    public static readonly IReadOnlyList<string[]> Layers =
    [
        // Shared data every stage may use; Model itself uses no stage (the descriptors sit below it).
        ["PfocrGen.Diagnostics"],
        ["PfocrGen.Model"],

        // The stages, in pipeline order. The runtime files the generator compiles in (Runtime/Shared, namespace
        // Pfocr) are the data layout the encoders write and the id analyzer reads: usable from Parsing on.
        ["PfocrGen.Inputs"],
        ["Pfocr"],
        ["PfocrGen.Parsing"],
        ["PfocrGen.Packing"],
        ["PfocrGen.Building"],
        ["PfocrGen.Naming"],
        ["PfocrGen.Planning"],
        ["PfocrGen.Emitting"],

        // The analyzers use the stages they need; no stage uses them.
        ["PfocrGen.IdChecking", "PfocrGen.InputChecking"],

        // The pipeline (PfocrGenerator) wires everything together.
        ["PfocrGen"],
    ];

    /// <summary>The layer of <paramref name="ns"/>, or null for a namespace that is not the generator's (System, Roslyn, …).</summary>
    public static int? LayerOf(string ns)
    {
        for (var i = 0; i < Layers.Count; i++)
        {
            if (Layers[i].Contains(ns, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether code in namespace <paramref name="user"/> may use a type of namespace <paramref name="used"/>.</summary>
    public static bool MayUse(string user, string used)
    {
        if (user == used || LayerOf(used) is not { } usedLayer)
        {
            return true;
        }

        return LayerOf(user) is { } userLayer && usedLayer < userLayer;
    }
}
