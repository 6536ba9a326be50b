using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Vector loads at an element offset from a reference (HeldOut72's lane folds): <c>Vector256.LoadUnsafe(ref r0, (nuint)j)</c>
/// with <c>ref float r0 = ref MemoryMarshal.GetReference(row)</c> (or <c>GetArrayDataReference(x)</c>, a ref local
/// <c>ref Unsafe.Add(ref x0, r * cols)</c>, <c>ref x[o]</c>) holds the elements from <c>r0[j]</c> on, read exactly like
/// <c>Vector256.Create(row.Slice(j))</c>: the loops in the offset walk the lanes' dimension (a loop stepping by the
/// width walks the unit stride, <see cref="LaneBlockDims"/>), so a lane-wise <c>Max</c>/<c>Add</c> accumulator of such
/// loads folds the elements the loads cover and the existing fold and rule logic decides.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The facts of <c>Vector*.LoadUnsafe(ref b, offset)</c> (the reference a flat view or an element of a flat array):
    /// the elements of <c>b</c> from <c>offset</c> on; null for any other call or a reference into no known buffer.
    /// </summary>
    private ValueFacts? OffsetRefLoadValue(IInvocationOperation call)
    {
        if (call is not { TargetMethod: { Name: "LoadUnsafe", IsStatic: true, Parameters.Length: 2 } method, Arguments.Length: 2 }
            || !IsSimdVector(call.Type) || method.Parameters[0].RefKind == RefKind.None)
        {
            return null;
        }

        var reference = Unwrap(call.Arguments[0].Value);
        var offset = Linear(call.Arguments[1].Value);
        switch (reference)
        {
            case IArrayElementReferenceOperation { Indices.Length: 1 } element
                when EvalView(element.ArrayReference) is { Root: { } array, Layout: BufferLayout.Flat } arrayView:
                // LoadUnsafe(ref x[o], j): the lanes from x[o + j] on.
                return ElementFacts(array, OffsetLoadDims(arrayView, Linear(element.Indices[0]).Add(offset)));
            case ILocalReferenceOperation or IInvocationOperation when EvalView(reference) is { Root: { } root, Layout: BufferLayout.Flat } view:
                return ElementFacts(root, OffsetLoadDims(view, offset));
            default:
                return null;
        }
    }

    /// <summary>
    /// The dimensions of the first lane of a load at <paramref name="offset"/> elements into <paramref name="view"/>:
    /// as <see cref="IndexedLoadDims"/> reads <c>new Vector&lt;T&gt;(x, offset)</c>.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> OffsetLoadDims(BufferView view, LinearIndex offset)
    {
        var dims = view.FixedDims;
        var linear = view.FlatOffset is null ? offset : view.FlatOffset.Add(offset);
        foreach (var term in linear.Terms)
        {
            var atom = linear.Terms.Count == 1 ? LoadAtom(view.Root!, term.Key, term.Value) : DimensionAtom.Stride(view.Root!, term.Value.Text);
            dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, new[] { atom }));
        }

        return LaneBlockDims(dims);
    }
}
