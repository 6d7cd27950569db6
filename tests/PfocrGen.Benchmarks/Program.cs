using BenchmarkDotNet.Running;
using PfocrGen.Benchmarks;

// `-- counts [records...]` prints how many pipeline items re-run after a one-record edit (step tracking on);
// `-- quick [records...]` prints Stopwatch medians of cold generation, the floor and an edit, for iterating;
// `-- geneinfo [rows]` prints the parse time and allocations of a human-sized NCBI gene_info file;
// `-- runtime [records...]` prints Stopwatch times of the generated runtime (first answer, decoding, lookups);
// `-- enrich <release.gmt> [folder]` times Figures.Enrich per query on a real GMT and writes what scripts/perf/enrich-vs-r.R compares;
// `-- camera <release.gmt> <folder> <parametric|ranks> [calls]` times Figures.Camera on a real GMT and writes what scripts/perf/camera-vs-r.R compares;
// `-- folder <dir>` runs the generator once, cold, over every file of a folder: the run, its steps, the generated size;
// anything else goes to BenchmarkDotNet (timings, step tracking off).
if (args.Length > 0 && args[0] == "counts")
{
    var sizes = args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [10_000, 80_000];
    foreach (var records in sizes)
    {
        RerunCounts.Print(records, Console.Out);
    }

    return;
}

// `-- idcheck [records...]` prints what the id analyzer (PFOCR022/023) costs at that size.
// `-- idcheck-parts [records...]` only the pieces (no analyzer passes over the whole compilation).
if (args.Length > 0 && args[0] is "idcheck" or "idcheck-parts")
{
    foreach (var records in args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [10_000])
    {
        IdCheckTimings.Print(records, Console.Out, partsOnly: args[0] == "idcheck-parts");
    }

    return;
}

// `-- inputcheck [records...]` prints what the input analyzer (issue #23) costs beside the generator, and after an edit.
if (args.Length > 0 && args[0] == "inputcheck")
{
    foreach (var records in args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [10_000])
    {
        InputCheckTimings.Print(records, Console.Out);
    }

    return;
}

// `-- keystroke [records] [rounds] [other PfocrGen.dll...]` times a C#-only edit with a warm driver against a generator that
// only reads every file (issue #25), optionally beside another build of the generator.
// `-- edit-floor [records] [rounds] [other PfocrGen.dll...]` times a one-record edit the same way, beside PfocrGen's
// pipeline topology with trivial steps: how much of an edit is the driver's own work (issue #25, item 1).
if (args.Length > 0 && args[0] is "keystroke" or "edit-floor")
{
    KeystrokeTimings.Print(
        args.Length > 1 ? int.Parse(args[1]) : 10_000,
        args.Length > 2 ? int.Parse(args[2]) : 7,
        args.Skip(3).ToList(),
        Console.Out,
        recordEdits: args[0] == "edit-floor");
    return;
}

if (args.Length > 0 && args[0] == "quick")
{
    foreach (var records in args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [10_000])
    {
        QuickTimings.Print(records, Console.Out);
    }

    return;
}

if (args.Length > 0 && args[0] == "geneinfo")
{
    GeneInfoTimings.Print(args.Length > 1 ? int.Parse(args[1]) : 190_000, Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "runtime")
{
    foreach (var records in args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [10_000])
    {
        RuntimeTimings.Print(records, Console.Out);
    }

    return;
}

// `-- editor <folder> [Property=value ...]`: what an editor holds and binds for those files (issue #26).
if (args.Length > 1 && args[0] == "editor-parts")
{
    EditorMemoryParts.Print(args[1], Console.Out);
    return;
}

if (args.Length > 1 && args[0] == "editor")
{
    EditorCostTimings.Print(args[1], args.Skip(2).ToList(), Console.Out);
    return;
}

if (args.Length > 1 && args[0] == "folder")
{
    FolderTimings.Print(args[1], Console.Out);
    return;
}

// `-- generated <folder> <dir>` writes every generated source and diagnostic to <dir>, for `diff -r` between two builds.
if (args.Length > 2 && args[0] == "generated")
{
    GeneratedOutput.Write(args[1], args[2], Console.Out);
    return;
}

if (args.Length > 3 && args[0] == "camera")
{
    CameraTimings.Print(args[1], args[2], useRanks: args[3] == "ranks", args.Length > 4 ? int.Parse(args[4]) : null, Console.Out);
    return;
}

if (args.Length > 1 && args[0] == "enrich")
{
    EnrichmentTimings.Print(args[1], args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "pfocr-enrich"), Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
