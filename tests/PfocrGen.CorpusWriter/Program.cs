using System.Text;
using PfocrGen.CorpusWriter;
using PfocrGen.SyntheticCorpus;

// Writes a synthetic PFOCR corpus to a folder:
//   pfocr-corpus-writer <records> <folder> [seed] [--gmt | --release [--real <folder>]] [--figures-per-paper <mean>]
// With --gmt the same figures are written as one gene-set file, release.gmt, instead of records and tables.
// With --release, <records> is the number of figures of a synthetic release (110000: the real release's size),
// written as PFOCR publishes it: six species' gene and chemical GMTs plus their NCBI gene_info files. --real names a
// folder of real release files (../shared/pfocr-release): those are used whole, at their real size, and only the
// others are synthesized.
// --figures-per-paper sets the mean figures per paper of records (default 1.9; PFOCR as a whole has ~1.2).
var gmt = args.Contains("--gmt");
var release = args.Contains("--release");
var figuresPerPaper = SyntheticCorpus.DefaultFiguresPerPaper;
string? realFolder = null;
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--figures-per-paper" && i + 1 < args.Length)
    {
        figuresPerPaper = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--real" && i + 1 < args.Length)
    {
        realFolder = args[++i];
    }
    else if (args[i] != "--gmt" && args[i] != "--release")
    {
        rest.Add(args[i]);
    }
}

var positional = rest.ToArray();
if (positional.Length is < 2 or > 3 || !int.TryParse(positional[0], out var records) || records < 1 || (gmt && release) || figuresPerPaper < 1
    || (realFolder is not null && (!release || !Directory.Exists(realFolder))))
{
    Console.Error.WriteLine("usage: PfocrGen.CorpusWriter <records> <output folder> [seed] [--gmt | --release [--real <folder>]] [--figures-per-paper <mean>]");
    return 2;
}

var seed = positional.Length == 3 ? int.Parse(positional[2], System.Globalization.CultureInfo.InvariantCulture) : SyntheticCorpus.DefaultSeed;
var folder = Directory.CreateDirectory(positional[1]).FullName;
if (release)
{
    Console.WriteLine(SyntheticRelease.Write(folder, records, seed, realFolder));
    return 0;
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var corpus = SyntheticCorpus.Enumerate(records, seed, figuresPerPaper);
if (gmt)
{
    var path = Path.Combine(folder, "release.gmt");
    var lines = GeneSetFile.Write(corpus, path);
    Console.WriteLine($"{records} records as {lines} gene sets, {new FileInfo(path).Length / 1048576.0:F1} MB in {path}");
    return 0;
}

long bytes = 0;
var files = 0;
foreach (var file in corpus)
{
    File.WriteAllText(Path.Combine(folder, file.Path), file.Text, utf8);
    bytes += utf8.GetByteCount(file.Text);
    files++;
}

Console.WriteLine($"{records} records, {files} files, {bytes / 1048576.0:F1} MB in {folder}");
return 0;
