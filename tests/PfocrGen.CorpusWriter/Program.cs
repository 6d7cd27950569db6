using System.Text;
using PfocrGen.CorpusWriter;
using PfocrGen.SyntheticCorpus;

// Writes a synthetic PFOCR corpus to a folder: pfocr-corpus-writer <records> <folder> [seed] [--gmt]
// With --gmt the same figures are written as one gene-set file, release.gmt, instead of records and tables.
var gmt = args.Contains("--gmt");
var positional = args.Where(a => a != "--gmt").ToArray();
if (positional.Length is < 2 or > 3 || !int.TryParse(positional[0], out var records) || records < 1)
{
    Console.Error.WriteLine("usage: PfocrGen.CorpusWriter <records> <output folder> [seed] [--gmt]");
    return 2;
}

var seed = positional.Length == 3 ? int.Parse(positional[2], System.Globalization.CultureInfo.InvariantCulture) : SyntheticCorpus.DefaultSeed;
var folder = Directory.CreateDirectory(positional[1]).FullName;
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var corpus = SyntheticCorpus.Enumerate(records, seed);
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
