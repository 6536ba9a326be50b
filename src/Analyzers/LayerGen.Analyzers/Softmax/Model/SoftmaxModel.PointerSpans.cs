using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A span made by <c>MemoryMarshal.CreateSpan</c> (or <c>CreateReadOnlySpan</c>) from a reference to a pointer's
/// element: <c>CreateSpan(ref p[o], n)</c>, <c>CreateSpan(ref *(p + o), n)</c> and <c>CreateSpan(ref *p, n)</c> view the
/// memory from <c>p + o</c>, exactly as <c>new Span&lt;T&gt;(p + o, n)</c> does (Views.cs, <see cref="PointerView"/>): a
/// sum over <c>CreateSpan(ref p[0], rows * n)</c> folds the pointer's whole buffer, one over
/// <c>CreateSpan(ref p[r * n], n)</c> that row.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The view of a span created from <paramref name="reference"/> when it is a pointer's element (<see cref="PointerElement"/>
    /// on a pointer, not a managed <c>Unsafe.Add</c>); null for any other reference.
    /// </summary>
    private BufferView? PointerElementSpanView(IOperation reference)
    {
        if (PointerElement(Unwrap(reference)) is not ({ Type: IPointerTypeSymbol } pointer, var index) || EvalView(pointer) is not { } view)
        {
            return null;
        }

        // ref *p and ref p[0]: the memory from p itself, whatever view p has (new Span<T>(p, n) alike).
        if (index is null || Unwrap(index)!.ConstantValue is { HasValue: true, Value: 0 })
        {
            return view;
        }

        // ref p[o]: the slice from o, as p + o is (PointerView); only a flat buffer is sliced by an offset.
        return view.Layout == BufferLayout.Flat ? view.Slice(Linear(index), OffsetDims(view, index)) : null;
    }
}
