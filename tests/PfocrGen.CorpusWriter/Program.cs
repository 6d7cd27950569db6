using System.Text;
using PfocrGen.SyntheticCorpus;

// Writes a synthetic PFOCR corpus to a folder: pfocr-corpus-writer <records> <folder> [seed]
if (args.Length is < 2 or > 3 || !int.TryParse(args[0], out var records) || records < 1)
{
    Console.Error.WriteLine("usage: PfocrGen.CorpusWriter <records> <output folder> [seed]");
    return 2;
}

var seed = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : SyntheticCorpus.DefaultSeed;
var folder = Directory.CreateDirectory(args[1]).FullName;
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
long bytes = 0;
var files = 0;
foreach (var file in SyntheticCorpus.Enumerate(records, seed))
{
    File.WriteAllText(Path.Combine(folder, file.Path), file.Text, utf8);
    bytes += utf8.GetByteCount(file.Text);
    files++;
}

Console.WriteLine($"{records} records, {files} files, {bytes / 1048576.0:F1} MB in {folder}");
return 0;
