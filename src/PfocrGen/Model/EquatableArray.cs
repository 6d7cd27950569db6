using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PfocrGen.Model;

/// <summary>
/// An immutable array with value equality, so that pipeline models built from it compare by content and the
/// incremental driver can tell an unchanged record from a changed one.
/// </summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

    private readonly T[]? _items;

    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefaultOrEmpty ? null : ImmutableArrayToArray(items);

    public EquatableArray(T[] items) => _items = items.Length == 0 ? null : items;

    public int Count => _items?.Length ?? 0;

    public T this[int index] => _items![index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        // Length plus a few elements is enough to spread buckets; Equals does the real work.
        var items = _items;
        if (items is null)
        {
            return 0;
        }

        var hash = items.Length;
        var step = Math.Max(1, items.Length / 8);
        for (var i = 0; i < items.Length; i += step)
        {
            hash = unchecked((hash * 31) + (items[i]?.GetHashCode() ?? 0));
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    private static T[] ImmutableArrayToArray(ImmutableArray<T> items)
    {
        var array = new T[items.Length];
        items.CopyTo(array);
        return array;
    }
}

internal static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(System.Linq.Enumerable.ToArray(items));
}
