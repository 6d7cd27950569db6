namespace PfocrGen.SyntheticCorpus;

/// <summary>
/// How often PFOCR's figures mention each member of a vocabulary (one species' genes, or chemicals): a
/// Zipf–Mandelbrot law, the member of rank r (from 1) drawn with probability proportional to 1 / (r + shift)^exponent
/// over a lexicon of fixed size. What a synthetic release must get right is the number of <em>distinct</em> members
/// its files mention, since every distinct gene becomes a typed member of the consumer's compilation.
/// </summary>
/// <remarks>
/// Fitted by least squares to the real release 20250701 files in <c>../shared/pfocr-release</c>: the log
/// rank-frequency curve of each file (counts at ranks 1, 2, 4, … 8192) and its number of distinct members.
/// <list type="bullet">
/// <item><description>Genes, one law for both real gene files: shift 8, exponent 1.25, 18,000 genes (or the
/// species' protein-coding genes, when fewer). For the mouse file's 168,514 mentions it predicts 11,846 distinct
/// genes (the file has 11,690); for the worm file's 10,029, 2,455 (the file has 2,292).</description></item>
/// <item><description>Chemicals (the worm chemical file, 38,928 mentions): shift 8, exponent 1.1, 6,000
/// chemicals; it predicts 4,666 distinct chemicals (the file has 4,543).</description></item>
/// </list>
/// Both predictions sit a little above the real counts, so a build measured on synthetic files errs slow.
/// </remarks>
public sealed class MentionFrequency
{
    /// <summary>The gene lexicon of the fit: no species' figures mention more distinct genes than this.</summary>
    public const int GeneLexicon = 18_000;

    private readonly double[] _cumulative;

    private MentionFrequency(int lexicon, double shift, double exponent)
    {
        _cumulative = new double[lexicon];
        var total = 0.0;
        for (var rank = 1; rank <= lexicon; rank++)
        {
            total += Math.Pow(rank + shift, -exponent);
            _cumulative[rank - 1] = total;
        }

        for (var i = 0; i < lexicon; i++)
        {
            _cumulative[i] /= total;
        }
    }

    /// <summary>The genes of a species with <paramref name="proteinCodingGenes"/> protein-coding genes.</summary>
    public static MentionFrequency Genes(int proteinCodingGenes = GeneLexicon) =>
        new(Math.Min(GeneLexicon, proteinCodingGenes), shift: 8, exponent: 1.25);

    /// <summary>Chemicals (ChEBI ids), in every species' chemical file alike.</summary>
    public static MentionFrequency Chemicals() => new(6_000, shift: 8, exponent: 1.1);

    /// <summary>How many members the law draws from.</summary>
    public int Lexicon => _cumulative.Length;

    /// <summary>
    /// One figure's members: <paramref name="count"/> distinct ranks from 0 (the most mentioned) to
    /// <see cref="Lexicon"/> - 1, as many as the lexicon holds at most. A GMT line lists a member once.
    /// </summary>
    public IReadOnlyCollection<int> DrawSet(Random random, int count)
    {
        var ranks = new HashSet<int>();
        var wanted = Math.Min(count, Lexicon);
        while (ranks.Count < wanted)
        {
            ranks.Add(Rank(random.NextDouble()));
        }

        return ranks;
    }

    // The first rank whose cumulative probability passes the uniform draw.
    private int Rank(double uniform)
    {
        var index = Array.BinarySearch(_cumulative, uniform);
        return Math.Min(index >= 0 ? index : ~index, Lexicon - 1);
    }
}
