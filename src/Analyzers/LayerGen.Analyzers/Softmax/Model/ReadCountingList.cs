using System;
using System.Collections;
using System.Collections.Generic;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A read-only view of a list that counts the elements a caller actually reads (by index or by enumeration), not the
/// list's length: <c>WritesOf(v) is { Count: 1 } writes &amp;&amp; writes[0]…</c> reads one write of an accumulator
/// written a thousand times, and <c>Any(…)</c> stops at the first match. <see cref="SoftmaxModel.WritesRead"/> is the
/// sum of these counts, so it grows with the work done, not with how often a long list is merely looked at.
/// </summary>
internal sealed class ReadCountingList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;
    private readonly Action _onRead;

    public ReadCountingList(List<T> items, Action onRead)
    {
        _items = items;
        _onRead = onRead;
    }

    public int Count => _items.Count;

    public T this[int index]
    {
        get
        {
            _onRead();
            return _items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in _items)
        {
            _onRead();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
