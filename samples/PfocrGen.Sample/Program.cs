using Pfocr;

// The seed record: the IL-12 signalling figure of PMC2869233, a typed member checked at compile time.
var il12 = Figures.PMC2869233__ijms_11_00789f3;
Console.WriteLine($"{il12.Title} ({il12.Id}, {il12.Year})");
Console.WriteLine($"  {il12.Link}");
Console.WriteLine($"  image {il12.ImageLink}, pathway score {il12.PathwayScore?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}");
foreach (var gene in Figures.PMC2869233.Genes)
{
    Console.WriteLine($"  {gene.Symbol,-8} NCBI Gene {gene.EntrezId}");
}

// The reverse index: every figure in this project that mentions STAT4.
Console.WriteLine();
Console.WriteLine($"Figures mentioning {Genes.STAT4.Symbol} ({Genes.STAT4.EntrezId}):");
foreach (var figure in Genes.STAT4.Figures)
{
    Console.WriteLine($"  {figure.Id}: {figure.Title}");
}

// Lookups by id, for ids that arrive at run time.
Console.WriteLine();
var tbx21 = Genes.ByEntrez(30009);
Console.WriteLine($"Genes.ByEntrez(30009) = {tbx21?.Symbol ?? "(none)"}, in {tbx21?.Figures.Count ?? 0} figure(s)");
Console.WriteLine($"Figures.ById(\"PMC9000002__sample-g002\") has chemicals: {string.Join(", ", Figures.ById("PMC9000002__sample-g002")!.Chemicals.Select(c => $"{c.Name} [{c.Id}]"))}");
Console.WriteLine($"{Figures.All.Count} figures, {Papers.All.Count} papers, {Genes.All.Count} genes in this project.");

// Over-representation analysis: which figures are enriched for a Th1 gene list? The universe is the background
// your experiment could have detected; here a stand-in of 20,000 gene ids plus every gene in the figures.
Console.WriteLine();
int[] th1Genes = [6775, 30009, 3458, 3594]; // STAT4, TBX21, IFNG, IL12RB1
var universe = Enumerable.Range(1, 20_000).Concat(Genes.All.Select(g => g.EntrezId));
foreach (var result in Figures.Enrich(th1Genes, universe))
{
    Console.WriteLine($"{result.Figure.Id}: {result.Overlap}/{result.SetSize} genes, p = {result.PValue:G3}, q = {result.AdjustedPValue:G3}");
}
