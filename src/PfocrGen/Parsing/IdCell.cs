namespace PfocrGen.Parsing;

/// <summary>What an id cell holds, as <see cref="TsvReader.Row.ReadId"/> reads it.</summary>
internal enum IdCell
{
    Empty,
    Positive,
    Other,
}
