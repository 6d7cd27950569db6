namespace PfocrGen.Parsing;

/// <summary>
/// PFOCR's writers mark missing metadata with <c>''</c> and R's NA serialised as <c>.na.character</c>.
/// <c>NA</c> is not a placeholder in general: it is a real gene symbol and an OCR word.
/// </summary>
internal static class Placeholders
{
    public const string RNa = ".na.character";

    public static string Clean(string value) => value == RNa ? string.Empty : value;

    /// <summary>In a table's id and count columns, <c>NA</c> means the cell is empty.</summary>
    public static string CleanIdCell(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed == "NA" || trimmed == RNa ? string.Empty : trimmed;
    }
}
