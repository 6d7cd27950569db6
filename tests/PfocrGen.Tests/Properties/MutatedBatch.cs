using CsCheck;

namespace PfocrGen.Tests.Properties;

/// <summary>
/// AdditionalFiles for one generator run: real corpus figures (one version each, with their tables), some of
/// them damaged by <see cref="Mutation"/>s. <see cref="Intact"/> are the figids whose files were not touched.
/// </summary>
internal sealed record MutatedBatch(
    IReadOnlyList<(string Path, string Text)> Files,
    IReadOnlyList<string> Intact,
    IReadOnlyList<string> Edits)
{
    public int MutatedRecords => Edits.Count;

    /// <summary>Batches of <paramref name="size"/> figures of which <paramref name="mutated"/> are damaged.</summary>
    public static Gen<MutatedBatch> Gen(CorpusRecords corpus, int size, int mutated) =>
        CsCheck.Gen.Select(
            CsCheck.Gen.Shuffle(Enumerable.Range(0, corpus.Figures.Count).ToArray(), size),
            CsCheck.Gen.Int[0, 100].Array[size],
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, 100], Mutation.Gen.Array[1, 3]).Array[mutated],
            (picks, versions, edits) => Build(corpus, picks, versions, edits));

    public override string ToString() => string.Join("\n", Edits);

    private static MutatedBatch Build(CorpusRecords corpus, int[] picks, int[] versions, (int Target, Mutation[] Mutations)[] edits)
    {
        var files = new List<(string Path, string Text)>();
        var intact = new List<string>();
        var log = new List<string>();
        for (var i = 0; i < picks.Length; i++)
        {
            var figure = corpus.Figures[picks[i]];
            var version = figure.Versions[versions[i] % figure.Versions.Count];
            var figureFiles = new List<(string Path, string Text)> { ("records/" + figure.Id + ".md", version.Text) };
            if (version.Current)
            {
                figureFiles.AddRange(figure.Tables.Select(t => ("records/" + t.Name, t.Text)));
            }

            if (i < edits.Length)
            {
                // The first picks are damaged; picks are shuffled, so which figures that are varies.
                var (target, mutations) = edits[i];
                var index = target % figureFiles.Count;
                var text = mutations.Aggregate(figureFiles[index].Text, (current, mutation) => mutation.Apply(current));
                figureFiles[index] = (figureFiles[index].Path, text);
                log.Add($"{figureFiles[index].Path}: {string.Join(", ", mutations.Select(m => m.ToString()))}");
            }
            else
            {
                intact.Add(figure.Id);
            }

            files.AddRange(figureFiles);
        }

        return new MutatedBatch(files, intact, log);
    }
}
