using Microsoft.CodeAnalysis;

namespace PfocrGen;

/// <summary>
/// An AdditionalFile with its PfocrGen-input mark (<see cref="InputSelection"/>). Equal while the compiler hands out
/// the same AdditionalText object (one per file version) and the mark is unchanged, so later steps stay cached.
/// </summary>
internal readonly record struct MarkedText(AdditionalText Text, bool Marked);
